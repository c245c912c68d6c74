"""Offset bookkeeping: lintable text -> original source, and source offset -> line/column.

Readers for Markdown and HTML build the lintable text from pieces of the source. Each
piece remembers where it came from, so a finding in the lintable text is mapped back to
the exact characters in the file. This is the only place where positions are converted.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """``text[t_start:t_end]`` came from ``source[s_start:s_end]``.

    When the two lengths are equal the mapping is character by character; otherwise
    (an HTML entity, say) the segment maps as a whole.
    """

    t_start: int
    t_end: int
    s_start: int
    s_end: int


class OffsetMap:
    def __init__(self, segments: list[Segment]):
        self.segments = segments
        self._starts = [s.t_start for s in segments]

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls([Segment(0, length, 0, length)])

    def _seg(self, pos: int, prefer_previous: bool) -> tuple[int, Segment | None]:
        i = bisect.bisect_right(self._starts, pos) - 1
        if prefer_previous and i >= 0 and self.segments[i].t_start == pos and i > 0:
            prev = self.segments[i - 1]
            if prev.t_end == pos:
                return i - 1, prev
        return i, (self.segments[i] if i >= 0 else None)

    def to_source(self, pos: int, *, is_end: bool = False) -> int:
        """Map a position in the lintable text to a position in the source."""
        if not self.segments:
            return 0
        i, seg = self._seg(pos, prefer_previous=is_end)
        if seg is None:
            return self.segments[0].s_start
        inside = seg.t_start <= pos < seg.t_end or (is_end and seg.t_start < pos <= seg.t_end)
        if inside:
            if seg.t_end - seg.t_start == seg.s_end - seg.s_start:
                return seg.s_start + (pos - seg.t_start)
            return seg.s_end if is_end else seg.s_start
        # pos is in synthetic text between segments (e.g. a paragraph break we added)
        if is_end:
            return seg.s_end
        nxt = self.segments[i + 1] if i + 1 < len(self.segments) else None
        return nxt.s_start if nxt else seg.s_end

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        s = self.to_source(start)
        e = self.to_source(end, is_end=True) if end > start else s
        return s, max(s, e)


class LineIndex:
    """1-based line and column (counted in characters) for offsets in a source string."""

    def __init__(self, source: str):
        self._starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self._starts.append(i + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


class TextBuilder:
    """Accumulates lintable text while recording where each piece came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._len = 0

    def add(self, text: str, s_start: int, s_end: int | None = None) -> None:
        if not text:
            return
        s_end = s_start + len(text) if s_end is None else s_end
        seg = Segment(self._len, self._len + len(text), s_start, s_end)
        last = self._segments[-1] if self._segments else None
        if (
            last
            and last.t_end == seg.t_start
            and last.s_end == seg.s_start
            and last.t_end - last.t_start == last.s_end - last.s_start
            and seg.t_end - seg.t_start == seg.s_end - seg.s_start
        ):
            self._segments[-1] = Segment(last.t_start, seg.t_end, last.s_start, seg.s_end)
        else:
            self._segments.append(seg)
        self._parts.append(text)
        self._len += len(text)

    def add_synthetic(self, text: str) -> None:
        """Text that is not in the source (paragraph breaks between blocks)."""
        self._parts.append(text)
        self._len += len(text)

    def __len__(self) -> int:
        return self._len

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._segments)
