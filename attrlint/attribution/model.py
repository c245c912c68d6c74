"""What the attribution analysis produces: sources, cues, sentences and issues.

Plain data, shared by the analysis mixins and the rules; it imports nothing above it.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .sources import SourceEntry


@dataclass
class Source:
    text: str
    start: int
    end: int
    kind: str  # person | organisation | outlet | platform | anonymous | vague | pronoun | other
    entry: SourceEntry | None = None
    head: int = -1  # token index of the noun phrase head

    @property
    def named(self) -> bool:
        return self.kind in ("person", "organisation", "outlet")


@dataclass
class Cue:
    start: int
    end: int
    token: int  # index of the cue word in the parse
    source: Source | None
    sentence: int


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    cues: list[Cue] = field(default_factory=list)
    quoted: bool = False  # mostly inside a direct quotation
    attributed: bool = False
    sources: list[Source] = field(default_factory=list)
    claim: bool = False


@dataclass
class Issue:
    rule: str
    start: int
    end: int
    message: str
    severity: str = "warning"
    evidence: str | None = None
    suggestions: list[str] = field(default_factory=list)


@dataclass
class Analysis:
    sentences: list[Sentence]
    cues: list[Cue]
    quotes: list[tuple[int, int]]
    issues: list[Issue]
    sourcing: dict  # the per-file summary (see summary.py), also in doc.metadata["sourcing"]



def dedupe(issues: list[Issue]) -> list[Issue]:
    """Keep one issue per overlapping span and category family, the earlier-listed rule first."""
    family = {
        "attribution.vague-source": "weak", "attribution.anonymous-source": "weak",
        "attribution.anonymous-source-explained": "weak",
        "attribution.unreliable-source": "unreliable", "attribution.passive-evaluation": "unattr",
        "attribution.unattributed-claim": "unattr", "attribution.analysis-claim": "unattr", "attribution.unattributed-quote": "unattr",
    }
    out: list[Issue] = []
    # a family's kept spans never overlap, so one bisection finds the only one that could
    # (comparing every pair was quadratic in a long story)
    kept: dict[str, tuple[list[int], list[int]]] = {}
    for iss in issues:
        starts, ends = kept.setdefault(family.get(iss.rule, iss.rule), ([], []))
        i = bisect_left(starts, iss.end)
        if i and ends[i - 1] > iss.start:
            continue
        starts.insert(i, iss.start)
        ends.insert(i, iss.end)
        out.append(iss)
    return sorted(out, key=lambda i: (i.start, i.end, i.rule))
