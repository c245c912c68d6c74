"""Is a capitalised word named as a place ("Co Kildare", "Helmand province"), and how
prominent is a place it may be meant as? A place word beside an unheard-of word says
which kind of name is meant, so the word is judged against places only, and a region
that running text names often counts even when the gazetteer ranks it low (an ISO
province's rank says little). Used by the word-alone evidence (``name_alone``)."""
from __future__ import annotations

import re

from ..gazetteer import NAME, ORG, PERSON, PLACE, gazetteer
from . import context
from .lexicon import DICTIONARY, lexicon
from .tokens import Word

#: a word named as a place that nobody writes is a slip of a place this prominent (a
#: place running text names: Laois, Offaly), whatever its length
PLACE_CUED_TARGET = 2.0
#: the lower-case word after a name that may say it is a place's ("province", "oblast")
PLACE_WORD_AFTER = re.compile(r"(?:['’]s)? ([a-z]+)\b")


def place_cue(text: str, span: list[Word], i: int) -> bool:
    """Is ``span[i]`` named as a place: "Co Kildare", "County Donegal" before it, "Helmand
    province", "Donetsk oblast" after it (rules/spelling/name_context.toml)?"""
    before, after = context.place_words()
    w = span[i]
    if i > 0 and span[i - 1].text.lower().rstrip(".") in before and text[span[i - 1].end:w.start] in (" ", ". "):
        return True
    m = PLACE_WORD_AFTER.match(text, w.end)
    return m is not None and m.group(1).lower() in after


def named_place(name: str) -> bool:
    """A place or a region the gazetteer knows (Chinese provinces are filed as the
    companies named after them: "Henan"), nobody's name and no dictionary word."""
    e = gazetteer().lookup(name)
    return (e is not None and (PLACE in e.kinds or ORG in e.kinds) and PERSON not in e.kinds
            and NAME not in e.kinds and lexicon().tier(name.lower()) != DICTIONARY)


def place_prominence(name: str) -> float:
    """A named place's rank: the gazetteer's, or how often running text names it (Kildare,
    Helmand), whichever is higher."""
    gaz = gazetteer()
    return max(gaz.prominence(name), gaz.token_prominence(name), lexicon().zipf(name))
