"""date_unit: a currency conversion off by far more than any exchange rate of the year
("3 thousand yuan, equivalent to more than N16 million" in 2020: about N165,000).

An amount in one currency followed closely by its equivalent in another ("$100 million
(€90 million)", "50,000 yuan, or about 7,000 dollars") is checked against the rough yearly
values in ``rules/currencies.toml``, at the story's date. Only a gross error is reported —
the written equivalent more than four times too large or too small, which a slipped power
of ten is and no exchange-rate movement within a year or between official and market
rates of the listed currencies comes near.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from ..data import load_data
from ..finding import Finding, Severity
from ..rule import BaseRule

CATEGORY = "date_unit"
#: how far the written equivalent may be from the rate of the year before it is reported
TOLERANCE = 4.0

_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9,
           "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:thousand|million|billion|trillion|lakh|crore|mln|bln|trn|mn|bn|tn|[mkb])\b"
#: what may stand between an amount and its equivalent
_BRIDGE = re.compile(
    r"\s*(?:[(\[,;:–—-]\s*)?(?:(?:or|equivalent to|equal to|the equivalent of|equivalent of|worth|valued at|"
    r"which is|about|around|approximately|approx\.|roughly|some|nearly|almost|more than|over|just over|"
    r"just under|under|less than|close to|at least|up to|an estimated|estimated at|converted to|i\.e\.)\s+)*",
    re.IGNORECASE)


_RANGE_AFTER = re.compile(r"\s*(?:-|–|—|to)\s*\D{0,3}\d")
_RANGE_BEFORE = re.compile(r"\d\s*(?:\w{1,3}\s*)?(?:-|–|—|to)\s*\D{0,3}$")


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    value: float
    currency: str | None  # None: a currency not judged ("Z$")
    written: str


@dataclass(frozen=True)
class Rates:
    usd: dict[str, list[tuple[int, float]]]  # code -> [(year, US dollars per unit)], sorted
    pattern: re.Pattern
    by_form: dict[str, str | None]  # a written form (folded when a name) -> code
    label: dict[str, str]  # code -> the name to write ("naira", "euros")
    places: dict[str, str]  # a place named in the text -> the code a bare "$" may be ("" none)
    reach: int  # the longest symbol and a space: how far before its first digit an amount may start

    def per_usd(self, code: str, year: int) -> float | None:
        """US dollars per unit in that year, interpolated; None before the first year."""
        points = self.usd.get(code)
        if not points or year < points[0][0]:
            return None
        for (y0, v0), (y1, v1) in zip(points, points[1:]):
            if y0 <= year <= y1:
                f = (year - y0) / (y1 - y0)
                return math.exp(math.log(v0) * (1 - f) + math.log(v1) * f)
        return points[-1][1]


@lru_cache(maxsize=1)
def rates() -> Rates:
    data = load_data("currencies.toml")
    usd: dict[str, list[tuple[int, float]]] = {}
    by_form: dict[str, str | None] = {}
    names: list[str] = []
    symbols: list[str] = []
    label: dict[str, str] = {}
    pegs = {}
    for code, spec in data.get("currency", {}).items():
        if "peg" in spec:
            pegs[code] = spec["peg"]
        else:
            usd[code] = sorted((int(y), float(v)) for y, v in spec["usd"].items())
        label[code] = spec["names"][0]
        for n in spec.get("names", []):
            by_form[n.lower()] = code
            names.append(n)
        for s in spec.get("symbols", []):
            by_form[s] = code
            symbols.append(s)
    for code, (base, per) in pegs.items():
        usd[code] = [(y, v / float(per)) for y, v in usd[base]]
    unknown = data.get("unknown", {})
    for n in unknown.get("names", []):
        by_form[n.lower()] = None
        names.append(n)
    for s in unknown.get("symbols", []):
        by_form[s] = None
        symbols.append(s)

    def alt(forms: list[str]) -> str:
        # longest first, equal lengths in a fixed order: the pattern's text is then the same
        # in every process (a set's order varies with the hash seed), so its compiled form
        # is read from the stored table (fast_re) instead of compiled anew (~6 ms) each time;
        # two forms of one length match the same text, so the order among them changes nothing
        return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))

    sym_forms = alt(symbols)
    name_forms = alt(names)
    pattern = re.compile(
        rf"(?<![\w$€£₦₹₩₪₴₱])(?:(?P<sym>{sym_forms})\s?(?P<v1>{_NUMBER})(?:[\s-]?(?P<s1>{_SCALE}))?"
        rf"|(?P<v2>{_NUMBER})(?:[\s-]?(?P<s2>{_SCALE}))?\s(?P<name>{name_forms})\b)",
        re.IGNORECASE,
    )
    reach = max(map(len, symbols), default=0) + 1
    return Rates(usd, pattern, by_form, label, dict(data.get("dollar_places", {})), reach)


def _form(tab: Rates, written: str, symbol: bool) -> tuple[bool, str | None]:
    key = written if symbol else written.lower()
    if key in tab.by_form:
        return True, tab.by_form[key]
    if symbol:
        for k, v in tab.by_form.items():  # codes written in another case ("Usd") are no code
            if k.lower() == written.lower() and not k.isupper():
                return True, v
    return False, None


#: a run of digits (``regex`` finds them several times faster than ``re``; both read ``\d``
#: as any decimal digit)
_DIGITS = regex.compile(r"\d+")


def _finditer(tab: Rates, text: str) -> Iterator[re.Match]:
    """``tab.pattern.finditer(text)``, tried only just before runs of digits.

    Every amount opens with its number or with a symbol (no digit in it) and maybe a space
    before the number, and no digit stands right before the number: its start lies at most
    ``tab.reach`` characters before a run of digits. The big alternation is tried only
    there, and not after a letter, digit or "_" (its lookbehind refuses those; it sees the
    text before ``pos``), left to right and never inside the last match, which gives
    exactly ``finditer``'s matches for a fraction of the scan."""
    pattern, reach = tab.pattern, tab.reach
    pos = 0  # every earlier place was tried or lies inside a match
    for run in _DIGITS.finditer(text):
        d = run.start()
        p = max(pos, d - reach)
        while p <= d:
            before = text[p - 1] if p else ""
            m = None if before.isalnum() or before == "_" else pattern.match(text, p)
            if m is None:
                p += 1
            else:
                yield m
                p = m.end()
        pos = max(pos, p)


def amounts(text: str) -> Iterator[Money]:
    tab = rates()
    for m in _finditer(tab, text):
        symbol = m["sym"] is not None
        known, code = _form(tab, m["sym"] if symbol else m["name"], symbol)
        if not known:
            continue
        digits, scale = (m["v1"], m["s1"]) if symbol else (m["v2"], m["s2"])
        if symbol and m["sym"].isalpha() and len(m["sym"]) <= 2 and not (scale or "," in digits):
            continue  # "N95", "LE 2": a letter before a bare number is no currency
        if scale and scale.lower() in ("m", "k", "b") and scale != scale.lower():
            continue  # "50 M" / "3K" in capitals: a model or a size, not a scale
        value = float(digits.replace(",", "")) * (_SCALES[scale.lower()] if scale else 1.0)
        yield Money(m.start(), m.end(), value, code, m.group(0))


def conversions(text: str) -> Iterator[tuple[Money, Money]]:
    """Pairs of an amount and, right after it, the same sum in another currency."""
    found = list(amounts(text))
    for a, b in zip(found, found[1:]):
        if a.currency is None or b.currency is None or a.currency == b.currency:
            continue
        gap = text[a.end:b.start]
        if len(gap) > 40 or "\n" in gap:
            continue
        bridge = _BRIDGE.match(gap)
        if bridge is None or bridge.end() != len(gap) or not re.search(r"[(\[]|[a-z]", gap, re.IGNORECASE):
            continue  # a comma alone may part the items of a list ("€5m, $3m and £2m")
        if _RANGE_AFTER.match(text, b.end) or _RANGE_BEFORE.search(text[max(0, a.start - 12):a.start]):
            continue  # "5,000 to 30,000 rubles (roughly $85 - 500)": ends of two ranges
        yield a, b


def _fmt(x: float) -> str:
    """Two significant figures, in words from a million: "160,000", "89 million"."""
    x = float(f"{x:.2g}")
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if x >= scale:
            return f"{x / scale:g} {word}"
    return f"{x:,.0f}" if x >= 10 else f"{x:g}"


def _local_dollars(tab: Rates, text: str) -> set[str] | None:
    """The other currencies a bare "$" may be in this text; None: one not listed."""
    out: set[str] = set()
    for place, code in tab.places.items():
        if re.search(rf"\b{re.escape(place)}\b", text):
            if not code:
                return None
            out.add(code)
    return out


def _readings(m: Money, local: set[str] | None) -> list[str]:
    """The currencies an amount may be in: a bare "$" or "dollars" also the local dollar."""
    assert m.currency
    bare = m.currency == "USD" and (m.written.startswith("$") or m.written.lower().endswith(("dollars", "dollar")))
    bare = bare and not m.written.lower().endswith(("us dollars", "u.s. dollars", "american dollars"))
    if not bare:
        return [m.currency]
    if local is None:
        return []
    return ["USD", *sorted(local)]


class CurrencyConversionRule(BaseRule):
    id = "units.currency-conversion"
    category = CATEGORY
    severity = Severity.WARNING
    description = "A currency conversion off by far more than the exchange rate of the year (a slipped power of ten)."

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        if not any(c.isdigit() for c in text):
            return
        pairs = list(conversions(text))
        if not pairs:
            return
        story = doc.story_date
        years = range(2000, dt.date.today().year + 1) if story.assumed else [story.date.year]
        tab = rates()
        local = _local_dollars(tab, text)
        for a, b in pairs:
            assert a.currency and b.currency
            expected = []
            for ca in _readings(a, local):
                for cb in _readings(b, local):
                    for y in years:
                        ra, rb = tab.per_usd(ca, y), tab.per_usd(cb, y)
                        if ra is not None and rb is not None:
                            expected.append(a.value * ra / rb)
            if not expected or not a.value or not b.value:
                continue
            lo, hi = min(expected), max(expected)
            if lo / TOLERANCE <= b.value <= hi * TOLERANCE:
                continue
            near = lo if b.value < lo else hi
            factor = b.value / near if b.value > near else near / b.value
            when = f"in {story.date.year}" if not story.assumed else "in any year since 2000"
            yield self.finding(
                doc, a.start, b.end,
                f"{a.written} is about {_fmt(near)} {tab.label[b.currency]} {when}, not {b.written} "
                f"(off by a factor of about {_fmt(float(format(factor, '.1g')))}); check the conversion.",
                evidence=f"1 {a.currency} = {near / a.value:.3g} {b.currency} {when} (rough yearly rates, rules/currencies.toml)",
            )


def rules():
    return [CurrencyConversionRule()]
