"""How fast a warm ``attrlint daemon`` makes a command-line check of one draft (a
benchmark, not a timed test; issue 16 part 5: <= 0.15 s).

Starts a real daemon in a temporary runtime directory, then times ``attrlint check`` on an
invented 300-word draft through the console script, N times, and splits each answer into
the daemon's own time for the check (the engine: configuration, rules, spaCy, report) and
the rest (interpreter start, the client's imports, the socket). For comparison it times
the interpreter alone, importing ``attrlint.cli``, and the same check run locally
(``--no-daemon``, a cold process).

    .venv/bin/python bench/resident_bench.py [--repeat 20] [--words 300] [--local 3] [--snapshot]

``--snapshot`` runs a copy of the package (from a checkout that others edit while it runs:
an edit makes the daemon "another installation", which retires it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from serve_bench import draft  # noqa: E402

from attrlint.resident.client import control  # noqa: E402


def timed(cmd: list[str], env: dict[str, str], cwd: str) -> tuple[float, int]:
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t, proc.returncode


def describe(label: str, values: list[float]) -> str:
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
    return f"{label:44} median {statistics.median(values):.3f} s  (min {values[0]:.3f}, p90 {p90:.3f}, n={len(values)})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--local", type=int, default=3, help="cold local runs for comparison")
    ap.add_argument("--snapshot", action="store_true", help="run a copy of the package (see above)")
    ap.add_argument(
        "--source-only",
        action="store_true",
        help="--snapshot without compiled modules (with PYTHONDONTWRITEBYTECODE set, as on the "
        "development machine, every run then compiles what it imports)",
    )
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="attrlint-resident-bench-"))
    env = {k: v for k, v in os.environ.items() if k != "ATTRLINT_NO_DAEMON"}
    env["ATTRLINT_DAEMON_DIR"] = str(tmp / "rt")
    if args.snapshot:
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        shutil.copytree(ROOT / "attrlint", tmp / "install" / "attrlint", ignore=ignore)
        shutil.copytree(ROOT / "rules", tmp / "install" / "rules", ignore=ignore)
        env["PYTHONPATH"] = str(tmp / "install")
        if not args.source_only:  # as pip leaves an installed wheel: compiled modules
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tmp / "install" / "attrlint")], check=True)
    work = tmp / "work"
    work.mkdir()
    text = draft(args.words)
    (work / "draft.md").write_text(text, encoding="utf-8")
    script = Path(sys.executable).parent / "attrlint"
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "attrlint"]
    py = [sys.executable]
    where = subprocess.run(
        py + ["-c", "from attrlint.resident import protocol; print(protocol.socket_path())"],
        env=env,
        cwd=work,  # not this checkout: ``-c`` puts the working directory first on the path
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    compiled = args.snapshot and not args.source_only
    print(
        f"draft: {len(text.split())} words; load average {os.getloadavg()[0]:.1f} at start; "
        f"modules {'compiled' if compiled else 'as found'}"
        f"{'' if compiled or not os.environ.get('PYTHONDONTWRITEBYTECODE') else ' (PYTHONDONTWRITEBYTECODE is set)'}"
    )
    t = time.perf_counter()
    started = subprocess.run(cli + ["daemon", "start"], env=env, cwd=work, capture_output=True, text=True)
    if started.returncode:
        print(started.stdout, started.stderr, file=sys.stderr)
        return 2
    print(f"daemon start (warm-up included): {time.perf_counter() - t:.1f} s")
    try:
        bare = [timed(py + ["-c", "pass"], env, str(work))[0] for _ in range(10)]
        imports = [timed(py + ["-c", "import attrlint.cli"], env, str(work))[0] for _ in range(10)]
        client = [
            timed(py + ["-c", "import attrlint.resident.client as c; c.request(['check'])"], env, str(work))[0]
            for _ in range(10)
        ]
        total, engine = [], []
        for i in range(args.repeat):
            # an edited draft each time, as when an editor saves: the result cache misses
            (work / "draft.md").write_text(text + f"\nThe vote is set for {i + 2} March.\n", encoding="utf-8")
            seconds, code = timed(cli + ["check", "draft.md"], env, str(work))
            info = control("status", timeout=30, path=where)
            if info is None:
                print("the daemon went away (another installation?); use --snapshot", file=sys.stderr)
                for log in (tmp / "rt").glob("*.log"):
                    print(log.read_text(), file=sys.stderr)
                return 2
            total.append(seconds)
            engine.append(info["last_seconds"])
        cached, cached_engine = [], []
        for _ in range(5):  # the same draft again: answered from the result cache
            cached.append(timed(cli + ["check", "draft.md"], env, str(work))[0])
            cached_engine.append(control("status", timeout=30, path=where)["last_seconds"])
        served = control("status", timeout=30, path=where)["served"]
        local = [timed(cli + ["check", "--no-daemon", "draft.md"], env, str(work))[0] for _ in range(args.local)]
    finally:
        subprocess.run(cli + ["daemon", "stop"], env=env, cwd=work, capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
    if served < args.repeat:
        print(f"warning: the daemon answered {served} of {args.repeat} checks", file=sys.stderr)
    print(describe("python -c pass", bare))
    print(describe("python -c 'import attrlint.cli'", imports))
    print(describe("python: client imports + request()", client))
    print(describe("attrlint check draft.md (daemon)", total))
    print(describe("  of which in the daemon (engine)", engine))
    rest = [a - b for a, b in zip(total, engine)]
    print(describe("  of which outside it (start, imports, socket)", rest))
    print(describe("unchanged draft again (result cache hit)", cached))
    print(describe("  of which in the daemon", cached_engine))
    if local:
        print(describe("attrlint check --no-daemon draft.md (cold)", local))
    print(f"load average {os.getloadavg()[0]:.1f} at end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
