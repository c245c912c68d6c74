"""Fixed phrases written the way a translation or a second-language writer builds them
(category ``typo``), no parse.

Rules:
  grammar.extra-preposition  "despite of the rain", "the board comprises of five members",
                      "to cope up with demand": a preposition English does not put there
  grammar.base-points  "cut rates by 25 base points": the finance unit is the basis point

Each phrase is one edited English copy avoids: in the 3,823 clean articles of
bench/noise.py there is one ("comprising of", a slip that got through). "is comprised of" (a passive many style guides dislike but
writers use) is left alone; only the active "comprises of" is taken.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule

#: the phrase, what to write instead, and why
_EXTRA = [
    (regex.compile(r"(?<![\w’'-])([Dd]espite) of(?![\w’'-])"), r"\1", "“despite” takes no “of” (or write “in spite of”)"),
    (regex.compile(r"(?<![\w’'-])(?<!\bis |\bare |\bwas |\bwere |\bbe |\bbeing |\bbeen )(comprises?|comprising) of(?![\w’'-])"),
     r"\1", "“comprise” takes no “of” (or write “consist of”)"),
    (regex.compile(r"(?<![\w’'-])(cop(?:e|es|ed|ing)) up with(?![\w’'-])"), r"\1 with", "“cope” takes “with”, not “up with”"),
]


class ExtraPreposition(BaseRule):
    id = "grammar.extra-preposition"
    category = "typo"
    severity = Severity.WARNING
    description = "A preposition English does not put there: “despite of”, “comprises of”, “cope up with”."

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for pattern, repl, why in _EXTRA:
            for m in pattern.finditer(text):
                fixed = m.expand(repl)
                yield self.finding(
                    doc, m.start(), m.end(), f"“{m.group(0)}”: {why}; write “{fixed}”.",
                    suggestions=[fixed], evidence=why, fix=fixed,
                )


#: a figure, then "base point(s)": "25 base points", "by 50 base point"
_BASE_POINTS = regex.compile(r"(?<![\w.,])(\d+(?:\.\d+)?(?:[ \t]*-[ \t]*|[ \t]+))(base)([ \t]+points?)(?![\w’'-])")


class BasePoints(BaseRule):
    id = "grammar.base-points"
    category = "typo"
    severity = Severity.WARNING
    description = "“base points” for basis points, the unit of interest rates and yields: “cut by 25 base points”."

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in _BASE_POINTS.finditer(doc.text):
            fixed = f"{m.group(1)}basis{m.group(3)}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: a hundredth of a percentage point is a basis point; write “{fixed}”.",
                suggestions=[fixed], evidence="the finance unit is the basis point", fix=fixed,
            )


def rules():
    return [ExtraPreposition(), BasePoints()]
