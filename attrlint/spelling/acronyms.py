"""An acronym misspelt among the acronyms the story itself uses.

A joined list of parties or bodies ("ABC-DE-FGH", "XYZ/QRS") names things the story
writes on their own elsewhere. A part of the list that the story never writes alone,
which no word list knows, and which is a letter added, dropped or two letters swapped from
an acronym the story does write alone ("ABCD" beside "ABC" written three times), is that
acronym mistyped. A letter struck differently is not: "CDU/CSU" are two parties.
"""
from __future__ import annotations

import re
from collections import Counter

from rapidfuzz.distance import OSA

from .candidates import is_swap
from .lexicon import lexicon

#: acronyms joined by hyphens or slashes into a list: "ABC-DE-FGH", "XYZ/QRS"
JOINED = re.compile(r"(?<![\w-])[A-Z]{2,6}(?:[-/][A-Z]{2,6})+(?![\w-])")
STANDALONE = re.compile(r"(?<![\w/-])[A-Z]{2,6}(?![\w/-])")
#: the story must write the acronym it meant this often on its own
MEANT_AT_LEAST = 2


def acronym_slips(text: str) -> list[tuple[str, int, int, str]]:
    """(typed, start, end, meant) for each acronym mistyped inside a joined list."""
    alone = Counter(m.group(0) for m in STANDALONE.finditer(text))
    lex = lexicon()
    out = []
    for m in JOINED.finditer(text):
        parts = re.split(r"[-/]", m.group(0))
        strays = [p for p in parts if not alone[p]]
        if len(strays) != 1 or len(parts) - 1 > sum(1 for p in parts if alone[p]):
            continue  # every other part of the list is an acronym the story uses alone
        typed = strays[0]
        if len(typed) < 3 or lex.knows(typed):
            continue
        meant = [a for a, n in alone.items() if n >= MEANT_AT_LEAST and a not in parts and _slip(typed, a)]
        if len(meant) != 1:
            continue
        start = m.start() + _offset(m.group(0), parts, typed)
        out.append((typed, start, start + len(typed), meant[0]))
    return out


def _slip(typed: str, meant: str) -> bool:
    """A letter added or dropped, or two neighbours swapped; not one struck differently."""
    if len(meant) < 2 or typed == meant:
        return False
    if is_swap(typed, meant):
        return True
    return abs(len(typed) - len(meant)) == 1 and OSA.distance(typed, meant) == 1


def _offset(joined: str, parts: list[str], typed: str) -> int:
    pos = 0
    for p in parts:
        if p == typed:
            return pos
        pos += len(p) + 1
    return 0
