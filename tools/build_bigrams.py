#!/usr/bin/env python3
"""Build ``rules/grammar/ngrams.tsv.gz``: the n-gram counts the grammar rules consult.

Run on a developer machine (never at lint time):

    .venv/bin/pip install wordsegment
    .venv/bin/python tools/build_bigrams.py

Source: the unigram and bigram counts shipped in the ``wordsegment`` package
(Apache-2.0), taken from Google's Web 1T 5-gram corpus (Thorsten Brants and Alex
Franz, 2006) as published with Peter Norvig's "Natural Language Corpus Data" chapter
of *Beautiful Data*; bigrams seen fewer than 100,000 times are not in it. symspellpy's
bigram dictionary is the same data (fewer rows), so wordsegment is the one we use.

Kept (about 1% of the source), so that the wheel stays small and loading is instant:
* unigram and bigram counts of every word in ``rules/confusables.toml`` ``[[sets]]``;
* bigrams after a form of "be" ("was arrested" against "was arrest"), for
  grammar.verb-after-auxiliary;
* closed compounds ("courtroom") that split into two common content words, with the
  count of the split form ("court room"), for grammar.split-compound.

Format: ``U<TAB>word<TAB>count`` and ``B<TAB>w1 w2<TAB>count``, lower case.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "grammar" / "ngrams.tsv.gz"

#: a compound is kept when it is this common ...
COMPOUND_MIN = 300_000
#: ... and each of its parts is a common word of at least this length
PART_MIN_COUNT, PART_MIN_LEN = 1_000_000, 3
BE = {"was", "were", "is", "are", "be", "been", "being"}


def read_counts(path: Path) -> dict[str, float]:
    """wordsegment's ``word<TAB>count`` file as a dict (also read by build_spun.py)."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, count = line.rstrip("\n").partition("\t")
            out[word] = float(count)
    return out


def main() -> int:
    import tomllib

    try:
        import wordsegment
    except ImportError:
        print("pip install wordsegment first", file=sys.stderr)
        return 1
    from spacy.lang.en.stop_words import STOP_WORDS

    src = Path(wordsegment.__file__).parent
    uni = read_counts(src / "unigrams.txt")
    bi = read_counts(src / "bigrams.txt")

    conf = tomllib.loads((ROOT / "rules" / "confusables.toml").read_text(encoding="utf-8"))
    words = {w for s in conf.get("sets", []) for w in s["words"]}

    keep_uni: dict[str, float] = {w: uni[w] for w in words if w in uni}
    keep_bi: dict[str, float] = {}
    for pair, count in bi.items():
        a, _, b = pair.partition(" ")
        if a in words or b in words or a in BE and b.isalpha():
            keep_bi[pair] = count

    def content(w: str) -> bool:
        return (w.isalpha() and len(w) >= PART_MIN_LEN and w not in STOP_WORDS
                and uni.get(w, 0) >= PART_MIN_COUNT)

    compounds = 0
    for word, count in uni.items():
        if count < COMPOUND_MIN or not word.isalpha() or len(word) < 2 * PART_MIN_LEN:
            continue
        for i in range(PART_MIN_LEN, len(word) - PART_MIN_LEN + 1):
            a, b = word[:i], word[i:]
            if content(a) and content(b):
                keep_uni[word] = count
                keep_uni[a], keep_uni[b] = uni[a], uni[b]
                pair = f"{a} {b}"
                if pair in bi:
                    keep_bi[pair] = bi[pair]
                compounds += 1

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        for w in sorted(keep_uni):
            fh.write(f"U\t{w}\t{int(keep_uni[w])}\n")
        for p in sorted(keep_bi):
            fh.write(f"B\t{p}\t{int(keep_bi[p])}\n")
    print(f"{OUT}: {len(keep_uni)} unigrams, {len(keep_bi)} bigrams, {compounds} compound splits")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
