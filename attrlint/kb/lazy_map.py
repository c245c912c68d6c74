"""A read-only mapping whose values are kept pickled one by one and unpickled on first use.

The knowledge-base analyser is stored between processes (attrlint/memo.py); unpickling it
whole made every one of its 1,755 people and ~4,000 name-index entries, ~20 ms of a
one-draft check, although a draft names a handful. Stored through ``LazyMap``, each value
stays a small pickle until it is looked up, then is kept (at most the whole table, as
before). Asking for every value or item decodes everything, in the same order: from one
pickle of the whole table when it was packed with ``whole=True`` (as fast as before).

This module imports nothing of attrlint's.
"""
from __future__ import annotations

import pickle
from typing import Any, ItemsView, Iterator, Mapping, TypeVar, ValuesView

K = TypeVar("K")
V = TypeVar("V")

_MISSING: Any = object()


class LazyMap(Mapping[K, V]):
    """``{key: value}`` read-only, each value unpickled when first asked for."""

    __slots__ = ("_packed", "_whole", "_done")

    def __init__(self, packed: dict[K, bytes], whole: bytes | None = None) -> None:
        self._packed = packed
        self._whole = whole
        self._done: dict[K, V] = {}

    @classmethod
    def pack(cls, values: Mapping[K, V], whole: bool = False) -> "LazyMap[K, V]":
        """``whole``: also keep the table as one pickle, for callers that read all of it."""
        if isinstance(values, LazyMap):
            return values
        packed = {k: pickle.dumps(v, pickle.HIGHEST_PROTOCOL) for k, v in values.items()}
        return cls(packed, pickle.dumps(dict(values), pickle.HIGHEST_PROTOCOL) if whole else None)

    def _decode_all(self) -> None:
        if len(self._done) == len(self._packed):
            return
        if self._whole is not None:
            for k, v in pickle.loads(self._whole).items():
                self._done.setdefault(k, v)  # a value decoded before stays the one handed out
            self._whole = None
        else:
            for k in self._packed:
                self[k]

    def values(self) -> ValuesView[V]:
        self._decode_all()
        return super().values()

    def items(self) -> ItemsView[K, V]:
        self._decode_all()
        return super().items()

    def __getitem__(self, key: K) -> V:
        got = self._done.get(key, _MISSING)
        if got is _MISSING:
            got = self._done[key] = pickle.loads(self._packed[key])
        return got  # type: ignore[no-any-return]

    def get(self, key: K, default: Any = None) -> Any:
        got = self._done.get(key, _MISSING)
        if got is not _MISSING:
            return got
        packed = self._packed.get(key)
        if packed is None:
            return default
        got = self._done[key] = pickle.loads(packed)
        return got

    def __contains__(self, key: object) -> bool:
        return key in self._packed

    def __iter__(self) -> Iterator[K]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __repr__(self) -> str:
        return f"LazyMap({len(self._packed)} entries, {len(self._done)} decoded)"

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyMap, (self._packed, self._whole))
