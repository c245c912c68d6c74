#!/usr/bin/env python3
"""Measure Harper's grammar rules (spelling off) as a possible component of attrlint.

    .venv/bin/pip install harper-py
    .venv/bin/python bench/harper_bench.py --limit 300                 # clean news only
    .venv/bin/python bench/harper_bench.py --dev ../shared/corpus/real-dev

Prints Harper's findings on clean published news (bench/noise.py's articles) per 1,000
words by lint kind, and, with --dev, how many of its findings match `typo` gold rows of a
corpus in the scorer's format (same line, shared words) and how many do not.
Harper is not a dependency of attrlint; this script is how we decided not to adopt it
(see docs/grammar.md).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from noise import find_wheel, load_articles  # noqa: E402


def linter():
    import harper

    lint = harper.Linter()
    lint.set_lint_config({"SpellCheck": False})
    return lint


def _key(lt) -> str:
    return f"{lt.lint_kind}: {re.sub(r'`[^`]*`', '…', lt.message)[:70]}"


def clean_news(limit: int, seed: int, show: int) -> None:
    arts = load_articles(find_wheel(Path(__file__).parent / "data", download=False))
    random.Random(seed).shuffle(arts)
    arts = arts[:limit] if limit else arts
    lint, words, by = linter(), 0, Counter()
    examples = defaultdict(list)
    t = time.time()
    for a in arts:
        words += len(a.text.split())
        for lt in lint.lint(a.text):
            by[_key(lt)] += 1
            if len(examples[_key(lt)]) < show:
                examples[_key(lt)].append(a.text[max(0, lt.span.start - 40):lt.span.end + 40].replace("\n", " "))
    total = sum(by.values())
    print(f"clean news: {len(arts)} articles, {words:,} words, {time.time() - t:.1f} s; "
          f"{total} findings = {1000 * total / words:.2f} per 1,000 words")
    for k, n in by.most_common(25):
        print(f"  {n:5d}  {1000 * n / words:6.3f}  {k}")
        for ex in examples[k]:
            print(f"           …{ex}…")


def dev(corpus: Path) -> None:
    gold = defaultdict(list)
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if g.get("category") == "typo":
            gold[g["id"]].append(g)
    lint, hit, miss_fp, matched = linter(), 0, Counter(), set()
    for path in sorted((corpus / "articles").glob("d*.txt")):
        text = path.read_text(encoding="utf-8")
        for lt in lint.lint(text):
            line = text.count("\n", 0, lt.span.start) + 1
            g = next((g for g in gold[path.stem] if g["line"] == line and
                      set(lt.problem_text.lower().split()) & set(g["text"].lower().split())), None)
            if g:
                hit += 1
                matched.add((path.stem, g["line"], g["text"]))
            else:
                miss_fp[lt.lint_kind] += 1
    high = sum(1 for gs in gold.values() for g in gs if g["confidence"] == "high")
    high_hit = sum(1 for m in matched for g in gold[m[0]] if (g["line"], g["text"]) == m[1:] and g["confidence"] == "high")
    print(f"dev: {hit} findings on typo gold rows ({high_hit}/{high} high-confidence rows found), "
          f"{sum(miss_fp.values())} elsewhere: {dict(miss_fp.most_common())}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--dev", type=Path)
    args = ap.parse_args()
    if args.dev:
        dev(args.dev)
    clean_news(args.limit, args.seed, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
