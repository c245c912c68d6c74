"""A list's button repeated under each of its items: the page's list of other stories.

A video rail or a feed prints the same button under every item ("Go to video", "Read
more »"), each item a title (with its running time) or a headline run into its teaser. The
repetition is the sign, whatever the button says: the same short label on a line of its
own three times or more, a few lines apart. The list is one block from its first item, as
the desk deletes it whole (not one finding a button). A story's own short lines do not
repeat so; a speaker's name in a transcript (capitalised words only) is not a button.
"""
from __future__ import annotations

from collections import defaultdict

import regex

from . import patterns as P
from .media_lines import DURATION
from .shape import ATTACH, PROSE, STRONG, Line

#: an item holds at most this many lines between two buttons
ITEM_LINES = 3
#: a button's label, lower-case words or an arrow in it ("Go to video", "Read more »")
_BUTTONISH = regex.compile(r"\b\p{Ll}{2,}|[»›>→]")
RAIL = "related links"


def _label(ln: Line) -> str | None:
    t = ln.text.strip()
    if P.END_PUNCT.search(t.rstrip(" \t»›>→")) or not _BUTTONISH.search(t):
        return None  # the cheap tests first: most lines are sentences
    words = P.WORD.findall(t)
    if not 1 <= len(words) <= 4:
        return None
    return " ".join(w.lower() for w in words) + ("»" if _ARROW.search(t) else "")


_ARROW = regex.compile(r"[»›>→]")


def repeated_buttons(body: list[Line]) -> None:
    """Mark each run of three or more copies of a button, the items between them, the item
    above the first copy (with its running time) and the one under the last, as one list."""
    where: dict[str, list[int]] = defaultdict(list)
    for k, ln in enumerate(body):
        key = _label(ln)
        if key:
            where[key].append(k)
    for ks in where.values():
        run = [ks[0]]
        for k in ks[1:] + [len(body) + ITEM_LINES + 2]:
            if k - run[-1] - 1 <= ITEM_LINES and k - run[-1] > 1:
                run.append(k)
                continue
            if len(run) >= 3:
                _mark(body, run)
            run = [k]


def _mark(body: list[Line], run: list[int]) -> None:
    size = run[1] - run[0] - 1  # lines of an item
    lo = run[0] - size
    if lo < 1 or any(_paragraph(body[i]) for i in range(lo, run[0]) if size > 1):
        return
    while lo - 1 >= 1 and DURATION.match(body[lo - 1].text):
        lo -= 1  # the first item's running time over its title ("01:17")
    hi = run[-1]
    while hi + 1 < len(body) and hi + 1 - run[-1] <= size and not _paragraph(body[hi + 1]):
        hi += 1  # the last item, its button cut
    for i in range(lo, hi + 1):
        body[i].mark(RAIL, STRONG if i == run[0] else ATTACH)


def _paragraph(ln: Line) -> bool:
    """A story paragraph ends a sentence and runs long; a rail's item may do one, not both
    ("… came t…" cut off, or a title)."""
    t = ln.text.strip()
    return ln.kind == PROSE and len(P.WORD.findall(t)) >= 12 and t.endswith((".", "”", "\"")) and not t.endswith("...")
