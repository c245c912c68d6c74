"""A surname that running text uses, slipped after a first name or a title: "Laura
Kubrck", "Judge Hitchenz". The knowledge base and the gazetteer know a few thousand
people; the news names tens of thousands more, and wordfreq counts their surnames (how
often running text writes the capitalised word: the lexicon's Zipf figure). That count is
the data: a surname written often enough is a name readers know, and a word nobody writes
(no dictionary, no name list, never in running text), one realistic slip from it, where a
surname stands, is that surname misspelt.

Precision guards, each because real rare names look like slips (on 3,823 clean articles,
2.1 million words, a looser first version flagged 16 real names; these leave one):
* the typed word is in no list at all: not a first name or surname of the name lists,
  not a dictionary word, never seen in running text; not made of Pinyin syllables
  ("Xu Shaoshi", "Chen Chuhan");
* it stands last in its name span, after a first name common in running text or a title,
  and keeps the first letter; the surname is no word ("Salmon"), place or firm ("Burma");
* a finger slip (two letters swapped, one dropped that is not one of a double, one typed
  twice at the end or as a pair of consonants the name lists' surnames almost never have)
  needs a surname at Zipf 2.3; a vowel or a sound changed (how real families differ:
  Naughten, Naughton) needs 2.5, and never at the last vowel (Ivanov, Ivanova); a letter
  added or dropped otherwise (Reevell, Faron, Aisch) is another family's spelling.
* in a word of seven letters or more both bars fall to 2.0 (stop 29): few real names are a
  finger slip or a consonant's sound from a long one (Kalanyck, Bogdanow, Frankona); one
  vowel for another, or the last two letters swapped, keeps its bar, since long family
  names differ so too (Kelleway, Kellaway; Naughten, Naughton; Barthle, Barthel).
"""
from __future__ import annotations

import re

from ..gazetteer import NAME, ORG, PLACE, gazetteer
from . import context
from .candidates import is_swap
from .famous import prominent_names
from .lexicon import DICTIONARY, RARE, lexicon
from .slips import PINYIN, _inflection, _pinyin, _other_ending, _vowel_ending, doubled_letter, lost_letter, near_miss
from .tokens import Word

#: a first name this common in running text is somebody's first name (not "Mah", "Der")
FIRST_NAME_ZIPF = 3.0
#: how common in running text a surname must be to be the intent of a finger slip
FINGER_SURNAME_ZIPF = 2.3
#: ... and of a vowel or a sound changed (real families differ so: Halstead, Holstead)
SOUND_SURNAME_ZIPF = 2.5
#: doubled consonants that surnames have (each in 0.1% or more of the gazetteer's 4,419
#: first names and surnames, measured at stop 28; tests/test_surname_slip.py measures it
#: again): a family's spelling (Reevell, Alldis, Haggan). hh, kk, xx (0.05% or fewer) and
#: jj, qq, vv, ww (none) are a finger slip (Whhelan), as is a letter doubled at the end
FAMILY_DOUBLES = frozenset("bb cc dd ff gg ll mm nn pp rr ss tt zz".split())
FAMILY_DOUBLE_SHARE = 0.001
#: a vowel typed twice in a name this long, which has none doubled, is a finger slip
#: (Goorsuch, Napoolitano); in shorter names it is a family's or a transliteration's (Buurma)
LONG_DOUBLED_VOWEL = 8
DOUBLE_VOWEL = re.compile(r"([aeiou])\1", re.IGNORECASE)
#: a word this long that nobody writes has few real neighbours one slip away (Kalanyck,
#: Bogdanow): the surname it misses may be rarer in running text, unless the slip is one
#: vowel for another
LONG_TYPED, LONG_SURNAME_ZIPF = 7, 2.0
VOWELS = "aeiou"
#: shorter words are one slip from too many surnames
MIN_LENGTH = 5
WORDS = (DICTIONARY, RARE)


def surname_slip(text: str, span: list[Word], i: int) -> tuple[str, list[str]] | None:
    """(evidence, suggestions) when ``span[i]`` is a slip of a surname in use after a first name."""
    w = span[i]
    typed = w.text
    if len(typed) < MIN_LENGTH or not typed[1:].islower() or i == 0 or text[span[i - 1].end:w.start] != " ":
        return None
    if i + 1 < len(span) and text[w.end:span[i + 1].start] in (" ", "-"):
        return None  # not the last word of the name: not its surname
    if text[w.end:w.end + 1] in "-‐‑":
        return None
    lex, gaz = lexicon(), gazetteer()
    if _pinyin(typed):
        return None  # Xu Shaoshi: Chinese given names are free compounds of syllables
    if (lex.zipf(typed) > 0 or lex.tier(typed) or lex.tier(typed.lower()) or gaz.lookup(typed)
            or gaz.is_name_token(typed)):
        return None  # a spelling some list or some text holds: somebody's
    first = span[i - 1].text
    if not (first_name(first) or first.lower().rstrip(".") in context.roles()):
        return None  # after a first name ("Meryl"), an honorific or a title ("Judge")
    if PINYIN.fullmatch(first.lower()) and PINYIN.fullmatch(typed.lower()):
        return None  # Chen Chuhan: a Chinese name, family name first, given name of syllables
    found = []
    for c in prominent_names().near(typed, 2, limit=12):
        name = c.word
        if (name[0] != typed[0] or not name[1:].islower() or not near_miss(typed, name)
                or _inflection(typed, name) or lex.tier(name.lower()) in WORDS):
            continue  # a word (Salmon, Steep): not a surname
        e = gaz.lookup(name)
        if e is not None and (PLACE in e.kinds or ORG in e.kinds):
            continue  # a place or a firm is not what a first name stands before
        swap = c.swap or is_swap(typed, name)
        twice = typed[:-1] == name and typed[-1] == name[-1]  # "Toomeyy": the last letter typed twice
        if not swap and not twice and _other_ending(typed, name) and _vowel_ending(typed, name):
            continue  # another last vowel: another language's form (Ivanov, Ivanova)
        finger = swap or lost_letter(typed, name) or _slipped_double(typed, name)
        if finger:
            bar = FINGER_SURNAME_ZIPF
        elif len(typed) + 1 == len(name) or len(typed) == len(name) + 1:
            continue  # a letter added or dropped that is no finger slip: another family (Aisch, Faron)
        else:
            bar = SOUND_SURNAME_ZIPF
        if len(typed) >= LONG_TYPED and not _vowel_for_vowel(typed, name) and not (swap and typed[:-2] == name[:-2]):
            bar = min(bar, LONG_SURNAME_ZIPF)  # Kalanyck, Bogdanow: long words have few real neighbours
        if lex.zipf(name) < bar:
            continue
        found.append((c.distance, -lex.zipf(name), 0 if finger else 1, name))
    if not found:
        return None
    found.sort()
    best = found[0][3]
    how = "a finger slip" if found[0][2] == 0 else "a vowel or a sound spelt otherwise"
    return (f"not a name we know: after “{first}”, “{typed}” reads as {how} of “{best}”, a surname "
            "the news uses often; check the spelling", [f[3] for f in found[:3]])


def _vowel_for_vowel(typed: str, name: str) -> bool:
    """One vowel written for another ("Kelleway", "Kellaway"): how real families' spellings
    differ, in long names too (Naughten, Naughton; Cheminade, Chaminade). So do the last
    two letters (Barthle, Barthel), which the caller leaves out of the long words' bar."""
    diff = [(a, b) for a, b in zip(typed.lower(), name.lower()) if a != b]
    return len(typed) == len(name) and len(diff) == 1 and diff[0][0] in VOWELS and diff[0][1] in VOWELS


def first_name(word: str) -> bool:
    """A first name that running text uses, not a title, a place or a word."""
    e = gazetteer().lookup(word)
    return (e is not None and NAME in e.kinds and lexicon().zipf(word) >= FIRST_NAME_ZIPF
            and context.personal_name(word))


def _slipped_double(typed: str, name: str) -> bool:
    """A letter typed twice that no family spells so: at the end (Colvinn), or a consonant
    pair the name lists' surnames rarely have (Whhelan; not Reevell, Alldis, Haggan). A
    doubled vowel is how Dutch and transliterated names are spelt (Buurma, Naadi), but not in
    a long name that has no doubled vowel of its own (Goorsuch, Napoolitano)."""
    if not doubled_letter(typed, name):
        return False
    if typed[:-1] == name:
        return True
    if len(typed) >= LONG_DOUBLED_VOWEL and not DOUBLE_VOWEL.search(name) and DOUBLE_VOWEL.search(typed):
        return True
    pairs = {typed[k:k + 2] for k in range(1, len(typed) - 1)
             if typed[k] == typed[k + 1] and typed[k] not in "aeiouy"}  # Naadi, Buurma: transliterations
    return bool(pairs - FAMILY_DOUBLES - {p for p in pairs if p in name.lower()})


def family_doubles() -> frozenset[str]:
    """FAMILY_DOUBLES measured again from the gazetteer (slow: for the test only)."""
    gaz = gazetteer()
    names = [t for t in gaz.tokens() if len(t) >= 4 and t.isalpha() and t[1:].islower()
             and (e := gaz.lookup(t)) is not None and NAME in e.kinds]
    counts: dict[str, int] = {}
    for t in names:
        for p in {t[k:k + 2] for k in range(1, len(t) - 1) if t[k] == t[k + 1] and t[k] not in "aeiouy"}:
            counts[p] = counts.get(p, 0) + 1
    return frozenset(p for p, n in counts.items() if n >= FAMILY_DOUBLE_SHARE * len(names))
