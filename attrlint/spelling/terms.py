"""Words the story itself defines: "illegal small-scale mining, known as galamsey", "illegal
mining (galamsey)", "a practice called jugaad". A writer who glosses a word is using a
local or technical term on purpose; it is no typo there or anywhere else in the story.
"""
from __future__ import annotations

import re
from collections.abc import Callable

#: a gloss that introduces the term after it, or a term in brackets after its English
DEFINED_TERM = re.compile(
    r"\b(?:(?:locally[ \t]+|popularly[ \t]+|commonly[ \t]+)?(?:known|referred[ \t]+to)(?:[ \t]+locally)?[ \t]+as|called|termed|"
    r"dubbed|nicknamed|so-called)[ \t]+[“\"‘']?([a-z][a-z-]{3,})\b"
    r"|\b[a-z]{3,}[ \t]+\(([a-z][a-z-]{3,})\)"
)


def defined_terms(text: str, slip_of_a_word: Callable[[str], bool]) -> frozenset[str]:
    """The lower-case words the story glosses, in lower case; not one that is a slip of an
    English word ("called thier bluff": "called" is a verb there, not a gloss)."""
    found = {(m.group(1) or m.group(2)).lower() for m in DEFINED_TERM.finditer(text)}
    return frozenset(t for t in found if not slip_of_a_word(t))
