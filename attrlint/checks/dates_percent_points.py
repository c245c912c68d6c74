"""units.percentage-points: a change between two percentages given in per cent (category ``date_unit``).

A share that goes from 43% to 38% falls by five percentage points, which is a fall of
about 12 per cent. Copy that writes "fell 5% to 38% from 43%" gives the difference of the
two shares in the unit of a relative change, and a reader takes it for one (a rate, a
tax, a poll share, a market share: the same slip in each). Flagged only when the copy
gives all three figures, so arithmetic decides: the change in per cent equals the
difference of the two shares (to the precision written) and not their relative change.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule

_NUM = r"\d{1,3}(?:\.\d+)?"
_PCT = (r"(?: ?%| per ?cent\b| percent\b| pc\b)"
        r"(?: (?!to\b|from\b|or\b|and\b|a\b|an\b|up\b|down\b)(?:[a-z]+|(?:19|20)\d\d|[A-Z][a-z]+)){0,3}?")
#: the change itself: no words after it ("5% to 38%")
_X = r"(?: ?%| per ?cent\b| percent\b| pc\b)"
_UP = (r"rose|rises|rising|risen|climbed|climbs|increased|increases|jumped|jumps|grew|grows|gained|gains|"
       r"edged up|ticked up|went up|rise|increase|jump|gain|growth|up")
_DOWN = (r"fell|falls|falling|fallen|dropped|drops|declined|declines|decreased|decreases|slipped|slips|slid|"
         r"shrank|lost|went down|ticked down|edged down|fall|drop|decline|decrease|loss|down")
#: the change, then both shares: "fell (by) 5% to 38% from 43%", "rose 3% from 40% to 43%"
_CHANGE_FIRST = re.compile(
    rf"\b(?P<verb>{_UP}|{_DOWN})(?: by| of)? (?P<x>{_NUM}){_X},?"
    rf"(?: (?:from (?P<z1>{_NUM}){_PCT},? to (?P<y1>{_NUM}){_PCT}|to (?P<y2>{_NUM}){_PCT},? from (?P<z2>{_NUM}){_PCT}))",
    re.I)
#: both shares, then the change: "from 43% to 38%, a drop of 5%", "to 38% from 43%, down 5%"
_CHANGE_LAST = re.compile(
    rf"\b(?:from (?P<z1>{_NUM}){_PCT},? to (?P<y1>{_NUM}){_PCT}|to (?P<y2>{_NUM}){_PCT},? from (?P<z2>{_NUM}){_PCT})"
    rf"(?:,| -| –| —)? (?:(?:a|an) )?(?:(?P<verb>{_UP}|{_DOWN})(?: by| of)? (?P<x>{_NUM}){_X}(?! points)"
    rf"|(?P<xa>{_NUM}){_X} (?:{_UP}|{_DOWN})\b)",
    re.I)


#: what every match holds (its change and both shares are written in per cent): a story
#: with none of them is not scanned (both patterns are tried at every word otherwise)
_NEEDED = ("%", "percent", "per cent", "pc")
#: and every match has a share after "from" ("from 43%"): rarer than a per cent sign
_FROM_NUMBER = re.compile(r"from \d")


def _places(s: str) -> int:
    return len(s.split(".")[1]) if "." in s else 0


def _verdict(x: str, z: str, y: str) -> str | None:
    """The difference in points when ``x`` is that difference and not the relative change."""
    fx, fz, fy = float(x), float(z), float(y)
    if fz == 0 or fz == fy:
        return None
    places = max(_places(z), _places(y))
    diff = round(abs(fy - fz), places)
    if abs(diff - fx) > 10 ** -max(places, _places(x)) / 2:
        return None  # the change is not the difference of the shares
    relative = abs(fy - fz) / fz * 100
    if abs(relative - fx) <= max(0.5, 10 ** -_places(x)):
        return None  # the relative change too (a share of 100 per cent, or a coincidence)
    return f"{diff:g}"


class PercentagePoints(BaseRule):
    id = "units.percentage-points"
    category = "date_unit"
    severity = Severity.WARNING
    description = ("A change between two percentages given in per cent when it is their difference in "
                   "points (“fell 5% to 38% from 43%”: five points, a fall of 12 per cent).")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not any(s in doc.folded for s in _NEEDED) or not _FROM_NUMBER.search(doc.re_lower):
            return
        seen: set[int] = set()
        for rx in (_CHANGE_FIRST, _CHANGE_LAST):
            for m in rx.finditer(text):
                z, y = m.group("z1") or m.group("z2"), m.group("y1") or m.group("y2")
                key = "x" if m.group("x") is not None else "xa"
                if m.start(key) in seen:
                    continue
                points = _verdict(m.group(key), z, y)
                if points is None:
                    continue
                seen.add(m.start(key))
                rel = abs(float(y) - float(z)) / float(z) * 100
                yield self.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group(0)}”: from {z}% to {y}% is a change of {points} percentage points, "
                    f"a relative change of about {rel:.0f} per cent; write “{points} percentage points” "
                    f"(or give the relative change).",
                    suggestions=[f"{points} percentage points"],
                    evidence=f"{y} − {z} = {points}: the change written in per cent is the difference of two shares",
                )


def rules():
    return [PercentagePoints()]
