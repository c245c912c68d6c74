"""Applying safe fixes: each finding's ``fix`` replaces its span in the source."""

from __future__ import annotations

import difflib

from .finding import Finding


def apply_fixes(source: str, findings: list[Finding]) -> tuple[str, int]:
    """The source with every non-overlapping safe fix applied, and how many were applied.

    Fixes are taken in order of position; a fix that overlaps one already taken is left
    for the editor (the next run applies it).
    """
    fixes = sorted((f.at.start, f.at.end, f.fix) for f in findings if f.fix is not None and f.location is not None)
    chosen: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, fix in fixes:
        if start >= last_end and source[start:end] != fix:
            chosen.append((start, end, fix))
            last_end = end
    pieces: list[str] = []
    pos = 0
    for start, end, fix in chosen:  # one pass, so that many fixes cost no more than one
        pieces += [source[pos:start], fix]
        pos = end
    pieces.append(source[pos:])
    return "".join(pieces), len(chosen)


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )
