"""A sorted list of strings searched by bisection, read in place a chunk at a time.

Word lists searched by bisection (the spelling lexicon's 470,000 words, the gazetteer's
lines) used to be read whole in every process: decompressing the file and splitting it
into Python strings was most of what loading them cost, for the few hundred words a
draft looks up. ``SortedLines`` keeps the list as one UTF-8 block (mapped from the derived
data store, attrlint/memo.py) with the byte offset of every CHUNK-th line and that line's
text; a look-up bisects those heads, then the one chunk it lands in. A search (``bisect_left``,
``in``, ``position``, ``starting_with``) bisects the chunk's UTF-8 bytes in place (UTF-8
sorts as the code points do) and decodes only the lines it answers with: decoding a whole
chunk into 256 strings for each look-up was most of the spelling rule's time, since a
draft's words land in chunks all over the list and few stay decoded. Reading by place
(``[i]``, iteration) decodes the chunk; at most ``MAX_CHUNKS`` chunks stay decoded, and a
search in one of them bisects its strings.

``SortedLines.of(list)`` wraps a list already in memory (the store turned off) with the
same interface. This module imports nothing of attrlint's but ``memo``.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Iterator, overload

#: lines per chunk: a look-up decodes at most this many (~3 kB of text)
CHUNK = 256
#: decoded chunks kept per list (the most recently used): a long run touched every chunk of
#: the lexicon in time and held it decoded (~30 MiB over 1,000 articles); decoding one again
#: costs ~10 microseconds. 64, not 256: the lists' decoded chunks were most of what a run's
#: base gained over its files (200 files' peak 345 -> 326 MiB, ~4% more CPU; docs/startup.md)
MAX_CHUNKS = 64


class SortedLines(Sequence):
    """Sorted strings (none containing a newline) with ``bisect_left``, ``[i]``, ``in``."""

    def __init__(self, n: int, heads: list[str], starts: Any = None, block: Any = None,
                 whole: list[str] | None = None) -> None:
        self._n = n
        self._heads = heads
        self._starts = starts  # byte offset of each chunk in ``block``, and the block's end
        self._block = block
        self._chunks: OrderedDict[int, list[str]] = OrderedDict()  # the most recently used last
        self._whole = whole

    @classmethod
    def of(cls, lines: list[str]) -> "SortedLines":
        """The interface over a sorted list in memory (searched as it is)."""
        return cls(len(lines), [], whole=lines)

    @classmethod
    def from_arrays(cls, arrays: dict[str, Any], prefix: str) -> "SortedLines":
        """Lines stored by ``pack`` under ``prefix`` (arrays read from the store)."""
        n = int(arrays[f"{prefix}.n"][0])
        heads = arrays[f"{prefix}.heads"].tobytes().decode("utf-8").split("\n") if n else []
        return cls(n, heads, arrays[f"{prefix}.starts"].tolist(), arrays[f"{prefix}.block"])

    # --- search ----------------------------------------------------------------------------
    def bisect_left(self, x: str) -> int:
        """The first place whose line is not less than ``x`` (as ``bisect.bisect_left``)."""
        if self._whole is not None:
            return bisect_left(self._whole, x)
        # every line of the chunks before c is <= heads[c] < x; every line after chunk c is >= x
        c = bisect_left(self._heads, x) - 1
        if c < 0:
            return 0
        found = self._chunks.get(c)
        if found is not None:
            return c * CHUNK + bisect_left(found, x)
        raw = self._raw(c)
        at = _bisect_bytes(raw, _utf8(x))
        return c * CHUNK + (raw.count(b"\n", 0, at) if at <= len(raw) else raw.count(b"\n") + 1)

    def position(self, x: str) -> int:
        """The place of the line ``x``; -1 if there is none."""
        if "\n" in x:
            return -1  # no line holds one
        if self._whole is not None:
            i = bisect_left(self._whole, x)
            return i if i < self._n and self._whole[i] == x else -1
        c = bisect_left(self._heads, x)
        if c < len(self._heads) and self._heads[c] == x:
            return c * CHUNK  # a chunk's first line
        c -= 1
        if c < 0:
            return -1
        found = self._chunks.get(c)
        if found is not None:
            i = bisect_left(found, x)
            return c * CHUNK + i if i < len(found) and found[i] == x else -1
        raw, key = self._raw(c), _utf8(x)
        at = _bisect_bytes(raw, key)
        if at < len(raw) and raw.startswith(key, at) and (at + len(key) == len(raw) or raw[at + len(key)] == 10):
            return c * CHUNK + raw.count(b"\n", 0, at)
        if at == len(raw) and not key and (at == 0 or raw[at - 1] == 10):
            return c * CHUNK + raw.count(b"\n", 0, at)  # an empty last line
        return -1  # (nor in a later chunk: their lines are greater than x)

    def starting_with(self, prefix: str) -> list[str]:
        """The lines that begin with ``prefix``, in order (they stand together)."""
        if self._whole is not None:
            out = []
            for i in range(bisect_left(self._whole, prefix), self._n):
                if not self._whole[i].startswith(prefix):
                    break
                out.append(self._whole[i])
            return out
        key = _utf8(prefix)
        c = max(bisect_left(self._heads, prefix) - 1, 0)
        at = _bisect_bytes(self._raw(c), key) if self._n else 0
        lines: list[bytes] = []
        while c < len(self._heads):
            raw = self._raw(c)
            while at <= len(raw):
                end = raw.find(b"\n", at)
                end = len(raw) if end < 0 else end
                if not raw.startswith(key, at) or end < at + len(key):
                    return [b.decode("utf-8") for b in lines]
                lines.append(raw[at:end])
                at = end + 1
            c, at = c + 1, 0
        return [b.decode("utf-8") for b in lines]

    def __contains__(self, x: object) -> bool:
        if not isinstance(x, str):
            return False
        return self.position(x) >= 0

    # --- the sequence ------------------------------------------------------------------------
    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if self._whole is not None:
            return self._whole[i]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return self._chunk(i // CHUNK)[i % CHUNK]

    def __iter__(self) -> Iterator[str]:
        if self._whole is not None:
            yield from self._whole
            return
        for c in range(len(self._heads)):
            yield from self._chunk(c)

    def _raw(self, c: int) -> bytes:
        """Chunk ``c``'s lines as UTF-8, joined by newlines (a copy of ~3 kB, not decoded)."""
        return self._block[self._starts[c]:self._starts[c + 1] - 1].tobytes()

    def _chunk(self, c: int) -> list[str]:
        found = self._chunks.get(c)
        if found is None:
            start, end = self._starts[c], self._starts[c + 1] - 1  # less the newline
            found = self._chunks[c] = self._block[start:end].tobytes().decode("utf-8").split("\n")
            if len(self._chunks) > MAX_CHUNKS:
                try:
                    self._chunks.popitem(last=False)
                except KeyError:  # pragma: no cover - another thread emptied it
                    pass
        else:
            try:
                self._chunks.move_to_end(c)
            except KeyError:  # pragma: no cover - another thread dropped it: decoded again next time
                pass
        return found


def _utf8(x: str) -> bytes:
    # a lone surrogate (from damaged text) keeps its place in the order: UTF-8 of surrogates
    # sorts between U+D7FF and U+E000, as the code points do
    return x.encode("utf-8", "surrogatepass")


def _bisect_bytes(raw: bytes, key: bytes) -> int:
    """Where in ``raw`` (sorted lines joined by newlines) the first line not less than
    ``key`` starts; ``len(raw) + 1`` when every line is less. Bytes compare as the strings
    they encode do, so this is ``bisect_left`` over the lines without making them."""
    lo, hi = 0, len(raw) + 1  # lo is a line's start; hi a line's start, or past the end
    while lo < hi:
        mid = (lo + hi) // 2
        start = raw.rfind(b"\n", lo, mid) + 1 or lo  # the start of the line holding mid
        end = raw.find(b"\n", start)
        if end < 0:
            end = len(raw)
        if raw[start:end] < key:
            lo = end + 1
        else:
            hi = start
    return lo


def pack(lines: list[str], prefix: str, *, is_sorted: bool = True) -> dict[str, Any]:
    """Arrays for ``SortedLines.from_arrays``; ValueError if a line has a newline or the
    lines are not sorted (bisection would then give wrong answers). ``is_sorted=False``
    stores a list that is only read by place (``[i]``), never searched."""
    import numpy as np

    text = "\n".join(lines)
    if text.count("\n") != max(len(lines) - 1, 0):
        raise ValueError("a line with a newline cannot be stored")
    if is_sorted and lines != sorted(lines):
        raise ValueError("the lines are not sorted")
    starts, pos = [], 0
    for c in range(0, len(lines), CHUNK):
        starts.append(pos)
        pos += len("\n".join(lines[c: c + CHUNK]).encode("utf-8")) + 1
    starts.append(pos)
    block = (text + "\n").encode("utf-8") if lines else b""
    if len(block) != pos:  # pragma: no cover - a surrogate would make the lengths differ
        raise ValueError("the lines do not encode as UTF-8 piece by piece")
    heads = "\n".join(lines[::CHUNK]).encode("utf-8")
    return {
        f"{prefix}.n": np.array([len(lines)], dtype=np.int64),
        f"{prefix}.heads": np.frombuffer(heads, dtype=np.uint8),
        f"{prefix}.starts": np.array(starts, dtype=np.int64),
        f"{prefix}.block": np.frombuffer(block, dtype=np.uint8),
    }
