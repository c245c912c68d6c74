"""A str -> float table packed as arrays (attrlint/packed_map.py) answers as the dict it
was made from, and the grammar rules' n-gram counts read back from the store are the
counts read from their file (invented keys for the first)."""
from __future__ import annotations

import random

import pytest

from attrlint import memo
from attrlint.packed_map import PackedFloats, Unpackable, pack


def _table() -> dict[str, float]:
    rnd = random.Random(11)
    table = {"okafor said": 120000.0, "said okafor": 51000.0, "ökonom": 2.5, "naïve reader": 3.25e7, "": 1.0}
    for _ in range(2000):
        key = " ".join("".join(rnd.choice("abcdeilmnorstuéß") for _ in range(rnd.randint(1, 8))) for _ in range(2))
        table[key] = float(rnd.randint(0, 10**9))
    return table


def test_a_packed_table_answers_as_the_dict():
    table = _table()
    packed = PackedFloats(pack(table, "x"), "x")
    assert len(packed) == len(table) and list(packed) == list(table)
    assert all(packed[k] == v and packed.get(k) == v and k in packed for k, v in table.items())
    for missing in ("okafor sai", "okafor said ", "Okafor said", "zzz", "ß"):
        assert missing not in packed and packed.get(missing) is None and packed.get(missing, 0.0) == 0.0
    assert packed.get(7) is None and 7 not in packed
    with pytest.raises(KeyError):
        packed["nothere"]


def test_a_table_that_is_not_str_to_float_is_refused():
    with pytest.raises(Unpackable):
        pack({"okra": 3}, "x")  # an int would come back a float
    with pytest.raises(Unpackable):
        pack({1: 3.0}, "x")


def test_the_stored_ngram_counts_are_the_counts_read_from_the_file(tmp_path, monkeypatch):
    from attrlint.grammar import ngrams

    monkeypatch.setenv(memo.ENV, str(tmp_path))
    fresh = ngrams._read()
    for _ in range(2):  # built (and stored unless just edited), then read back
        ngrams.ngrams.cache_clear()
        got = ngrams.ngrams()
        assert not isinstance(got.bi, dict)
        assert len(got.uni) == len(fresh.uni) and len(got.bi) == len(fresh.bi)
        sample = list(fresh.bi.items())[::97] + list(fresh.uni.items())[::53]
        assert all((got.bi if " " in k else got.uni).get(k) == v for k, v in sample)
        a, b = next(iter(fresh.bi)).split(" ", 1)
        assert got.bigram(a.upper(), b) == fresh.bigram(a, b) and got.bigram("qqzx", "zzqq") is None
    ngrams.ngrams.cache_clear()
