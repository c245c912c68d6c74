#!/usr/bin/env python3
"""Score attrlint on the real development set and print per-category figures.

The real excerpts and the scorer live outside the repository, in ``../shared`` next to
the checkout (``corpus/real-dev/`` and ``eval/score.py``); their texts must not be
copied into the project. Without them this script says so and exits 0, so it is safe
to run anywhere.

    .venv/bin/python bench/real.py                    # every category
    .venv/bin/python bench/real.py --only debris -v   # one category, with misses and false alarms
    .venv/bin/python bench/real.py --set seeds        # the seed articles instead
"""
from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    # name: (articles directory, gold file), relative to the shared folder
    "real-dev": ("corpus/real-dev/articles", "corpus/real-dev/gold.jsonl"),
    "seeds": ("corpus/seeds", "corpus/seeds-gold.jsonl"),
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    ap.add_argument("--set", choices=sorted(SETS), default="real-dev")
    ap.add_argument("--only", metavar="CATEGORY", help="print only this category's row, misses and false alarms")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    a = ap.parse_args(argv)
    scorer = a.shared / "eval" / "score.py"
    corpus, gold = (a.shared / p for p in SETS[a.set])
    missing = [p for p in (scorer, corpus, gold) if not p.exists()]
    if missing:
        print(f"real.py: skipped: {', '.join(str(p) for p in missing)} not found "
              "(the real sets and the scorer live outside the repository; pass --shared DIR)")
        return 0
    cmd = f"{shlex.quote(sys.executable)} -m attrlint check --format json"
    args = [sys.executable, str(scorer), "--corpus", str(corpus), "--gold", str(gold), "--cmd", cmd]
    if a.verbose or a.only:
        args.append("-v")
    proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        print(proc.stdout + proc.stderr, file=sys.stderr)
        return proc.returncode
    lines = proc.stdout.splitlines()
    if a.only:
        keep = ("category", a.only + " ", "files scored")
        lines = [ln for ln in lines if ln.startswith(keep) or f"[{a.only}]" in ln]
        if not a.verbose:
            lines = [ln for ln in lines if not ln.startswith(("MISS", "FP"))]
    print(f"set: {a.set} ({corpus})")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
