"""Unit conversions written in parentheses: "4,300 miles (7,000 km)".

The unit table lives in ``rules/units.toml``. A conversion is judged the way a copy
editor would: journalists round, so a figure within a few per cent of the exact value,
or the exact value rounded to one or two significant figures, is accepted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..data import load_data
from ..ordering import longest_first


@dataclass(frozen=True)
class Unit:
    id: str
    dimension: str
    names: tuple[str, ...]
    factor: float
    offset: float = 0.0
    also: tuple[float, ...] = ()
    counterpart: str | None = None

    def factors(self) -> tuple[float, ...]:
        return (self.factor, *self.also)


@dataclass
class Table:
    units: dict[str, Unit]
    by_name: dict[str, Unit]
    relative: float
    temperature_degrees: float
    pattern: regex.Pattern = field(repr=False)


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: a figure written as a word before its unit ("three kilometres (1.8 miles)")
WORD_NUMBERS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
WORD_NUMBERS.update(thirty=30.0, forty=40.0, fifty=50.0, sixty=60.0, seventy=70.0, eighty=80.0, ninety=90.0)
_WORD_NUM = "(?i:" + "|".join(sorted(WORD_NUMBERS, key=longest_first)) + ")"
_SCALE = r"(?:[ \t]*(?P<{0}>million|billion|trillion|thousand|bn))?"
_QUALIFIER = r"(?:(?:about|around|roughly|some|approximately|approx\.?|nearly|almost|over|more than|up to|c\.|just over|just under|~)[ \t]+)?"
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


@lru_cache(maxsize=1)
def table() -> Table:
    data = load_data("units.toml")
    units = {}
    for spec in data["unit"]:
        u = Unit(
            id=spec["id"],
            dimension=spec["dimension"],
            names=tuple(spec["names"]),
            factor=float(spec["factor"]),
            offset=float(spec.get("offset", 0.0)),
            also=tuple(float(x) for x in spec.get("also", [])),
            counterpart=spec.get("counterpart"),
        )
        units[u.id] = u
    by_name = {n: u for u in units.values() for n in u.names}
    names = sorted(by_name, key=longest_first)
    unit_alt = "|".join(regex.escape(n).replace(r"\ ", r"[ \t]+") for n in names)
    pattern = regex.compile(
        rf"(?<![\d.,£$€¥₹\w-])(?P<v1>{_NUM}|{_WORD_NUM}){_SCALE.format('s1')}(?:[ \t]*|-)(?P<u1>{unit_alt})(?![\p{{L}}\d])"
        rf"[ \t]*\([ \t]*(?P<q>{_QUALIFIER})(?P<v2>{_NUM}){_SCALE.format('s2')}"
        rf"(?:(?:[ \t]*|-)(?P<u2>{unit_alt})(?![\p{{L}}\d]))?[ \t]*\)"
    )
    tol = data.get("tolerance", {})
    return Table(units, by_name, float(tol.get("relative", 0.08)), float(tol.get("temperature_degrees", 1.5)), pattern)


def value(number: str, scale: str | None) -> float:
    worded = WORD_NUMBERS.get(number.lower())
    base = worded if worded is not None else float(number.replace(",", ""))
    return base * (SCALES[scale] if scale else 1.0)


def convert(v: float, source: Unit, target: Unit) -> list[float]:
    """Every reading of ``v`` in ``source`` expressed in ``target`` (one per factor pair)."""
    out = []
    for f1 in source.factors():
        for f2 in target.factors():
            out.append((v * f1 + source.offset - target.offset) / f2)
            if source.offset != target.offset:
                out.append(v * f1 / f2)  # a difference of temperatures ("warming of 2C (3.6F)")
    return out


def round_sig(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - int(math.floor(math.log10(abs(x)))))


def acceptable(written: float, exact: float, unit: Unit, tab: Table, step: float = 0.0) -> bool:
    """Close enough for news copy: within the relative tolerance, or within the rounding
    the written figure shows ("1 metre" for 0.91 m; "15,000" may stand for 14,967), that
    rounding capped at a quarter of the figure so "1,000" cannot stand for 644."""
    if unit.dimension == "temperature":
        return abs(written - exact) <= tab.temperature_degrees
    if exact == 0:
        return written == 0
    if abs(written - exact) / abs(exact) <= tab.relative:
        return True
    return abs(written - exact) <= min(step / 2, 0.25 * abs(written))


def rounding_step(number: str, scale: str | None = None) -> float:
    """The unit of the last significant digit as written: 15,000 -> 1000, 2.5 -> 0.1,
    1.5 million -> 100,000."""
    return _digit_step(number) * (SCALES[scale] if scale else 1.0)


def _digit_step(number: str) -> float:
    plain = number.replace(",", "")
    if "." in plain:
        return 10.0 ** -len(plain.split(".")[1])
    stripped = plain.rstrip("0")
    return 10.0 ** (len(plain) - len(stripped)) if stripped else 1.0


def significant_digits(number: str) -> int:
    digits = number.replace(",", "").replace(".", "").lstrip("0")
    return max(1, len(digits.rstrip("0")) if "." not in number else len(digits))


def format_like(x: float, written: str, unit: Unit) -> str:
    """``x`` rounded and formatted the way the text wrote its figure."""
    if unit.dimension == "temperature":
        return f"{round(x):d}"
    digits = max(2, significant_digits(written))
    r = round_sig(x, digits)
    if "." in written:
        places = len(written.split(".")[1])
        return f"{r:,.{places}f}" if "," in written else f"{r:.{places}f}"
    if r >= 1000 and ("," in written or written.replace(",", "").isdigit() and len(written) > 4):
        return f"{int(round(r)):,}"
    if abs(r - round(r)) < 1e-9:
        return f"{int(round(r))}"
    return f"{r:g}"
