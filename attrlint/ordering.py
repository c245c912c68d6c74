"""A fixed order for the alternatives of a pattern built from a word list or a set."""
from __future__ import annotations


def longest_first(text: str) -> tuple[int, str]:
    """Sort key: longest first (an alternation tries "Share this" before "Share"), ties in
    alphabetical order. Ties left in a set's order would differ from process to process
    (string hashing is salted), so the same pattern would get a new text in every run and
    never be found among the stored compiled patterns (``fast_re``, ``fast_regex``)."""
    return (-len(text), text)
