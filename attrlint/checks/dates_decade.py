"""dates.decade-for-year: a decade written where one event's year belongs.

"... ahead of the 1960s presidential election" in a 2024 story: a decade holds several
elections, so "the" one election of a decade names none. Machine translation turns a year
into a decade this way (a year with a measure word read as a decade), and so does a slip
of the keyboard. Only a definite singular event that happens once on a date is read
("the 1990s general election", "the 2020s census", "the 1930s World Cup final"); a plural
("the 1960s elections"), an indefinite "a 1990s election" (vague on purpose), an era word
("the 1960s election campaigns") and quotations are left alone.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..finding import Finding, Severity
from ..rule import BaseRule

CATEGORY = "date_unit"
#: words that may stand between the decade and the event ("the 1960s presidential election")
_KINDS = (r"presidential|general|parliamentary|legislative|congressional|midterm|mid-term|local|municipal|"
          r"regional|national|federal|state|provincial|gubernatorial|mayoral|senate|senatorial|primary|runoff|"
          r"run-off|snap|special|leadership|party|constitutional|independence|population")
#: events that happen once, on one date, and are named by their year
_EVENTS = r"election|referendum|plebiscite|census|inauguration|World\s+Cup(?:\s+final)?|Super\s+Bowl"
_DECADE_EVENT = re.compile(
    rf"\b(?P<det>[Tt]he)\s+(?P<decade>(?:1[89]|20)\d0)s\s+(?:(?:{_KINDS})\s+){{0,2}}(?P<event>{_EVENTS})"
    r"(?![\w-])(?!\s+(?:campaigns|results|cycles|seasons|years|debates|races|eras|periods|rounds)\b)")


class DecadeForYearRule(BaseRule):
    id = "dates.decade-for-year"
    category = CATEGORY
    severity = Severity.WARNING
    description = ("A decade where one event's year belongs: 'the 1960s presidential election' "
                   "(a decade has several): give the year.")

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        if "0s " not in text:
            return
        for m in _DECADE_EVENT.finditer(text):
            if doc.in_quote(m.start(), m.end()):
                continue
            decade, event = m["decade"], " ".join(m["event"].split())
            span_start = m.start("decade")
            yield self.finding(
                doc, span_start, m.end("decade") + 1,
                f"“the {decade}s … {event}” names a decade, and a decade has more than one {event}: "
                f"give the year of the one meant (a year read as a decade is a common translation slip).",
                evidence=f"the decade {decade}s before a single {event}",
            )


def rules():
    return [DecadeForYearRule()]
