"""The parse's token attributes as columns, read once per document for every grammar rule.

A rule that walks ``for tok in doc`` to find a preposition, a verb or two nouns side by side
makes a Python Token for every word of the story and asks it for one string at a time;
some forty grammar rules each did that on their own. Here the columns the rules filter on
are read for the whole Doc at once (``Doc.to_array``), each distinct value turned into a
string once, and kept in the document's shared analyses. A rule picks its candidate
positions from the columns (or from the positions of a word) and makes Tokens only there:
the same tokens, in the same order, as the walk it replaces (tests/test_grammar_tokens.py).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from collections.abc import Set
from typing import TYPE_CHECKING

from ..token_filter import token_indices

if TYPE_CHECKING:  # the document layer is below this one; imported for types only
    from ..document import Document


class TokenTable:
    """Per token (by position), as Token has them: ``lower``, ``pos``, ``tag``, ``dep``
    (strings), ``head`` (the head's position), ``children`` (positions), ``is_lower``, ``space`` (a space follows:
    ``whitespace_ == " "``) and ``idx`` (character offset). Each column is read the first
    time a rule asks for it."""

    def __init__(self, sp) -> None:
        self.sp = sp
        self.n = len(sp)
        self._memo: dict[tuple, list[int]] = {}

    def _ints(self, attr: str) -> list[int]:
        from spacy.attrs import IDS

        if not self.n:
            return []
        # read as signed: HEAD is an offset, negative for a head before the token
        return self.sp.to_array([IDS[attr]]).astype("int64").tolist()

    def _strings(self, attr: str) -> list[str]:
        from spacy.attrs import IDS

        if not self.n:
            return []
        col = self.sp.to_array([IDS[attr]]).tolist()
        strings = self.sp.vocab.strings
        distinct = {h: strings[h] for h in set(col)}
        return [distinct[h] for h in col]

    @cached_property
    def lower(self) -> list[str]:
        return self._strings("LOWER")

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
        return self._ints("IS_LOWER")

    @cached_property
    def space(self) -> list[int]:
        return self._ints("SPACY")

    @cached_property
    def idx(self) -> list[int]:
        return self._ints("IDX")

    @cached_property
    def children(self) -> list[list[int]]:
        """Each token's syntactic children's positions, in order (``Token.children``)."""
        kids: list[list[int]] = [[] for _ in range(self.n)]
        for j, h in enumerate(self.head):
            if h != j:
                kids[h].append(j)
        return kids

    def of_words(self, words: Set[str]) -> list[int]:
        """Positions (in order) of the tokens whose lower-case form is one of ``words``."""
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


def token_table(doc: "Document") -> TokenTable:
    """The token table of ``doc``'s parse, built once and kept with its shared analyses."""
    return doc.shared("grammar.tokens", lambda: TokenTable(doc.spacy))
