"""What a run produces: one FileResult per checked file and the run's RunResult.

A base module (it imports only the document, finding and suppression types), so that
reporters, the engine and the runner all read results without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document
from .finding import Finding
from .suppress import Directive


@dataclass
class FileResult:
    document: Document
    findings: list[Finding] = field(default_factory=list)
    unused_suppressions: list[Directive] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # per-file problems; the run goes on
    fixed: dict[str, int] = field(default_factory=dict)
    diffs: list[str] = field(default_factory=list)
