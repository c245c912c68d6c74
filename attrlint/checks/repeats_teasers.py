"""Which copy of a repeat is the page's, not the story's: a wire page's teaser cut off
with an ellipsis, a breadcrumb trail ending in the headline, a deck reworded under its
headline, a summary after a scrape prefix, a line lifted from a longer paragraph below (and
when that paragraph is a caption). Read by debris.repeated-sentence (repeats.py); split
from it by concern.
"""
from __future__ import annotations

import bisect
import re

import regex

from ..document import Document
from ..furniture import analyse

_WORD = regex.compile(r"[\w]+(?:['’][\w]+)*")


class _Lines:
    """The text with its line breaks, found by bisection: a draft of one endless line would
    otherwise be searched end to end for every repeat."""

    def __init__(self, text: str):
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]

    def start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts (as ``text.rfind("\\n", 0, pos) + 1``)."""
        k = bisect.bisect_left(self.breaks, pos)
        return self.breaks[k - 1] + 1 if k else 0

    def end(self, pos: int) -> int:
        """The first line break at or after ``pos``, else the text's end."""
        k = bisect.bisect_left(self.breaks, pos)
        return self.breaks[k] if k < len(self.breaks) else len(self.text)

    def filled(self, start: int, end: int) -> bool:
        """Something other than white space between ``start`` and ``end`` (as
        ``text[start:end].strip()``, without copying a long line)."""
        return _NOT_SPACE.search(self.text, start, end) is not None


#: what ``str.strip`` keeps (the standard library's \s is ``str.isspace``)
_NOT_SPACE = re.compile(r"\S")


_CUT = regex.compile(r"(?:\.\.\.|…)[\"”’)\]]*[ \t]*$")


#: lines read below the first copy for the teaser's cut-off end
_TEASER_LINES = 2


def _cut_teaser(lines: _Lines, words, starts: list[int], first: int, later: int) -> tuple[int, int] | None:
    """A wire page shows its lead twice: first as a teaser cut off with '...' (under it the
    page's Email and Print buttons), then in full. Of the two copies the teaser is the
    leftover, not the full lead: (start, end) of the teaser's lines when the first copy's
    line, or one of the next lines, ends cut off with an ellipsis and is itself the start of
    text found again from the later copy on; None otherwise."""
    text = lines.text
    start = lines.start(first)
    pos, seen = start, 0
    while pos < later and seen <= _TEASER_LINES:
        end = lines.end(pos)
        if end > later:
            return None  # the later copy's own line (never blank: a word starts it)
        line = text[pos:end].rstrip("\r")
        if not line.strip():
            if seen:
                return None  # the teaser is one paragraph (two lines at most)
            pos = end + 1
            continue
        if _CUT.search(line):
            cut = [m.group(0).replace("’", "'").lower() for m in _WORD.finditer(line)]
            if len(cut) >= 2 and _starts_again(cut, [w[2] for w in words[bisect.bisect_left(starts, later):]]):
                return start, pos + len(line.rstrip())
            return None
        seen += 1
        pos = end + 1
    return None


#: the section names before the headline in a breadcrumb trail: a few words, no sentence
#: ending or clause punctuation (separators such as '>' or '|' allowed)
_TRAIL = regex.compile(r"^[^\S\n]*(?:[\p{Lu}\d][\w'’&-]*[^\S\n]*(?:[>|/»›·•][^\S\n]*)?){2,8}$")


_TRAIL_JOINERS = regex.compile(r"(?:\b(?:and|of|the)\b|&)[^\S\n]*")


def _breadcrumb_line(lines: _Lines, first: int, later: int, later_end: int) -> tuple[int, int] | None:
    """A scraped page's breadcrumb trail ends with the headline ('Home News Markets <headline>'),
    and the headline follows alone on its own line: the trail is the leftover, not the
    headline. (start, end) of the trail's line when the first copy closes its line after a
    few capitalised section names and the later copy is a line of its own; None otherwise."""
    text = lines.text
    ls, le = lines.start(first), lines.end(first)
    copy_len = later_end - later
    if lines.filled(first + copy_len, le):
        return None  # the copy does not close the trail's line
    trail = _TRAIL_JOINERS.sub("", text[ls:first])
    if not trail.strip() or not _TRAIL.match(trail):
        return None
    ps, pe = lines.start(later), lines.end(later_end)
    if lines.filled(ps, later) or lines.filled(later_end, pe):
        return None  # the later copy is not a line (a headline) of its own
    return ls, len(text[:le].rstrip())


_WORD_CHAR = regex.compile(r"\w")


#: what may follow a caption on its line: a credit in brackets, or an agency's or a picture
#: library's name ('… uniforms. Getty Images', '… quay. Jane Doe/Reuters')
_LINE_CREDIT = regex.compile(
    r"^[\s.,;:–—-]*(?:\([^()\n]{1,80}\)"
    r"|(?:[A-Z][\w.'’-]{0,20}[ \t]+){0,3}(?:[A-Z][\w.'’-]{0,20}[ \t]?/[ \t]?|via[ \t]+)?"
    r"(?:Getty[ \t]+Images|AFP|Reuters|REUTERS|AP|EPA|Shutterstock|Alamy|PA[ \t]+(?:Images|Wire)|Bloomberg|iStock"
    r"|Xinhua|Anadolu|Sipa[ \t]+USA|SIPA)(?:[ \t]+via[ \t]+Getty[ \t]+Images)?)?[\s.]*$"
)


def _deck_reworded(lines: _Lines, first: int, later: int, later_end: int) -> bool:
    """The standfirst under the headline (the text's second line) taken up again inside a
    longer sentence of the story ('New details come as …' / 'The new details come as … after
    a tour …'): the story's own writing, neither copy a leftover."""
    text = lines.text
    ls = lines.start(first)
    above = text[:ls].strip()
    if not above or "\n" in above or lines.filled(first + (later_end - later), lines.end(first)) or lines.filled(ls, first):
        return False  # not the second line, or the first copy is not the whole line
    ps, pe = lines.start(later), lines.end(later_end)
    return ps > ls and len(_WORD.findall(text[ps:later] + " " + text[later_end:pe])) >= 3


def _prefixed_summary(doc: Document, lines: _Lines, words, starts: list[int], first: int, later: int,
                      later_end: int) -> tuple[int, int] | None:
    """A scraped page whose first line is its metadata (' date 2021-03-17 ') and then the
    page's description, sentences lifted from the story: the copy there is the leftover, not
    the story's paragraph further down. (start, end) of the first copy, else None."""
    if analyse(doc).prefix is None or lines.start(first) != 0 or lines.start(later) == 0:
        return None
    i = bisect.bisect_left(starts, first)
    n = bisect.bisect_left(starts, later_end) - bisect.bisect_left(starts, later)
    if n <= 0 or i + n > len(words):
        return None
    return first, words[i + n - 1][1]


def _lifted_line(lines: _Lines, words, starts: list[int], first: int, later: int, later_end: int) -> tuple[int, int] | None:
    """A line that is nothing but a passage the copy gives again inside a longer paragraph
    (a summary, a pull quote or a photo's caption lifted from the story; a credit in brackets
    may follow it): the line is the leftover, not the paragraph. The story's headline (the
    first line) is left to the usual rule."""
    i = bisect.bisect_left(starts, first)
    n = bisect.bisect_left(starts, later_end) - bisect.bisect_left(starts, later)
    if i + n > len(words) or n <= 0:
        return None
    first_end = words[i + n - 1][1]
    text = lines.text
    ls, le = lines.start(first), lines.end(first_end)
    if not lines.filled(0, ls):
        return None  # the headline
    if _WORD_CHAR.search(text, ls, first) or not _LINE_CREDIT.match(text[first_end:le]):
        return None
    ps, pe = lines.start(later), lines.end(later_end)
    if first_end > ps:
        return None
    rest = text[ps:later] + " " + text[later_end:pe]
    if len(_WORD.findall(rest)) < 3:
        return None  # the same paragraph twice: the later copy is the repeat
    if _reads_as_caption(text[ps:pe], last=not text[pe:].strip()):
        return None  # a photo's caption that opens with the lead: the caption is the repeat
    return ls, len(text[:le].rstrip())


_CAPTION_CUE = regex.compile(r"\((?:pictured|above|below|left|right|centre|center)\)|\bpictured\b|\bseen here\b", regex.I)


def _reads_as_caption(paragraph: str, last: bool) -> bool:
    """A caption points at its picture ('pictured') or ends without a full stop; a story's
    paragraph ends on a sentence's closing mark (unless it is the last line, cut off)."""
    body = paragraph.rstrip()
    if _CAPTION_CUE.search(body):
        return True
    return not last and not regex.search(r"[.!?…][\"”’)\]]*$", body)


def _starts_again(cut: list[str], later: list[str]) -> bool:
    """The cut-off words occur in ``later`` (the last one may be cut mid-word)."""
    head, tail = cut[:-1], cut[-1]
    n = len(head)
    for i in range(len(later) - n):
        if later[i] == head[0] and later[i:i + n] == head and later[i + n].startswith(tail):
            return True
    return False
