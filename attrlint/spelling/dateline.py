"""A dateline's place in capitals with a slip in it: "KATHMANNDU, March 3 -", "NAIROBBI
(Reuters) -". Words in capitals are otherwise never judged (they are acronyms), but a
capitalised word that opens a line and is followed by a date or a wire agency is the
name of the place the story was filed from, and a place running text names is what a
word nobody writes one slip from it means.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..gazetteer import PLACE, gazetteer
from .famous import prominent_names
from .lexicon import lexicon
from .places import named_place, place_prominence
from .slips import near_miss

_MONTHS = ("Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           "Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
_AGENCIES = "AP|AFP|Reuters|IANS|PTI|ANI|UNI|Xinhua|TASS|dpa|DPA|Sputnik|Bernama|APP|GNA|NAN|RSS"
#: a word in capitals opening a line, then a date or a wire agency in brackets
DATELINE = re.compile(rf"(?m)^[ \t]*([A-Z]{{4,}})(?=,? (?:{_MONTHS})\.? \d|,? \((?:{_AGENCIES})\))")
#: a place running text names at least this often is what a dateline's slip means
DATELINE_TARGET = 2.0


def dateline_slips(text: str) -> Iterator[tuple[str, int, int, str]]:
    """(word as typed, start, end, the place in capitals) for each slipped dateline."""
    lex, gaz = lexicon(), gazetteer()
    for m in DATELINE.finditer(text):
        typed = m.group(1)
        name = typed.capitalize()
        if lex.zipf(name) > 0 or lex.tier(name) or lex.tier(name.lower()) or gaz.lookup(name):
            continue  # a word or a place as written (LONDON, WASHINGTON), or nobody's guess
        best = None
        for c in prominent_names().near(name, 2, limit=12):
            e = gaz.lookup(c.word)
            if (e is None or PLACE not in e.kinds or not named_place(c.word) or not near_miss(name, c.word)
                    or place_prominence(c.word) < DATELINE_TARGET or lex.zipf(c.word) < DATELINE_TARGET):
                continue
            key = (c.distance if not c.swap else 0.6, -place_prominence(c.word))
            if best is None or key < best[0]:
                best = (key, c.word)
        if best is not None:
            yield typed, m.start(1), m.end(1), best[1].upper()
