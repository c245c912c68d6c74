"""Full dates whose year cannot be the one meant (part of ``dates.impossible``).

A news story dates its events near its own time. A full date ("March 12, 2205") whose year
lies far in the future of every year the story gives, its own date included, is a typing
slip: the year's digits swapped ("2205" for "2025") or a key struck twice. Two signs count:
- the year is more than FAR years after every other year in view;
- the year is more than NEAR years after them and is a slip-shaped form of one of them
  (two neighbouring digits swapped, or one digit replaced by its neighbour).
Past years are left alone: a story may date any event in history.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..finding import Finding

#: a year this far past every year in view is no event a story dates
FAR = 50
#: a slip-shaped year this far past every year in view
NEAR = 10

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
#: "March 12, 2205", "12 March 2205", "12th of March, 2205": a day, a month name and a year
_FULL_DATE = re.compile(
    r"\b(?:" + _MONTH + r" [0-3]?\d(?:st|nd|rd|th)?,? |[0-3]?\d(?:st|nd|rd|th)? (?:of )?" + _MONTH + r",? )"
    r"(?P<year>[12]\d{3})(?![\d,.]\d)")
#: the years a story gives in passing ("the Finance Bill 2024", "in 1998")
_YEAR = re.compile(r"(?<![\d.,/:-])(?:19|20)\d\d(?![\d,.]\d)")
#: ... and in numbers ("25.02.2022", "25/02/2022", "2022-02-25": a page's stamp)
_NUMERIC_DATE_YEAR = re.compile(
    r"(?<![\d.])[0-3]?\d[./-][01]?\d[./-](?P<a>(?:19|20)\d\d)(?!\d)|(?<!\d)(?P<b>(?:19|20)\d\d)-[01]\d-[0-3]\d(?!\d)")


def slip_of(year: str, other: str) -> bool:
    """Whether ``year`` is ``other`` typed with two neighbouring digits swapped, or with one
    digit replaced by the digit beside it ("2205" and "2225" from "2025")."""
    if len(year) != len(other) or year == other:
        return False
    diff = [i for i in range(len(year)) if year[i] != other[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        return year[diff[0]] == other[diff[1]] and year[diff[1]] == other[diff[0]]
    if len(diff) == 1:
        i = diff[0]
        return year[i] in other[max(0, i - 1):i] + other[i + 1:i + 2]
    return False


def far_year_findings(rule, doc) -> Iterator[Finding]:
    text = doc.text
    dates = list(_FULL_DATE.finditer(text))
    if not dates:
        return
    years = [(m.start(), m.group(0)) for m in _YEAR.finditer(text)]
    years += [(m.start("a") if m.group("a") else m.start("b"), m.group("a") or m.group("b"))
              for m in _NUMERIC_DATE_YEAR.finditer(text)]
    story = doc.story_date
    for m in dates:
        year = m.group("year")
        others = {y for pos, y in years if pos != m.start("year")}
        if story.source != "today":
            others.add(str(story.date.year))
        if not others or year in others:
            continue  # a year the story gives again, or its own year, is meant
        latest = max(int(y) for y in others)
        gap = int(year) - latest
        slips = sorted(y for y in others if slip_of(year, y))
        if gap <= FAR and not (slips and gap > NEAR):
            continue
        want = f" (“{slips[0]}”?)" if slips else ""
        yield rule.finding(
            doc, m.start("year"), m.end("year"),
            f"“{m.group(0)}”: the year {year} is {gap} years after the latest other year the story "
            f"gives ({latest}); check the year{want}.",
            suggestions=slips[:1], evidence=f"{year} against the story's years up to {latest}",
        )
