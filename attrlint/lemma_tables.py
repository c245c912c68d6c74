"""lemminflect's look-up tables, read entry by entry instead of all at once.

lemminflect parses its two tables (80,000 and 40,000 lines) into dicts on first use: about
0.6 s of a one-draft check's set-up, for the handful of verbs a draft asks about. Both
files are sorted by word, so the tables here keep the decompressed lines and find a
word's lines by bisection, decoding them with lemminflect's own codec exactly as its
loader does (several lines of one word merged in file order; the hard-coded modal and
auxiliary inflections on top). ``install()`` hands them to lemminflect's singletons,
so ``getAllLemmas`` and ``getAllInflections`` answer as before (tests/test_lemma_tables.py
compares every entry with lemminflect's own load).
"""

from __future__ import annotations

import gzip
import os
from bisect import bisect_left
from typing import Any, Callable

#: the lemminflect release whose tables were checked to be sorted by word
CHECKED_VERSION = "0.2.3"

_installed = False


def _word(line: str) -> str:
    return line[: line.find(",")]


class LazyTable:
    """The mapping lemminflect's loader builds, decoded one word at a time (only ``get``,
    ``[]`` and ``in`` are offered: all lemminflect asks of it)."""

    def __init__(self, path: str, decode: Callable[[str], tuple[str, Any]],
                 merge: Callable[[Any, Any], None], fixed: dict[str, Any] | None = None) -> None:
        self._lines, self._find = _lines(path)
        self._decode, self._merge = decode, merge
        self._fixed = fixed or {}
        self._done: dict[str, Any] = {}

    def _entry(self, word: str) -> Any:
        if word in self._done:
            return self._done[word]
        found = self._fixed.get(word)
        if found is None:
            lines = self._lines
            i = self._find(word)
            while i < len(lines) and _word(lines[i]) == word:
                value = self._decode(lines[i])[1]
                if found is None:
                    found = value
                else:
                    self._merge(found, value)
                i += 1
        self._done[word] = found
        return found

    def get(self, word: str, default: Any = None) -> Any:
        found = self._entry(word)
        return default if found is None else found

    def __getitem__(self, word: str) -> Any:
        found = self._entry(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._entry(word) is not None


def _read(path: str) -> list[str]:
    with gzip.open(path, "rb") as fh:
        return fh.read().decode().splitlines()


def _lines(path: str) -> tuple[Any, Callable[[str], int]]:
    """A table's lines (in file order) and a search for the first line of a word: kept
    uncompressed in the derived-data store and read in place (attrlint/sorted_lines.py:
    the words sorted, the lines by place), or, with the store off, read from the file."""
    from .memo import cache_dir, cached_arrays
    from .sorted_lines import SortedLines, pack

    if cache_dir() is not None:
        def build() -> dict[str, Any]:
            lines = _read(path)
            return {**pack([_word(ln) for ln in lines], "words"), **pack(lines, "lines", is_sorted=False)}

        try:
            arrays = cached_arrays("lemminflect-" + os.path.basename(path), build, [path])
            words = SortedLines.from_arrays(arrays, "words")
            return SortedLines.from_arrays(arrays, "lines"), words.bisect_left
        except ValueError:  # a table not sorted by word after all: searched as read
            pass
    lines = _read(path)
    return lines, lambda word: bisect_left(lines, word, key=_word)


def lemma_table(path: str) -> LazyTable:
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.core.LexicalUtils import categoryToUPos

    def decode(line: str) -> tuple[str, Any]:
        word, category, forms = LemmaLUCodec.fromString(line)
        return word, {categoryToUPos(category): forms}

    return LazyTable(path, decode, dict.update)


def inflection_table(path: str) -> LazyTable:
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec

    def decode(line: str) -> tuple[str, Any]:
        word, _, forms = InflectionLUCodec.fromString(line)
        return word, forms

    return LazyTable(path, decode, dict.update, fixed=InflectionLUCodec.updateForAuxMod({}))


def install() -> None:
    """Give lemminflect's singletons the lazy tables, unless they have loaded theirs (or
    this is a lemminflect release whose files were not checked to be sorted)."""
    global _installed
    if _installed:
        return
    _installed = True
    import lemminflect
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    if lemminflect.__version__ != CHECKED_VERSION:
        return
    lem, infl = Lemmatizer(), Inflections()
    if not hasattr(lem, "lemma_dict"):
        lem.lemma_dict = lemma_table(lem.lemma_lu_fn)
    if not hasattr(infl, "infl_dict"):
        infl.infl_dict = inflection_table(infl.infl_lu_fn)
