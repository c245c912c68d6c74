"""A long word with its letters scrambled: typed fast, letters dropped and moved.

"inveistgaton" is three edits from "investigation" (a letter dropped, two moved), beyond
the two edits the near-word search allows, yet an editor reads it at once: nearly every
letter of the word is there, only out of order. The search is widened to three edits for
such words only: long, in no lexicon, and holding the letters of one common word but at
most one.
"""
from __future__ import annotations

from collections import Counter

from .candidates import Candidate, CandidatePool

#: the shortest word judged so: shorter ones are three edits from too many words
MIN_LENGTH = 8
#: and the longest: no common word is longer, and a run of letters with no space is no word
MAX_LENGTH = 30
#: the word meant must be this common in running text
TARGET_ZIPF = 3.0
#: letters the typed word may lack or have over the word meant (the rest are moved)
LETTERS_OFF = 1


def scrambled(word: str, pool: CandidatePool) -> Candidate | None:
    """The one common word ``word`` is a scramble of (same first letter, its letters but
    one, three edits at most), or None when there is none or more than one."""
    if not MIN_LENGTH <= len(word) <= MAX_LENGTH:
        return None
    mine = Counter(word)
    found = []
    for c in pool.near(word, 3, limit=8):
        if c.zipf < TARGET_ZIPF or c.word[:1] != word[:1]:
            continue
        theirs = Counter(c.word)
        if sum(((mine - theirs) + (theirs - mine)).values()) <= LETTERS_OFF:
            found.append(c)
    return found[0] if len(found) == 1 else None
