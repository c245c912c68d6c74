"""Paragraphs of plain text: a base module (it imports nothing of attrlint), shared by the
document model and the plain-text reader."""

from __future__ import annotations

import re

_ENDS_SENTENCE = re.compile(r"[.!?:\"”’)\]]\s*$")


def plain_paragraphs(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Paragraph spans. A blank line always ends a paragraph; a single line break ends one
    too unless it looks like hard wrapping (the line does not end a sentence and is
    either long or followed by a lower-case continuation). Scraped copy often has one
    paragraph a line with no blank lines between."""
    spans: list[tuple[int, int]] = []
    lines = text.split("\n")
    start = 0
    pos = 0
    for i, line in enumerate(lines):
        end = pos + len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        soft = (
            line.strip()
            and nxt.strip()
            and not _ENDS_SENTENCE.search(line)
            and (len(line.strip()) >= 50 or nxt.lstrip()[:1].islower())
        )
        if not soft:
            spans.append(_trim(text, start, end, base))
            start = end + 1
        pos = end + 1
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int, base: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return base + start, base + end
