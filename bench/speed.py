#!/usr/bin/env python3
"""Speed and memory: every performance target of issue 16 as a ratio taken in one run.

The machines are shared and noisy, so each figure is the ratio of two timings taken
side by side in this run (never a bare number compared with last week's), and the load
average is printed at the start and at the end. Every measurement runs attrlint in a
child process, on clean news articles written to a temporary directory:

* ``overhead``: attrlint's CLI against bare spaCy (the same model and components, run
  with ``nlp.pipe``) over the same ~200 articles, one process each, set-up excluded;
* ``jobs``: wall time of ``check --jobs 1`` against ``--jobs 2`` on ~200 files;
* ``cache``: a second run over ~1,000 unchanged files against the first (cold) run;
* ``memory``: peak resident memory of ``check --no-cache --jobs 1`` on 1,000 files
  against 10 files;
* ``draft``: one 300-word draft through the CLI with the resident process running
  (median of several runs), against a local run; and attrlint's own set-up for that draft
  (everything but ``import spacy``, the model load and the draft's own processing).

A measurement whose feature has not landed yet (``--jobs``, the cache options, the
resident process) prints "not available" instead of failing.

  .venv/bin/python bench/speed.py                 # everything at full size (~10-20 min)
  .venv/bin/python bench/speed.py --quick         # smaller sizes, a smoke run
  .venv/bin/python bench/speed.py --only memory,cache --json
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from noise import DEFAULT_DATA, find_wheel, load_articles  # noqa: E402

_SCRIPT = Path(sys.executable).with_name("attrlint")  # the console script editors and hooks run
ATTRLINT = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "attrlint"]
CHECK = ATTRLINT + ["check", "--format", "json", "--no-progress"]
#: every run but the resident one stays local, whatever another process left running; and
#: Python keeps bytecode, as on an editor's machine (a sandbox that sets
#: PYTHONDONTWRITEBYTECODE would have every process compile attrlint's ~270 modules again,
#: about 0.7 s that no installation pays)
LOCAL_ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "ATTRLINT_NO_DAEMON": "1"}


@dataclass
class Result:
    name: str
    figure: float | None  # the ratio (or seconds) compared with the target
    unit: str  # "x", "%" or "s"
    target: str  # e.g. "<= 1.15"
    passed: bool | None  # None: not available
    detail: str  # the two timings behind the ratio, or why it is not available


def not_available(name: str, target: str, why: str) -> Result:
    return Result(name, None, "", target, None, f"not available: {why}")


# --- running attrlint -----------------------------------------------------------------
@dataclass
class Run:
    seconds: float
    max_rss_mib: float
    returncode: int
    stdout: bytes
    stderr: bytes


def run(cmd: list[str], cwd: Path, env: dict | None = None) -> Run:
    """Run ``cmd``; its wall time and peak RSS (of that one child, ``os.wait4``)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env or LOCAL_ENV, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(seconds, usage.ru_maxrss / 1024, proc.returncode, out.read(), err.read())


def check_options() -> str:
    """The text of ``attrlint check --help``: which options exist in this tree."""
    return subprocess.run(ATTRLINT + ["check", "--help"], capture_output=True, text=True, env=LOCAL_ENV).stdout


def extras(options: str, jobs: int | None = 1, cache: bool = False) -> list[str]:
    """Options that keep a run comparable: one process and no cache, when they exist."""
    out = []
    if jobs is not None and "--jobs" in options:
        out += ["--jobs", str(jobs)]
    if not cache and "--no-cache" in options:
        out.append("--no-cache")
    return out


# --- the code measured ----------------------------------------------------------------
def snapshot(dest: Path) -> str:
    """Put the committed code (``git archive HEAD``) in ``dest`` and make every child
    import it (``PYTHONPATH``): edits made in the working tree during a long run (other
    work in a shared checkout) then neither change the code between the two halves of a
    ratio nor invalidate the cache, whose key fingerprints attrlint's files. Returns the
    commit, or "" when this is no git checkout (then the installed code is measured)."""
    root = Path(__file__).resolve().parent.parent
    head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    archive = subprocess.run(["git", "-C", str(root), "archive", "HEAD"], capture_output=True)
    if head.returncode or archive.returncode:
        return ""
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")
    # compiled now, so that no measured run pays for writing bytecode
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(dest / "attrlint")], check=True)
    LOCAL_ENV["PYTHONPATH"] = os.environ["PYTHONPATH"] = str(dest)
    return head.stdout.strip()


# --- the corpus ----------------------------------------------------------------------
def write_corpus(texts: list[str], n: int, directory: Path) -> Path:
    """``n`` articles as ``.txt`` files in ``directory`` (repeating the sample if short)."""
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (directory / f"{i:05d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    return directory


def words_in(directory: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in directory.glob("*.txt"))


# --- 1. attrlint against bare spaCy -----------------------------------------------------
ATTRLINT_CHILD = r"""
import gc, json, sys, time
from attrlint.cli import main
warm, full, extra, out = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
args = ["check", "--format", "json", "--no-progress", *extra]
main(args + [warm])  # loads the model, the rules and their data
t, c = time.perf_counter(), time.process_time()
main(args + [full])
seconds, cpu = time.perf_counter() - t, time.process_time() - c
from spacy.language import Language
gc.unfreeze()  # attrlint freezes its long-lived objects (memo.py): get_objects skips frozen ones
pipes = [o for o in gc.get_objects() if isinstance(o, Language)]
names = max((p.pipe_names for p in pipes), key=len, default=[])
json.dump({"seconds": seconds, "cpu": cpu, "pipes": names}, open(out, "w"))
"""

BARE_CHILD = r"""
import importlib, json, sys, time
from pathlib import Path
model, names, batch, warm, full, out = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]), *sys.argv[4:7]
nlp = importlib.import_module(model).load()
for name in list(nlp.pipe_names):
    if name not in names:
        nlp.remove_pipe(name)
if "sentencizer" in names and "sentencizer" not in nlp.pipe_names:
    nlp.add_pipe("sentencizer")
read = lambda d: [p.read_text(encoding="utf-8") for p in sorted(Path(d).glob("*.txt"))]
for _ in nlp.pipe(read(warm), batch_size=batch):
    pass
t, c = time.perf_counter(), time.process_time()
for _ in nlp.pipe(read(full), batch_size=batch):
    pass
json.dump({"seconds": time.perf_counter() - t, "cpu": time.process_time() - c, "pipes": nlp.pipe_names},
          open(out, "w"))
"""


def child(script: str, args: list[str], tmp: Path, env: dict | None = None) -> dict:
    out = tmp / "child.json"
    out.unlink(missing_ok=True)
    r = run([sys.executable, "-c", script, *args, str(out)], cwd=tmp, env=env)
    if not out.exists():
        raise RuntimeError(f"child process failed (exit {r.returncode}):\n{r.stderr.decode()[-2000:]}")
    return json.loads(out.read_text())


#: spaCy's batch size on the bare side: attrlint's own (``nlp.parse_many``), not spaCy's 1,000
BATCH = 16


def measure_overhead(texts: list[str], n: int, tmp: Path, options: str, repeat: int) -> Result:
    """CPU time is the figure (a shared machine stretches wall time, not CPU time); the
    wall-time ratio is printed beside it. Each side: the best of ``repeat`` runs."""
    target = "<= 1.15"
    warm = write_corpus(texts[:3], 3, tmp / "ovh-warm")
    full = write_corpus(texts, n, tmp / "ovh-full")
    ours, bare = [], []
    for _ in range(repeat):  # alternate, so that a change of load falls on both sides
        a = child(ATTRLINT_CHILD, [str(warm), str(full), json.dumps(extras(options))], tmp)
        pipes = [p for p in a["pipes"] if not p.startswith("attrlint")]
        b = child(BARE_CHILD, [_default_model(), json.dumps(pipes), str(BATCH), str(warm), str(full)], tmp)
        ours.append(a)
        bare.append(b)
    cpu = min(x["cpu"] for x in ours) / min(x["cpu"] for x in bare)
    wall = min(x["seconds"] for x in ours) / min(x["seconds"] for x in bare)
    words, best = words_in(full), min(x["cpu"] for x in ours)
    return Result(
        "overhead", cpu, "x", target, cpu <= 1.15,
        f"{n} articles, {words} words; CPU attrlint {best:.1f}s ({words / best:.0f} words/s), bare spaCy "
        f"{min(x['cpu'] for x in bare):.1f}s; wall-time ratio {wall:.2f}x; components {', '.join(b['pipes'])}",
    )


def _default_model() -> str:
    """The model package a run without configuration loads (the temp directory has none)."""
    from attrlint.config import DEFAULT_MODEL

    return DEFAULT_MODEL


# --- 2. --jobs 2 against --jobs 1 --------------------------------------------------------
def measure_jobs(texts: list[str], n: int, tmp: Path, options: str) -> Result:
    target = ">= 1.7"
    if "--jobs" not in options:
        return not_available("jobs", target, "`attrlint check` has no --jobs")
    corpus = write_corpus(texts, n, tmp / "jobs")
    one = run(CHECK + extras(options, jobs=1) + [str(corpus)], cwd=tmp)
    two = run(CHECK + extras(options, jobs=2) + [str(corpus)], cwd=tmp)
    ratio = one.seconds / two.seconds
    same = "identical" if one.stdout == two.stdout else "DIFFERENT"
    return Result(
        "jobs", ratio, "x", target, ratio >= 1.7,
        f"{n} files: --jobs 1 {one.seconds:.1f}s, --jobs 2 {two.seconds:.1f}s (needs two idle cores: "
        f"see the load); reports {same}",
    )


# --- 3. cached re-run against a cold run --------------------------------------------------
def measure_cache(texts: list[str], n: int, tmp: Path, options: str) -> Result:
    target = "< 5%"
    if "--cache-dir" not in options:
        return not_available("cache", target, "`attrlint check` has no --cache-dir")
    corpus, cache = write_corpus(texts, n, tmp / "big"), tmp / "cache"
    cmd = CHECK + extras(options, jobs=None, cache=True) + ["--cache-dir", str(cache), str(corpus)]
    cold = run(cmd, cwd=tmp)
    entries = _entries(cache)
    warm = run(cmd, cwd=tmp)
    remade = _entries(cache) - entries  # > 0: keys changed (rule data edited during the run)
    share = 100 * warm.seconds / cold.seconds
    same = "identical" if cold.stdout == warm.stdout else "DIFFERENT"
    return Result(
        "cache", share, "%", target, share < 5,
        f"{n} files: cold {cold.seconds:.1f}s, cached {warm.seconds:.2f}s; {entries} entries, "
        f"{remade} made again by the second run; reports {same}",
    )


def _entries(cache: Path) -> int:
    return sum(1 for p in cache.rglob("*.json") if p.parent.parent.name.startswith("v"))


# --- 4. peak memory, 1,000 files against 10 -------------------------------------------------
def measure_memory(texts: list[str], n: int, tmp: Path, options: str) -> Result:
    target = "<= 1.3"
    big = write_corpus(texts, n, tmp / "big")
    small = write_corpus(texts, 10, tmp / "small")
    flags = extras(options, jobs=1)
    # a first process builds the derived data store (docs/startup.md) for the code measured:
    # neither side may pay for building it (with --only memory, the 10-file run did)
    run(CHECK + flags + [str(write_corpus(texts[:1], 1, tmp / "memory-warm"))], cwd=tmp)
    few = run(CHECK + flags + [str(small)], cwd=tmp)
    many = run(CHECK + flags + [str(big)], cwd=tmp)
    ratio = many.max_rss_mib / few.max_rss_mib
    return Result(
        "memory", ratio, "x", target, ratio <= 1.3,
        f"peak RSS {' '.join(flags) or '(default options)'}: 10 files {few.max_rss_mib:.0f} MiB, "
        f"{n} files {many.max_rss_mib:.0f} MiB ({many.seconds:.0f}s)",
    )


# --- 5. one draft: the resident process, and attrlint's own set-up ------------------------------
SETUP_CHILD = r"""
import json, sys, time
draft, extra, out = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
clocks = (time.perf_counter, time.process_time)
now = lambda: [c() for c in clocks]
since = lambda t: [c() - x for c, x in zip(clocks, t)]
t = now()
import spacy, spacy.util
import_spacy = since(t)
loading = [0.0, 0.0]
_load = spacy.util.load_model_from_path
def timed_load(*a, **k):
    t = now()
    try:
        return _load(*a, **k)
    finally:
        loading[:] = [x + y for x, y in zip(loading, since(t))]
spacy.util.load_model_from_path = timed_load
t = now()
from attrlint.cli import main
import_attrlint = since(t)
args = ["check", "--format", "json", "--no-progress", *extra, draft]
t = now(); main(args); first = since(t)
t = now(); main(args); again = since(t)
json.dump({"import_spacy": import_spacy, "model_load": loading, "import_attrlint": import_attrlint,
           "first": first, "again": again}, open(out, "w"))
"""


def draft_of(texts: list[str], words: int = 300) -> str:
    """The first ``words`` words of the first article that long, cut at a sentence end."""
    text = next((t for t in texts if len(t.split()) >= words), texts[0])
    cut = " ".join(text.split()[:words])
    return cut[: cut.rfind(". ") + 1] or cut


def measure_setup(draft: Path, tmp: Path, options: str) -> Result:
    """attrlint's own set-up: importing it plus its first check of the draft, less the
    model load and less a second check of the same draft (the draft's own work). Figure in
    CPU seconds (steadier on a shared machine); wall seconds beside it.

    The first process on an installation builds the derived data (parsed TOML, spelling
    pools, gazetteer indexes, compiled patterns) that later processes read from disk
    (attrlint/memo.py, attrlint/fast_regex.py). Two processes run with a private, empty
    store: the figure is the second one's set-up, as every check after the first sees it;
    the first one's ("first process") is in the detail."""
    target = "<= 0.10"
    env = {**LOCAL_ENV, "ATTRLINT_DATA_CACHE": str(tmp / "derived-data")}
    args = [str(draft), json.dumps(extras(options))]
    first = _own(child(SETUP_CHILD, args, tmp, env))
    t = child(SETUP_CHILD, args, tmp, env)
    own = _own(t)
    return Result(
        "own set-up", own[1], "s", target, own[1] <= 0.10,
        f"CPU: import spacy {t['import_spacy'][1]:.2f}s, model load {t['model_load'][1]:.2f}s, "
        f"attrlint set-up {own[1]:.2f}s (first process {first[1]:.2f}s), the draft itself "
        f"{t['again'][1]:.2f}s (wall: {t['import_spacy'][0]:.2f}s, {t['model_load'][0]:.2f}s, {own[0]:.2f}s "
        f"(first {first[0]:.2f}s), {t['again'][0]:.2f}s)",
    )


def _own(t: dict) -> list[float]:
    """[wall, CPU] of attrlint's own set-up in one SETUP_CHILD run."""
    return [t["import_attrlint"][i] + t["first"][i] - t["model_load"][i] - t["again"][i] for i in (0, 1)]


def daemon_command() -> tuple[list[str], str] | None:
    """How this tree runs its resident process, and that command's help, if it has one."""
    for cmd in (ATTRLINT + ["daemon"], ATTRLINT + ["resident"]):
        got = subprocess.run(cmd + ["--help"], capture_output=True, text=True, env=LOCAL_ENV)
        if got.returncode == 0:
            return cmd, got.stdout
    return None


def measure_resident(draft: Path, tmp: Path, options: str, runs: int) -> Result:
    target = "<= 0.15"
    found = daemon_command()
    if found is None:
        return not_available("resident", target, "no `attrlint daemon` command")
    daemon, usage = found
    runtime = tmp / "runtime"  # a private socket directory: never another helper's daemon
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {k: v for k, v in LOCAL_ENV.items() if k != "ATTRLINT_NO_DAEMON"}
    env.update(XDG_RUNTIME_DIR=str(runtime), TMPDIR=str(runtime))
    cmd = CHECK + extras(options, jobs=None) + [str(draft)]
    local = statistics.median(run(cmd, cwd=tmp).seconds for _ in range(max(3, runs // 4)))
    start = daemon + ["start"] + [o for o in ("--idle-timeout=600", "--wait=120") if o.split("=")[0] in usage]
    subprocess.run(start, cwd=tmp, env=env, capture_output=True, timeout=180)
    try:
        before = _served(daemon, env, tmp)
        if before is None:
            return not_available("resident", target, "`attrlint daemon start` did not bring up a daemon")
        run(cmd, cwd=tmp, env=env)  # first request: anything the process loads lazily
        warm = [run(cmd, cwd=tmp, env=env).seconds for _ in range(runs)]
        answered = (_served(daemon, env, tmp) or 0) - before
    finally:
        subprocess.run(daemon + ["stop"], cwd=tmp, env=env, capture_output=True, timeout=60)
    median = statistics.median(warm)
    if answered < runs + 1:
        return not_available("resident", target, f"the daemon answered {answered} of {runs + 1} checks "
                             f"(median {median:.2f}s: local runs; a changed installation is refused)")
    return Result(
        "resident", median, "s", target, median <= 0.15,
        f"one {len(draft.read_text().split())}-word draft, median of {runs}: resident {median:.3f}s, "
        f"local {local:.2f}s ({local / median:.0f}x)",
    )


def _served(daemon: list[str], env: dict, cwd: Path) -> int | None:
    """How many checks the running daemon has answered (``status``), None if none runs."""
    got = subprocess.run(daemon + ["status"], cwd=cwd, env=env, capture_output=True, text=True)
    found = re.search(r"(\d+) checks? served", got.stdout)
    return int(found.group(1)) if got.returncode == 0 and found else None


# --- report --------------------------------------------------------------------------------
SIZES = {  # full, quick
    "overhead": (200, 20), "jobs": (200, 24), "cache": (1000, 60), "memory": (1000, 60), "draft": (20, 5),
}
NAMES = list(SIZES)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def table(results: list[Result], start_load: str, end_load: str) -> str:
    rows = [f"load average (1, 5, 15 min): start {start_load}, end {end_load}; {os.cpu_count()} cores", ""]
    rows.append(f"{'measure':<11} {'figure':>8}  {'target':<8} {'result':<6} detail")
    for r in results:
        fig = "-" if r.figure is None else f"{r.figure:.2f}{r.unit}" if r.unit != "s" else f"{r.figure:.3f}s"
        verdict = "n/a" if r.passed is None else "pass" if r.passed else "FAIL"
        rows.append(f"{r.name:<11} {fig:>8}  {r.target:<8} {verdict:<6} {r.detail}")
    return "\n".join(rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help=f"comma-separated measurements: {', '.join(NAMES)}")
    ap.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    ap.add_argument("--limit", type=int, help="articles for overhead and jobs (default 200; --quick 20)")
    ap.add_argument("--files", type=int, help="files for the cache and memory runs (default 1000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--working-tree", action="store_true",
                    help="measure the code as it is in the working tree (default: the last commit, copied aside)")
    a = ap.parse_args(argv)
    only = set(a.only.split(",")) if a.only else set(NAMES)
    if only - set(NAMES):
        ap.error(f"unknown measurement(s): {', '.join(sorted(only - set(NAMES)))}")
    size = {k: v[1 if a.quick else 0] for k, v in SIZES.items()}
    if a.limit:
        size.update(overhead=a.limit, jobs=a.limit)
    if a.files:
        size.update(cache=a.files, memory=a.files)

    articles = [x.text for x in load_articles(find_wheel(a.data, download=True)) if x.text.strip()]
    random.Random(a.seed).shuffle(articles)
    start_load, results = load(), []
    with tempfile.TemporaryDirectory(prefix="attrlint-speed-") as name:
        tmp = Path(name)
        code = "working tree" if a.working_tree else snapshot(tmp / "code") or "installed"
        options = check_options()
        if "overhead" in only:
            results.append(measure_overhead(articles, size["overhead"], tmp, options, 1 if a.quick else 2))
        if "jobs" in only:
            results.append(measure_jobs(articles, size["jobs"], tmp, options))
        if "cache" in only:
            results.append(measure_cache(articles, size["cache"], tmp, options))
        if "memory" in only:
            results.append(measure_memory(articles, size["memory"], tmp, options))
        if "draft" in only:
            draft = tmp / "draft.txt"
            draft.write_text(draft_of(articles), encoding="utf-8")
            results.append(measure_setup(draft, tmp, options))
            results.append(measure_resident(draft, tmp, options, size["draft"]))
    end_load = load()
    if a.json:
        print(json.dumps({"code": code, "load_start": start_load, "load_end": end_load, "cores": os.cpu_count(),
                          "results": [asdict(r) for r in results]}, indent=2))
    else:
        print(f"code measured: {code}")
        print(table(results, start_load, end_load))
    return 0


if __name__ == "__main__":
    sys.exit(main())
