"""The page's time stamp in any notation: a line that is nothing but a date and a clock time.

A draft carries a date line at most ("March 3, 2025"); the time of day beside a date is the
page's stamp, printed by the CMS. Sites print it in their own notation: numeric dates with
dots ("2023. 11. 07. 14:05"), a month marker of another script ("9 3월 2011 - 7:42AM"),
several time zones ("Updated: 06:40 AST 09:40 - GMT 06:40"). The shape is the same: date
and clock tokens only, a zone's capitals or an update label at most. Clock times alone
("10:30 - 11:45", a player's "0:00 0:01:18") and numbers with dots (odds, scores) are not
taken, nor a score with its minute ("3-1 45:00"): a stamp needs a colon clock (or am/pm)
and a year, a month or weekday, or a zone beside it.
"""
from __future__ import annotations

import regex

from . import patterns as P

#: a time zone's letters beside the clock: "GMT", "KSA", "WIB", "IST"
_ZONE = regex.compile(r"(?<![\p{L}\d])\p{Lu}{2,4}(?![\p{L}\d])")
#: the stamp's label: "Update", "Last Update", "Updated"
_LABEL = regex.compile(r"(?i)(?<![\p{L}])(?:last[ \t]+)?updated?(?![\p{L}])")
#: a date's unit marker glued to its number in an East Asian notation: "3월", "2011年", "9日"
_UNIT_MARK = regex.compile(r"(?<=\d)[ \t]?[년월일年月日]")
#: a clock with a colon or a meridiem: "14:05", "7:42AM", "7 am" (not "2.10", which may be odds)
_CLOCK = regex.compile(r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}(?:[:.]\d{2})?[ \t]*(?:am|pm)\b")

#: a date part that no score or count has: a year, a month or weekday name, a day.month.year
_DATE_PART = regex.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    rf"|(?i:\b(?:{P._MONTH}|{P._WEEKDAY})(?![\w]))"
)


def clock_stamp(text: str) -> bool:
    """True for a line of date and clock tokens only, with a date part or a zone beside the
    clock: the page's stamp, whatever its notation."""
    t = text.strip()
    if len(t) > 80 or not _CLOCK.search(t):
        return False
    zoned = bool(_ZONE.search(t)) or bool(_LABEL.search(t))
    bare = _UNIT_MARK.sub(" ", _LABEL.sub(" ", _ZONE.sub(" ", t)))
    dates, rest = P.stamp_leftover(bare)
    if dates < 2 or rest:
        return False
    return zoned or bool(_DATE_PART.search(bare))
