"""Finding known people's names in text by token lookup, not by a regex over every name.

Names are split into folded word tokens; the text is tokenised once and each word is
looked up in a dict keyed on a name's first token, so the cost grows with the text, not
with the size of the knowledge base. Spelling variants that differ only in diacritics,
hyphens or apostrophes (Erdoğan/Erdogan, Kim Jong-un/Kim Jong Un) match automatically;
transliteration variants (Zelenskyy, Sergey) are aliases in the data.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import partial
from itertools import accumulate, compress, count
from operator import itemgetter, or_
from dataclasses import dataclass
from typing import Iterator, NamedTuple, Sequence, overload

from .model import KnowledgeBase, fold

PARTICLES = frozenset({"von", "van", "de", "der", "al", "el", "bin", "da", "di"})
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: what may separate the words of one name: spaces, hyphens, initials' full stops
NAME_GAP = re.compile(r"[ \t\u00a0.\-‐‑]*\n?[ \t\u00a0]*")


class Token(NamedTuple):
    """A word of the text (a named tuple: one is made for every word of every story, and a
    tuple is made in a third of a frozen dataclass's time)."""

    start: int
    end: int  # without a possessive 's
    key: str  # folded, without a possessive 's
    text: str
    possessive: bool


#: the text split into alternate gaps and words (the group keeps the words)
_SPLIT = re.compile(f"({WORD.pattern})")
#: a possessive 's (kept where it ends a word of more than two letters)
_POSSESSIVE = re.compile(r"['’][sS]")


_new_token = partial(tuple.__new__, Token)


class Tokens(Sequence[Token]):
    """The words of a text as columns (``starts``, ``ends``, ``keys``, ``words`` and the
    set of ``possessive`` places), each a Token's field: a Token is made only where a
    reader asks for one (the readers look at capitalised words, "the", possessives and
    their neighbours), and the whole-story scans read the columns."""

    __slots__ = ("starts", "ends", "keys", "words", "possessive")

    def __init__(self, starts: list[int], ends: list[int], keys: list[str], words: list[str],
                 possessive: set[int]) -> None:
        self.starts, self.ends, self.keys, self.words, self.possessive = starts, ends, keys, words, possessive

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, k: int) -> Token: ...

    @overload
    def __getitem__(self, k: slice) -> list[Token]: ...

    def __getitem__(self, k: int | slice) -> Token | list[Token]:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self.starts)))]
        if k < 0:
            k += len(self.starts)
            if k < 0:
                raise IndexError("token index out of range")
        return _new_token((self.starts[k], self.ends[k], self.keys[k], self.words[k], k in self.possessive))

    def __iter__(self) -> Iterator[Token]:
        return map(self.__getitem__, range(len(self.starts)))

    # the whole-story scans, each made in C (``map``, ``compress``): one test a word
    def capitalised(self) -> list[int]:
        """The places of the words that open with a capital."""
        return list(compress(count(), map(str.isupper, map(itemgetter(0), self.words))))

    def where_key(self, key: str) -> list[int]:
        """The places of the words whose key is ``key``."""
        return list(compress(count(), map(key.__eq__, self.keys)))

    def capitalised_or_keyed(self, keys: frozenset[str]) -> list[int]:
        """The places of the words that open with a capital or whose key is in ``keys``."""
        capital = map(str.isupper, map(itemgetter(0), self.words))
        return list(compress(count(), map(or_, capital, map(keys.__contains__, self.keys))))


def tokenize(text: str) -> Tokens:
    """The words of the text, as columns made in C (``re.split``, ``map``) rather than one
    ``Match`` and one Python call per word: this runs over every word of every story."""
    parts = _SPLIT.split(text)
    words = parts[1::2]
    ends = list(accumulate(map(len, parts)))
    starts = ends[0::2]
    keys = list(map(str.lower, words)) if text.isascii() else [w.lower() if w.isascii() else fold(w) for w in words]
    word_ends = ends[1::2]
    possessive: set[int] = set()
    for m in _POSSESSIVE.finditer(text):
        k = bisect_left(ends, m.end(), 1, len(ends)) // 2  # the word ending there
        w = words[k]
        if word_ends[k] == m.end() and len(w) > 2:
            word_ends[k], keys[k], words[k] = m.end() - 2, fold(w[:-2]), w[:-2]
            possessive.add(k)
    return Tokens(starts[: len(words)], word_ends, keys, words, possessive)


def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in WORD.findall(name.replace("-", " ")))


@dataclass(frozen=True)
class NameEntry:
    tokens: tuple[str, ...]
    person_id: str
    is_short: bool  # a surname or short form, not the full name
    #: "full" (name or alias), "short" (declared in the data: identifies the person alone),
    #: "surname" (only usable after the full name has appeared in the same story)
    kind: str = "full"


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    first_token: int  # index into the token list
    last_token: int
    entries: tuple[NameEntry, ...]
    possessive: bool

    @property
    def is_short(self) -> bool:
        return all(e.is_short for e in self.entries)


class NameIndex:
    """First token -> the names that start with it, longest first."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.by_first: dict[str, list[NameEntry]] = {}
        for p in kb.people.values():
            for full in (p.name, *p.aliases):
                self._add(name_tokens(full), p.id, False, "full")
            for short in p.short:
                self._add(name_tokens(short), p.id, True, "short")
            sur = name_tokens(p.surname())
            if sur:
                self._add(sur, p.id, True, "surname")
        for entries in self.by_first.values():
            entries.sort(key=lambda e: len(e.tokens), reverse=True)

    def _add(self, toks: tuple[str, ...], pid: str, is_short: bool, kind: str) -> None:
        if not toks:
            return
        entries = self.by_first.setdefault(toks[0], [])
        if any(e.tokens == toks and e.person_id == pid for e in entries):
            return
        entry = NameEntry(toks, pid, is_short, kind)
        if entry not in entries:
            entries.append(entry)

    def find(self, text: str, tokens: Tokens) -> list[NameMention]:
        """Every longest match of a known name (full, alias or short form). A name is looked
        up only at a word with a capital or a particle ("de", "al"): one found elsewhere
        would not be kept, and the words are picked in one pass (most words of a story)."""
        out: list[NameMention] = []
        resume = 0  # the words before this belong to the last name found
        keys = tokens.keys
        for i in tokens.capitalised_or_keyed(PARTICLES):
            if i < resume:
                continue
            cands = self.by_first.get(keys[i])
            if not cands:
                continue
            found: list[NameEntry] = []
            length = 0
            for entry in cands:
                n = len(entry.tokens)
                if n < length:
                    break
                if self._matches(text, tokens, i, entry.tokens):
                    if n > length:
                        found, length = [entry], n
                    else:
                        found.append(entry)
            if found:
                last = i + length - 1
                out.append(NameMention(tokens.starts[i], tokens.ends[last], i, last, tuple(found),
                                       last in tokens.possessive))
                resume = i + length
        return out

    @staticmethod
    def _matches(text: str, tokens: Tokens, i: int, want: tuple[str, ...]) -> bool:
        if i + len(want) > len(tokens):
            return False
        keys, starts, ends, possessive = tokens.keys, tokens.starts, tokens.ends, tokens.possessive
        for k, w in enumerate(want):
            if keys[i + k] != w:
                return False
            if k < len(want) - 1 and i + k in possessive:
                return False
            if k > 0 and not NAME_GAP.fullmatch(text[ends[i + k - 1]:starts[i + k]]):
                return False
        return True
