"""A dictionary's rarest words that are a finger slip of a common one: "the kyes were
lost" (keys), "the tets were run" (test), "slaes rose" (sales).

The big word lists keep obscure entries (the plural of a currency, a dialect word, a
chemical) that running text almost never uses; accepting them lets the slip that spells
one of them pass. Two neighbouring letters swapped into such a word, from a word running
text uses a thousand times more, is far likelier a slip than the obscure word.
"""
from __future__ import annotations

from .formation import british_form
from .lexicon import DICTIONARY, RARE, Lexicon

#: the obscure entry: rarer than this in running text (Zipf)
OBSCURE_ZIPF = 1.5
#: the word meant: at least this common (Zipf) ...
MEANT_ZIPF = 4.0
#: ... and this much more common than the word typed
MEANT_MARGIN = 2.5


def swapped_from_common(word: str, lex: Lexicon) -> str | None:
    """The common word two swapped neighbours make of this obscure one, if exactly one does."""
    if (len(word) < 4 or not word.isalpha() or not word.islower() or lex.tier(word) != RARE
            or lex.zipf(word) >= OBSCURE_ZIPF or british_form(word, lex)):
        return None
    found = set()
    for i in range(len(word) - 1):
        v = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if v != word and lex.tier(v) == DICTIONARY and lex.zipf(v) >= max(MEANT_ZIPF, lex.zipf(word) + MEANT_MARGIN):
            found.add(v)
    return found.pop() if len(found) == 1 else None
