"""A brand, name or acronym written all in lower case: "youtube", "ebay", "nasa".

The lexicon keeps each spelling with its case, so "youtube" is unknown while "YouTube"
is a frequent entry. Told only that the lower-case word is not in the dictionary, the
checker offers the nearest word ("you tube", "bay"); the editor needs the name's own
form instead. The forms a lower-case name can have are few: capitalised, all capitals,
or two capitalised halves ("YouTube", "PayPal") or a lower-case letter before one
("eBay", "iPhone"), so each is looked up rather than searched for. (A name that only
lost its first capital, "bollywood", is the checker's ``_lower_case_name``.)
"""
from __future__ import annotations

from ..gazetteer import NAME, ORG, gazetteer
from .lexicon import DICTIONARY, Lexicon

#: the cased form must be at least this common in running text (or a gazetteer
#: organisation or name): a rare cased entry is no reason to doubt the nearer word
CASED_MIN_ZIPF = 3.0
#: no brand or acronym is longer: a longer run of letters is not read (each of a word's
#: halvings is a new string, so a run of letters with no space would cost its square)
LONGEST_NAME = 24


def _forms(word: str) -> list[str]:
    """The cased spellings a lower-case word could stand for."""
    forms = [word.upper()]
    for i in range(2, len(word) - 1):
        head, tail = word[:i], word[i:]
        forms.append(head[:1].upper() + head[1:] + tail[:1].upper() + tail[1:])
    forms.append(word[:1] + word[1:2].upper() + word[2:])  # eBay, iPhone
    return forms


def cased_form(word: str, lex: Lexicon) -> str | None:
    """The brand, name or acronym a lower-case unknown word is, or None."""
    if not word.isalpha() or not word.islower() or not 4 <= len(word) <= LONGEST_NAME:
        return None
    best: tuple[float, str] | None = None
    for form in _forms(word):
        zipf = lex.zipf(form) if lex.tier(form) == DICTIONARY else 0.0
        if zipf < CASED_MIN_ZIPF:
            e = gazetteer().lookup(form)
            if e is None or not (ORG in e.kinds or NAME in e.kinds) or e.name != form:
                continue
            zipf = CASED_MIN_ZIPF
        if best is None or zipf > best[0]:
            best = (zipf, form)
    return best[1] if best else None
