"""GitHub Actions workflow commands: one annotation a finding."""

from __future__ import annotations

from ..result import RunResult

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(result: RunResult) -> str:
    out = []
    for res in result.files:
        for f in res.findings:
            loc = f.at
            msg = f.message + (f" Suggestion: {f.suggestions[0]}" if f.suggestions else "")
            out.append(
                f"::{_LEVEL[str(f.severity)]} file={_escape_prop(res.document.path)},line={loc.line},"
                f"col={loc.column},endLine={loc.end_line},endColumn={loc.end_column},"
                f"title={_escape_prop(f'{f.rule} [{f.category}]')}::{_escape_data(msg)}"
            )
    for err in result.errors:
        out.append(f"::error title=attrlint::{_escape_data(err)}")
    return "\n".join(out) + ("\n" if out else "")
