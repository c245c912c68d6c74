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


def _words_one_by_one(text: str) -> list[tuple]:
    """``tokens.words`` as it was before stop 34: each chunk stripped and tested in turn, its
    sentence start read back from the chunk (``starts_sentence``), its line found by bisection."""
    import re
    from bisect import bisect_right

    from attrlint.spelling import tokens as t

    code = [m.span() for m in t.BACKTICKS.finditer(text)]
    out = []
    headline_lines = t._headline_lines(text)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for chunk in re.finditer(r"\S+", text):
        c_start = chunk.start()
        if code and any(s <= c_start < e for s, e in code):
            continue
        raw = chunk.group(0)
        lead = len(raw) - len(raw.lstrip(t.OPENERS))
        body = raw[lead:].rstrip(t.CLOSERS)
        if not body or not body.isalpha() and t.NOT_PROSE.search(body):
            continue
        pos = c_start + lead
        initial = t.starts_sentence(text, c_start)
        in_headline = bisect_right(line_starts, pos) - 1 in headline_lines
        parts = t._parts(body) if t.DASHES.search(body) else [(body, 0)]
        if len(parts) >= t.SLUG_PARTS and body.islower():
            continue
        for n, (p_text, p_off) in enumerate(parts):
            if not t.WORD.fullmatch(p_text):
                continue
            if len(parts) > 1 and (
                len(p_text) < 4
                or n
                and p_text.islower()
                and parts[0][0][:1].isupper()
                or n
                and parts[n - 1][0].lower() in t.HYPHEN_PREFIXES
            ):
                continue
            word = p_text[:-2] if p_text.endswith(t.CLITICS) else p_text
            start = pos + p_off
            out.append((word, start, start + len(word), initial and p_off == 0, in_headline))
    return out


_WORD_PIECES = [
    "Word",
    "word",
    "Said",
    "the",
    "Élan",
    "naïve",
    "co",
    "Jae",
    "yong",
    "state",
    "of",
    "art",
    "McX",
    "O’Brien",
    "Smith's",
    "it’S",
    "ab1",
    "www.x.org",
    "a_b",
    "`code x`",
    "`",
    "-",
    "—",
    "–",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    " \n",
    "\r",
    "\xa0",
    ".",
    ". ",
    "!",
    "?",
    "…",
    ",",
    ";",
    ":",
    '"',
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "Big Title Line Here\n",
    "ALL CAPS",
]


def test_words_are_those_the_chunk_by_chunk_reading_gives():
    from attrlint.spelling.tokens import words

    rnd = random.Random(340)
    texts = ["".join(rnd.choice(_WORD_PIECES) for _ in range(rnd.randrange(1, 80))) for _ in range(3000)]
    texts += ['Title Of The Story Here\n\n"saturday Night" is back', '"  Word', '"Word. ("Next', "a.\n b"]
    initials = 0
    for text in texts:
        fast = [tuple(w) for w in words(text)]
        assert fast == _words_one_by_one(text), text
        initials += sum(w[3] for w in fast[1:])
    assert initials > 1000
