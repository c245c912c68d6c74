"""Plain text: the lintable text is the source itself."""
from __future__ import annotations

import re
from typing import Any

from ..document import Document
from ..offsets import OffsetMap

_BLANK = re.compile(r"\n[ \t\r]*\n")
_ENDS_SENTENCE = re.compile(r"[.!?:\"”’)\]]\s*$")


def plain_paragraphs(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Paragraph spans: blocks between blank lines; a block whose lines each end a
    sentence (one paragraph a line, as scraped copy often is) is split into lines."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in list(_BLANK.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        block = text[pos:end]
        if block.strip():
            lines = block.split("\n")
            hard_wrapped = sum(1 for ln in lines[:-1] if ln.strip() and not _ENDS_SENTENCE.search(ln)) > len(lines) // 2
            if hard_wrapped or len(lines) == 1:
                spans.append(_trim(text, pos, end, base))
            else:
                off = pos
                for ln in lines:
                    if ln.strip():
                        spans.append(_trim(text, off, off + len(ln), base))
                    off += len(ln) + 1
        pos = m.end() if m else len(text)
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int, base: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return base + start, base + end


def read_plain(source: str, path: str = "<text>", **kw: Any) -> Document:
    return Document(
        path=path,
        source=source,
        text=source,
        offsets=OffsetMap.identity(len(source)),
        format="text",
        paragraphs=plain_paragraphs(source),
        **kw,
    )
