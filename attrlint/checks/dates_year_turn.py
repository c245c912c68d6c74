"""dates.this-year-at-new-year: "earlier this year" in a story dated in the first days of
January about events of the year before.

"... while they were working together on the 2025 tour earlier this year" in a story dated
2 January 2026: a few days into the year nothing much has happened "earlier this year";
the writer (or an earlier draft, written in December) meant "last year". Judged only with
a story date that is known (not assumed), in its first two weeks of January, when the
same sentence names the year before ("2025") or a month after January without a year
("in March"), outside quotations.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..finding import Finding, Severity
from ..rule import BaseRule
from ..sentences import bounds

CATEGORY = "date_unit"
#: how many days into January "earlier this year" still cannot cover much
FIRST_DAYS = 14
_EARLIER = re.compile(r"\b(?:earlier\s+(?:this|in\s+the)\s+year|so\s+far\s+this\s+year)\b", re.I)
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/-])")
_LATER_MONTH = re.compile(r"\b(?:in|since|from|during|by|last)\s+(?:early\s+|late\s+|mid-?)?"
                          r"(?P<month>February|March|April|May|June|July|August|September|October|November|December)"
                          r"\b(?!\s+\d)")


class ThisYearAtNewYearRule(BaseRule):
    id = "dates.this-year-at-new-year"
    category = CATEGORY
    severity = Severity.WARNING
    description = ("'Earlier this year' in a story dated in the first days of January about the "
                   "year before ('the 2025 tour earlier this year', 2 January 2026): 'last year'.")

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        if "year" not in text:
            return
        story = doc.story_date
        if story.assumed or story.date.month != 1 or story.date.day > FIRST_DAYS:
            return
        for m in _EARLIER.finditer(text):
            if doc.in_quote(m.start(), m.end()):
                continue
            s, e = bounds(doc).sentence_around(m.start())
            sentence = text[s:e]
            years = {int(y) for y in _YEAR.findall(sentence)}
            month = _LATER_MONTH.search(sentence)
            if years:
                if years != {story.date.year - 1}:
                    continue  # the story's own year, or another story told from the past
                why = f"the sentence names {story.date.year - 1}"
            elif month:
                why = f"the sentence names {month['month']}"
            else:
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}” in a story dated {story.date.day} January {story.date.year} ({story.source}), "
                f"and {why}: the events were last year; write “last year” or give the year.",
                suggestions=["last year"],
                evidence=f"story date {story.date.isoformat()} ({story.source})",
            )


def rules():
    return [ThisYearAtNewYearRule()]
