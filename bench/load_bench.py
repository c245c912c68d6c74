#!/usr/bin/env python3
"""How long the spelling data takes to load in a fresh process (lexicon, gazetteer, the
name-candidate pool). Speed targets are measured here, not in timed tests: the machines
tests run on are shared and noisy. Each figure is the best of ``--repeat`` fresh runs.

    .venv/bin/python bench/load_bench.py --repeat 3
"""
from __future__ import annotations

import argparse
import subprocess
import sys

STEPS = {
    "gazetteer": "from attrlint.gazetteer import gazetteer; g = gazetteer(); g.lookup('Paris')",
    "gazetteer tokens": "from attrlint.gazetteer import gazetteer; gazetteer().token_prominence('Paris')",
    "lexicon": "from attrlint.spelling.lexicon import lexicon; lexicon().zipf('footage')",
    "name pool": "from attrlint.spelling.famous import prominent_names; prominent_names()",
}


def timed(code: str) -> float:
    prog = f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", prog], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args(argv)
    for name, code in STEPS.items():
        best = min(timed(code) for _ in range(a.repeat))
        print(f"{name:18} {best:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
