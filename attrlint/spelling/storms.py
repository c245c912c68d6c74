"""A hurricane's name with a slip in it: "Hurricane Helen" for Helene, "Hurricane Katrnia".

Hurricanes take their names from short fixed lists (``rules/spelling/storms.toml``), in
alphabetical order, so a name after "Hurricane" that no hurricane ever had, one letter
from a listed name with the same first letter, is that storm's name misspelt: often a
translation or a rewrite that "corrected" an unfamiliar name to a familiar one. A
common word ("Hurricane Party") is no name and is left alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz.distance import OSA

from ..data import load_data
from ..gazetteer import gazetteer
from .lexicon import DICTIONARY, lexicon

STORM = re.compile(r"\bHurricane ([A-Z][a-z]{3,})\b")


@lru_cache(maxsize=1)
def storm_names() -> frozenset[str]:
    """Every name a hurricane has had or will have on the current lists."""
    data = load_data("spelling/storms.toml")
    return frozenset(name for names in data.values() for name in names.split())


def storm_slips(text: str) -> Iterator[tuple[str, int, int, str]]:
    """(name as typed, start, end, the listed name) for each misspelt hurricane name."""
    if "Hurricane " not in text:
        return
    names, lex = storm_names(), lexicon()
    for m in STORM.finditer(text):
        typed = m.group(1)
        if typed in names or lex.tier(typed.lower()) == DICTIONARY and not gazetteer().is_name_token(typed):
            continue
        near = [n for n in names if n[0] == typed[0] and len(n) >= 4 and OSA.distance(n, typed) == 1]
        if len(near) == 1:
            yield typed, m.start(1), m.end(1), near[0]
