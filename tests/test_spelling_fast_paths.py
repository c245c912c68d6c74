"""The spelling checker's fast paths give the answers of the code they replace, on random
text built from the pieces that matter to each (initials, outlet nouns, names, line breaks)."""

from __future__ import annotations

import random

from attrlint.spelling.checker import Checker
from attrlint.spelling.house import vocabulary

_PIECES = [
    "K ",
    "B. ",
    "I ",
    "A ",
    "Z.",
    "J.",
    "G ",
    "x.K ",
    "St. ",
    "Mr ",
    "Mary ",
    "Nuagaon",
    "Ramanpur",
    "Pattna",
    "Patna",
    "Vantle",
    " News",
    " Times",
    " Timesy",
    " Post",
    " TV",
    "Orrin",
    "Washington",
    "Waschington",
    "said",
    "the",
    "village",
    "of",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    " \n",
    ".",
    ",",
    "(",
    ")",
    '"',
    "'s",
    "-",
    "Bloamberg",
    "Reutrers",
    "Kier",
    "Starmer",
    "George",
    "W.",
    "Bsuh",
]


def _random_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randrange(5, 60))) for _ in range(n)]


def test_words_named_by_neighbours_are_those_the_per_word_tests_give():
    vocab = vocabulary(None)
    texts = _random_texts(1500, 34) + [
        "at G. Nuagaon",
        "K Ramanpur",
        "K \nRamanpur",
        "the Vantle News said",
        "George W. Bsuh",
        "the Waschington Post",
        "B.\nX Patna",
    ]
    hits = 0
    for text in texts:
        c = Checker(text, vocab)
        slow = {w.start for w in c.words if c._after_bare_initial(w) or c._names_an_outlet(w)}
        assert c._named_by_neighbours() == slow, text
        hits += bool(slow)
    assert hits > 100  # the pieces do make such words
