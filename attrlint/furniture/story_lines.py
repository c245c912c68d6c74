"""The story's own lines that look like a page's: what the line model (``learned.py``) must
not take for furniture, and the shapes of the story it reads around them (its headline,
paragraphs and sentences). Each fence is a shape the hand-built rules leave alone too.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..data import load_data
from .line_model import ENDS
from . import patterns as P
from .shape import HEADING, PROSE, Line
from ..ordering import longest_first

_DASHES = frozenset("-–— ")
_ISO_DATE = regex.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")
_HEADER_MARK = regex.compile(r"\d|:|[|/»›]")
_AGO = regex.compile(r"(?i)^[ \t]*(?:updated|posted|published)?[ \t]*\d+[ \t]+(?:minutes?|mins?|hours?|hrs?|days?)[ \t]+ago[ \t]*$")
_LOWER_ITEM = regex.compile(r"^[ \t]*(?:[-–•*·]|\d+[.)])[ \t]+\p{Ll}")
_BYLINE = regex.compile(r"^[ \t]*By[ \t]+\p{Lu}")
#: a dateline split from its lead, closed by its dash: "Portsmouth, Harbourland –", "LAGOS (Reuters) —"
_DATELINE = regex.compile(
    r"^[ \t]*\p{Lu}[\p{L}.'’-]*(?:,?[ \t]+\p{Lu}[\p{L}.'’-]*){0,4}(?:[ \t]*\([\p{L} ]{2,20}\))?[ \t]*[–—-]{1,2}[ \t]*$"
)


def prose(ln: Line) -> bool:
    t = ln.text.strip()
    return ln.kind == PROSE or (bool(ENDS.search(t)) and len(P.WORD.findall(t)) >= 12)


@lru_cache(maxsize=1)
def _wire() -> regex.Pattern:
    """A news agency's name as a word, as written (``wires`` in rules/debris.toml)."""
    wires = sorted(load_data("debris.toml")["furniture"]["wires"], key=longest_first)
    return regex.compile(r"(?<![\w-])(?:" + "|".join(regex.escape(w) for w in wires) + r")(?![\w-])")


def _own_date(ln: Line) -> bool:
    """A date under the headline, a clock time or a section's name beside it at most ("3 March
    2025", "2025-03-03 11:02 | Politics"): the draft's own date line, as the hand-built rules
    leave it (a page's date bar says more: "… | Print Edition | Puzzles")."""
    t = ln.text
    if ":" in P.CLOCK.sub("", t):
        return False  # "Last Updated: 07/27/2016": the page's labelled stamp
    return bool(P.DATE_PROPER.search(t) or _ISO_DATE.search(t)) and len(P.WORD.findall(t)) <= 6


def person(ln: Line) -> bool:
    """A person's name alone: two or three words in title case ('Jane Doe', not 'NEWS Desk')."""
    words = P.WORD.findall(ln.text)
    return 2 <= len(words) <= 3 and ln.text.strip() == " ".join(words) and all(
        w[:1].isupper() and (len(w) == 1 or not w[1:].isupper()) for w in words)


def _signed(ln: Line) -> bool:
    """'Jane Doe,' on a line over her office: the signature of a statement or a letter."""
    words = P.WORD.findall(ln.text)
    return ln.text.rstrip().endswith(",") and len(words) >= 2 and all(w[:1].isupper() for w in words)


def cut_off(filled: list[Line], i: int) -> bool:
    """A few words right under a paragraph with nothing or a sentence under them: where the
    copy was cut off ("Whi"), or a crosshead; not a page's box."""
    below = filled[i + 1] if i + 1 < len(filled) else None
    return (len(P.WORD.findall(filled[i].text)) <= 4 and paragraph(filled[i - 1])
            and (below is None or bool(ENDS.search(below.text.strip()))))


def cut(ln: Line) -> bool:
    """Five or more words ending in a word in lower case: a sentence the excerpt cut off."""
    words = P.WORD.findall(ln.text)
    return len(words) >= 5 and words[-1].islower() and ln.text.rstrip()[-1:].isalpha()


def paragraph(ln: Line) -> bool:
    """A paragraph of the story: a sentence of twelve words or more, or any line of 25 words
    or more (the last paragraph may be cut off in the middle of its sentence)."""
    t = ln.text.strip()
    n = len(P.WORD.findall(t))
    return n >= 25 or (n >= 12 and bool(ENDS.search(t)))


def sentence(ln: Line) -> bool:
    """Five or more words, a quarter of them function words: a sentence, ended or cut off."""
    words = [w.lower() for w in P.WORD.findall(ln.text)]
    return len(words) >= 5 and sum(w in P.lists()["stopwords"] for w in words) >= 0.25 * len(words)


def headline(ln: Line) -> bool:
    """A headline's shape, which the hand-built rules hold neutral: five words or more, no
    sentence's end."""
    return ln.kind == HEADING and len(P.WORD.findall(ln.text)) >= 5


def header(ln: Line) -> bool:
    """Six words at most with a figure, a label's colon or a separator: a page's header or date bar
    ("Tag: Harbour", "Sunday, 3 March 2025"), not a short headline ("Ferry deal")."""
    t = ln.text.strip()
    return len(P.WORD.findall(t)) <= 6 and bool(_HEADER_MARK.search(t))


def _meta(ln: Line) -> bool:
    """The draft's own byline or date line: "By Jane Doe", "Jane Doe", "4 March 2025",
    "Updated 2 hours ago"."""
    t = ln.text
    if _BYLINE.match(t) and not (P.CLOCK.search(t) or P.DATE_PROPER.search(t)):
        return True
    return person(ln) or (_own_date(ln) and not P.CLOCK.search(t)) or bool(_AGO.match(t))


def _story_list(run: list[Line], lead_in: Line, below_story: bool) -> bool:
    """The story's own list: items that start with a mark and a word in lower case ("- two
    evening ferries"), a lead-in with function words at its head or over it ("The new
    team:"), or, under
    the story, fewer than four one-to-three-word lines (crossheads, not a tag list)."""
    if all(_LOWER_ITEM.match(ln.text) for ln in run):
        return True
    words = [w.lower() for w in P.WORD.findall(lead_in.text)]
    stop = P.lists()["stopwords"]
    if lead_in.text.rstrip().endswith(":") and words and sum(w in stop for w in words) * 3 >= len(words):
        return True
    return below_story and len(run) < 4 and all(
        1 <= len(P.WORD.findall(ln.text)) <= 3 and ln.text.strip() == " ".join(P.WORD.findall(ln.text)) for ln in run)


def story_copy(filled: list[Line], lo: int, hi: int, head: int, last: int) -> bool:
    """Short lines the desk writes that look like a page's: an agency's credit ("AGENCY | City",
    "By Jane Doe | AGENCY", the copy's dateline) or the dash closing a dateline, a signature
    over an office, the draft's own byline and date line, the story's own lists."""
    run = filled[lo:hi + 1]
    if any(_signed(ln) or _wire().search(ln.text) for ln in run):
        return True
    if hi + 1 < len(filled) and paragraph(filled[hi + 1]) and all(
            set(ln.text.strip()) <= _DASHES or _DATELINE.match(ln.text) for ln in run):
        return True  # a dash over the lead closes a dateline split over lines ("City" / "AGENCY" / "—", "City, Country –")
    if lo <= head + 2 and all(_meta(ln) for ln in run) or lo == hi and _meta(run[0]) and not _own_date(run[0]):
        return True  # "By Jane Doe" / "4 March 2025" under the headline: the draft's own, with no stamp
    if lo == hi == head + 1 and _own_date(run[0]):
        return True  # "2025-03-03 11:02 | Politics" alone under the headline: the draft's date line
    return _story_list(run, filled[lo - 1], lo > last) or _story_list(run, run[0], lo > last)


#: a label over a list of points: "Key points", "Key quotes", "Highlights", "Summary:"
_POINTS_LABEL = regex.compile(
    r"(?i)^[ \t]*(?:(?:key|main)[ \t]+(?:points|quotes|facts|takeaways|findings|figures|dates|numbers|details)"
    r"|highlights|summary|takeaways)[ \t]*:?[ \t]*$"
)


def points_label(lines: list[Line], ln: Line) -> bool:
    """A points label set between the story's own lines ("Key quotes" under a paragraph, over
    the quotes): the story's crosshead over its list, which labellers leave alone (unmarked in
    fresh30 and fresh31, medium in fresh26; stop 31). On top of the copy, over nothing of the
    story yet, the same label is a summary box's (head.box_labels)."""
    if not _POINTS_LABEL.match(ln.text):
        return False
    above = [x for x in lines[:ln.n] if x.text.strip()]
    below = next((x for x in lines[ln.n + 1:] if x.text.strip()), None)
    return (bool(above) and prose(above[-1]) and bool(ENDS.search(above[-1].text.strip()))
            and any(paragraph(x) for x in above) and below is not None and below.kind in (PROSE, HEADING))
