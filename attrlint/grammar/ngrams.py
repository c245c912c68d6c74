"""Unigram and bigram counts (Google Web 1T, via wordsegment), loaded once and lazily.

Only the rows the grammar rules consult are shipped (``rules/grammar/ngrams.tsv.gz``,
built by ``tools/build_bigrams.py``). The source keeps bigrams seen at least 100,000
times, so a missing bigram means "rarer than that", not "never": ``FLOOR`` stands in.
"""
from __future__ import annotations

import gzip
from collections.abc import Mapping
from functools import lru_cache

from ..data import rules_dir

#: the count assumed for a bigram below the source's cut-off
FLOOR = 50_000.0


class NGrams:
    def __init__(self, uni: Mapping[str, float], bi: Mapping[str, float]) -> None:
        self.uni = uni
        self.bi = bi

    def unigram(self, word: str) -> float:
        return self.uni.get(word.lower(), 0.0)

    def bigram(self, a: str, b: str) -> float | None:
        """The count of "a b", or None when below the cut-off (or never seen)."""
        return self.bi.get(f"{a.lower()} {b.lower()}")


@lru_cache(maxsize=1)
def ngrams() -> NGrams:
    """The table, kept parsed on disk between processes (attrlint/memo.py) as arrays read
    in place (attrlint/packed_map.py): reading the gzipped lines, then unpickling the two
    dicts, was a part of a one-draft check's set-up."""
    from ..memo import cache_dir, cached, cached_arrays
    from ..packed_map import PackedFloats, Unpackable, pack

    inputs = [rules_dir() / "grammar" / "ngrams.tsv.gz"]
    if cache_dir() is None:
        return _read()
    def packed() -> dict:
        table = _read()
        return {**pack(table.uni, "u"), **pack(table.bi, "b")}

    try:
        arrays = cached_arrays("grammar-ngrams", packed, inputs)
    except Unpackable:  # pragma: no cover - counts are floats
        return cached("grammar-ngrams", _read, inputs)
    return NGrams(PackedFloats(arrays, "u"), PackedFloats(arrays, "b"))


def _read() -> NGrams:
    """The table as two plain dicts (builders of derived tables read it so: iterating the
    packed form makes a string per key)."""
    uni: dict[str, float] = {}
    bi: dict[str, float] = {}
    with gzip.open(rules_dir() / "grammar" / "ngrams.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            kind, key, count = line.rstrip("\n").split("\t")
            (uni if kind == "U" else bi)[key] = float(count)
    return NGrams(uni, bi)


read_table = _read
