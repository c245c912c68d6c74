"""Quotation marks that do not match (category ``typo``): a quotation opened with ‘ and
closed with ' or ”, a closing mark (’ ”) typed where a quotation opens, a “ typed where
one closes, and “…’’ closed with two single marks. quotes.unbalanced reads the same
mismatches so that one wrong mark is reported once, here, not twice as unbalanced.
"""

from __future__ import annotations

from typing import Iterator

import regex

from ..finding import Finding, Severity
from ..quotation import MAX_RUN_ON, close_curly
from ..rule import BaseRule

#: replacement characters: the text lost characters in a bad conversion
DAMAGED = regex.compile("\ufffd")


#: a single quotation opening after a space or bracket (not "Moscow‘s", not "‘90s")
_SINGLE_OPEN = regex.compile(r"(?:^|(?<=[\s(\[—–]))‘(?=\p{L})", regex.M)
#: what may close a single quotation: ’ or a straight ' after a non-space and not before
#: a letter (not "don't"), or a double closing mark
_SINGLE_CLOSE = regex.compile(r"(?<=\S)['’](?!\p{L})|”")
#: a closing mark written where the quotation opens: after a space, before a word
_CLOSER_OPENS = regex.compile(r"(?:^|(?<=[\s(\[—–]))([’”])(?=\p{Lu})", regex.M)
#: a closing double mark where a quotation opens, before a word in either case ("”gradually")
_DOUBLE_CLOSER_OPENS = regex.compile(r"(?:^|(?<=[\s(\[—–]))”(?=\p{L})", regex.M)
#: elisions that open with ’ before a capital only at a sentence start ("’Tis", "’Twas")
_ELISIONS = regex.compile(r"’(?:Tis|Twas|Twill|Em|Cause|Til|Til)\b", regex.I)


class MismatchedQuotesRule(BaseRule):
    id = "quotes.mismatched"
    category = "typo"
    severity = Severity.WARNING
    description = ("A quotation whose marks do not match: ‘…' or ‘…”, a closing mark (’ ”) used to open one, "
                   "or “…’’ closed with two single marks.")

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        if DAMAGED.search(text):
            return
        for start, end, mark, opens in mismatches(text, doc.paragraphs):
            if not opens:
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"This quotation opens with ‘ but closes with {mark}; "
                    "close a single quotation with ’ (or open a double one with “).",
                    suggestions=["’"],
                )
                continue
            opener = "‘" if mark == "’" else "“"
            yield self.finding(
                doc,
                start,
                end,
                f"A closing mark ({mark}) opens this quotation; write {opener}.",
                suggestions=[opener],
                fix=opener + text[start + 1 : end],
            )
        neutral = neutral_doubles(text)
        if neutral:  # one finding for the story: it types ” for every double mark
            start = neutral[0]
            more = f" (and {len(neutral) - 1} more in the story)" if len(neutral) > 1 else ""
            yield self.finding(
                doc, start, word_end(text, start + 1, len(text)),
                f"A closing mark (”) opens this quotation{more}: the story types ” for every double "
                "quotation mark; open each quotation with “.",
                suggestions=["“"],
            )
        for i in reversed_close_marks(text, doc.paragraphs):
            start = i
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            yield self.finding(
                doc,
                start,
                i + 1,
                "An opening mark (“) closes this quotation; write ”.",
                suggestions=["”"],
                fix=text[start:i] + "”",
            )
        doubled = _doubled_closes(text, doc.paragraphs)
        if doubled:  # one finding for the story: the same system typed every one of them
            start, end = doubled[0]
            more = f" (and {len(doubled) - 1} more in the story)" if len(doubled) > 1 else ""
            yield self.finding(
                doc,
                start,
                end,
                f"Two single marks ({text[end - 2 : end]}) close this quotation{more}; "
                "close a double quotation with ”.",
                suggestions=["”"],
                fix=text[start : end - 2] + "”",
            )


#: a “ glued to the end of a word or a sentence mark and followed by a space, a mark or the
#: end: typed where the quotation closes (“…was fine.“, “…,“ he said)
_REVERSED_CLOSE = regex.compile(r"(?<=[\p{L}\d.,!?;…])“(?=\s|$|[.,;:!?)\]])", regex.M)


def reversed_close_marks(text: str, paragraphs: list[tuple[int, int]]) -> Iterator[int]:
    """Each “ that closes a quotation: shaped as _REVERSED_CLOSE, with a quotation open
    before it (the last double mark before it, within MAX_RUN_ON paragraphs, is a “). Not
    in text that opens quotations with „, where “ is the closing mark („Wir kommen.“)."""
    if "„" in text:
        return
    for k, (p_start, p_end) in enumerate(paragraphs):
        for m in _REVERSED_CLOSE.finditer(text, p_start, p_end):
            lo = paragraphs[max(0, k - MAX_RUN_ON)][0]
            before = max(text.rfind(c, lo, m.start()) for c in '“”"')
            if before != -1 and text[before] == "“":
                yield m.start()


def _doubled_closes(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(word start, end) of each ’’ or '' that closes a quotation opened with “ (a wire
    system's stand-in for ”), with the word it follows."""
    found = []
    for p_start, p_end in paragraphs:
        i = text.find("“", p_start, p_end)
        while i != -1:
            j = close_curly(text, i + 1, p_end)
            if j == -1:
                break
            if text[j] != "”":
                w = j - 2
                while w > i + 1 and not text[w - 1].isspace():
                    w -= 1
                found.append((w, j + 1))
            i = text.find("“", j + 1, p_end)
    return found


def neutral_doubles(text: str) -> list[int]:
    """Where a story that types ” for every double mark opens a quotation with it (a keyboard
    or a translation tool with one double mark: ”gradually, from the autumn”): at least two
    such openings, and no fewer than its “. Empty for a story that only slips now and then."""
    found = [m.start() for m in _DOUBLE_CLOSER_OPENS.finditer(text)]
    return found if len(found) >= 2 and len(found) >= text.count("“") else []


def mismatches(text: str, paragraphs: list[tuple[int, int]]) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, the wrong mark, whether it stands where a quotation opens) for each
    quotation opened with ‘ and closed with ' or ”, and each closing mark that opens one.
    In a story that types ” for every double mark (``neutral_doubles``) its openings are one
    finding for the story, not one each."""
    neutral = bool(neutral_doubles(text))
    for p_start, p_end in paragraphs:
        marks = sorted(
            [(m.start(), "‘") for m in _SINGLE_OPEN.finditer(text, p_start, p_end)]
            + [(m.start(), m.group(0)) for m in _SINGLE_CLOSE.finditer(text, p_start, p_end)]
        )
        stack: list[int] = []
        spans: list[tuple[int, int, str]] = []
        for i, mark in marks:
            if mark == "‘":
                stack.append(i)
                continue
            if not stack:
                continue
            if mark == "”" and "“" in text[stack[-1] : i]:
                continue  # ‘…“…”…’: a nested double quotation
            if mark == "'" and "’" in text[i + 1 : p_end]:
                continue  # a straight apostrophe ("workers' rights") inside a ‘…’ quotation
            opened = stack.pop()
            if mark != "’":
                spans.append((opened, i + 1, mark))
        # nested mismatches (‘a ‘b' c”) are one finding, over the outer quotation
        for start, end, mark in sorted(spans):
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans):
                continue
            yield start, end, mark, False
        for m in _CLOSER_OPENS.finditer(text, p_start, p_end):
            mark = m.group(1)
            if mark == "’" and _ELISIONS.match(text, m.start()) or mark == "”" and neutral:
                continue
            if text.find(mark, m.end(), p_end) == -1:
                continue  # nothing closes it: not a quotation we can judge
            yield m.start(), word_end(text, m.end(), p_end), mark, True


def word_end(text: str, i: int, limit: int) -> int:
    while i < limit and not text[i].isspace():
        i += 1
    return i
