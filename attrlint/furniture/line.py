"""A line of the text and what it was judged to be: prose, a heading, a sign-off, or
furniture with its family and the weight of its evidence. The base of the furniture
analysis: every pass reads and marks these (``shape.classify`` first). Split from
``shape.py``, which re-exports these names.
"""
from __future__ import annotations

from dataclasses import dataclass

PROSE, HEADING, SIGNOFF, FURNITURE, BLANK = "prose", "heading", "signoff", "furniture", "blank"
#: the family of a share button's line; a row of them is a block of its own (blocks.py)
SHARE = "share buttons"
#: the family of the theme's switch between the site's versions ("Exit mobile version")
SWITCH = "site switch"

#: weight of the evidence a line gives that its block is furniture; a block needs 2
STRONG, UI, WEAK, ATTACH = 2.0, 1.0, 0.5, 0.0


@dataclass
class Line:
    n: int  # 0-based line number in the text
    start: int
    end: int
    text: str
    kind: str = BLANK
    family: str = ""
    weight: float = 0.0
    #: a sentence-like leftover (caption, syndication note, promotion) that starts its own
    #: block when a blank line separates it from the furniture before it
    opens: bool = False
    #: recognised for what it is (not merely short and unpunctuated)
    known: bool = True

    def mark(self, family: str, weight: float, *, opens: bool = False, known: bool = True) -> None:
        self.kind, self.family, self.weight, self.opens, self.known = FURNITURE, family, weight, opens, known


def split_lines(text: str, skip_prefix: int = 0) -> list[Line]:
    """Lines with their spans; the first line starts after a scrape prefix, if any."""
    out, pos = [], 0
    for n, raw in enumerate(text.split("\n")):
        end = pos + len(raw.rstrip("\r"))
        start = pos + skip_prefix if n == 0 else pos
        out.append(Line(n, start, end, text[start:end]))
        pos += len(raw) + 1
    return out
