"""Spelling pools kept as arrays read in place (spelling/packed_pool.py) answer exactly as
the pool they were made from (invented words; the real pools: tests/test_stored_pools.py)."""
from __future__ import annotations

import random

import pytest

from attrlint import data, memo
from attrlint.spelling.candidates import CandidatePool
from attrlint.spelling.packed_pool import Unpackable, pack, stored_packed, unpack

WORDS = [("okra", 3.1), ("okapi", 2.0), ("orca", 3.4), ("Okafor", 2.2), ("Adaeze", 1.9), ("adage", 3.0),
         ("zebra", 3.3), ("Zelinski", 1.6), ("quagga", 1.2), ("Quarrington", 1.7), ("a", 7.0), ("ökonom", 1.1),
         ("okra", 2.0)]


def _pool() -> CandidatePool:
    rnd = random.Random(3)
    made = ["".join(rnd.choice("abcdeilmnorstu") for _ in range(rnd.randint(3, 11))) for _ in range(400)]
    return CandidatePool(WORDS + [(w, rnd.randint(0, 60) / 10) for w in made])


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv(memo.ENV, str(tmp_path))
    # others may be editing the code and the data now: a just-edited input is never stored
    monkeypatch.setattr(memo, "code_fingerprint", lambda: "fixed")
    monkeypatch.setattr(data, "data_files", lambda *folders: [])
    return tmp_path


def test_a_packed_pool_has_the_same_entries_in_the_same_order():
    fresh = _pool()
    packed = unpack(pack(fresh))
    assert list(packed._zipf.items()) == list(fresh._zipf.items())
    assert list(packed._display.items()) == list(fresh._display.items())
    assert dict(packed._by_length) == fresh._by_length and list(packed._by_length) == list(fresh._by_length)
    assert dict(packed._position) == fresh._position and packed._alphabet == fresh._alphabet
    assert "OKAFOR" in packed and "okafor" in packed and "okafo" not in packed and 7 not in packed._zipf
    assert packed._display["okafor"] == "Okafor" and packed._zipf["okra"] == 3.1  # the higher of the two
    with pytest.raises(KeyError):
        packed._zipf["nothere"]


def test_a_packed_pool_suggests_what_the_pool_suggests():
    fresh = _pool()
    packed = unpack(pack(fresh))
    rnd = random.Random(5)
    probes = ["okfor", "Okafro", "orka", "adaze", "zebar", "quaga", "Quarington", "zelinsky", "b", "xyzzy"]
    for word in list(fresh._zipf)[:120]:
        i = rnd.randrange(len(word))
        probes.append(word[:i] + rnd.choice("aeiost") + word[i + 1:])
    for word in probes:
        for edits in (1, 2):
            assert packed.near(word, edits) == fresh.near(word, edits), (word, edits)


def test_the_stored_letter_counts_are_the_ones_a_search_computes():
    import numpy as np

    fresh = _pool()
    packed = unpack(pack(fresh))
    for length, bucket in fresh._by_length.items():
        stored = packed._counts.get(length)  # read from the arrays, before any search
        assert stored is not None, length
        fresh._reachable(bucket[0], length, 2)  # the pool counts the bucket itself
        counts, masks = fresh._counts[length]
        assert stored[0].dtype == counts.dtype and np.array_equal(stored[0], counts)
        assert stored[1].dtype == masks.dtype and np.array_equal(stored[1], masks)
        assert packed._reachable(bucket[0], length, 2) == fresh._reachable(bucket[0], length, 2)
    assert packed._counts.get(99) is None and packed._counts.get("4") is None


def test_a_pool_is_read_back_from_the_arrays(store):
    calls = []

    def build():
        calls.append(1)
        return _pool()

    first = stored_packed("pool", build, [])
    again = stored_packed("pool", build, [])
    assert calls == [1] and list(store.glob("pool.*.arrays"))
    assert not isinstance(again._zipf, dict)  # views over the stored arrays, not unpickled dicts
    assert again.near("okfor", 1) == first.near("okfor", 1) == _pool().near("okfor", 1)


def test_a_pool_the_arrays_cannot_hold_is_stored_as_before(store):
    def build():
        return CandidatePool([("okra", 3), ("orca", 3.4)])  # an int frequency would come back a float

    with pytest.raises(Unpackable):
        pack(build())
    for _ in range(2):
        pool = stored_packed("odd", build, [])
        assert isinstance(pool._zipf, dict) and pool._zipf["okra"] == 3 and type(pool._zipf["okra"]) is int
    assert list(store.glob("odd.*.pickle")) and not list(store.glob("odd.*.arrays"))


def test_with_the_store_off_the_pool_is_built(monkeypatch):
    monkeypatch.setenv(memo.ENV, "off")
    pool = stored_packed("off", _pool, [])
    assert isinstance(pool._zipf, dict)


def test_look_ups_probe_the_hash_index_and_decode_no_bucket_whole():
    fresh = _pool()
    packed = unpack(pack(fresh))
    tables = packed._zipf._t
    for word in ["okfor", "orka", "Quarington", "adaze", "zebar"]:
        assert packed.near(word, 1) == fresh.near(word, 1)
    assert "okapi" in packed and "okapj" not in packed and "" not in packed._zipf
    assert packed._position["zebra"] == fresh._position["zebra"]
    assert packed._display["quarrington"] == "Quarrington" and packed._zipf["ökonom"] == 1.1
    assert tables._buckets == {}  # nothing turned a whole length into Python objects


def test_a_bucket_read_as_a_whole_is_the_bucket():
    fresh = _pool()
    packed = unpack(pack(fresh))
    for length, bucket in fresh._by_length.items():
        words = packed._by_length[length]
        assert len(words) == len(bucket) and words == bucket and list(words) == bucket
        assert words[0] == bucket[0] and words[-1] == bucket[-1] and words[1:3] == bucket[1:3]
    assert packed._by_length.get(99) is None


def test_every_word_is_found_at_its_place_despite_colliding_slots():
    from attrlint.spelling.packed_pool import _hash_index

    words = [f"w{i:04d}" for i in range(3000)]
    table, hashes = _hash_index(words)
    assert len(table) >= 2 * len(words) and sorted(table[table > 0].tolist()) == list(range(1, 3001))
    packed = unpack(pack(CandidatePool([(w, 1.0) for w in words])))
    assert all(packed._position[w] == i for i, w in enumerate(words))
    assert "w3000" not in packed and "w0000" in packed
