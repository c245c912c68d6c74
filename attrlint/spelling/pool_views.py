"""The read side of the packed candidate pools (``packed_pool``): views over the stored
arrays that stand in for ``CandidatePool``'s dicts.

The views mirror ``CandidatePool``'s attributes (``_zipf``, ``_display``, ``_by_length``,
``_position``, ``_alphabet``, ``_counts``), so its search code runs unchanged on them;
a bucket is turned into Python objects only when a caller reads it whole. A look-up of one
word probes the bucket's stored hash index (CRC-32 of the word's UTF-8, open addressing)
and confirms against the stored word; a one-edit search looks its variants up in one
sorted pass over the bucket (numpy), not one probe each.
"""
from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from typing import Any, Iterable, Iterator

from .candidates import CandidatePool


def _crc(word: str) -> int:
    return zlib.crc32(word.encode("utf-8", "surrogatepass"))


def unpack(arrays: dict[str, Any]) -> CandidatePool:
    """A CandidatePool over the arrays of ``pack``: its search code, these tables."""
    tables = _Tables(arrays)
    pool = CandidatePool.__new__(CandidatePool)
    vars(pool).update(
        _zipf=_Frequencies(tables),
        _display=_Displays(tables),
        _memo={},
        _counts=_Counts(arrays),
        _by_length=_Buckets(tables),
        _position=_Positions(tables),
        _alphabet=arrays["alphabet"].tolist()[0],
    )
    return pool


class _Counts(dict):
    """``CandidatePool._counts`` (length -> letter counts and masks of that bucket) with
    the stored arrays behind it: a length asked for is read from them (counts widened back
    to the type ``_letter_counts`` gives), one the arrays lack is computed by the pool."""

    def __init__(self, arrays: dict[str, Any]) -> None:
        super().__init__()
        self._arrays = arrays

    def get(self, length: Any, default: Any = None) -> Any:
        found = super().get(length)
        if found is None and isinstance(length, int) and f"c{length}" in self._arrays:
            import numpy as np

            counts = self._arrays[f"c{length}"].astype(np.int16)
            found = self[length] = (counts, self._arrays[f"m{length}"])
        return default if found is None else found


class _Bucket:
    """One length's words, frequencies and displays as Python objects, made on first use."""

    __slots__ = ("keys", "index", "freqs", "_shown")

    def __init__(self, arrays: dict[str, Any], length: int) -> None:
        self.keys: list[str] = arrays[f"k{length}"].tolist()
        self.index = dict(zip(self.keys, range(len(self.keys))))
        self.freqs: list[float] = arrays[f"z{length}"].tolist()
        self._shown = arrays.get(f"d{length}")

    def shown(self, i: int) -> str:
        if self._shown is None:
            return self.keys[i]
        if not isinstance(self._shown, list):
            self._shown = self._shown.tolist()
        return self._shown[i]


class _Words(Sequence):
    """One length's words in bucket order, decoded one by one as a caller reads them (the
    whole bucket only when iterated)."""

    def __init__(self, keys: Any) -> None:
        self._keys = keys

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return self._keys[i].tolist()
        return self._keys.item(i)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys.tolist())

    def take(self, places: Any) -> list[str]:
        """The words at these places (an integer array), in that order."""
        return self._keys[places].tolist()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, _Words)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


class _Tables:
    def __init__(self, arrays: dict[str, Any]) -> None:
        self.arrays = arrays
        self.lengths: list[int] = arrays["lengths"].tolist()
        self.size = len(arrays["order"])
        self._buckets: dict[int, _Bucket | None] = {}
        self._indexes: dict[int, tuple[Any, Any, Any, int] | None] = {}
        self._words: dict[int, _Words] = {}

    def _index(self, length: int) -> tuple[Any, Any, Any, int] | None:
        try:
            return self._indexes[length]
        except KeyError:
            pass
        a = self.arrays
        found = None
        if f"t{length}" in a:
            table = a[f"t{length}"]
            found = (memoryview(table), memoryview(a[f"x{length}"]), a[f"k{length}"], len(table) - 1)
        self._indexes[length] = found
        return found

    def position(self, key: object) -> int:
        """The place of ``key`` in its length's bucket; -1 if it is not in the pool."""
        if not isinstance(key, str):
            return -1
        index = self._index(len(key))
        if index is None:
            if f"k{len(key)}" not in self.arrays:
                return -1
            b = self.bucket(len(key))  # arrays stored without an index
            return -1 if b is None else b.index.get(key, -1)
        table, hashes, keys, mask = index
        h = _crc(key)
        slot = h & mask
        while True:
            place = table[slot]
            if not place:
                return -1
            if hashes[place - 1] == h and keys.item(place - 1) == key:
                return place - 1
            slot = (slot + 1) & mask

    def one_edit(self, key: str, alphabet: str) -> dict[int, set[str]] | None:
        """``CandidatePool._one_edit`` made in numpy: every deletion, swap, substitution and
        insertion (from ``alphabet``) of ``key`` as rows of code points, looked up in each
        bucket's words by bisection (``o<length>``: their sorted order, stored with them).
        None when this cannot answer (no stored order, a key numpy cannot hold): the caller
        makes the variants one by one."""
        import numpy as np

        n = len(key)
        if n < 2 or "\x00" in key or any(f"o{length}" not in self.arrays and f"k{length}" in self.arrays
                                          for length in (n - 1, n, n + 1)):
            return None
        try:
            codes = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32)
            letters = np.frombuffer(alphabet.encode("utf-32-le"), dtype=np.uint32)
        except UnicodeEncodeError:  # a lone surrogate
            return None
        m = len(letters)
        at = np.repeat(np.arange(n), m)
        subs = np.repeat(codes[None, :], n * m, axis=0)
        subs[np.arange(n * m), at] = np.tile(letters, n)
        swaps = [np.concatenate([codes[:i], codes[i + 1:i + 2], codes[i:i + 1], codes[i + 2:]])
                 for i in range(n - 1)]
        same = np.vstack([codes[None, :], subs, *[s[None, :] for s in swaps]])
        dels = np.vstack([np.concatenate([codes[:i], codes[i + 1:]])[None, :] for i in range(n)])
        ins = np.empty(((n + 1) * m, n + 1), dtype=np.uint32)
        for i in range(n + 1):
            block = ins[i * m:(i + 1) * m]
            block[:, :i] = codes[:i]
            block[:, i] = letters
            block[:, i + 1:] = codes[i:]
        out: dict[int, set[str]] = {}
        for length, rows in ((n - 1, dels), (n, same), (n + 1, ins)):
            keys = self.arrays.get(f"k{length}")
            if keys is None or not len(keys):
                continue
            order = self.arrays[f"o{length}"]
            wanted = np.ascontiguousarray(rows).view(f"<U{length}").ravel()
            place = np.minimum(np.searchsorted(keys, wanted, sorter=order), len(keys) - 1)
            found = wanted[keys[order[place]] == wanted]
            if len(found):
                out[length] = set(found.tolist())
        return out

    def members(self, words: Iterable[str]) -> list[str]:
        """Those of ``words`` (strings) in the pool, as ``position`` finds them, probed a length at
        a time with numpy: a one-edit search asks about ~1,000 variants of a word."""
        import numpy as np

        by_length: dict[int, list[str]] = {}
        for w in words:
            by_length.setdefault(len(w), []).append(w)
        out: list[str] = []
        for length, group in by_length.items():
            if self._index(length) is None:
                out.extend(w for w in group if self.position(w) >= 0)
                continue
            a = self.arrays
            table, hashes, keys = a[f"t{length}"], a[f"x{length}"], a[f"k{length}"]
            mask = len(table) - 1
            h = np.array([_crc(w) for w in group], dtype=np.uint32)
            slot = h.astype(np.int64) & mask
            pending = np.arange(len(group))
            while pending.size:
                place = table[slot].astype(np.int64)
                live = place != 0  # an empty slot: not in the pool
                pending, slot, place = pending[live], slot[live], place[live]
                same = hashes[place - 1] == h[pending]
                done = np.zeros(len(pending), dtype=bool)
                for k in np.nonzero(same)[0].tolist():
                    j = int(pending[k])
                    if keys.item(int(place[k]) - 1) == group[j]:
                        out.append(group[j])
                        done[k] = True
                pending, slot = pending[~done], (slot[~done] + 1) & mask  # the next slot (linear probing)
        return out

    def at(self, key: object) -> int:
        """The place of ``key`` in its bucket; KeyError if it is not in the pool."""
        place = self.position(key)
        if place < 0:
            raise KeyError(key)
        return place

    def freq(self, key: object) -> float:
        place = self.at(key)
        return self.arrays[f"z{len(str(key))}"].item(place)

    def shown(self, key: object) -> str:
        place = self.at(key)
        length = len(str(key))
        shown = self.arrays.get(f"d{length}")
        return self.arrays[f"k{length}"].item(place) if shown is None else shown.item(place)

    def words(self, length: int) -> _Words | None:
        found = self._words.get(length)
        if found is None and f"k{length}" in self.arrays:
            found = self._words[length] = _Words(self.arrays[f"k{length}"])
        return found

    def bucket(self, length: int) -> _Bucket | None:
        try:
            return self._buckets[length]
        except KeyError:
            pass
        found = _Bucket(self.arrays, length) if f"k{length}" in self.arrays else None
        self._buckets[length] = found
        return found

    def has(self, key: object) -> bool:
        return self.position(key) >= 0

    def keys(self) -> Iterator[str]:
        """Every word in the order the pool was built in (its dicts' order)."""
        seen: dict[int, int] = {}
        for length in self.arrays["order"].tolist():
            i = seen.get(length, 0)
            seen[length] = i + 1
            b = self.bucket(length)
            assert b is not None
            yield b.keys[i]


class _View(Mapping):
    def __init__(self, tables: _Tables) -> None:
        self._t = tables

    def members(self, words: Iterable[str]) -> list[str]:
        """Those of ``words`` that are keys (``_Tables.members``)."""
        return self._t.members(words)

    def one_edit(self, key: str, alphabet: str) -> dict[int, set[str]] | None:
        return self._t.one_edit(key, alphabet)

    def __contains__(self, key: object) -> bool:
        return self._t.has(key)

    def __iter__(self) -> Iterator[str]:
        return self._t.keys()

    def __len__(self) -> int:
        return self._t.size


class _Frequencies(_View):
    def __getitem__(self, key: object) -> float:
        return self._t.freq(key)


class _Displays(_View):
    def __getitem__(self, key: object) -> str:
        return self._t.shown(key)


class _Positions(_View):
    def __getitem__(self, key: object) -> int:
        return self._t.at(key)


class _Buckets(Mapping):
    """Length -> that bucket's words, in bucket order (a sequence read in place: callers
    only read it)."""

    def __init__(self, tables: _Tables) -> None:
        self._t = tables

    def __getitem__(self, length: object) -> Sequence[str]:
        words = self._t.words(length) if isinstance(length, int) else None
        if words is None:
            raise KeyError(length)
        return words

    def __iter__(self) -> Iterator[int]:
        return iter(self._t.lengths)

    def __len__(self) -> int:
        return len(self._t.lengths)
