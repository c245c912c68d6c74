"""The plain-text sentence around a position, found by bisection over bounds computed once.

Several date and unit rules judge a match by the sentence it stands in. Finding that
sentence with ``rfind``/``find`` for each match re-reads the whole stretch every time:
on a long run with no full stop or line break (a scraped table, a pasted feed) that is
the square of its length. ``Bounds`` lists the sentence breaks of a text once; each
look-up is then a bisection.

A break is a full stop, exclamation or question mark followed by a space, or a line
break (``marks`` picks which of these count). This module imports nothing of attrlint's.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

#: every break a rule may count: the mark's first character decides its kind
ALL_MARKS = ".!?\n"


class Bounds:
    """The sentence breaks of one text, for ``sentence_around`` look-ups."""

    def __init__(self, text: str, marks: str = ALL_MARKS) -> None:
        self.length = len(text)
        stops = "".join(re.escape(c) for c in marks if c != "\n")
        parts = ([f"[{stops}] "] if stops else []) + (["\n"] if "\n" in marks else [])
        found = re.finditer("|".join(parts), text) if parts else iter(())
        #: where each break starts and where it ends (". " is two characters, "\n" one);
        #: both lists rise together, so one index serves both
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in found:
            self.starts.append(m.start())
            self.ends.append(m.end())

    def start_before(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts: just after the first character of the
        last break that ends at or before ``pos`` (0 when there is none)."""
        i = bisect_right(self.ends, pos) - 1
        return self.starts[i] + 1 if i >= 0 else 0

    def break_from(self, pos: int) -> int | None:
        """The first break that starts at or after ``pos``, or None."""
        i = bisect_left(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else None

    def sentence_around(self, pos: int, end: int | None = None) -> tuple[int, int]:
        """(start, end) of the sentence holding ``pos`` (to the first break at or after
        ``end``, by default ``pos``); the end is the break's own position, or the text's end."""
        stop = self.break_from(pos if end is None else end)
        return self.start_before(pos), (self.length if stop is None else stop)


def bounds(doc, marks: str = ALL_MARKS) -> Bounds:
    """The document's ``Bounds`` for ``marks``, computed once and kept with it."""
    return doc.shared("sentences.bounds" + marks, lambda: Bounds(doc.text, marks))
