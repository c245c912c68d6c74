"""Finding and parsing calendar dates in news text (datelines, front matter, body)."""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:\b(?P<weekday>Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+(?:the\s+)?)?"

#: "Tuesday, 20 November 2024", "20 Nov. 2024", "Tuesday 20th November"
DAY_MONTH = re.compile(
    _WEEKDAY + r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
#: "Tuesday, November 20, 2024", "Nov. 20"
MONTH_DAY = re.compile(
    _WEEKDAY + r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")


def parse_date(value: object) -> dt.date | None:
    """Parse a date from front matter, a meta tag or a command-line option."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    m = ISO.search(s)
    if m:
        try:
            return dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
        except ValueError:
            return None
    for pat in (DAY_MONTH, MONTH_DAY):
        m = pat.search(s)
        if m and m["year"]:
            try:
                return dt.date(int(m["year"]), MONTHS[m["month"].lower().rstrip(".")], int(m["day"]))
            except ValueError:
                return None
    return None


def find_written_date(text: str) -> tuple[dt.date, re.Match] | None:
    """The first full date (with a year) written in ``text``, with its match."""
    best = None
    for pat in (DAY_MONTH, MONTH_DAY, ISO):
        for m in pat.finditer(text):
            if pat is not ISO and not m["year"]:
                continue
            d = parse_date(m.group(0))
            if d and (best is None or m.start() < best[1].start()):
                best = (d, m)
            break
    return best


#: "KYIV, Ukraine, Nov. 20 (Reuters) -", "Kiev, 20 November 2024 (dpa/MIA) -": a place
#: (and maybe a region), a date, then an agency in brackets or a dash, at a line start
_PLACE = r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},[ \t]+"
_DATELINE_HEADS = (re.compile(_PLACE), re.compile(_PLACE + _PLACE.replace("[ \\t]*", "", 1)))
_LINE_START = re.compile(r"(?m)^")


def find_dateline_date(text: str) -> tuple[dt.date, re.Match] | None:
    """A date in a dateline: "PLACE, DATE (Agency) -" or "PLACE, DATE -" at a line start."""
    for line in _LINE_START.finditer(text):
        for head_re in _DATELINE_HEADS:
            head = head_re.match(text, line.start())
            if not head:
                continue
            rest = text[head.end():head.end() + 80]
            for pat in (DAY_MONTH, MONTH_DAY, ISO):
                m = pat.match(rest)
                if m and (pat is ISO or m["year"]):
                    after = rest[m.end():m.end() + 4].lstrip()
                    if after[:1] in ("(", "-", "–", "—", "/"):
                        d = parse_date(m.group(0))
                        if d:
                            return d, m
    return None
