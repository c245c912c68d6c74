"""SortedLines (attrlint/sorted_lines.py) answers as bisection over the list it was made
from, and the spelling lexicon read in place answers as the one read from its files."""
from __future__ import annotations

import random
from bisect import bisect_left

import pytest

from attrlint import memo
from attrlint.sorted_lines import CHUNK, SortedLines, pack


def _lines(n: int) -> list[str]:
    rnd = random.Random(n)
    words = {"".join(rnd.choice("abcdeéíklmnorstu'- ") for _ in range(rnd.randint(0, 9))) for _ in range(n)}
    return sorted(words)


@pytest.mark.parametrize("n", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK + 17])
def test_sorted_lines_search_as_bisection_does(n):
    lines = _lines(n)
    packed = SortedLines.from_arrays(pack(lines, "t"), "t")
    assert len(packed) == len(lines) and list(packed) == lines
    assert packed[0:3] == lines[0:3] and (not lines or packed[-1] == lines[-1])
    rnd = random.Random(7)
    probes = lines + [w + "a" for w in lines[:50]] + [w[:-1] for w in lines[:50]] + ["", "zzzz", "\u00ff", "a b"]
    for x in probes + ["".join(rnd.choice("abcé ") for _ in range(4)) for _ in range(200)]:
        assert packed.bisect_left(x) == bisect_left(lines, x), x
        assert (x in packed) == (x in set(lines)), x
    with pytest.raises(IndexError):
        packed[len(lines)]


def test_lines_that_bisection_could_not_search_are_refused():
    with pytest.raises(ValueError):
        pack(["b", "a"], "t")
    with pytest.raises(ValueError):
        pack(["a\nb"], "t")


def test_a_list_in_memory_has_the_same_interface():
    lines = _lines(300)
    whole = SortedLines.of(lines)
    assert whole.bisect_left("m") == bisect_left(lines, "m") and lines[5] in whole and list(whole) == lines


def test_the_lexicon_read_in_place_is_the_lexicon_read_from_its_files(tmp_path, monkeypatch):
    from attrlint.data import rules_dir
    from attrlint.spelling.lexicon import Lexicon

    folder = rules_dir() / "spelling"
    monkeypatch.setenv(memo.ENV, "off")
    files = Lexicon(folder)
    monkeypatch.setenv(memo.ENV, str(tmp_path))
    for _ in range(2):  # built (and stored, unless an input was just edited), then read back
        lex = Lexicon(folder)
        assert len(lex._words) == len(files._words) and list(lex._codes) == list(files._codes)
        rnd = random.Random(11)
        words = rnd.sample(list(files._words), 1500)
        for w in words + [w + "q" for w in words[:300]] + [w.capitalize() for w in words[:300]] + ["", "Okafor"]:
            assert lex.code(w) == files.code(w) and lex.knows(w, 3.0) == files.knows(w, 3.0), w
        for place in rnd.sample(list(files.places), 200):
            assert place in lex.places
        keep = lambda codes: codes % 100 >= 40  # noqa: E731
        assert list(lex.iter_entries(keep)) == list(files.iter_entries(keep))


def test_the_recorded_misspellings_read_in_place_answer_as_the_file(tmp_path, monkeypatch):
    from attrlint.data import rules_dir
    from attrlint.spelling.lexicon import Lexicon

    folder = rules_dir() / "spelling"
    monkeypatch.setenv(memo.ENV, "off")
    files = Lexicon(folder).misspellings
    assert isinstance(files.lines(), list)  # the store off: the file's lines, as before
    monkeypatch.setenv(memo.ENV, str(tmp_path))
    for _ in range(2):  # built (and stored, unless an input was just edited), then read back
        got = Lexicon(folder).misspellings
        assert list(got.lines()) == list(files.lines())
        rnd = random.Random(13)
        typos = [line.partition("\t")[0] for line in rnd.sample(list(files.lines()), 800)]
        for t in typos + [t + "q" for t in typos[:200]] + [t[:-1] for t in typos[:200]] + ["", "zzzzqx"]:
            assert got.get(t) == files.get(t) and (t in got) == (t in files), t
    assert isinstance(got.lines(), SortedLines)


def _prefixed_lines(n: int) -> list[str]:
    """Lines in runs sharing a prefix ("name<TAB>..."), runs crossing chunk boundaries,
    with accents, a character beyond the BMP and an empty line."""
    rnd = random.Random(n)
    out = {""}
    while len(out) < n:
        head = "".join(rnd.choice("abéz\u4e2d") for _ in range(rnd.randint(1, 3)))
        for k in range(rnd.choice([1, 2, 3, 40, 300])):
            out.add(f"{head}\t{k}\t{rnd.choice(['x', 'é', '😀'])}")
    return sorted(out)


@pytest.mark.parametrize("n", [1, CHUNK, 3 * CHUNK + 5, 9 * CHUNK])
def test_searches_in_place_answer_as_the_list(n):
    lines = _prefixed_lines(n)
    packed = SortedLines.from_arrays(pack(lines, "t"), "t")
    rnd = random.Random(n + 1)
    heads = sorted({ln.split("\t")[0] for ln in lines})
    probes = (lines[::7] + [ln + "x" for ln in lines[::11]] + [ln[:-1] for ln in lines[::5]] + heads
              + [h + "\t" for h in heads] + ["", "\t", "zzzz", "\ud800", "a\n", "\U0010ffff"]
              + ["".join(rnd.choice("abéz\t0129") for _ in range(rnd.randint(0, 5))) for _ in range(300)])
    for x in probes:
        i = bisect_left(lines, x)
        assert packed.bisect_left(x) == i, x
        assert packed.position(x) == (i if i < len(lines) and lines[i] == x else -1), x
        assert packed.starting_with(x) == [ln for ln in lines if ln.startswith(x)], x
        assert SortedLines.of(lines).starting_with(x) == packed.starting_with(x)
        assert SortedLines.of(lines).position(x) == packed.position(x)
    assert not packed._chunks  # the searches decoded nothing
    packed[len(lines) // 2]  # a chunk decoded: searches in it answer the same
    for x in probes[:200]:
        assert packed.bisect_left(x) == bisect_left(lines, x) and (x in packed) == (x in set(lines)), x
