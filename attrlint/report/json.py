"""The JSON report: the contract with CMSs and with the scorer (schema/report.schema.json)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, TextIO

from .. import __version__
from ..finding import Finding
from ..result import FileResult, RunResult, unpacked

#: bump the major part on any incompatible change to the report's shape
SCHEMA_VERSION = "1.0"


def finding_dict(f: Finding) -> dict[str, Any]:
    loc = f.location
    assert loc is not None, "findings are located before they are reported"
    out = {
        "rule": f.rule,
        "category": f.category,
        "severity": str(f.severity),
        "message": f.message,
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "start": loc.start,
        "end": loc.end,
        "text": loc.text,
        "suggestions": list(f.suggestions),
    }
    if f.evidence:
        out["evidence"] = f.evidence
    if f.fix is not None:
        out["fix"] = f.fix
    return out


def file_entry(res: FileResult) -> dict[str, Any]:
    """One file's part of the report."""
    doc = res.document
    sd = doc.story_date
    entry: dict[str, Any] = {
        "path": doc.path,
        "format": doc.format,
        "story_date": {
            "date": sd.date.isoformat(),
            "source": sd.source,
            **({"assumed": True} if sd.assumed else {}),
        },
        "findings": [finding_dict(f) for f in res.findings],
        "unused_suppressions": [
            {"line": d.line, "directive": d.verb, "rules": d.selectors} for d in res.unused_suppressions
        ],
    }
    if "sourcing" in doc.metadata:
        entry["sourcing"] = unpacked(doc.metadata["sourcing"])
    # the text stops mid-sentence (rule debris.cut-off reports it)
    if doc.cut_end is not None and doc.cut_end.certain:
        s, _ = doc.source_span(doc.cut_end.start, doc.cut_end.end)
        line, col = doc.line_index.line_col(s)
        entry["cut_end"] = {"line": line, "column": col, "start": s, "why": doc.cut_end.why}
    return entry


def _summary(result: RunResult) -> dict[str, Any]:
    by_cat: Counter = Counter()
    by_sev: Counter = Counter()
    for res in result.files:
        for f in res.findings:
            by_cat[f.category] += 1
            by_sev[str(f.severity)] += 1
    return {
        "files": len(result.files),
        "findings": sum(by_cat.values()),
        "by_category": dict(sorted(by_cat.items())),
        "by_severity": dict(sorted(by_sev.items())),
        "errors": len(result.errors),
    }


def report_dict(result: RunResult) -> dict[str, Any]:
    """The whole report as one dict (the HTTP service answers with it)."""
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "attrlint", "version": __version__},
        "files": [file_entry(res) for res in result.files],
        "errors": list(result.errors),
        "summary": _summary(result),
    }


def render_json(result: RunResult) -> str:
    return json.dumps(report_dict(result), ensure_ascii=False, indent=2) + "\n"


def _dumps(value: Any, level: int) -> str:
    """``value`` as ``json.dumps(..., indent=2)`` writes it ``level`` levels deep (a JSON
    string never holds a raw line break, so indenting every line is exact)."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)


def write_json(result: RunResult, out: TextIO) -> None:
    """Write the report to ``out`` a file at a time, byte for byte what ``render_json``
    returns: a long run never holds the whole report (every file's findings and sourcing
    summary as dicts, then as one string) beside its results."""
    out.write("{\n")
    out.write(f'  "version": {_dumps(SCHEMA_VERSION, 1)},\n')
    out.write(f'  "tool": {_dumps({"name": "attrlint", "version": __version__}, 1)},\n')
    if not result.files:
        out.write('  "files": [],\n')
    else:
        out.write('  "files": [\n')
        last = len(result.files) - 1
        for i, res in enumerate(result.files):
            out.write("    " + _dumps(file_entry(res), 2) + (",\n" if i < last else "\n"))
        out.write("  ],\n")
    out.write(f'  "errors": {_dumps(list(result.errors), 1)},\n')
    out.write(f'  "summary": {_dumps(_summary(result), 1)}\n')
    out.write("}\n")
