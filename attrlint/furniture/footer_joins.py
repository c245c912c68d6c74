"""Where a block split at a blank line is still one box of the page (blocks.py calls these).

``blocks.merge`` opens a new block at a change of kind, as an editor deletes a byline box
and the site's lists under it apart. Two shapes are one box all the same, and labellers
mark them as one: the page's footer headings (a list of other stories, the comment form)
under the leftover just above them, and the web editor's credit under the copied story's
source credit. Counted over the labelled sets (stop 32): a footer heading under another
leftover, blank lines between, marked as one block in fresh28, fresh29 and fresh32, as two
blocks in none (a tag list's label with a colon, or a share bar, under a leftover are
marked apart, and stay apart).
"""
from __future__ import annotations

import regex

from . import patterns as P
from . import widgets
from .links import RELATED_LABELS
from .media_lines import LIST_HEAD
from .shape import ATTACH, FURNITURE, Line

#: a related-stories label that is also a link or a word of copy on its own ('Read more',
#: 'Related', 'Trending'): not a footer's heading without more
_LOOSE_LABELS = frozenset({"read more", "related", "trending", "recommended", "read next", "up next"})

#: the web editor's or reporter's credit as the page prints it: 'Editor: Jane Doe'
CREDIT_LINE = regex.compile(
    r"(?i)^[ \t]*(?:editors?|edited[ \t]+by|reporters?|reported[ \t]+by|writers?|written[ \t]+by|authors?|"
    r"translat(?:or|ed[ \t]+by)|compiled[ \t]+by|proofread[ \t]+by|producers?)[ \t]*[:：][ \t]*"
    r"[\w.'’-]+(?:[ \t]*[,&/][ \t]*[\w.'’-]+|[ \t]+[\w.'’-]+){0,3}[ \t]*$"
)


def credit_under_credit(cur_last: Line, ln: Line) -> bool:
    """'Editor: Jane Doe' under 'Source: Example Agency': the copied story's credits are one
    box, though a source credit closes its box at a blank line otherwise."""
    return cur_last.family == "source credit" and bool(CREDIT_LINE.match(ln.text))


def footer_head(ln: Line) -> bool:
    """A heading of the page's footer alone on its line, no colon: the list of other stories
    ('Related Posts', 'You might also like', 'Recent Stories') or the comment form ('Leave a Comment')."""
    t = ln.text.strip()
    if not t or t.endswith(":") or ln.kind != FURNITURE:
        return False
    if ln.family == "comment form":
        return not P.END_PUNCT.search(t)  # its heading, not its prompts ('Please enter your comment!')
    label = " ".join(P.WORD.findall(t.lower()))
    return (label in RELATED_LABELS and label not in _LOOSE_LABELS) or bool(LIST_HEAD.match(t))


def join_footer(blocks: list, lines: list[Line]) -> list:
    """A block opening with a footer heading, one or two blank lines under another block or
    under a line a line-level rule reports ('Source link'), is that box's
    end: one finding, at the first leftover."""
    out: list = []
    for b in blocks:
        head = b.lines[0]
        prev = _above(lines, head.n)
        if prev is not None and footer_head(head):
            if out and out[-1].lines[-1].n == prev.n:
                out[-1].lines.extend(b.lines)
                continue
            if widgets.reported_elsewhere(prev.text):
                prev.mark(prev.family if prev.known and prev.family else "interface", ATTACH)
                b.lines.insert(0, prev)
        out.append(b)
    return out


def _above(lines: list[Line], n: int) -> Line | None:
    """The filled line one or two blank lines above line ``n`` (None with no blank between)."""
    k = n - 1
    while k >= 0 and not lines[k].text.strip():
        k -= 1
    return lines[k] if k >= 0 and 1 <= n - 1 - k <= 2 else None
