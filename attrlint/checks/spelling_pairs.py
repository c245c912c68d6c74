"""Names the story writes two ways where the stray form is a typo as well as an
inconsistency: another particle between the same names ("Ana de Lima" beside "Ana da
Lima"), and a body's name word one letter off ("Swami League" beside "Awami League").
``names.inconsistent`` reports the pair; ``spelling.proper-noun`` reports each stray use
through these. Split from ``spelling.py`` by concern.
"""
from __future__ import annotations

from typing import Iterator

from ..document import Document
from ..finding import Finding
from ..rule import BaseRule
from ..wording import times


def particle_slips(rule: BaseRule, doc: Document) -> Iterator[Finding]:
    """"Ana de Lima" in a story that writes "Ana da Lima" more often (or first): the
    particle is part of the name's spelling."""
    from .consistency import particle_pairs_of

    for stray, stray_spans, target, _, _ in particle_pairs_of(doc):
        for start, end in stray_spans:
            yield rule.finding(
                doc, start, end,
                f"“{stray}” looks misspelt: the story also writes “{target}”, the same names with "
                f"another particle; did you mean “{target}”?",
                suggestions=[target], evidence=f"{stray} / {target}",
            )


def body_slips(rule: BaseRule, doc: Document) -> Iterator[Finding]:
    """"Swami League" once in a story that writes "Awami League" more often: the name word
    of one body, one letter off."""
    from .consistency import body_pairs_of

    for stray, stray_spans, target, target_spans, _ in body_pairs_of(doc):
        for start, end in stray_spans:
            yield rule.finding(
                doc, start, end,
                f"“{stray}” looks misspelt: the story writes “{target}” {times(len(target_spans))}, the same body with "
                f"its name one letter off; did you mean “{target}”?",
                suggestions=[target], evidence=f"{stray} ×{len(stray_spans)} / {target} ×{len(target_spans)}",
            )
