"""figures.change-arithmetic: a stated change that the two figures beside it contradict (category ``date_unit``).

"Yields rose from 3.2 tonnes a hectare to 3.65 tonnes, an increase of 1.5 tonnes" (0.45),
"sales fell 40% to $3.1 billion from $3.4 billion" (about 9%): the copy gives the figure
before, the figure after and the change, and the three do not agree. A slip of a digit, a
figure taken from another line, or a rewrite that changed one of the three. Decided by
arithmetic alone, generously: every written figure stands for the range it rounds from
("3.8" for 3.75 to 3.85), a hedge ("about", "nearly", "more than") is never judged, and
the change must miss that range by a wide margin (a quarter of itself, and at least one
point for a percentage). Changes between two percentages are ``units.percentage-points``.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule

_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12}
#: a figure: an optional currency, digits, an optional scale word; then up to four unit words
_FIG = (r"(?:[$€£¥]|US\$|Rs\.? ?|PHP ?|P)?(?P<{0}>\d[\d,]*(?:\.\d+)?)"
        r"(?: ?(?P<{0}s>thousand|million|billion|trillion|bn|mn|tn|m|k|b)\b)?(?P<{0}p> ?%| per ?cent\b| percent\b| (?:percentage )?points?\b)?"
        r"(?: (?!to\b|from\b|or\b|and\b|a\b|an\b|up\b|down\b)(?:[a-z]+|(?:19|20)\d\d)){{0,4}}?")
_UP = r"rose|risen|climbed|increased|jumped|grew|gained|went up|rise|increase|increment|jump|gain|growth|up"
_DOWN = r"fell|fallen|dropped|declined|decreased|slipped|slid|shrank|went down|fall|drop|decline|decrease|down"
_CHANGE = rf"(?:{_UP}|{_DOWN})(?: by| of| in)?"
_HEDGE = re.compile(r"(?:about|around|nearly|almost|roughly|approximately|some|over|under|more than|less than"
                    r"|close to|just|an estimated|at least|up to)\s*$", re.I)
#: what every match of both patterns below holds: "from", a space and a figure (its currency,
#: then a digit). A story without it is not scanned: both patterns are tried at every word
#: otherwise, and "from" before a figure is rare in news (38 of 400 clean articles)
_FROM_FIGURE = re.compile("from " + _FIG.split("(?P<")[0] + r"\d", re.I)
#: the change, then both figures: "rose 40% to $3.1 billion from $3.4 billion"
_FIRST = re.compile(
    rf"\b{_CHANGE} {_FIG.format('x')},? (?:from {_FIG.format('z')},? to {_FIG.format('y')}"
    rf"|to {_FIG.format('y2')},? from {_FIG.format('z2')})", re.I)
#: both figures, then the change: "from 3.2 tonnes to 3.65 tonnes, or an increase in 1.5 tonnes"
_LAST = re.compile(
    rf"\b(?:from {_FIG.format('z')},? to {_FIG.format('y')}|to {_FIG.format('y2')},? from {_FIG.format('z2')})"
    rf"(?:,| -| –| —)?(?: or| and| which is| that is)?(?: (?:a|an))? (?:{_CHANGE} {_FIG.format('x')}"
    rf"|{_FIG.format('xa')} (?:{_UP}|{_DOWN})\b)", re.I)


def _value(m: re.Match, key: str) -> tuple[float, float, str, str] | None:
    """(value, half a unit of its last written digit, scale word, "%" or "pt" or ""), scaled."""
    num = m.group(key)
    if num is None:
        return None
    digits = num.replace(",", "")
    try:
        v = float(digits)
    except ValueError:
        return None
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:  # "1,200" may be rounded to the hundred; "500" (one digit) to the ten
        sig = digits.rstrip("0")
        zeros = len(digits) - len(sig)
        step = 10.0 ** (zeros if len(sig) >= 2 else max(zeros - 1, 0)) if v else 1.0
    scale_word = (m.group(key + "s") or "").lower()
    scale = _SCALE.get(scale_word, 1.0)
    unit = m.group(key + "p") or ""
    kind = "pt" if "point" in unit.lower() else "%" if unit else ""
    return v * scale, 0.5 * step * scale, scale_word, kind


def _shown(m: re.Match, key: str) -> str:
    """A figure as written, without its unit words: "3.4 billion", "45,914"."""
    scale = m.group(key + "s")
    return m.group(key) + (f" {scale}" if scale else "")


def _groups(m: re.Match) -> tuple[str, str]:
    return ("z", "y") if m.group("z") is not None else ("z2", "y2")


def _misfit(x, z, y) -> tuple[str, str] | None:
    """(what the two figures give, what was written) when the change cannot fit them."""
    (xv, _xh, xs, xp), (zv, zh, zs, zp), (yv, yh, ys, yp) = x, z, y
    if zv <= 0 or yv <= 0 or zv == yv:
        return None
    lo_diff = max(0.0, abs(yv - zv) - (yh + zh))
    hi_diff = abs(yv - zv) + (yh + zh)
    if xp == "pt":  # "rose 12 points from 40% to 45%": points are the difference of two shares
        if zp != "%" or yp != "%" or lo_diff - max(1.0, 0.25 * xv) <= xv <= hi_diff + max(1.0, 0.25 * xv):
            return None
        return f"{abs(yv - zv):g} points", f"{xv:g} points"
    if zp or yp:
        return None  # a change in per cent between two percentages: units.percentage-points
    if xp:
        corners = [abs(b - a) / a * 100 for a in (zv - zh, zv + zh) for b in (yv - yh, yv + yh) if a > 0]
        if not corners:
            return None
        lo, hi = (0.0 if lo_diff == 0 else min(corners)), max(corners)
        margin = max(1.0, 0.25 * xv)
        if lo - margin <= xv <= hi + margin:
            return None
        return f"{abs(yv - zv) / zv * 100:.0f}%", f"{xv:g}%"
    # an absolute change: as written, or in the scale of the two figures ("up 0.4" of "$3.8 billion")
    readings = [xv] + ([xv * _SCALE[zs]] if not xs and zs in _SCALE else [])
    for r in readings:
        margin = 0.25 * r
        if lo_diff - margin <= r <= hi_diff + margin:
            return None
    return _plain(abs(yv - zv), zs or ys), _plain(readings[-1], zs or ys)


def _plain(v: float, scale_word: str) -> str:
    scale = _SCALE.get(scale_word, 1.0)
    if scale > 1:
        return f"{v / scale:.3g} {scale_word}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


class ChangeArithmetic(BaseRule):
    id = "figures.change-arithmetic"
    category = "date_unit"
    severity = Severity.WARNING
    description = ("A change whose size the figures before and after contradict (“from 3.2 tonnes to 3.65 "
                   "tonnes, an increase of 1.5 tonnes”; “fell 40% to $3.1 billion from $3.4 billion”).")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if _FROM_FIGURE.search(text) is None:
            return
        seen: set[int] = set()
        for rx in (_FIRST, _LAST):
            for m in rx.finditer(text):
                xk = "x" if m.group("x") is not None else "xa"
                if m.start(xk) in seen or _HEDGE.search(text[max(0, m.start(xk) - 20):m.start(xk)]):
                    continue
                zk, yk = _groups(m)
                x, z, y = _value(m, xk), _value(m, zk), _value(m, yk)
                if x is None or z is None or y is None:
                    continue
                if any(1900 <= v[0] <= 2100 and v[1] == 0.5 and not v[2] and not v[3] for v in (z, y)):
                    continue  # years ("from 2019 to 2021, up 5%")
                bad = _misfit(x, z, y)
                if bad is None:
                    continue
                seen.add(m.start(xk))
                implied, written = bad
                yield self.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group(0)}”: from {_shown(m, zk)} to {_shown(m, yk)} is a change of about {implied}, "
                    f"not {written}; one of the three figures is wrong. Check them against the source.",
                    evidence=f"{_shown(m, yk)} against {_shown(m, zk)} gives about {implied}; the copy says {written}",
                )


def rules():
    return [ChangeArithmetic()]
