"""Human-readable output: ``path:line:col: severity rule [category] message``."""

from __future__ import annotations

from collections import Counter

from ..result import RunResult, unpacked


def render_text(result: RunResult, *, summary: bool = False, color: bool = False) -> str:
    lines: list[str] = []
    sev_count: Counter = Counter()
    for res in result.files:
        doc = res.document
        for f in res.findings:
            loc = f.at
            sev_count[str(f.severity)] += 1
            lines.append(f"{doc.path}:{loc.line}:{loc.column}: {f.severity} {f.rule} [{f.category}] {f.message}")
            if f.suggestions:
                lines.append(f"    suggestion: {' | '.join(f.suggestions)}")
            if f.evidence:
                lines.append(f"    evidence: {f.evidence}")
        for d in res.unused_suppressions:
            rules = ", ".join(d.selectors) or "all rules"
            lines.append(
                f"{doc.path}:{d.line}:1: note unused suppression attrlint-{d.verb} ({rules}) suppresses nothing"
            )
        if summary:
            lines.append(_summary_block(res))
    for path, n in result.fixed.items():
        lines.append(f"{path}: fixed {n} finding{'s' if n != 1 else ''}")
    total = sum(sev_count.values())
    parts = ", ".join(f"{sev_count[s]} {s}" for s in ("error", "warning", "info") if sev_count[s])
    nfiles = len(result.files)
    tail = f"{total} finding{'s' if total != 1 else ''}" + (f" ({parts})" if parts else "")
    lines.append(f"{tail} in {nfiles} file{'s' if nfiles != 1 else ''}.")
    return "\n".join(lines) + "\n"


def _summary_block(res) -> str:
    doc = res.document
    sd = doc.story_date
    how = "no date found, today assumed" if sd.assumed else sd.source
    head = f"--- {doc.path}: story date {sd.date.isoformat()} ({how})"
    data = unpacked(doc.metadata.get("sourcing"))  # kept packed by a run (result.Packed)
    if data is None:
        return head
    try:
        from .sourcing import render_sourcing_text
    except ImportError:  # pragma: no cover - the attribution rules ship it
        return head
    return head + "\n" + render_sourcing_text(data).rstrip()
