"""The parse's token attributes, read once per document for every analysis that asks.

The attribution walk asks of every token whether it can be a cue and whether its sentence
is a claim (hash columns: lemma, part of speech, dependency); some forty grammar rules
filter tokens by lower case, tag, head or offset (string and position columns). Each used
to read the parse with its own ``Doc.to_array``. Here the attributes are read in one call,
each column turned into Python values the first time someone asks for it, and the table is
kept with the document's shared analyses (``parse_table``). A rule picks its candidate
positions from the columns and makes spaCy Tokens only there: the same tokens, in the same
order, as the walk it replaces (tests/test_parse_table.py, tests/test_grammar_tokens.py).

A base module: it imports nothing of attrlint's above it (the document for types only).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Set
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .token_filter import token_indices

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document

#: the attributes read, in the order of the array's columns
COLUMNS = ("LOWER", "POS", "TAG", "DEP", "LEMMA", "HEAD", "IS_ALPHA", "IS_LOWER", "SPACY", "IDX")
_COLUMN = {name: k for k, name in enumerate(COLUMNS)}


class ParseTable:
    """Per token (by position), as Token has them: ``lower``, ``pos``, ``tag``, ``dep``
    (strings), ``head`` (the head's position), ``children`` (positions), ``is_lower``,
    ``space`` (a space follows: ``whitespace_ == " "``) and ``idx`` (character offset);
    ``hashes(attr)`` gives a column's string hashes. The parse is read at once (one
    ``Doc.to_array``), each column turned into Python values on first use."""

    def __init__(self, sp: Any) -> None:
        self.sp = sp
        self.n = len(sp)
        self._array: Any = None
        if self.n:
            from spacy.attrs import IDS

            self._array = sp.to_array([IDS[a] for a in COLUMNS])
        self._hashes: dict[str, list[int]] = {}
        self._memo: dict[tuple, list[int]] = {}

    def _column(self, attr: str) -> Any:
        """One column of the array (numpy, unsigned 64-bit)."""
        return self._array[:, _COLUMN[attr]]

    def hashes(self, attr: str) -> list[int]:
        """The column ``attr`` as Python ints (string hashes for a string attribute)."""
        got = self._hashes.get(attr)
        if got is None:
            got = self._hashes[attr] = self._column(attr).tolist() if self.n else []
        return got

    def _ints(self, attr: str) -> list[int]:
        # read as signed: HEAD is an offset, negative for a head before the token
        return self._column(attr).astype("int64").tolist() if self.n else []

    def _strings(self, attr: str) -> list[str]:
        col = self.hashes(attr)
        strings = self.sp.vocab.strings
        distinct = {h: strings[h] for h in set(col)}
        return [distinct[h] for h in col]

    @cached_property
    def lower(self) -> list[str]:
        return self._strings("LOWER")

    @cached_property
    def lemma_lower(self) -> list[str]:
        """Each token's lemma in lower case (``tok.lemma_.lower()``), as the attribution
        walk's word lists are keyed."""
        col = self.hashes("LEMMA")
        strings = self.sp.vocab.strings
        distinct = {h: strings[h].lower() for h in set(col)}
        return [distinct[h] for h in col]

    @cached_property
    def pos(self) -> list[str]:
        return self._strings("POS")

    @cached_property
    def tag(self) -> list[str]:
        return self._strings("TAG")

    @cached_property
    def dep(self) -> list[str]:
        return self._strings("DEP")

    @cached_property
    def head(self) -> list[int]:
        return [i + h for i, h in enumerate(self._ints("HEAD"))]

    @cached_property
    def is_lower(self) -> list[int]:
        return self.hashes("IS_LOWER")

    @cached_property
    def space(self) -> list[int]:
        return self.hashes("SPACY")

    @cached_property
    def idx(self) -> list[int]:
        return self.hashes("IDX")

    @cached_property
    def children(self) -> list[list[int]]:
        """Each token's syntactic children's positions, in order (``Token.children``)."""
        kids: list[list[int]] = [[] for _ in range(self.n)]
        for j, h in enumerate(self.head):
            if h != j:
                kids[h].append(j)
        return kids

    def of_words(self, words: Set[str]) -> list[int]:
        """Positions (in order) of the tokens whose lower-case form is one of ``words``
        (``token_filter``: the lower-case column it keeps is shared with the word rules)."""
        return token_indices(self.sp, "LOWER", words.__contains__)

    def where(self, column: str, values: frozenset[str]) -> list[int]:
        """Positions (in order) of the tokens whose ``column`` ("pos", "tag", "dep") is one of
        ``values``; kept, since several rules ask for the verbs or the nouns."""
        key = (column, values)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = [i for i, v in enumerate(getattr(self, column)) if v in values]
        return got

    @staticmethod
    def within(positions: list[int], start: int, end: int) -> list[int]:
        """The positions in ``[start, end)`` (a sentence's tokens) of a sorted list."""
        return positions[bisect_left(positions, start):bisect_left(positions, end)]

    def starting_at(self, char: int) -> int | None:
        """The position of the (last) token that starts at character ``char``, if one does."""
        k = bisect_right(self.idx, char) - 1
        return k if k >= 0 and self.idx[k] == char else None


def parse_table(doc: "Document") -> ParseTable:
    """The token table of ``doc``'s parse, built once and kept with its shared analyses."""
    return doc.shared("tokens", lambda: ParseTable(doc.spacy))
