"""Shared by the data-build scripts in tools/: print a TOML array of words, wrapped at 100 columns."""
from __future__ import annotations

from typing import Iterable


def print_word_list(key: str, words: Iterable[str]) -> None:
    """Print ``key = [...]`` with the words quoted, as many to a line as fit."""
    print(f"{key} = [")
    line = "  "
    for w in words:
        item = f'"{w}", '
        if len(line) + len(item) > 100:
            print(line.rstrip())
            line = "  "
        line += item
    print(line.rstrip())
    print("]")
