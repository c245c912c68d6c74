"""Which copy of a repeat is the page's: a standfirst or a page title above the story's byline
box that the story then gives again. The desk deletes the page's copy, not the story's own
headline or lead, so ``debris.repeated-sentence`` reports the first copy in these two shapes:

* the first copy is a whole line near the top, a block of page furniture (a byline box, a
  stamp, a share bar) stands between it and the later copy, and the later copy opens a
  paragraph of the story (a standfirst repeated word for word as the lead);
* the first copy opens a longer line near the top (the page's title run into its
  description) and the later copy is a short line of its own (the story's headline).
"""
from __future__ import annotations

import bisect
from itertools import accumulate

import regex

from ..document import Document
from ..furniture import Analysis, Line, analyse

_WORD = regex.compile(r"[\w]+(?:['’][\w]+)*")
#: how far down the page a standfirst or a page title stands (lines with text)
_TOP = 12


def page_copy(doc: Document, first: int, later: int, later_end: int) -> tuple[int, int] | None:
    """(start, end) of the first copy's line when it is the page's copy, else None."""
    text = doc.text
    page = doc.shared("repeats-page", lambda: _Page(analyse(doc)))
    filled = page.filled
    if len(filled) < 4:
        return None
    first_ln, later_ln = page.line_at(first), page.line_at(later)
    if first_ln is None or later_ln is None or first_ln.n >= later_ln.n:
        return None
    if first_ln.n not in page.top or text[first_ln.start:first].strip():
        return None  # not near the top, or the copy does not open its line
    whole_first = not text[first:first_ln.end].strip() or _same_words(text[first:first_ln.end], text[later:later_end])
    rest_after_first = len(_WORD.findall(text[first:first_ln.end])) - len(_WORD.findall(text[later:later_end]))
    later_alone = not text[later_ln.start:later].strip() and not text[later_end:later_ln.end].strip()
    lead = (later_ln.kind == "prose" and not text[later_ln.start:later].strip()
            and len(_WORD.findall(later_ln.text)) >= 15)
    if whole_first and lead and first_ln.n != filled[0].n and page.block_between(first_ln.n, later_ln.n):
        return first_ln.start, first_ln.end  # not the headline
    if rest_after_first >= 5 and later_alone and len(_WORD.findall(text[later:later_end])) <= 20:
        return first_ln.start, first_ln.end
    return None


class _Page:
    """The page's lines with text and its furniture blocks, indexed once per document: a
    draft with many repeats asks about each of them."""

    def __init__(self, a: Analysis):
        self.filled = [ln for ln in a.lines if ln.text.strip()]
        self.top = {ln.n for ln in self.filled[:_TOP]}
        self._starts = [ln.start for ln in self.filled]
        blocks = sorted((b.lines[0].n, b.lines[-1].n) for b in a.blocks)
        self._block_firsts = [f for f, _ in blocks]
        # the earliest last line of any block starting at or after each block
        self._least_last = list(accumulate((last for _, last in reversed(blocks)), min))[::-1]

    def line_at(self, pos: int) -> Line | None:
        """The line with text that holds ``pos`` (its end included)."""
        k = bisect.bisect_right(self._starts, pos)
        return self.filled[k - 1] if k and pos <= self.filled[k - 1].end else None

    def block_between(self, a: int, b: int) -> bool:
        """A furniture block lies wholly between lines ``a`` and ``b``."""
        k = bisect.bisect_right(self._block_firsts, a)
        return k < len(self._least_last) and self._least_last[k] < b


def _same_words(a: str, b: str) -> bool:
    return [w.lower() for w in _WORD.findall(a)] == [w.lower() for w in _WORD.findall(b)]
