"""Direct quotations, including the British single-quote style.

``Document.quote_spans`` knows double quotation marks; many UK outlets quote with
single curly marks (‘…’), so this module adds those, telling an opening ‘ from an
apostrophe by what stands before it and a closing ’ by what follows it.
"""
from __future__ import annotations

import re

_OPEN_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=\S)")
_CLOSE_SINGLE = re.compile(r"(?<=\S)’(?=[\s.,;:!?)\]—–-]|$)")


def single_quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = []
    for p_start, p_end in paragraphs:
        pos = p_start
        while True:
            m = _OPEN_SINGLE.search(text, pos, p_end)
            if not m:
                break
            close = _CLOSE_SINGLE.search(text, m.end(), p_end)
            end = close.end() if close else p_end
            spans.append((m.start(), end))
            pos = end
    return spans


def quote_spans(doc) -> list[tuple[int, int]]:
    """Every direct quotation in ``doc.text``, double or single marks, sorted."""
    spans = list(doc.quote_spans)
    for s, e in single_quote_spans(doc.text, doc.paragraphs):
        if not any(a <= s < b for a, b in spans):
            spans.append((s, e))
    return sorted(spans)


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def quoted_share(spans: list[tuple[int, int]], start: int, end: int) -> float:
    """The share of [start, end) that lies inside quotation marks."""
    if end <= start:
        return 0.0
    inside = sum(max(0, min(e, end) - max(s, start)) for s, e in spans)
    return inside / (end - start)
