"""The per-file sourcing summary: who the story rests on, and how much of it rests on no one.

A plain JSON-serialisable dict, put in ``doc.metadata["sourcing"]`` for the JSON report
and rendered for ``attrlint check --summary`` by ``attrlint.report.sourcing``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .quotes import covered
from .sources import RATINGS

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from .analysis import Analysis

_DET = re.compile(r"^(?:the|a|an)\s+|['’]s$", re.IGNORECASE)


def _line(doc: "Document", pos: int) -> int:
    return doc.line_index.line_col(doc.source_span(pos, pos)[0])[0]


def _key(text: str) -> str:
    return " ".join(_DET.sub("", text.strip()).split())


def sourcing_summary(doc: "Document", analysis: "Analysis") -> dict:
    named: dict[str, dict] = {}
    anonymous: list[dict] = []
    last_named = None
    for sent in analysis.sentences:
        for src in sent.sources:
            if src.kind == "pronoun" and last_named is not None:
                src_key = last_named
            elif src.named:
                src_key = _key(src.text)
                last_named = src_key
                entry = named.setdefault(src_key, {
                    "name": src_key, "kind": src.kind,
                    "rating": src.entry.rating if src.entry else None,
                    "sentences": [], "lines": [],
                })
            elif src.kind == "anonymous":
                anonymous.append({"text": src.text, "start": src.start, "end": src.end,
                                  "line": _line(doc, src.start)})
                continue
            else:
                continue
            item = named[src_key]
            span = [sent.start, sent.end]
            if span not in item["sentences"]:
                item["sentences"].append(span)
                item["lines"].append(_line(doc, sent.start))
    by_rating: dict[str, dict[str, int]] = {r: {} for r in RATINGS}
    from .sources import catalogue_for

    for m in catalogue_for(doc).find(doc.text):
        if covered(analysis.quotes, m.start, m.end):
            continue
        bucket = by_rating[m.entry.rating]
        bucket[m.entry.name] = bucket.get(m.entry.name, 0) + 1
    claims = [s for s in analysis.sentences if s.claim]
    attributed = [s for s in claims if s.attributed]
    unattributed = [s for s in claims if not s.attributed]
    return {
        "claim_sentences": len(claims),
        "attributed_claim_sentences": len(attributed),
        "attributed_share": round(len(attributed) / len(claims), 3) if claims else None,
        "named_sources": sorted(named.values(), key=lambda d: (-len(d["sentences"]), d["name"])),
        "anonymous_sources": anonymous,
        "sources_by_rating": {r: v for r, v in by_rating.items() if v},
        "unattributed_sentences": [
            {"start": s.start, "end": s.end, "line": _line(doc, s.start)} for s in unattributed
        ],
    }
