"""date_unit: weekdays that do not fit their dates, and impossible dates. The family's
other rules (conversions, figures, time zones, event weekdays) live in their own modules
and are listed by ``rules()`` here.

A date written without a year is read in the year that puts it nearest the story date;
when the story date is unknown (no front matter, no dateline) such dates are left
alone, since any weekday fits some recent year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Iterator

from ..dates import DAY_MONTH, ISO, MONTH_DAY, MONTHS, WEEKDAYS, day_month_dates, month_day_dates
from ..finding import Finding, Severity
from .dates_far_year import far_year_findings
from ..rule import BaseRule

CATEGORY = "date_unit"
_WEEKDAY_PREFIX = {w[:3]: i for i, w in enumerate(WEEKDAYS)}


def _written_dates(text: str, lower: str | None = None) -> Iterator[re.Match]:
    """Day-month and month-day dates, each span once (``lower``: the text's ``re_lower``)."""
    seen: set[tuple[int, int]] = set()
    for found in (day_month_dates(text), month_day_dates(text, lower)):
        for m in found:
            if m.span() not in seen:
                seen.add(m.span())
                yield m


def _dates_of(doc) -> list[re.Match]:
    """``_written_dates`` of the document's text, found once for the weekday and the
    impossible-date rules (two case-blind scans of the whole text each otherwise)."""
    return doc.shared("dates.written", lambda: list(_written_dates(doc.text, doc.re_lower)))


def _weekday_of(m: re.Match, text: str) -> int | None:
    """The weekday the text names before the date, if it is a real weekday word: the
    full name, or an abbreviation marked by a point or comma ("Tue., Nov. 20")."""
    if not m["weekday"]:
        return None
    start = m.start("weekday")
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-’'"):
        return None  # "Simon 20 May": the letters belong to another word
    word_end = m.end("weekday")
    rest = text[word_end : word_end + 4]
    full = rest.lower().startswith("day")
    if not full and not rest[:1] in ".,":
        return None
    return _WEEKDAY_PREFIX.get(m["weekday"][:3].lower())


def _candidates(day: int, month: int, around: dt.date) -> list[dt.date]:
    """The dates a yearless "14 April" may mean: the one nearest the story date, and the
    latest one before it (copy often looks back: "on Sunday, 14 April, he was told")."""
    dates = []
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            dates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not dates:
        return []
    nearest = min(dates, key=lambda d: abs(d - around))
    past = [d for d in dates if d <= around]
    return [nearest] + ([max(past)] if past and max(past) != nearest else [])


class WeekdayMismatchRule(BaseRule):
    id = "dates.weekday-mismatch"
    category = CATEGORY
    severity = Severity.WARNING
    description = 'A weekday that does not fit the date it names ("Tuesday, 20 November 2024" was a Wednesday).'

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        story = doc.story_date
        found = [
            (
                m,
                _weekday_of(m, text),
                int(m["day"]),
                MONTHS[m["month"].lower().rstrip(".")],
                int(m["year"]) if m["year"] else None,
            )
            for m in _dates_of(doc)
        ]
        found += list(_weekday_beside(text))
        for m, named, day, month, year in found:
            if named is None:
                continue
            if year:
                try:
                    date = dt.date(year, month, day)
                except ValueError:
                    continue  # reported by dates.impossible
                basis = ""
            else:
                if story.source == "today" or _year_follows(text, m.end()):
                    continue
                candidates = _candidates(day, month, story.date)
                if not candidates or any(d.weekday() == named for d in candidates):
                    continue
                date = candidates[0]
                basis = f" (read in {date.year}, the year nearest the story date {story.date:%d %B %Y})"
            if date.weekday() == named:
                continue
            actual = WEEKDAYS[date.weekday()].capitalize()
            written = WEEKDAYS[named].capitalize()
            when = f"{date.day} {date:%B %Y}"
            yield self.finding(
                doc,
                m.start(),
                m.end(),
                f"{when} was a {actual}, not a {written}{basis}; correct the weekday or the date.",
                suggestions=[actual],
                evidence=f"calendar: {date.isoformat()} is a {actual}",
            )


_DAY_NAMES = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_BARE_DATE = r"(?P<date>(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+[0-3]?\d(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d\d)?)"
#: the weekday beside the date in other forms: "Monday (26 September)", "26 September
#: (Monday)", "26 September, a Monday,"
_WEEKDAY_BESIDE = [
    re.compile(r"\b" + _DAY_NAMES + r"\s*\(\s*" + _BARE_DATE + r"\s*\)"),
    re.compile(r"\b" + _BARE_DATE + r"\s*\(\s*" + _DAY_NAMES + r"\s*\)"),
    re.compile(r"\b" + _BARE_DATE + r",\s+(?:which\s+(?:was|is)\s+)?a\s+" + _DAY_NAMES + r"\b"),
]
#: "today (Tuesday)", "yesterday, Monday,", "Wednesday (tomorrow)": a weekday pinned to the story date
_RELATIVE_DAY = [
    re.compile(r"\b(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow)\s*\(\s*" + _DAY_NAMES + r"\s*\)"),
    re.compile(r"\b(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow),\s+" + _DAY_NAMES + r","),
    re.compile(r"\b" + _DAY_NAMES + r"\s*\(\s*(?P<rel>today|yesterday|tomorrow)\s*\)"),
]
_OFFSET = {"today": 0, "yesterday": -1, "tomorrow": 1}


def _parse_bare(date_text: str) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) of "26 September", "Sept. 26th, 2023"."""
    for pat in (DAY_MONTH, MONTH_DAY):
        m = pat.fullmatch(date_text)
        if m and not m["weekday"]:
            return int(m["day"]), MONTHS[m["month"].lower().rstrip(".")], int(m["year"]) if m["year"] else None
    return None


#: the weekday names as every ``_WEEKDAY_BESIDE`` form writes them, with their capitals
_DAY_WORDS = tuple(w.capitalize() for w in WEEKDAYS)


def _weekday_beside(text: str) -> Iterator[tuple[re.Match, int, int, int, int | None]]:
    """(match, weekday, day, month, year) for a weekday written beside a date in parentheses
    or as an appositive. A story naming no weekday (about half of clean news) is not
    scanned: each form names one, and two of them are tried at every character."""
    if not any(w in text for w in _DAY_WORDS):
        return
    for pat in _WEEKDAY_BESIDE:
        for m in pat.finditer(text):
            parts = _parse_bare(m["date"])
            if parts:
                yield (m, WEEKDAYS.index(m["wd"].lower()), *parts)


class RelativeWeekdayRule(BaseRule):
    id = "dates.relative-weekday"
    category = CATEGORY
    severity = Severity.WARNING
    description = '"today (Tuesday)", "yesterday, Monday," where the story date falls on another day.'

    def check(self, doc) -> Iterator[Finding]:
        story = doc.story_date
        if story.assumed or story.source in ("dated line", "url", "updated line"):
            return  # only the date the page says it was published pins "today"
        for pat in _RELATIVE_DAY:
            for m in pat.finditer(doc.text):
                rel = m["rel"].lower()
                day = story.date + dt.timedelta(days=_OFFSET[rel])
                named = WEEKDAYS.index(m["wd"].lower())
                if day.weekday() == named:
                    continue
                actual = WEEKDAYS[day.weekday()].capitalize()
                yield self.finding(
                    doc,
                    m.start(),
                    m.end(),
                    f"“{rel}” is {actual} {day.day} {day:%B %Y} in a story dated {story.date.day} "
                    f"{story.date:%B %Y} ({story.source}), not {WEEKDAYS[named].capitalize()}; "
                    "correct the weekday or check the story date.",
                    suggestions=[actual],
                    evidence=f"story date {story.date.isoformat()} from {story.source}",
                )


def _year_follows(text: str, end: int) -> bool:
    """A year glued on in a form the date pattern does not read ("9 January-2011")."""
    return re.match(r"\s*[-/.–]\s*(?:19|20)\d\d", text[end : end + 8]) is not None


_SHORT_MONTHS = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}


class ImpossibleDateRule(BaseRule):
    id = "dates.impossible"
    category = CATEGORY
    severity = Severity.WARNING
    description = ("A date that does not exist (30 February, 31 April), or a full date whose year lies "
                   "far after every year the story gives (“March 12, 2205” in a story of 2025).")

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        for m in _dates_of(doc):
            month, day = MONTHS[m["month"].lower().rstrip(".")], int(m["day"])
            if month not in _SHORT_MONTHS or day > 31:
                continue
            if m.re is MONTH_DAY and not (m["year"] or m["weekday"] or _after_on(text, m.start())):
                continue  # "in June 31 people died" is not a date
            year = int(m["year"]) if m["year"] else None
            limit = _SHORT_MONTHS[month]
            if month == 2 and year is not None:
                limit = 29 if calendar.isleap(year) else 28
            if day <= limit:
                continue
            name = calendar.month_name[month]
            because = f"{name} {year} has {limit} days" if year else f"{name} has at most {limit} days"
            yield self.finding(
                doc,
                m.start(),
                m.end(),
                f"“{m.group(0)}” is not a date: {because}; check the day and the month.",
                evidence=because,
            )
        for m in ISO.finditer(text):
            try:
                dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
            except ValueError:
                if 1 <= int(m["month"]) <= 12:
                    yield self.finding(
                        doc,
                        m.start(),
                        m.end(),
                        f"“{m.group(0)}” is not a date; check the day and the month.",
                    )
        yield from far_year_findings(self, doc)


def _after_on(text: str, pos: int) -> bool:
    return text[max(0, pos - 3) : pos].lower() == "on "


def rules():
    from .conversions import rules as conversion_rules
    from .dates_events import rules as event_rules
    from .dates_tense import rules as tense_rules
    from .figures import rules as figure_rules
    from .dates_decade import rules as decade_rules
    from .dates_duration import rules as duration_rules
    from .dates_year_turn import rules as year_turn_rules
    from .dates_poll_points import rules as poll_points_rules
    from .dates_percent_points import rules as percent_points_rules
    from .figures_change import rules as change_rules
    from .dates_missing_month import rules as missing_month_rules
    from .units_space import rules as space_rules
    from .timezones import rules as timezone_rules

    return [
        WeekdayMismatchRule(),
        RelativeWeekdayRule(),
        ImpossibleDateRule(),
        *conversion_rules(),
        *figure_rules(),
        *timezone_rules(),
        *event_rules(),
        *tense_rules(),
        *year_turn_rules(),
        *decade_rules(),
        *duration_rules(),
        *poll_points_rules(),
        *percent_points_rules(),
        *change_rules(),
        *missing_month_rules(),
        *space_rules(),
    ]
