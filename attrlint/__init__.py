"""attrlint: a source-reliability and attribution linter for news copy."""

from __future__ import annotations

__version__ = "0.1.0"

from .document import Document
from .finding import CATEGORIES, Finding, Location, Severity
from .linter import lint_documents, lint_text
from .rule import BaseRule, Rule

__all__ = [
    "CATEGORIES",
    "BaseRule",
    "Document",
    "Finding",
    "Location",
    "Rule",
    "Severity",
    "lint_documents",
    "lint_paths",
    "lint_text",
    "__version__",
]


def lint_paths(paths, **kwargs):
    """Lint files and directories; returns a list of per-file results."""
    from .runner import run_paths

    return run_paths(paths, **kwargs)
