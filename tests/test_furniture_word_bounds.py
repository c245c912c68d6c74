"""The furniture analysis counts a line's words only as far as a bound it tests
(``patterns.words_upto``) and rejects a line for a capital headline by its lower-case
letters before listing them (``links._capital_head``): each must answer as the full count
or the letter list does. Invented lines."""
from __future__ import annotations

import random

from attrlint.furniture import links
from attrlint.furniture import patterns as P
from attrlint.furniture.line import HEADING, PROSE, Line

PIECES = ["HARBOUR", "PIER", "to", "Close", "AFTER", "cracks", "MPs", "AMAs", "Ølsen", "co-op", "it's", "—", "…",
          "3.5", "_", "!", "?", ".", ",", "Σ", "ÉTÉ", "ﬁ", "Ⓐ", "", " ", "\t"]


def _lines(n: int):
    rng = random.Random(33)
    for _ in range(n):
        yield " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60)))


def test_words_upto_is_the_count_up_to_its_bound():
    for t in _lines(2000):
        full = len(P.WORD.findall(t))
        for most in (0, 1, 3, 8, 15, 26, 61, 81):
            assert P.words_upto(t, most) == min(full, most)


def plain_capital_head(ln: Line) -> bool:
    """The test as it was: every letter listed."""
    t = ln.text.strip()
    if P.END_PUNCT.search(t.rstrip("?!")) or len(P.WORD.findall(t)) < 3:
        return False
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def test_capital_head_as_the_letter_list():
    rng = random.Random(34)
    seen = set()
    for t in _lines(3000):
        if rng.random() < 0.5:
            t = t.upper()
        got = links._capital_head(Line(0, 0, len(t), t, rng.choice([PROSE, HEADING])))
        assert got == plain_capital_head(Line(0, 0, len(t), t, PROSE)), t
        seen.add(got)
    assert seen == {True, False}
