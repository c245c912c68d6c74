"""The grammar rules' token table: the document's shared ``ParseTable``.

A rule that walks ``for tok in doc`` to find a preposition, a verb or two nouns side by side
makes a Python Token for every word of the story and asks it for one string at a time;
some forty grammar rules each did that on their own. They read the columns of the parse
table instead (``attrlint/parse_table.py``: the parse read once per document, shared with
the attribution walk) and make Tokens only at their candidate positions: the same tokens,
in the same order, as the walk it replaces (tests/test_grammar_tokens.py).
"""
from __future__ import annotations

from ..parse_table import ParseTable as TokenTable
from ..parse_table import parse_table as token_table

__all__ = ["TokenTable", "token_table"]
