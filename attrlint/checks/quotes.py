"""Quotation marks (category ``typo``): a wrong mark used as an apostrophe, and
quotations that open and never close (or close without opening) within a paragraph.

News convention: a quotation that runs on into the next paragraph is not closed; the
next paragraph opens with a quotation mark instead. Scraped copy often has a caption
between the two paragraphs, so up to two quote-free paragraphs in between are tolerated.
Single curly quotes are judged only where nothing could close them, because the
closing single quote is also the apostrophe ("the soldiers’ families").
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..finding import Finding, Severity
from ..rule import BaseRule

#: an opening single quote glued between letters ("Moscow‘s") or before a decade ("‘90s")
_OPENER_AS_APOSTROPHE = regex.compile(r"(?<=\p{L})‘(?=\p{Ll})|(?<![\p{L}\d])‘(?=\d\ds\b)")
#: a longer block is usually several paragraphs run together by a conversion, where a
#: quote continued into the next paragraph looks unclosed
MAX_PARAGRAPH_WORDS = 120
#: replacement characters: the text lost characters in a bad conversion
_DAMAGED = regex.compile("\ufffd")
#: straight double quotes standing in for apostrophes or dashes (don"t, "?), or doubled
#: by a CSV export (""): converted copy
_STRAIGHT_DAMAGED = regex.compile(r'\p{L}"\p{L}|"\?(?=\s*\p{L})|""')
_BREAK_BEFORE = set("([{—–-/")
_BREAK_AFTER = set(".,;:!?)]}—–-…")


class OpenerAsApostropheRule(BaseRule):
    id = "quotes.apostrophe"
    category = "typo"
    severity = Severity.WARNING
    description = "An opening single quotation mark (‘) used where an apostrophe (’) belongs."

    def check(self, doc) -> Iterator[Finding]:
        for m in _OPENER_AS_APOSTROPHE.finditer(doc.text):
            start, end = _word_around(doc.text, m.start())
            word = doc.text[start:end]
            fixed = word.replace("‘", "’")
            yield self.finding(
                doc, start, end,
                f"“{word}” has an opening quotation mark (‘) where the apostrophe (’) belongs; "
                f"write “{fixed}”.",
                suggestions=[fixed],
                fix=fixed,
            )


def _word_around(text: str, i: int) -> tuple[int, int]:
    start, end = i, i + 1
    while start > 0 and (text[start - 1].isalnum()):
        start -= 1
    while end < len(text) and (text[end].isalnum()):
        end += 1
    return start, end


class UnbalancedQuotesRule(BaseRule):
    id = "quotes.unbalanced"
    category = "typo"
    severity = Severity.WARNING
    description = "A quotation mark that opens and never closes, or closes without opening, in a paragraph."

    def check(self, doc) -> Iterator[Finding]:
        if _DAMAGED.search(doc.text):
            return  # marks lost in a conversion: balance cannot be judged
        paras = doc.paragraphs
        straight = not _STRAIGHT_DAMAGED.search(doc.text)
        for k, (p_start, p_end) in enumerate(paras):
            if len(doc.text[p_start:p_end].split()) > MAX_PARAGRAPH_WORDS:
                continue
            unclosed, stray = _scan_double(doc.text, p_start, p_end, straight)
            if unclosed is not None and not _continues(doc.text, paras, k, "“\""):
                yield self._unclosed(doc, unclosed, p_end)
            for pos in stray:
                yield self.finding(
                    doc, pos, min(p_end, _word_end(doc.text, pos + 1, p_end)),
                    "This closing quotation mark has no opening mark before it in the paragraph; "
                    "add the opening mark or remove this one.",
                )
            single = _unclosed_single(doc.text, p_start, p_end)
            if single is not None and not _continues(doc.text, paras, k, "‘"):
                yield self._unclosed(doc, single, p_end)

    def _unclosed(self, doc, pos: int, p_end: int) -> Finding:
        mark = doc.text[pos]
        close = "’" if mark == "‘" else "”" if mark == "“" else '"'
        return self.finding(
            doc, pos, _snippet_end(doc.text, pos, p_end),
            f"The quotation opened here ({mark}) is not closed in this paragraph, and the next "
            f"paragraph does not continue it; add the closing mark ({close}) where the quote ends.",
        )


def _role(text: str, i: int, p_start: int, p_end: int, is_open: bool) -> str:
    """Whether a double quotation mark opens or closes: curly marks say so; a straight one
    is read from its neighbours, and failing that toggles."""
    ch = text[i]
    if ch == "“":
        return "open"
    if ch == "”":
        return "close"
    before = text[i - 1] if i > p_start else " "
    after = text[i + 1] if i + 1 < p_end else " "
    if before.isdigit() and not is_open:
        return "inch"  # 12" is a measure, not a quotation
    if before.isspace() or before in "([{":
        return "open"
    if after.isspace() or after in _BREAK_AFTER or after in "'’":
        return "close"
    if before in _BREAK_BEFORE:
        return "open"
    return "close" if is_open else "open"


def _scan_double(text: str, p_start: int, p_end: int, straight: bool = True) -> tuple[int | None, list[int]]:
    """The position of a double quotation left open at the paragraph's end (if any), and
    closing marks that close nothing."""
    open_at: int | None = None
    stray: list[int] = []
    marks = "“”\"" if straight else "“”"
    for i in range(p_start, p_end):
        if text[i] not in marks:
            continue
        role = _role(text, i, p_start, p_end, open_at is not None)
        if role == "open":
            if open_at is None:
                open_at = i
            # a second opening inside an open quote: leave it (nested quotes vary by style)
        elif role == "close":
            if open_at is None:
                stray.append(i)
            else:
                open_at = None
    return open_at, stray


def _unclosed_single(text: str, p_start: int, p_end: int) -> int | None:
    """A ‘ (not used as an apostrophe) with no ’ anywhere after it in the paragraph."""
    for m in regex.finditer("‘", text[p_start:p_end]):
        i = p_start + m.start()
        if _OPENER_AS_APOSTROPHE.match(text, i):
            continue
        if "’" not in text[i:p_end] and "‘" not in text[i + 1:p_end]:
            return i
    return None


def _continues(text: str, paras: list[tuple[int, int]], k: int, marks: str) -> bool:
    """The next paragraph opens with a mark, or the first one after up to two quote-free
    paragraphs (captions that scraping left between the two halves of a quotation)."""
    for step in (1, 2, 3):
        if k + step >= len(paras):
            return False
        s, e = paras[k + step]
        if text[s:e].lstrip()[:1] in marks:
            return True
        if any(c in text[s:e] for c in "“”\"‘"):
            return False
    return False


def _word_end(text: str, i: int, limit: int) -> int:
    while i < limit and not text[i].isspace():
        i += 1
    return i


def _snippet_end(text: str, pos: int, p_end: int, width: int = 60) -> int:
    """End the flagged span at a word boundary, at most ``width`` characters on."""
    end = min(p_end, pos + width)
    if end < p_end:
        space = text.rfind(" ", pos + 1, end)
        if space > pos:
            end = space
    return end


def rules():
    from .cut_off import rules as cut_off_rules

    return [OpenerAsApostropheRule(), UnbalancedQuotesRule(), *cut_off_rules()]
