"""The word lists behind the spelling rules, loaded once and lazily.

Built by ``tools/build_spelling_data.py`` (sources and licences in
``rules/spelling/NOTICE.md``). The big list is a sorted array searched by bisection,
because building a half-million-key dict costs more load time than we allow (< 0.5 s).
"""
from __future__ import annotations

import gzip
import sys
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from functools import cached_property, lru_cache
from pathlib import Path

from ..data import rules_dir
from ..memo import cache_dir, cached_arrays
from ..sorted_lines import SortedLines, pack

#: tiers of the main lexicon (see the build script)
DICTIONARY, RARE, SEEN_IN_TEXT = 1, 2, 3
#: spellings whose code is kept once looked up (a run's vocabulary; emptied when full):
#: news repeats its words, and a look-up in the stored list lands in one of ~1,800 chunks
#: of which only ``sorted_lines.MAX_CHUNKS`` stay decoded, so most look-ups decoded one
CODE_MEMO = 32_768


class Lexicon:
    """Which words exist, how common they are, and which names and misspellings we know."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._memo: dict[str, int] = {}  # word -> code, and "\n" + word -> is it a place
        self._longest: int | None = None
        # the lists are kept uncompressed in the derived-data store (attrlint/memo.py) and
        # searched in place, a chunk of lines decoded when a look-up lands in it
        # (attrlint/sorted_lines.py): decompressing and splitting all 470,000 words was
        # most of a one-draft check's lexicon time
        if cache_dir() is None:
            words, self._codes, places = _read(folder)
            self._words, self.places = SortedLines.of(words), SortedLines.of(places)
            return
        files = [folder / name for name in ("lexicon.txt.gz", "lexicon.codes.gz", "names.txt.gz")]
        arrays = cached_arrays("spelling-lexicon", lambda: _packed(folder), files)
        self._words = SortedLines.from_arrays(arrays, "words")
        self.places = SortedLines.from_arrays(arrays, "places")
        self._codes = array("H")
        self._codes.frombytes(arrays["codes"].astype("=u2").tobytes())

    # --- look-ups --------------------------------------------------------------------
    def code(self, word: str) -> int:
        """tier * 100 + Zipf frequency x 10 of exactly this spelling; 0 if unknown."""
        found = self._memo.get(word)
        if found is None:
            found = self._remember(word, self._code(word))
        return found

    def _code(self, word: str) -> int:
        i = self._words.position(word)
        return self._codes[i] if i >= 0 else 0

    def _remember(self, key: str, value: int) -> int:
        memo = self._memo
        if len(memo) >= CODE_MEMO:
            memo.clear()
        memo[key] = value
        return value

    def is_place(self, word: str) -> bool:
        """Is this spelling in the list of place and personal names?"""
        found = self._memo.get("\n" + word)  # no word holds a newline
        if found is None:
            found = self._remember("\n" + word, int(word in self.places))
        return bool(found)

    def longest(self) -> int:
        """The length of the longest entry (read through once, ~0.1 s, on first use: asked
        only for tokens too long to be one word, so an ordinary draft never pays it)."""
        if self._longest is None:
            self._longest = max((len(w) for w in self._words), default=0)
        return self._longest

    def tier(self, word: str) -> int:
        return self.code(word) // 100

    def zipf(self, word: str) -> float:
        """How common the word is in running English (Zipf scale; 0 = never seen)."""
        return max(self.code(word) % 100, self.code(word.lower()) % 100) / 10

    def knows(self, word: str, lower_min_zipf: float = 0.0) -> bool:
        """Is this spelling accepted? Case matters one way only: "Footage" at the start of
        a sentence is "footage", but "paris" is not "Paris"."""
        code = self.code(word)
        if code and (code // 100 < SEEN_IN_TEXT or code % 100 >= lower_min_zipf * 10 or not word.islower()):
            return True
        if self.is_place(word):
            return True
        if not word.islower():
            low = word.lower()
            if self.code(low) or self.code(low[:1].upper() + low[1:]):
                return True
        return False

    # --- candidate pools ---------------------------------------------------------------
    def iter_entries(self, keep=None):
        """(word, code) pairs in order; with ``keep`` (numpy array of codes -> boolean mask)
        only the entries it keeps, judged for the whole table at once (the pools below
        read a fraction of the half-million entries, and a Python test of each was most
        of their build time)."""
        if keep is None:
            return zip(self._words, self._codes)
        import numpy as np

        codes = np.frombuffer(self._codes, dtype=np.uint16)
        words, raw = self._words, self._codes
        return ((words[i], raw[i]) for i in np.nonzero(keep(codes))[0].tolist())

    @cached_property
    def misspellings(self) -> "RecordedMisspellings":
        """Recorded misspellings (lower case) -> their fixes, most likely first; kept
        uncompressed in the derived-data store and searched in place, as the words are
        (decompressing and splitting the 63,000 lines was ~20 ms of every process)."""
        path = self.folder / "misspellings.tsv.gz"
        if cache_dir() is not None:
            try:
                arrays = cached_arrays("spelling-misspellings", lambda: pack(_read_lines(path), "lines"), [path])
            except ValueError:  # lines out of order: searched as read, as before
                pass
            else:
                return RecordedMisspellings(SortedLines.from_arrays(arrays, "lines"))
        return RecordedMisspellings(_read_lines(path))

    @cached_property
    def us_uk(self) -> dict[str, str]:
        """American spelling -> British spelling, and back."""
        pairs: dict[str, str] = {}
        text = (self.folder / "us_uk.tsv").read_text(encoding="utf-8")
        for line in text.splitlines():
            if line and not line.startswith("#"):
                us, uk = line.split("\t")
                pairs[us] = uk
        return pairs


class RecordedMisspellings:
    """Sorted "typo<TAB>fix<TAB>fix" lines, searched by bisection (no dict to build)."""

    def __init__(self, lines: list[str] | SortedLines) -> None:
        self._lines = lines

    def get(self, typo: str) -> list[str] | None:
        key = typo + "\t"
        lines = self._lines
        if isinstance(lines, SortedLines):
            found = lines.starting_with(key)
            return found[0].split("\t")[1:] if found else None
        i = bisect_left(lines, key)
        if i < len(lines) and lines[i].startswith(key):
            return lines[i].split("\t")[1:]
        return None

    def __contains__(self, typo: str) -> bool:
        return self.get(typo) is not None

    def lines(self) -> Sequence[str]:
        """The sorted "typo<TAB>fix..." lines (read-only)."""
        return self._lines


def _read_lines(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return fh.read().splitlines()


def _read(folder: Path) -> tuple[list[str], array, list[str]]:
    """The words (sorted), their codes and the place names (sorted, unique), from the files."""
    with gzip.open(folder / "lexicon.txt.gz", "rt", encoding="utf-8") as fh:
        words = fh.read().split("\n")
    codes = array("H")
    with gzip.open(folder / "lexicon.codes.gz", "rb") as fh:
        codes.frombytes(fh.read())
    if sys.byteorder != "little":  # pragma: no cover
        codes.byteswap()
    if len(codes) != len(words):
        raise ValueError(f"{folder}: lexicon.txt.gz and lexicon.codes.gz differ in length")
    with gzip.open(folder / "names.txt.gz", "rt", encoding="utf-8") as fh:
        places = sorted(set(fh.read().split()))
    return words, codes, places


def _packed(folder: Path) -> dict:
    import numpy as np

    words, codes, places = _read(folder)
    return {**pack(words, "words"), **pack(places, "places"), "codes": np.array(codes, dtype="<u2")}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(rules_dir() / "spelling")
