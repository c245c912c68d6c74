"""Applying safe fixes: each finding's ``fix`` replaces its span in the source."""
from __future__ import annotations

import difflib

from .finding import Finding


def apply_fixes(source: str, findings: list[Finding]) -> tuple[str, int]:
    """The source with every non-overlapping safe fix applied, and how many were applied.

    Fixes are applied from the end of the file backwards so earlier offsets stay valid;
    a fix that overlaps one already taken is left for the editor.
    """
    fixes = sorted(
        (f for f in findings if f.fix is not None and f.location is not None),
        key=lambda f: (f.location.start, f.location.end),
    )
    chosen: list[Finding] = []
    last_end = -1
    for f in fixes:
        if f.location.start >= last_end and source[f.location.start:f.location.end] != f.fix:
            chosen.append(f)
            last_end = f.location.end
    out = source
    for f in reversed(chosen):
        out = out[: f.location.start] + f.fix + out[f.location.end:]
    return out, len(chosen)


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True),
            fromfile=f"a/{path}", tofile=f"b/{path}",
        )
    )
