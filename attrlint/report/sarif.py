"""SARIF 2.1.0, as GitHub code scanning accepts it."""

from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..result import RunResult

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    p = Path(path)
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def render_sarif(result: RunResult) -> str:
    rules: dict[str, dict] = {}
    results = []
    for res in result.files:
        for f in res.findings:
            loc = f.at
            if f.rule not in rules:
                rules[f.rule] = {
                    "id": f.rule,
                    "name": f.rule.replace(".", "-"),
                    "shortDescription": {"text": f"{f.category}: {f.rule}"},
                    "properties": {"category": f.category, "tags": [f.category]},
                }
            region = {
                "startLine": loc.line,
                "startColumn": loc.column,
                "endLine": loc.end_line,
                "endColumn": loc.end_column,
                "charOffset": loc.start,
                "charLength": loc.end - loc.start,
                "snippet": {"text": loc.text},
            }
            item = {
                "ruleId": f.rule,
                "level": _LEVEL[str(f.severity)],
                "message": {"text": f.message + (f" Suggestion: {f.suggestions[0]}" if f.suggestions else "")},
                "locations": [
                    {"physicalLocation": {"artifactLocation": {"uri": _uri(res.document.path)}, "region": region}}
                ],
                "properties": {"category": f.category},
            }
            if f.fix is not None:
                item["fixes"] = [
                    {
                        "description": {"text": f"Replace with {f.fix!r}"},
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": _uri(res.document.path)},
                                "replacements": [{"deletedRegion": region, "insertedContent": {"text": f.fix}}],
                            }
                        ],
                    }
                ]
            results.append(item)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "attrlint", "version": __version__, "rules": list(rules.values())}},
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
