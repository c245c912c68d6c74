"""Lines that are items of a list of links: related headlines, a 'More News' rail.

A scraped page keeps the headlines of other stories ("Third crash in a year likely a
coincidence, experts say") between or after the copy. Their sourcing is those stories'
business: the attribution rules leave such lines alone. A line is taken for a list item
when it reads as a headline (short, no closing punctuation) and a line right next to it,
with no blank line between, reads as one too; the story's own headline (the first line)
is never taken for one, nor used as the neighbour that makes a list.
"""
from __future__ import annotations

import re
from bisect import bisect_right

#: a line that ends as a sentence or an introduction, not as a headline
_CLOSED = re.compile(r"[.!?:;…,]['\"”’)\]]*\s*$")
_MAX_WORDS = 20


#: words a headline does not end on: a line that ends on one runs on (hard-wrapped prose)
_RUNS_ON = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by",
    "from", "that", "as", "is", "was", "are", "were", "his", "her", "its", "their", "our",
})


def _headline_shaped(line: str) -> bool:
    words = line.split()
    return (0 < len(words) <= _MAX_WORDS and not _CLOSED.search(line)
            and words[-1].lower() not in _RUNS_ON and not words[-1].endswith(("-", "'s", "’s")))


def _opens(line: str) -> bool:
    """Opens as a headline does: a capital, a digit or a quotation mark."""
    first = line.lstrip()[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in "\"“‘'")


def list_item_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` that is an item of a list of headlines."""
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    first = next((i for i, (_, _, t) in enumerate(lines) if t.strip()), -1)
    shaped = [i != first and _headline_shaped(t.strip()) and _opens(t) for i, (_, _, t) in enumerate(lines)]
    out = []
    for i, (s, e, t) in enumerate(lines):
        if not shaped[i] or len(t.split()) < 3:
            continue
        if i + 1 < len(lines) and lines[i + 1][2][:1].islower():
            continue  # the next line carries on the sentence: prose wrapped by hand
        if (i > 0 and shaped[i - 1]) or (i + 1 < len(lines) and shaped[i + 1]):
            out.append((s, e))
    return out


class ListItems:
    """Membership test for offsets, over the spans of ``list_item_spans``."""

    def __init__(self, text: str):
        spans = list_item_spans(text)
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def holds(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]
