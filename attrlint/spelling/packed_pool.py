"""The spelling candidate pools stored as arrays and read in place (docs/startup.md).

A pool stored as a pickle of its dicts made a Python string and a float for each of its
entries (270,000 over the three pools) in every process that read it back: a quarter of
a one-draft check's own set-up. Here a pool is kept as numpy arrays, one group per word
length (the words in bucket order, their frequencies, their spellings as shown), mapped
from the store in place (``memo.cached_arrays``). The dicts ``CandidatePool`` searches
are stood in for by views that turn one length bucket into Python objects (numpy's
``tolist``, at C speed) the first time a look-up needs it; a draft touches a few buckets.

The views mirror ``CandidatePool``'s attributes (``_zipf``, ``_display``, ``_by_length``,
``_position``, ``_alphabet``, ``_counts``), so its search code runs unchanged on them;
tests/test_stored_pools.py compares a pool read back with one built afresh, entry by
entry and suggestion by suggestion. A pool the arrays cannot hold exactly (an empty or
NUL-bearing word, a frequency that is not a float) is stored as a pickle, as before.

Each bucket's letter counts and letter masks (what a two-edit search filters the bucket
by, ``candidates._letter_counts``) are stored beside it, made by the same functions from
the same words: counting them over a whole bucket on first use was a fifth of the
spelling rule's first call.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..memo import cache_dir, cached, cached_arrays
from .candidates import CandidatePool, _letter_counts, _letter_masks


class Unpackable(ValueError):
    """This pool cannot be kept as arrays without changing an entry."""


def stored_packed(name: str, build: Callable[[], CandidatePool], inputs: Iterable[Path | str]) -> CandidatePool:
    """The pool ``build()`` makes, kept between processes as arrays read in place (or, if
    the arrays cannot hold it exactly, as a pickle); with the store turned off, built."""
    if cache_dir() is None:
        return build()
    inputs = list(inputs)
    built: list[CandidatePool] = []

    def arrays() -> dict[str, Any]:
        built.append(build())
        return pack(built[-1])

    try:
        return unpack(cached_arrays(name, arrays, inputs))
    except Unpackable:
        return cached(name, lambda: built[-1] if built else build(), inputs)


def pack(pool: CandidatePool) -> dict[str, Any]:
    """A pool's entries as arrays (raises Unpackable if they would not read back the same)."""
    import numpy as np

    zipf, display = pool._zipf, pool._display
    out: dict[str, Any] = {
        "lengths": np.array(list(pool._by_length), dtype=np.int64),
        "order": np.array([len(k) for k in zipf], dtype=np.int64),
        "alphabet": np.array([pool._alphabet]),
    }
    for length, bucket in pool._by_length.items():
        if length == 0 or any("\x00" in w for w in bucket):
            raise Unpackable(f"a word the arrays cannot hold in the bucket of length {length}")
        values = [zipf[w] for w in bucket]
        if any(type(v) is not float for v in values):
            raise Unpackable("a frequency that is not a float")
        keys = np.array(bucket, dtype=f"<U{length}")
        freqs = np.array(values, dtype=np.float64)
        if keys.tolist() != bucket or freqs.tolist() != values:
            raise Unpackable(f"the bucket of length {length} does not read back the same")
        out[f"k{length}"], out[f"z{length}"] = keys, freqs
        shown = [display[w] for w in bucket]
        if shown != bucket:
            if any(not d or "\x00" in d for d in shown):
                raise Unpackable("a display spelling the arrays cannot hold")
            shown_array = np.array(shown, dtype=f"<U{max(map(len, shown))}")
            if shown_array.tolist() != shown:
                raise Unpackable(f"the display spellings of length {length} do not read back the same")
            out[f"d{length}"] = shown_array
        out.update(_packed_counts(keys, length))
    if out["alphabet"].tolist() != [pool._alphabet]:
        raise Unpackable("the alphabet does not read back the same")
    return out


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


def _packed_counts(keys: Any, length: int) -> dict[str, Any]:
    """A bucket's letter counts (as ``uint8``: none exceeds the words' length) and masks,
    as ``CandidatePool._reachable`` computes them from the bucket's words; nothing when a
    count could not be held (words over 255 letters)."""
    import numpy as np

    if length > 255:
        return {}
    codes = keys.view("<u4").reshape(len(keys), length)
    counts = _letter_counts(codes)
    small = counts.astype(np.uint8)
    if not np.array_equal(small.astype(counts.dtype), counts):  # pragma: no cover - cannot happen
        return {}
    return {f"c{length}": small, f"m{length}": _letter_masks(counts)}


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


class _Tables:
    def __init__(self, arrays: dict[str, Any]) -> None:
        self.arrays = arrays
        self.lengths: list[int] = arrays["lengths"].tolist()
        self.size = len(arrays["order"])
        self._buckets: dict[int, _Bucket | None] = {}

    def bucket(self, length: int) -> _Bucket | None:
        try:
            return self._buckets[length]
        except KeyError:
            pass
        found = _Bucket(self.arrays, length) if f"k{length}" in self.arrays else None
        self._buckets[length] = found
        return found

    def find(self, key: object) -> tuple[_Bucket, int]:
        """The bucket and place of ``key``; KeyError if it is not in the pool."""
        if isinstance(key, str):
            b = self.bucket(len(key))
            if b is not None:
                return b, b.index[key]
        raise KeyError(key)

    def has(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        b = self.bucket(len(key))
        return b is not None and key in b.index

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

    def __contains__(self, key: object) -> bool:
        return self._t.has(key)

    def __iter__(self) -> Iterator[str]:
        return self._t.keys()

    def __len__(self) -> int:
        return self._t.size


class _Frequencies(_View):
    def __getitem__(self, key: object) -> float:
        b, i = self._t.find(key)
        return b.freqs[i]


class _Displays(_View):
    def __getitem__(self, key: object) -> str:
        b, i = self._t.find(key)
        return b.shown(i)


class _Positions(_View):
    def __getitem__(self, key: object) -> int:
        return self._t.find(key)[1]


class _Buckets(Mapping):
    """Length -> that bucket's words, in bucket order (a list: callers only read it)."""

    def __init__(self, tables: _Tables) -> None:
        self._t = tables

    def __getitem__(self, length: object) -> list[str]:
        b = self._t.bucket(length) if isinstance(length, int) else None
        if b is None:
            raise KeyError(length)
        return b.keys

    def __iter__(self) -> Iterator[int]:
        return iter(self._t.lengths)

    def __len__(self) -> int:
        return len(self._t.lengths)
