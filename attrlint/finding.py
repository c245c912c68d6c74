"""Findings and severities: what every rule returns and every report renders."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

#: The only category strings a finding may carry (see DESIGN.md); reports aggregate on them.
CATEGORIES = (
    "typo",
    "title",
    "unattributed",
    "weak_attribution",
    "unreliable_source",
    "loaded_language",
    "debris",
    "inconsistent_name",
    "date_unit",
)


class Severity(enum.IntEnum):
    """Ordered so that a failing threshold is a simple comparison."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected one of: info, warning, error)") from None


@dataclass
class Location:
    """Where a finding sits in the original file (1-based line/column, 0-based offsets)."""

    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    text: str


@dataclass
class Finding:
    """One problem found by one rule.

    ``start``/``end`` are offsets into ``Document.text`` (the lintable text); the linter
    maps them back to the source file once and stores the result in ``location``.
    ``fix`` is a replacement for the span that is safe to apply without a human
    (used by ``--fix``); ``suggestions`` are offered to the editor either way.
    """

    rule: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    suggestions: list[str] = field(default_factory=list)
    evidence: str | None = None
    fix: str | None = None
    path: str = ""
    location: Location | None = None

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.rule}: unknown category {self.category!r}")
        if self.end < self.start:
            raise ValueError(f"rule {self.rule}: span ends before it starts")
        self.severity = Severity.parse(self.severity)

    @property
    def at(self) -> Location:
        """Where it is in the file; every finding a report sees has been located."""
        if self.location is None:
            raise ValueError(f"rule {self.rule}: finding has not been located in the source")
        return self.location

    def sort_key(self) -> tuple:
        loc = self.location
        pos = (loc.start, loc.end) if loc else (self.start, self.end)
        return (self.path, pos, self.rule)
