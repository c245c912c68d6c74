"""units.basis-points: a gap between poll shares counted in basis points (category ``date_unit``).

A basis point is a hundredth of a percentage point, the unit of interest rates and bond
yields. A gap between two shares of a poll ("41 per cent to 35") is in percentage points;
"the lead shrank from 14 basis points to six" says 0.14 of a point. Flagged only in a
sentence that gives whole-number percentages and speaks of a poll (poll, survey, voters,
respondents, approval) and names no rate, yield, bond, spread, loan or bank.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule
from ..sentences import bounds

_BASIS = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) basis[- ]points?\b", re.I)
_PERCENT = re.compile(r"\b\d{1,2}(?: ?%| per ?cent| percent)")
_POLL = re.compile(r"\b(?:poll(?:s|ed|ing|ster)?|survey(?:s|ed)?|voters|respondents|approval|popularity"
                   r"|preferred|better prime minister|primary vote)\b", re.I)
_MONEY = re.compile(r"\b(?:rates?|yields?|bonds?|spreads?|loans?|banks?|mortgages?|interest|treasur(?:y|ies)"
                    r"|inflation|margins?|basis[- ]point hike|central bank|fed|coupon|libor)\b", re.I)


#: how far from the match the poll's shares are looked for (characters)
REACH = 1000


class PollBasisPoints(BaseRule):
    id = "units.basis-points"
    category = "date_unit"
    severity = Severity.WARNING
    description = "A gap between poll shares given in basis points (hundredths of a point) instead of points."

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "basis" not in doc.re_lower:
            return  # every match names basis points: the case-blind scan is tried at every word
        for m in _BASIS.finditer(text):
            # from after the last full stop or line break to the next (its stop included)
            breaks = bounds(doc, ".\n")
            left, stop = breaks.start_before(m.start()), breaks.break_from(m.end())
            right = len(text) if stop is None else stop + 1
            # at most REACH characters either side: a run with no sentence end would otherwise
            # be read again for every match it holds (quadratic)
            sentence = text[max(left, m.start() - REACH):min(right, m.end() + REACH)]
            if not (_PERCENT.search(sentence) and _POLL.search(sentence)) or _MONEY.search(sentence):
                continue
            if doc.in_quote(m.start(), m.end()):
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: a gap between shares of a poll is in percentage points; a basis point "
                f"is a hundredth of one. Write “points” (or “percentage points”).",
                suggestions=[re.sub(r"basis[- ]", "", m.group(0), flags=re.I)],
                evidence="basis points beside whole-number poll percentages, with no rate or yield",
            )


def rules():
    return [PollBasisPoints()]
