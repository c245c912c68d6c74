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

Kept: all of it (333,000 unigrams, 286,000 bigrams). Until stop 28 only the rows of
the confusion sets, "be" + word and closed compounds were shipped; the dropped-word
and real-word rules ask about any pair of ordinary words, so the whole table ships and
``attrlint/grammar/ngrams.py`` keeps it packed on disk (read in place, not parsed).

Format: ``U<TAB>word<TAB>count`` and ``B<TAB>w1 w2<TAB>count``, lower case.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "grammar" / "ngrams.tsv.gz"


def read_counts(path: Path) -> dict[str, float]:
    """wordsegment's ``word<TAB>count`` file as a dict (also read by build_spun.py)."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, count = line.rstrip("\n").partition("\t")
            out[word] = float(count)
    return out


def main() -> int:
    try:
        import wordsegment
    except ImportError:
        print("pip install wordsegment first", file=sys.stderr)
        return 1

    src = Path(wordsegment.__file__).parent
    uni = read_counts(src / "unigrams.txt")
    bi = read_counts(src / "bigrams.txt")
    bi = {p: c for p, c in bi.items() if " " in p and "\t" not in p}

    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same source gives the same bytes, so a rebuild is no diff
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        for w in sorted(uni):
            gz.write(f"U\t{w}\t{int(uni[w])}\n".encode())
        for p in sorted(bi):
            gz.write(f"B\t{p}\t{int(bi[p])}\n".encode())
    print(f"{OUT}: {len(uni)} unigrams, {len(bi)} bigrams, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
