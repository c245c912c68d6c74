"""A spelling verdict: the word judged misspelt, the evidence, the likely spelling."""
from __future__ import annotations

from dataclasses import dataclass, field

from .tokens import Word


@dataclass
class Verdict:
    """One word judged misspelt: where, why, and what it should probably be."""

    word: Word
    kind: str  # "common" (spelling.misspelling) or "name" (spelling.proper-noun)
    evidence: str
    suggestions: list[str] = field(default_factory=list)
