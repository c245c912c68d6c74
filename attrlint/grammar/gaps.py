"""A word left out between two words, judged from the web bigram counts (``ngrams.py``).

Two written words ``a b`` and a word ``x`` that could stand between them. The evidence for
``x`` on each side is how much more often ``a`` is followed by ``x`` than by ``b``, and how
much more often ``b`` follows ``x`` than ``a``:

    left = c(a x) / c(a b)        right = c(x b) / c(a b)

A pair the source does not hold (seen under 100,000 times) counts as 100,000, its upper
bound: absence alone proves little, so only a bridge that is many times stronger than the
written pair on BOTH sides counts ("behind the" 128x, "the throne" 12x over "behind
throne"). A chained estimate, c(a x) c(x b) / c(x), was tried first: it undervalues rare
words ("behind the throne" came out at 654) and prefers "not" to "in" in "is [in] charge".

The look-up needs every bigram by its first and by its second word: kept as arrays on disk
(``memo.cached_arrays``), built once from the table, read in place by later processes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..data import rules_dir
from .ngrams import ngrams, read_table

#: the count a bigram missing from the source stands for (the source's cut-off)
ABSENT = 100_000.0


@dataclass(frozen=True)
class Bridge:
    """The likely missing word and its evidence (each side's ratio over the written pair)."""

    word: str
    left: float
    right: float
    written: float | None  # the written pair's count, None when under the cut-off

    @property
    def strength(self) -> float:
        return min(self.left, self.right)


class GapIndex:
    """Every bigram by its first word and by its second word (ids into ``words``)."""

    def __init__(self, arrays: dict[str, Any]) -> None:
        from ..packed_map import PackedFloats

        self._ids = PackedFloats(arrays, "w")
        self._a = arrays
        blob, off = bytes(arrays["wblob"]), arrays["woff"]
        self._off = off
        self._blob = blob

    def word(self, i: int) -> str:
        return self._blob[int(self._off[i]): int(self._off[i + 1])].decode("utf-8", "surrogatepass")

    def id(self, w: str) -> int | None:
        v = self._ids.get(w)
        return None if v is None else int(v)

    def bridges(self, a: str, b: str) -> list[Bridge]:
        """Words x with both "a x" and "x b" in the table, strongest first."""
        import numpy as np

        ia, ib = self.id(a), self.id(b)
        if ia is None or ib is None:
            return []
        arr = self._a
        fs, fe = int(arr["foff"][ia]), int(arr["foff"][ia + 1])
        ss, se = int(arr["soff"][ib]), int(arr["soff"][ib + 1])
        if fs == fe or ss == se:
            return []
        _, li, ri = np.intersect1d(arr["fnb"][fs:fe], arr["snb"][ss:se], assume_unique=True,
                                   return_indices=True)
        if not len(li):
            return []
        written = ngrams().bigram(a, b)
        base = written or ABSENT
        left = arr["fcnt"][fs:fe][li] / base
        right = arr["scnt"][ss:se][ri] / base
        strength = np.minimum(left, right)
        order = np.argsort(-strength)[:5]
        nbs = arr["fnb"][fs:fe][li]
        return [Bridge(self.word(int(nbs[k])), float(left[k]), float(right[k]), written) for k in order]


@lru_cache(maxsize=1)
def gap_index() -> GapIndex:
    from ..memo import cached_arrays

    inputs = [rules_dir() / "grammar" / "ngrams.tsv.gz"]
    return GapIndex(cached_arrays("grammar-gaps", _build, inputs))


def _build() -> dict[str, Any]:
    import numpy as np

    from ..packed_map import pack

    pairs = [(k.split(" ", 1), v) for k, v in read_table().bi.items()]
    vocab = sorted({w for (a, b), _ in pairs for w in (a, b)})
    ids = {w: i for i, w in enumerate(vocab)}
    first = np.array([ids[a] for (a, _), _ in pairs], dtype=np.int32)
    second = np.array([ids[b] for (_, b), _ in pairs], dtype=np.int32)
    count = np.array([c for _, c in pairs], dtype=np.float64)
    out = pack({w: float(i) for i, w in enumerate(vocab)}, "w")
    for side, key, other in (("f", first, second), ("s", second, first)):
        order = np.lexsort((other, key))  # by this side's word, then by the other (for intersect1d)
        out[f"{side}nb"] = other[order]
        out[f"{side}cnt"] = count[order]
        out[f"{side}off"] = np.searchsorted(key[order], np.arange(len(vocab) + 1)).astype(np.int64)
    return out
