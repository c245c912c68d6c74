"""Does the context of a suspected misspelt name fit the famous name it looks like?

A word one slip from a famous surname is often the correct surname of someone else:
"Oleg Peshkov" is not "Dmitry Peskov", "Ruth Balinsky" not a slip of anyone. The word
alone cannot tell; its neighbours in the name span can. A capitalised neighbour that is
a title, a role or a place ("Kremlin spokesman", "Prime Minister", "Turkish") fits any
name; one that is itself a first name or surname fits only if the famous name has it
there too ("Benjamin Netanyhu" -> "Benjamin Netanyahu", "Tayyep Erdogan" -> "Tayyip").
"""
from __future__ import annotations

from functools import lru_cache

from ..data import DataError, load_toml_file, rules_dir
from ..gazetteer import NAME, ORG, PERSON, PLACE, gazetteer
from .lexicon import DICTIONARY, lexicon
from .tokens import Word

#: a first name that is also this common a word ("Will", "Then") is more likely the word
COMMON_WORD_ZIPF = 5.5
#: endings of the adjectives of places and peoples (Belgian, Chinese, Turkish, Iraqi, Baltic)
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic")
#: a common word after a place's name is its institution ("Court", "Embassy", "Bank"), even
#: when someone has it as a surname (Margaret Court)
INSTITUTION_WORD_ZIPF = 4.0
#: ... and a surname nobody has heard of is rare in running text (not "Thursday")
RARE_SURNAME_ZIPF = 2.5
#: a place below this prominence (a town, not a country or a big city, whose adjectives
#: stand before any noun) before a capitalised word rarer than NEXT_NAME_ZIPF that names
#: no place is a person's first name
SMALL_PLACE = 3.0
NEXT_NAME_ZIPF = 3.0
#: particles between a first name and a surname ("Karen Van Arnhum")
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le", "ter", "ten"})


@lru_cache(maxsize=1)
def roles() -> frozenset[str]:
    """Titles, honorifics and roles (rules/spelling/name_context.toml)."""
    try:
        data = load_toml_file(rules_dir() / "spelling" / "name_context.toml")
    except (DataError, OSError):
        return frozenset()
    return frozenset(str(r).lower() for r in data.get("roles", []))


@lru_cache(maxsize=1)
def place_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words before a place's name: "Co", "County"; words after it: "province", "oblast")."""
    try:
        data = load_toml_file(rules_dir() / "spelling" / "name_context.toml")
    except (DataError, OSError):
        return frozenset(), frozenset()
    return (frozenset(str(w).lower() for w in data.get("place_before", [])),
            frozenset(str(w).lower() for w in data.get("place_after", [])))


@lru_cache(maxsize=1)
def street_words() -> frozenset[str]:
    """Words after a street's name: "Drive", "Road", "Avenue"."""
    try:
        data = load_toml_file(rules_dir() / "spelling" / "name_context.toml")
    except (DataError, OSError):
        return frozenset()
    return frozenset(str(w).lower() for w in data.get("street_after", []))


def personal_name(token: str) -> bool:
    """Is this capitalised word a first name or surname (of somebody), rather than a title,
    a role, a place, an organisation or an ordinary word?"""
    low = token.lower().rstrip(".")
    if not token[:1].isupper() or token.isupper() or low in roles() or low in place_words()[0]:
        return False
    lex, gaz = lexicon(), gazetteer()
    e = gaz.lookup(token)
    kinds = e.kinds if e else ""
    if kinds and (PLACE in kinds or ORG in kinds) and not (NAME in kinds or PERSON in kinds):
        return False  # "Turkish", "Moscow": a country or city word fits any name
    word = lex.tier(token.lower()) == DICTIONARY
    if word and (PLACE in kinds or ORG in kinds):
        return False  # "Royal", "Police": a word of an institution's name
    if NAME in kinds or PERSON in kinds:
        return lex.zipf(token.lower()) < COMMON_WORD_ZIPF  # "Ruth", "Oleg"; not "Will", "Then"
    return not word  # "Dmitry", "Halawa"; not "Yesterday"


def _known_name(token: str) -> bool:
    """A word the gazetteer knows as a first name, surname or part of a person's name."""
    e = gazetteer().lookup(token)
    return e is not None and (NAME in e.kinds or PERSON in e.kinds)


def _parts(toks: tuple[str, ...]) -> list[str]:
    """The folded words of a name, hyphenated ones split (Prayuth Chan-ocha)."""
    from .slips import fold
    return [fold(p) for t in toks for p in t.split("-") if p]


#: words that make a region of a continent or country ("Latin America", "Central Asia"):
#: some are surnames too (Latin, West), but before a place they name the region
REGION_WORDS = frozenset("""Latin Central North South East West Northern Southern Eastern Western
    Southeast Southwest Northeast Northwest Sub-Saharan Greater Upper Lower Inner Outer""".split())


def fits(text: str, span: list[Word], i: int, target: str) -> bool:
    """Can ``span[i]`` be ``target`` given its neighbours in the name span?"""
    from .candidates import is_swap
    from .slips import fold
    gaz = gazetteer()
    e = gaz.lookup(target)
    place = e is not None and (PLACE in e.kinds or ORG in e.kinds) and PERSON not in e.kinds
    want = fold(target)
    names = gaz.names_with_token(target)
    #: a surname known without its full name (Oshiomhole): no first name to compare with
    first_known = bool(names) or place
    before, after = set(), set()
    for toks in names:
        parts = _parts(toks)
        for k, t in enumerate(parts):
            if t == want:
                before.update(parts[:k])
                after.update(parts[k + 1:])
    j = i - 1
    while place and j > 0 and span[j].text.lower() in NAME_PARTICLES and text[span[j].end:span[j + 1].start] == " ":
        j -= 1  # "Karen Van Arnhum": the first name before the particle
    if first_known and j >= 0 and text[span[j].end:span[j + 1].start] == " ":  # not "Trump's Putn": an owner
        prev = span[j].text
        if personal_name(prev) and fold(prev) not in before and not (place and prev in REGION_WORDS):
            return False  # another first name: another person (not "Latin America", "Central Asia")
    if i + 1 < len(span) and text[span[i].end:span[i + 1].start] in (" ", "-"):
        nxt = span[i + 1].text
        lex = lexicon()
        if place and lex.tier(nxt.lower()) == DICTIONARY and lex.zipf(nxt.lower()) >= INSTITUTION_WORD_ZIPF:
            return True  # "European Court", "Chinese Embassy": a place's institution, not a surname
        if (personal_name(nxt) and fold(nxt) not in after
                and (not place or _known_name(nxt))):  # "Belgian Malinois" is a breed
            return False  # another surname: another person
        if (place and not target.endswith(DEMONYM_ENDINGS) and personal_name(nxt) and gaz.lookup(nxt) is None
                and lexicon().zipf(nxt) < RARE_SURNAME_ZIPF):
            return False  # a country's name before an unknown surname: a first name (Somaia Halawa);
            # a people's adjective may stand there ("Belgyan Malinois" is still a slip)
        if (place and e is not None and e.prominence < SMALL_PLACE and nxt[1:].islower()
                and not is_swap(span[i].text, target) and lex.zipf(nxt) < NEXT_NAME_ZIPF
                and (i + 2 == len(span) or text[span[i + 1].end:span[i + 2].start] != " ") and nxt.lower() not in roles()
                and nxt.lower() not in place_words()[1] and not _named_place(nxt)):
            return False  # a small place's name before a rare word that names no place either:
            # a first name and a surname ("Taranaky Faleolo" is not Taranaki); a place is followed by
            # a noun ("Arnhem Road", "Arnhem Police Station") or by a place it lies in; the surname
            # ends the name; two letters swapped make nobody's
            # name, so a swap is still a slip of the word, person's or place's ("Numna")
    return True


def _named_place(token: str) -> bool:
    """A place running text names (a town of some size, a region): "Lucan Dublin" is two."""
    e = gazetteer().lookup(token)
    return e is not None and PLACE in e.kinds and e.prominence >= 2.0
