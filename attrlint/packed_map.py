"""A ``str -> float`` table kept as arrays and read in place (docs/startup.md).

A dict stored as a pickle makes a Python string and a float for each of its entries in
every process that reads it back (the grammar rules' 50,000 n-gram counts: ~20 ms of a
one-draft set-up). Packed here, it is five arrays mapped from the store
(``memo.cached_arrays``): the keys' UTF-8 in one block with their offsets, the values,
and a hash index (an open-addressing table of CRC-32s of the keys, as the spelling pools
have, ``spelling/packed_pool.py``). A look-up probes the index and compares the stored
key's bytes; nothing is made for the entries it does not land on.

``pack`` checks that every entry reads back exactly (else ``Unpackable``: store the
table another way); ``PackedFloats`` has the read-only interface of the dict.
"""
from __future__ import annotations

import zlib
from collections.abc import Mapping
from typing import Any, Iterator


class Unpackable(ValueError):
    """This table cannot be kept as arrays without changing an entry."""


def hash_slots(hashes: list[int]) -> list[int]:
    """An open-addressing table for ``hashes`` (linear probing, at most half full): slot
    ``h & (len - 1)`` onwards holds 1 + the index of the key with hash ``h``; 0 is empty.
    A reader probes the same way and confirms each hit against the stored key."""
    size = 1 << max(3, (2 * len(hashes)).bit_length())
    mask = size - 1
    slots = [0] * size
    for place, h in enumerate(hashes, 1):
        slot = h & mask
        while slots[slot]:
            slot = (slot + 1) & mask
        slots[slot] = place
    return slots

def _encode(key: str) -> bytes:
    return key.encode("utf-8", "surrogatepass")


def pack(table: Mapping[str, float], prefix: str) -> dict[str, Any]:
    """The arrays of ``table``, their names starting with ``prefix``."""
    import numpy as np

    keys = list(table)
    values = [table[k] for k in keys]
    if any(type(k) is not str for k in keys) or any(type(v) is not float for v in values):
        raise Unpackable("a key that is not a string or a value that is not a float")
    encoded = [_encode(k) for k in keys]
    offsets = [0]
    for b in encoded:
        offsets.append(offsets[-1] + len(b))
    hashes = [zlib.crc32(b) for b in encoded]
    slots = hash_slots(hashes)
    out = {
        f"{prefix}blob": np.frombuffer(b"".join(encoded), dtype=np.uint8),
        f"{prefix}off": np.array(offsets, dtype=np.int64),
        f"{prefix}val": np.array(values, dtype=np.float64),
        f"{prefix}tab": np.array(slots, dtype=np.int32),
        f"{prefix}crc": np.array(hashes, dtype=np.uint32),
    }
    back = PackedFloats(out, prefix)
    if list(back) != keys or any(back.get(k) != v for k, v in zip(keys, values)):
        raise Unpackable("the table does not read back the same")  # pragma: no cover - cannot happen
    return out


class PackedFloats(Mapping):
    """The table ``pack`` made, read in place: ``get``, ``[]``, ``in``, ``len`` and
    iteration (in the table's order) as the dict it was made from."""

    def __init__(self, arrays: dict[str, Any], prefix: str) -> None:
        self._blob = memoryview(arrays[f"{prefix}blob"])
        self._off = memoryview(arrays[f"{prefix}off"])
        self._val = arrays[f"{prefix}val"]
        self._tab = memoryview(arrays[f"{prefix}tab"])
        self._crc = memoryview(arrays[f"{prefix}crc"])
        self._mask = len(self._tab) - 1

    def _place(self, key: object) -> int:
        if not isinstance(key, str):
            return -1
        b = _encode(key)
        h = zlib.crc32(b)
        slot = h & self._mask
        tab, crc, off, blob = self._tab, self._crc, self._off, self._blob
        while True:
            place = tab[slot]
            if not place:
                return -1
            i = place - 1
            if crc[i] == h and blob[off[i]: off[i + 1]] == b:
                return i
            slot = (slot + 1) & self._mask

    def get(self, key: object, default: Any = None) -> Any:
        i = self._place(key)
        return default if i < 0 else self._val.item(i)

    def __getitem__(self, key: object) -> float:
        i = self._place(key)
        if i < 0:
            raise KeyError(key)
        return self._val.item(i)

    def __contains__(self, key: object) -> bool:
        return self._place(key) >= 0

    def __len__(self) -> int:
        return len(self._crc)

    def __iter__(self) -> Iterator[str]:
        data, off = bytes(self._blob), self._off
        for i in range(len(self)):
            yield data[off[i]: off[i + 1]].decode("utf-8", "surrogatepass")
