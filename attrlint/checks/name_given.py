"""One person's first name spelt two ways: "Steven Paddock" beside "Stephen Paddock".

Both spellings are real names, so the slip clustering of ``name_clusters`` (which wants
one spelling unknown, or the two one letter apart) leaves them alone. Two given names
before the same surname in one story are one person when they differ only in the ways
English spells one name: ph/v/f (Steven, Stephen, Stefan), a silent h (Jon, John; Sara,
Sarah; Tomas, Thomas), c/k (Marc, Mark; Catherine, Katherine), a doubled letter (Philip,
Phillip; Alan, Allan) and y/i inside the word (Bryan, Brian). A different vowel or an
ending makes another name, often the other sex's ("Francis"/"Frances", "Louis"/"Louise",
"Daniel"/"Danielle", "Jean"/"Joan", "Tony"/"Toni"): those are never paired, unless one of
the two is an ordinary English word used once and the other the name the story keeps using
("Caster Smart" beside "Casper Smart" and "Casper": a slip a spell checker lets through).

The form used less often with that surname is the stray; on a tie, the one whose full name
the knowledge base does not know, then the one no name list knows ("Ousmanne"), then the
later one (the first reference sets the story's spelling).
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import regex
from rapidfuzz.distance import OSA

from ..spelling.lexicon import lexicon
from .name_mentions import TITLES, Mention, common_word, fold, known, person

#: a silent h, not the first letter: after or before a consonant, or at the end ("Thomas",
#: "John", "Sarah"; "Johan" keeps it)
_SILENT_H = regex.compile(r"(?<=[^aeiou])h|(?<=.)h(?=[^aeiou])|(?<=.)h$")
_HARD_C = regex.compile(r"ck|c(?=[aouk]|[^aeiouy]|$)")
_INNER_Y = regex.compile(r"y(?!$)")
_DOUBLE = regex.compile(r"(.)\1+")
#: on a tie, a spelling this much more common in running text (Zipf) is the story's
_COMMONER_BY = 0.5


@lru_cache(maxsize=4096)
def spelling_key(name: str) -> str:
    """The name with the spellings of one sound merged (see the module notes); vowels and
    endings are kept, since they tell different names apart."""
    w = fold(name).replace("ph", "f").replace("v", "f")
    w = _SILENT_H.sub("", w)
    w = _HARD_C.sub("k", w)
    w = _INNER_Y.sub("i", w)
    return _DOUBLE.sub(r"\1", w)


#: a first name this much rarer in running text (Zipf) than one a letter from it is its slip
RARE_GAP = 2.0


def variant_spellings(a: str, b: str) -> bool:
    """Two spellings of one first name ("Steven" / "Stephen"), not two names."""
    fa, fb = fold(a), fold(b)
    if fa != fb and min(len(fa), len(fb)) >= 6 and OSA.distance(fa, fb) == 1 and (
            not (known(a) and known(b)) or abs(lexicon().zipf(a) - lexicon().zipf(b)) >= RARE_GAP):
        return True  # "Christoper" beside "Christopher Luxon": a slip of a long name, one of them rare or nobody's
    return (fa != fb and min(len(fa), len(fb)) >= 3 and OSA.distance(fa, fb) <= 2
            and spelling_key(a) == spelling_key(b))


def given_name_variants(by_form: dict[str, list[Mention]]):
    """(stray, target, stray uses, target uses, edits) for each first name written two ways
    before the same surname. Only the uses before that surname count and are reported."""
    by_surname: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for form, uses in by_form.items():
        if form in TITLES or not form.isalpha():
            continue
        for m in uses:
            for surname in _surnames(m, form):
                by_surname[surname][form].append(m)
    out, seen = [], set()
    for surname, forms in by_surname.items():
        names = list(forms)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if frozenset((a, b)) in seen:
                    continue
                word = _word_for_a_name(a, b, by_form)
                if word is None and not variant_spellings(a, b):
                    continue
                seen.add(frozenset((a, b)))
                stray, target = (word, b if word == a else a) if word else _order(a, b, forms, surname)
                out.append((stray, target, forms[stray], forms[target], OSA.distance(fold(a), fold(b))))
    return out


def _word_for_a_name(a: str, b: str, by_form: dict[str, list[Mention]]) -> str | None:
    """"Caster Smart" once, beside "Casper Smart" and "Casper" again: an English word one
    letter from the first name the story keeps using for that person (a slip a spell checker
    lets through), not another first name. Returns the word, or None. Two names that are
    no words ("Francis", "Frances") are never paired this way."""
    fa, fb = fold(a), fold(b)
    if fa[:1] != fb[:1] or min(len(fa), len(fb)) < 6 or OSA.distance(fa, fb) != 1 or common_word(a) == common_word(b):
        return None
    word, name = (a, b) if common_word(a) else (b, a)
    return word if len(by_form[word]) == 1 and len(by_form[name]) >= 2 else None


def _surnames(m: Mention, form: str) -> set[str]:
    """The surnames a first name may stand before: the next name word, and the last word
    of the run of names it opens ("Stephen Craig Paddock": "Craig" and "Paddock"; a run
    may also go on into another name, so both count)."""
    if not m.after or m.after in TITLES:
        return set()
    words = m.full.split()
    last = words[-1] if words and words[0] == form else m.after
    return {w for w in (m.after, last) if len(w) >= 3 and w != form and w not in TITLES}


def _order(a: str, b: str, forms: dict[str, list[Mention]], surname: str) -> tuple[str, str]:
    na, nb = len(forms[a]), len(forms[b])
    if na != nb:
        return (a, b) if na < nb else (b, a)
    for knows in (lambda f: person(f"{f} {surname}"), known):  # the full name, then the first name
        ka, kb = knows(a), knows(b)
        if ka != kb:
            return (b, a) if ka else (a, b)
    # then the spelling running text uses far more ("Marshals", not the surname "Marshalls")
    za, zb = lexicon().zipf(a.lower()), lexicon().zipf(b.lower())
    if abs(za - zb) >= _COMMONER_BY:
        return (a, b) if za < zb else (b, a)
    return (a, b) if forms[a][0].start > forms[b][0].start else (b, a)
