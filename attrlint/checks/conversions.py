"""date_unit: unit conversions in parentheses that are wrong ("100 feet (100 metres)") or
lack their unit ("9,300 miles (15,000)").

Both rules read the same pairs, "FIGURE UNIT (FIGURE [UNIT])", and ask one question of
each: does the second figure fit the first, converted to the second unit (or, with no
unit written, to the first unit's usual counterpart) within journalists' rounding?
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..finding import Finding, Severity
from ..rule import BaseRule
from . import units as U

CATEGORY = "date_unit"
_COMPOUND = re.compile(r"\d\s*(?:feet|foot|ft|st|stone|lb|lbs|pounds|miles|m)\s*(?:and\s+)?$")


@dataclass
class _Pair:
    """A figure with its unit and the figure in parentheses after it."""

    m: re.Match
    u1: U.Unit
    target: U.Unit  # the unit written in the parentheses, or the first unit's counterpart
    converted: list[float]  # the first figure in ``target`` (several where the unit is ambiguous)
    fits: bool  # the parenthesised figure is one of them, within rounding


def _pairs(text: str, written_unit: bool) -> Iterator[_Pair]:
    """The conversions with (or without) a unit in the parentheses, less compound figures
    ("6ft 2in (1.88m)") and pairs of one unit or two dimensions."""
    tab = U.table()
    for m in tab.pattern.finditer(text):
        if bool(m["u2"]) != written_unit or _compound_before(text, m.start()):
            continue
        u1 = tab.by_name[_unit_name(m["u1"])]
        if written_unit:
            target = tab.by_name[_unit_name(m["u2"])]
            if u1.dimension != target.dimension or u1.id == target.id:
                continue
        else:
            found = tab.units.get(u1.counterpart or "")
            if found is None:
                continue
            target = found
        converted = U.convert(U.value(m["v1"], m["s1"]), u1, target)
        v2, step = U.value(m["v2"], m["s2"]), U.rounding_step(m["v2"], m["s2"])
        fits = any(U.acceptable(v2, x, target, tab, step) for x in converted)
        if not fits and _miles_as_m(u1, m, v2, converted):
            # "three kilometres (1.9m)": a tabloid's "m" for miles, not metres
            target = tab.units["mile"]
            converted = [U.value(m["v1"], m["s1"]) * u1.factor / target.factor]
            fits = U.acceptable(v2, converted[0], target, tab, step)
        yield _Pair(m, u1, target, converted, fits)


def _miles_as_m(u1: U.Unit, m: re.Match, v2: float, in_metres: list[float]) -> bool:
    """Kilometres converted to an "m" far too small to be metres: the "m" is miles."""
    return u1.id == "km" and m["u2"] == "m" and v2 * 50 < min(in_metres) and "mile" in U.table().units


class ConversionRule(BaseRule):
    id = "units.conversion"
    category = CATEGORY
    severity = Severity.WARNING
    description = "A unit conversion in parentheses that is off by more than journalists' rounding."

    def check(self, doc) -> Iterator[Finding]:
        for p in _pairs(doc.text, written_unit=True):
            if p.fits:
                continue
            m, u1, u2, exact = p.m, p.u1, p.target, p.converted[0]
            better = U.format_like(exact / (U.SCALES[m["s2"]] if m["s2"] else 1.0), m["v2"], u2)
            better += f" {m['s2']}" if m["s2"] else ""
            first = " ".join(doc.text[m.start() : m.end("u1")].split())
            unit = m["u2"] if _unit_name(m["u2"]) in u2.names else u2.names[0]  # "m" read as miles
            yield self.finding(
                doc,
                m.start(),
                m.end(),
                f"{first} is about {better} {unit}, not {m['v2']}{' ' + m['s2'] if m['s2'] else ''}; "
                "check the conversion.",
                suggestions=[f"{better} {unit}"],
                evidence=f"1 {u1.names[0]} = {U.convert(1, u1, u2)[0]:.4g} {u2.names[0]}"
                if u1.dimension != "temperature"
                else f"{first} = {exact:.1f} {m['u2']}",
            )


class MissingUnitRule(BaseRule):
    id = "units.missing-unit"
    category = CATEGORY
    severity = Severity.WARNING
    description = 'A conversion in parentheses without its unit ("9,300 miles (15,000)").'

    def check(self, doc) -> Iterator[Finding]:
        for p in _pairs(doc.text, written_unit=False):
            if not p.fits:
                continue  # not a conversion at all, or a wrong one we cannot name
            m, unit = p.m, p.target.names[0]
            fixed = doc.text[m.start() : m.end()][:-1].rstrip() + f" {unit})"
            yield self.finding(
                doc,
                m.start(),
                m.end(),
                f"The figure in parentheses has no unit; {m['v1']} {m['u1']} is about "
                f"{U.format_like(p.converted[0], m['v2'], p.target)} {unit}: write “{fixed}”.",
                suggestions=[fixed],
                evidence=f"{m['v1']} {m['u1']} = {p.converted[0]:,.0f} {unit}",
            )


def _compound_before(text: str, start: int) -> bool:
    """The figure is the second half of "5 feet 9 inches (1.75 metres)"."""
    return _COMPOUND.search(text, max(0, start - 16), start) is not None


def _unit_name(written: str) -> str:
    return " ".join(written.split())


def rules():
    from .currency import rules as currency_rules

    return [ConversionRule(), MissingUnitRule(), *currency_rules()]
