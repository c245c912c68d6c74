"""A place name two slips from the real one where the sentence says a place stands: "the
Karsodar region", "Crasanodar Governor …", "the Briansak and Kursk regions". On its own a
word two letters from a city proves little (real names are that close to each other all
the time), but before "region", "province" or "governor" the word is a place's name, and
a word nobody writes (no dictionary, no name list, never in running text) whose only
prominent place within two edits is one place is that place misspelt. Machine-translated
war reports are full of them.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..gazetteer import PLACE, gazetteer
from .famous import prominent_names
from .lexicon import lexicon
from .places import named_place, place_prominence
from .slips import _pinyin, near_miss, sounds_alike, vowel_variant

#: a capitalised word, then (after other places joined by "and" or commas) a noun that says
#: the words before it name a place
PLACE_BEFORE_NOUN = re.compile(
    r"\b([A-Z][a-z]{4,})(?=(?:(?:,| and| or) [A-Z][a-z]+)* (?:[Rr]egions?|[Oo]blasts?|[Pp]rovinces?|[Kk]rai|"
    r"[Gg]overnorates?|[Pp]refectures?|[Gg]overnor|[Mm]ayor)\b)"
)
#: the place meant must be at least this prominent (a city of 100,000, a region running text names)
PLACE_TARGET = 2.0
#: first letters that are one sound ("Crasanodar" for Krasnodar)
_SAME_SOUND = {frozenset("ck")}


def place_slips(text: str) -> Iterator[tuple[str, int, int, str, int]]:
    """(word as typed, start, end, the place meant, letters apart) for each slipped place name."""
    lex, gaz = lexicon(), gazetteer()
    for m in PLACE_BEFORE_NOUN.finditer(text):
        typed = m.group(1)
        if lex.zipf(typed) > 0 or lex.tier(typed) or lex.tier(typed.lower()) or gaz.lookup(typed):
            continue  # a word or a name as written, however rare
        if _pinyin(typed):
            continue  # "Tongjiang, Heilongjiang province": China has more towns than any list
        places = []
        for c in prominent_names().near(typed, 2, limit=12):
            e = gaz.lookup(c.word)
            if e is None or PLACE not in e.kinds or not named_place(c.word):
                continue
            if place_prominence(c.word) < PLACE_TARGET or not _plausible(typed, c.word):
                continue
            places.append((c.word, c.distance))
        if len(places) == 1:
            yield typed, m.start(1), m.end(1), *places[0]


def _plausible(typed: str, place: str) -> bool:
    """Two edits at most (a letter swapped, dropped or changed), the first letter kept or
    spelt another way with the same sound."""
    if typed[0] != place[0] and frozenset((typed[0].lower(), place[0].lower())) not in _SAME_SOUND:
        return False
    if sounds_alike(typed, place) or vowel_variant(typed, place):
        return False  # another transliteration in use ("Zaporizhzhia", "Zaporizhzhya"), not a slip
    return near_miss(place[0] + typed[1:], place, strict=False)
