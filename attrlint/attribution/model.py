"""What the attribution analysis produces: sources, cues, sentences and issues.

Plain data, shared by the analysis mixins and the rules; it imports nothing above it.
"""
from __future__ import annotations

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
    for iss in issues:
        fam = family.get(iss.rule, iss.rule)
        if any(family.get(o.rule, o.rule) == fam and o.start < iss.end and iss.start < o.end for o in out):
            continue
        out.append(iss)
    return sorted(out, key=lambda i: (i.start, i.end, i.rule))
