"""name_mentions.mentions reads only capitalised words and their neighbours (a speed-up):
it must give exactly what the plain reading of every word gives. Invented texts."""
from __future__ import annotations

from collections import defaultdict

import pytest

from attrlint.checks import name_mentions as nm


def reference(text, keep=lambda s, e: True):
    """The plain version: every word with its gap and sentence start, then the mentions."""
    words = [(m.group(), m.start(), m.end()) for m in nm._WORD.finditer(text)
             if not (m.group() == "s" and text[m.start() - 1:m.start()] in "'’")]
    gaps = [text[(words[i - 1][2] if i else 0):s] for i, (_, s, _) in enumerate(words)]
    initial = [i == 0 or bool(nm._BREAK.search(g)) for i, g in enumerate(gaps)]

    def name_word(i):
        w = words[i][0]
        return (bool(nm._NAME.fullmatch(w)) and not w.isupper()
                and (w in nm.TITLES or not (initial[i] and nm.common_word(w))))

    out = defaultdict(list)
    for i, (w, s, e) in enumerate(words):
        if not nm._NAME.fullmatch(w) or w.isupper() or not keep(s, e):
            continue
        m = nm.Mention(w, s, e, initial[i])
        if i > 0 and nm._adjacent(gaps[i]) and name_word(i - 1):
            m.before = words[i - 1][0]
        if i > 0 and (m.before or nm._POSSESSIVE_GAP.fullmatch(gaps[i])) and name_word(i - 1):
            m.qualifier = words[i - 1][0]
        if i + 1 < len(words) and nm._adjacent(gaps[i + 1]) and name_word(i + 1):
            m.after = words[i + 1][0]
        lo, hi = i, i
        while lo > 0 and nm._adjacent(gaps[lo]) and name_word(lo - 1) and words[lo - 1][0] not in nm.TITLES:
            lo -= 1
        while hi + 1 < len(words) and nm._adjacent(gaps[hi + 1]) and name_word(hi + 1):
            hi += 1
        m.full = text[words[lo][1]:words[hi][2]]
        m.by_digit = bool(nm._DIGIT_AFTER.match(text, e) or nm._DIGIT_BEFORE.search(gaps[i]))
        out[w].append(m)
    return out


TEXTS = [
    "", "s", "A", "'s Marlowe", "Marlowe’s Okafor said. Mr Okafor met President Ann Lee Park on Jun 5.",
    "Police said Steven Marlowe, 58, had rented it.\n\nNeighbours described Stephen Marlowe as quiet.",
    "Britain's Labour Party and Australia’s Labor Party met. The NATO chief, Jens Stoltenberg, spoke.",
    "É Étienne Łukasz met Dr. Zoë O'Brien-Smith and ǅemal in São Paulo. “Kim Jong Un” said 5 Jun.",
    "the end. then Trump said Biden's plan would fail; Secretary of State Rubio agreed | Menu • Home",
    "Jean-Pierre van der Berg and Anna-Lena   Schmidt\tmet Prime Minister Rishi Sunak at 10 Downing Street.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_mentions_as_reading_every_word(text):
    for keep in (lambda s, e: True, lambda s, e: (s // 7) % 3 != 0):
        fast, plain = nm.mentions(text, keep), reference(text, keep)
        assert list(fast) == list(plain)
        assert {f: [vars(m) for m in ms] for f, ms in fast.items()} == {f: [vars(m) for m in ms] for f, ms in plain.items()}


def test_the_mentions_carry_their_neighbours():
    found = nm.mentions("Police said Steven Marlowe, 58, had left. Mr Marlowe's lawyer spoke.")
    assert found["Steven"][0].after == "Marlowe"
    assert found["Marlowe"][0].before == "Steven" and found["Marlowe"][0].full == "Steven Marlowe"
    assert found["Marlowe"][1].before == "Mr" and found["Marlowe"][1].full == "Marlowe"
