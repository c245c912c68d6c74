"""Cheap proofs that a whole-text pattern cannot match, so it is searched only when it might.

A pattern such as "a lower-case word, a full stop, a capitalised word" (``the court
adjourned.The judge``) is tried by ``regex`` at every character of the story, and most
stories hold no match: the search costs far more than the rare finding. Every such match
has a mark between two letters of a known case (``d.T``); a story where no full stop has a
lower-case letter before it and a capital after it cannot match, and finding the full stops
with ``str.find`` is a small fraction of the search. A gate only ever says "cannot match"
when that is certain: ``str.islower``/``isupper``/``isdigit`` on one character hold for
every letter of ``\\p{Ll}``/``\\p{Lu}`` and every digit of ``\\d`` (and a few more), so a
gated search finds exactly what the plain search finds.

Base layer: imports nothing of attrlint's.
"""
from __future__ import annotations

from typing import Callable

Test = Callable[[str], bool]


def between(text: str, mark: str, left: Test, right: Test) -> bool:
    """Whether some ``mark`` (one character) in ``text`` has a character that passes ``left``
    right before it and one that passes ``right`` right after it."""
    i = text.find(mark, 1)
    last = len(text) - 1
    while 0 < i < last:
        if left(text[i - 1]) and right(text[i + 1]):
            return True
        i = text.find(mark, i + 1)
    return False
