"""The candidate pools a misspelt word is matched against: common words and known names.

Both are built once from the lexicon and kept on disk between processes
(``candidates.stored``); they are separate from the verdicts (``checker``) so that the
loaders can be timed and replaced without touching the judgement.
"""
from __future__ import annotations

from functools import lru_cache

from .candidates import CandidatePool, stored
from .lexicon import DICTIONARY, RARE, SEEN_IN_TEXT, lexicon

#: a rare dictionary word (SCOWL size 80) is suggested only when at least this common
RARE_SUGGEST_ZIPF = 2.5
#: a word seen in running text but not in a dictionary is taken as a name at this Zipf
NAME_TARGET_ZIPF = 2.0


@lru_cache(maxsize=1)
def common_pool() -> CandidatePool:
    """Dictionary words in lower case: what a misspelt common word is suggested as."""
    return stored("spelling-common-pool", _common_pool)


def _common_pool() -> CandidatePool:
    lex = lexicon()
    return CandidatePool(
        (w, code % 100 / 10)
        for w, code in lex.iter_entries(
            lambda c: (c // 100 == DICTIONARY) | (c // 100 == RARE) & (c % 100 >= RARE_SUGGEST_ZIPF * 10))
        if w.islower() and w.isalpha()
    )


@lru_cache(maxsize=1)
def name_pool() -> CandidatePool:
    """Names common enough to be evidence (see ``shapes.plausible_name_slip``): capitalised
    dictionary entries and name-like words of running text. (A place that common is
    among them already: a gazetteer place that running text never names is no evidence.)"""
    return stored("spelling-name-pool", _name_pool)


def _name_pool() -> CandidatePool:
    lex = lexicon()
    floor = NAME_TARGET_ZIPF * 10

    common = list(lex.iter_entries(lambda c: c % 100 >= floor))

    def entries():
        for w, code in common:
            if not w.isalpha():
                continue
            tier, zipf = code // 100, code % 100 / 10
            if tier == SEEN_IN_TEXT:
                yield w[:1].upper() + w[1:], zipf
            elif w[:1].isupper() and not w.isupper():
                yield w, zipf

    return CandidatePool(entries())


def max_edits(word: str) -> int:
    """Short words are a single edit from many others; allow two edits only in long ones."""
    return 1 if len(word) <= 7 else 2
