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

A look-up of one word (is it in the pool, its frequency, its spelling as shown, its
place) does not turn its bucket into Python objects either: each bucket has a stored
hash index (``_hash_index``: an open-addressing table of CRC-32s of the words' UTF-8,
probed in place and confirmed against the stored word), so a one-edit search's ~2,000
variants cost a probe each instead of a dict of the 10,000-20,000 words of every length
they touch (that was most of the spelling rule's first call). A bucket asked for as a
whole (``_by_length``) is a sequence that decodes the words a caller reads.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from ..memo import cache_dir, cached, cached_arrays
from ..packed_map import hash_slots
from .candidates import CandidatePool, _letter_counts, _letter_masks
from .pool_views import _crc, _Tables, unpack

__all__ = ["Unpackable", "pack", "stored_packed", "unpack"]


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
        out[f"t{length}"], out[f"x{length}"] = _hash_index(bucket)
        order = np.argsort(keys, kind="stable").astype(np.int64)
        if len(keys) > 1 and not bool(np.all(keys[order][:-1] < keys[order][1:])):  # pragma: no cover
            raise Unpackable(f"the sorted order of length {length} is not strict")
        out[f"o{length}"] = order
    tables = _Tables(out)
    for length, bucket in pool._by_length.items():
        if any(tables.position(w) != i for i, w in enumerate(bucket)):  # pragma: no cover - cannot happen
            raise Unpackable(f"the hash index of length {length} does not find every word")
    if out["alphabet"].tolist() != [pool._alphabet]:
        raise Unpackable("the alphabet does not read back the same")
    return out


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


def _hash_index(bucket: list[str]) -> tuple[Any, Any]:
    """A bucket's hash index: a table of 2-4 slots per word (a power of two), each 0 or a
    word's place + 1, a word first tried at its CRC's slot and then the slots after it
    (linear probing); and each word's CRC, which a probe compares before the word."""
    import numpy as np

    hashes = [_crc(w) for w in bucket]
    return np.array(hash_slots(hashes), dtype=np.int32), np.array(hashes, dtype=np.uint32)
