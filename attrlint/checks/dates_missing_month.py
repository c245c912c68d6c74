"""dates.missing-month: a date whose month was lost after a place's name (category ``date_unit``).

"The minister spoke in Kuching 14, 2021": a day and a year after a place, with no month
between, is a date that lost its month (an edit that cut "on March", a template that
dropped a field). Only a name the gazetteer knows as a place counts, so
"Apollo 11, 1969", "Chapter 11, 2020" and "Windows 10, 2015" are left alone.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..gazetteer import PLACE, gazetteer
from ..rule import BaseRule

_PATTERN = regex.compile(
    r"(?<![\w’'-])(?P<place>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?P<day>[1-9]|[12]\d|3[01]), (?P<year>(?:19|20)\d\d)"
    r"(?![\w’'-])")

#: months (a town is called March) and their short forms
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
          "Dec"}


class MissingMonth(BaseRule):
    id = "dates.missing-month"
    category = "date_unit"
    severity = Severity.WARNING
    description = "A day and a year after a place's name with no month between (“in Kuching 14, 2021”)."

    def check(self, doc: Document) -> Iterator[Finding]:
        gaz = gazetteer()
        for m in _PATTERN.finditer(doc.text):
            place = m.group("place")
            if place.split()[-1] in MONTHS:
                continue
            entry = gaz.lookup(place)
            if entry is None or PLACE not in entry.kinds:
                continue  # not a place: "Apollo 11, 1969", "Chapter 11, 2020"
            yield self.finding(
                doc, m.start("place"), m.end(),
                f"“{m.group(0)}”: a day and a year with no month; the month was lost after "
                f"“{place}”. Write “{place}, <month> {m.group('day')}, {m.group('year')}” with the month "
                f"from the source.",
                evidence=f"“{place}” is a place; “{m.group('day')}, {m.group('year')}” is a day and a year",
            )


def rules():
    return [MissingMonth()]
