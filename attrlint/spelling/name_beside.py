"""A slip of a common name inside a person's name: the word nobody writes beside a first
name or surname ("Laura Whealn", "Davidd Brennan", "Paula Merkol"). Whoever the person is,
a spelling that running text never uses, one finger slip from a common name, is that name
misspelt. Split from ``name_alone``, which asks it of each candidate."""
from __future__ import annotations

from ..gazetteer import PERSON, gazetteer
from . import context
from .candidates import is_swap
from .lexicon import DICTIONARY, RARE, SEEN_IN_TEXT, lexicon
from .slips import _other_ending, _vowel_ending, doubled_letter, lost_letter
from .tokens import Word

#: the rank of the knowledge base's people and the biggest places (a first-rank name)
FIRST_RANK = 4.0
#: a name this common in running text, with a letter typed twice or a vowel changed into
#: a word nobody writes, beside another word of the person's name, is the intent
#: ("Chris Cuommo", "Sharonn Stone", "Beau Byden")
COMMON_NAME_SLIP_ZIPF = 3.0
#: ... and a surname this common, two letters swapped or one dropped after a first name
FINGER_SURNAME_ZIPF = 2.5


def common_name_slip(text: str, span: list[Word], i: int, target: str, zipf: float, last: bool) -> float:
    """How common ``target`` is when ``span[i]``, a word running text never uses (``zipf``
    0), is a finger slip of it inside a person's name; 0 when it is not. The slips: in
    the surname after a first name, two letters swapped or one dropped ("Laura Whealn");
    a letter typed twice at the end ("Sharonn Stone") or anywhere in a first-rank surname
    ("Chris Cuommo"; names double letters inside, as in Loick Jammes, so not in an
    ordinary one); a vowel or a sound changed in a first-rank surname after a first name
    ("Beau Byden", "Tim Harpor")."""
    typed = span[i].text
    lex, gaz = lexicon(), gazetteer()
    if zipf != 0 or len(typed) < 5 or typed[0] != target[0] or lex.tier(typed.lower()) == RARE:
        return 0.0
    before = i > 0 and text[span[i - 1].end:span[i].start] == " " and context.personal_name(span[i - 1].text)
    if (before and last and (is_swap(typed, target) or lost_letter(typed, target))
            and lex.tier(target.lower()) != DICTIONARY and lex.zipf(target) >= FINGER_SURNAME_ZIPF
            and (gaz.is_name_token(target) or lex.tier(target.lower()) == SEEN_IN_TEXT)):
        return lex.zipf(target)  # two letters swapped or one dropped in a surname in
        # use ("Laura Whealn"), not in a rare one (Susan Barthle may be no Barthel)
    if not gaz.is_name_token(target) or lex.zipf(target) < COMMON_NAME_SLIP_ZIPF:
        return 0.0
    e = gaz.lookup(target)
    famous = e is not None and PERSON in e.kinds and e.prominence >= FIRST_RANK
    if lex.tier(target.lower()) == DICTIONARY and not famous:
        return 0.0  # not Fortone for Fortune (Harper, a first-rank surname, stays)
    after = (i + 1 < len(span) and text[span[i].end:span[i + 1].start] == " "
             and context.personal_name(span[i + 1].text))
    if (doubled_letter(typed, target) and (before or after)
            and (typed[:-1] == target or famous)):  # not Loick Jammes: names double inside
        return lex.zipf(target)
    if (before and last and famous and len(typed) == len(target)
            and not (_other_ending(typed, target) and _vowel_ending(typed, target))):
        return lex.zipf(target)  # a first-rank surname: not Rovera for Rivera, Veroni for Verona
    return 0.0
