"""The shapes of slips: is one spelling a likely slip of the fingers for another?

Letter-level tests used by the word-by-word verdicts (``checker``): two neighbours
swapped, a letter dropped or doubled, and how each is described to an editor.
"""
from __future__ import annotations

from rapidfuzz.distance import OSA

from .candidates import Candidate, is_swap
from .pools import NAME_TARGET_ZIPF

#: a name this common may be the intent of a dropped or wrong letter, not only a swap
WELL_KNOWN_NAME_ZIPF = 3.0
#: below 7 letters, only a name this common is evidence (Russia, yes; Mariam for Marima, no)
FAMOUS_NAME_ZIPF = 3.5
#: a shorter typed word is no plausible slip of any name
PLAUSIBLE_SLIP_MIN = 6


def inner_capital(text: str) -> bool:
    """McDonald, iPhone, DeSantis: internal capitals mark names we cannot judge."""
    return any(c.isupper() for c in text[1:])


def finger_slip(typed: str, meant: str) -> bool:
    """Two neighbours swapped, or one letter dropped or added after the first. Not a
    letter struck differently, nor one added in front: names differ that way (Shubin,
    Shujin; Sebele, Msebele; Yahya, Jahya)."""
    if is_swap(typed, meant):
        return True
    a, b = typed.lower(), meant.lower()
    if abs(len(a) - len(b)) != 1 or a[0] != b[0] or min(len(a), len(b)) < 5:
        return False
    if a.startswith(b) or b.startswith(a):
        return False  # Kovalenko, Kovalenkos: an ending, not a slip
    if _glide_added(a, b) or _glide_added(b, a):
        return False  # Kwabena, Kwabenya: a y beside a vowel spells a sound, not a slip
    return OSA.distance(a, b) == 1


_VOWELS = "aeiou"


def _glide_added(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` with a y put between a consonant and a vowel or between
    two vowels ("nya" for "na", "eye" for "ee"): another language's spelling of the name."""
    if len(longer) != len(shorter) + 1:
        return False
    return any(longer[k] == "y" and longer[:k] + longer[k + 1:] == shorter and longer[k + 1:k + 2] in _VOWELS
               for k in range(1, len(longer) - 1))


def plausible_name_slip(typed: str, cand: Candidate) -> bool:
    """Is a well-known name the likely intent? Names differ from each other by one letter
    all the time (Zayed, Ziyed), so only a slip of the fingers counts: two letters
    swapped, or, in a long and well-known name, one letter dropped or doubled."""
    if cand.zipf < NAME_TARGET_ZIPF or len(typed) < PLAUSIBLE_SLIP_MIN or len(typed) < 7 and cand.zipf < FAMOUS_NAME_ZIPF:
        return False  # short rare names are one slip from each other all the time
    if is_swap(typed, cand.word):
        return True
    if cand.word[:1].lower() != typed[:1].lower():
        return False
    return len(typed) >= 8 and cand.zipf >= WELL_KNOWN_NAME_ZIPF and dropped_or_doubled(typed, cand.word)


def dropped_or_doubled(typed: str, meant: str) -> bool:
    """"Fitzerald" (a letter dropped), "Republlic" (a letter doubled); not "Stalford",
    where a new letter is a different name."""
    a, b = typed.lower(), meant.lower()
    if len(a) == len(b) - 1:
        return any(b[:i] + b[i + 1:] == a for i in range(len(b)))
    if len(a) == len(b) + 1:
        return any(a[:i] + a[i + 1:] == b and (a[i] == a[i - 1:i] or a[i] == a[i + 1:i + 2])
                   for i in range(len(a)))
    return False


def edit_evidence(typed: str, cand: Candidate) -> str:
    """"two letters swapped from “Footage”": how the word differs from its suggestion."""
    a, b = typed.lower(), cand.word.lower()
    if is_swap(a, b):
        how = "two letters swapped"
    elif cand.distance == 1:
        how = "one letter off"
    else:
        how = f"{cand.distance} letters off"
    return f"{how} from “{cand.word}”"
