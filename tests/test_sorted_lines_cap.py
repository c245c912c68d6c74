"""A long run keeps at most MAX_CHUNKS decoded chunks of a stored word list, same answers;
a search decodes none."""

from __future__ import annotations

from bisect import bisect_left

from attrlint import sorted_lines
from attrlint.sorted_lines import CHUNK, SortedLines, pack


def test_decoded_chunks_are_capped_and_answers_do_not_change(monkeypatch):
    monkeypatch.setattr(sorted_lines, "MAX_CHUNKS", 3)
    words = sorted(f"w{i:05d}" for i in range(CHUNK * 10))
    stored = SortedLines.from_arrays(pack(words, "t"), "t")
    probes = words[::97] + ["w", "w00000a", "zzz", words[-1]]
    for _ in range(2):  # the second pass decodes evicted chunks again
        for w in probes:
            i = bisect_left(words, w)
            if i < len(words):
                assert stored[i] == words[i]  # read by place: its chunk is decoded
            assert (w in stored) == (w in words)  # searched in the decoded chunk, or in place
            assert stored.bisect_left(w) == i
    assert len(stored._chunks) == 3
    assert list(stored) == words and stored[CHUNK * 7 + 5] == words[CHUNK * 7 + 5]


def test_a_search_decodes_no_chunk():
    words = sorted(f"u{i:05d}" for i in range(CHUNK * 4))
    stored = SortedLines.from_arrays(pack(words, "t"), "t")
    for w in words[::13] + ["u", "u00001x", "v"]:
        assert (w in stored) == (w in words)
        assert stored.bisect_left(w) == bisect_left(words, w)
        assert stored.starting_with(w[:4]) == [x for x in words if x.startswith(w[:4])]
    assert not stored._chunks


def test_the_chunk_used_most_recently_stays(monkeypatch):
    monkeypatch.setattr(sorted_lines, "MAX_CHUNKS", 2)
    words = sorted(f"v{i:05d}" for i in range(CHUNK * 4))
    stored = SortedLines.from_arrays(pack(words, "t"), "t")
    first, second, third = 5, CHUNK + 5, 2 * CHUNK + 5  # inside chunks 0, 1, 2
    assert stored[first] == words[first] and stored[second] == words[second]
    assert stored[first] == words[first]  # used again: now the newest
    assert stored[third] == words[third]  # evicts the chunk of ``second``, not the first
    assert sorted(stored._chunks) == [0, 2]
