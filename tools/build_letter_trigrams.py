#!/usr/bin/env python3
"""Count the letter trigrams of every spelling attrlint knows, for ``rules/spelling/trigrams.txt.gz``.

Run on a developer machine (never at lint time), after the lexicon and the gazetteer:

    .venv/bin/python tools/build_letter_trigrams.py

It reads only attrlint's own shipped data (no new source): every entry of the spelling
lexicon (SCOWL words and names, wordfreq's words of running text, GeoNames and ISO place
names) and every word of the gazetteer's names (people, places, organisations, the name
lists). Each spelling is folded (lower case, no accents) and framed by "^" and "$", and
each of its letter trigrams counted once per spelling, twice over: among the spellings
that are more than web text's noise (the dictionary tiers, words of running text at Zipf
``MIN_TEXT_ZIPF`` or more, the gazetteer), and among all of them (web text holds typos,
and a trigram even they never make is a stronger sign). The file holds the trigrams the
first count puts below ``KEEP_BELOW``, with both counts; any other ASCII trigram is common. ``attrlint.spelling.letter_shapes`` reads it: a capitalised word that
nobody writes and that holds a trigram almost no spelling has ("Hbdo", "Tuhcel") is not
how any name is spelt, and one slip from a name it is that name misspelt.
"""
from __future__ import annotations

import gzip
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attrlint.gazetteer import gazetteer  # noqa: E402
from attrlint.spelling.lexicon import lexicon  # noqa: E402
from attrlint.spelling.slips import fold  # noqa: E402

OUT = ROOT / "rules" / "spelling" / "trigrams.txt.gz"
#: trigrams seen in this many spellings or more are common and left out of the file
KEEP_BELOW = 3
#: words of running text only (the lexicon's tier 3) count from this Zipf x 10: below it,
#: web text's typos ("Nvaan", "Rfah") are as common as rare real words
MIN_TEXT_ZIPF = 20
LETTERS = re.compile(r"[a-z]+")


def trigrams(word: str) -> set[str]:
    framed = "^" + word + "$"
    return {framed[k:k + 3] for k in range(len(framed) - 2)}


def main() -> int:
    counts: Counter[str] = Counter()  # spellings that are no web noise
    every: Counter[str] = Counter()  # all spellings
    seen: dict[str, bool] = {}

    def add(spelling: str, noise: bool) -> None:
        word = fold(spelling)
        if not LETTERS.fullmatch(word):
            return
        if word not in seen:
            every.update(trigrams(word))
            seen[word] = False
        if not noise and not seen[word]:
            counts.update(trigrams(word))
            seen[word] = True

    for word, code in lexicon().iter_entries(lambda codes: codes >= 0):
        add(word, code // 100 >= 3 and code % 100 < MIN_TEXT_ZIPF)
    for token in gazetteer().tokens():
        for part in re.split(r"[ '’-]", token):
            add(part, False)
    alphabet = "^abcdefghijklmnopqrstuvwxyz$"
    possible = [a + b + c for a in alphabet[:-1] for b in alphabet[1:-1] for c in alphabet[1:]]
    rare = sorted(t for t in possible if counts[t] < KEEP_BELOW)
    lines = [f"{t}\t{counts[t]}\t{every[t]}" for t in rare]
    header = (f"# letter trigram, then how many of the {sum(seen.values()):,} spellings of the lexicon and "
              f"gazetteer that are no web noise hold it, and how many of all {len(seen):,}: the trigrams "
              f"fewer than {KEEP_BELOW} of the first hold (tools/build_letter_trigrams.py); any other is common\n")
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:  # the same bytes for the same data
        fh.write((header + "\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(seen):,} spellings, {len(rare):,} rare trigrams -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
