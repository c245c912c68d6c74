"""dates.timezone-weekday: one moment given in two time zones that cannot both be right.

"Friday morning Tokyo time, or Thursday morning London time": Tokyo is eight or nine
hours ahead of London, so a Tokyo Friday morning is a London Thursday evening or
night. The pair is judged with the time-zone database at the story date
(daylight saving included); parts of the day are read generously (a morning is 4:00 to
12:00, an evening 16:00 to 23:00) and a finding is made only when no reading of the two
phrases fits. The places and their zones are data: ``[timezones]`` in ``rules/units.toml``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterator

import regex

from ..data import load_data
from ..dates import WEEKDAYS
from ..finding import Finding, Severity
from ..rule import BaseRule
from ..ordering import longest_first

#: the hours a part of the day may mean, read generously
PARTS = {
    "morning": set(range(4, 13)),
    "afternoon": set(range(12, 19)),
    "evening": set(range(16, 24)),
    "night": set(range(19, 24)) | set(range(0, 6)),
    "midday": {11, 12, 13},
    "noon": {11, 12, 13},
    "midnight": {23, 0, 1},
}
#: what joins two phrases that give one moment: "A, or B", "A (B)", "A / B", "A, which is B"
_SAME_MOMENT = regex.compile(
    r"\s*(?:,?\s*or|\(|/|[—–]|,\s*(?:which|that)\s+(?:is|was|will\s+be|would\s+be))\s*(?:on\s+|at\s+)?"
)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], regex.Pattern, regex.Pattern]:
    zones = {str(k): str(v) for k, v in load_data("units.toml").get("timezones", {}).items()}
    places = "|".join(regex.escape(p) for p in sorted(zones, key=longest_first))
    clock = r"(?:(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap])\.?m\.?\s+(?:on\s+)?)?"
    day = r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    part = r"(?:\s+(?P<part>" + "|".join(PARTS) + r"))?"
    where = (
        r"(?:\s+(?:in\s+(?P<place>" + places + r")\b(?:\s+time)?|(?P<place>" + places + r")\s+time)"
        r"|\s+\(?(?P<place>[A-Z]{2,4})\b)"
    )
    # what every kept match holds from its weekday on: the part of the day, then the start of
    # a place the table knows (its first letter), maybe after "in" or a bracket
    firsts = "".join(sorted({regex.escape(p[0]) for p in zones}))
    shape = day + part + r"\s+(?:in\s+|\()?(?=[" + firsts + "])" if zones else r"(?!)"
    return zones, regex.compile(clock + day + part + where), regex.compile(shape)


def _zone(name: str):
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None  # no time-zone database on this system: nothing is judged


def _hours(m: regex.Match) -> set[int]:
    if m["hour"]:
        h = int(m["hour"]) % 12 + (12 if m["ampm"].lower() == "p" else 0)
        return {h}
    if m["part"]:
        return PARTS[m["part"].lower()]
    return set(range(24))


def _fits(a: regex.Match, za, b: regex.Match, zb, around: dt.date) -> tuple[bool, list[dt.datetime]]:
    """Whether some reading of ``a`` is a reading of ``b``; and what ``a`` is in ``b``'s zone."""
    wa, wb = WEEKDAYS.index(a["wd"].lower()), WEEKDAYS.index(b["wd"].lower())
    hb = _hours(b)
    if b["hour"]:  # a clock time: allow an hour either way for daylight saving slips
        hb = {(h + d) % 24 for h in hb for d in (-1, 0, 1)}
    seen = []
    for delta in range(-3, 4):
        day = around + dt.timedelta(days=delta)
        if day.weekday() != wa:
            continue
        for h in sorted(_hours(a)):
            t = dt.datetime(day.year, day.month, day.day, h, 30, tzinfo=za).astimezone(zb)
            seen.append(t)
            if t.weekday() == wb and t.hour in hb:
                return True, seen
    return False, seen


class TimezoneWeekdayRule(BaseRule):
    id = "dates.timezone-weekday"
    category = "date_unit"
    severity = Severity.WARNING
    description = 'One moment given in two time zones that do not fit ("Friday morning Tokyo time, or Thursday morning London time").'

    def check(self, doc) -> Iterator[Finding]:
        zones, pattern, shape = _table()
        text = doc.text
        shaped = shape.finditer(text)
        if next(shaped, None) is None or next(shaped, None) is None:
            return  # a pair needs two weekdays, each before a known place: the scan below finds none
        found = [m for m in pattern.finditer(text) if m["place"] in zones]
        for a, b in zip(found, found[1:]):
            if not _SAME_MOMENT.fullmatch(text, a.end(), b.start()) or zones[a["place"]] == zones[b["place"]]:
                continue  # two events, not one moment in two zones
            za, zb = _zone(zones[a["place"]]), _zone(zones[b["place"]])
            if za is None or zb is None:
                continue
            ok, seen = _fits(a, za, b, zb, doc.story_date.date)
            if ok or not seen:
                continue
            first, last = seen[0], seen[-1]
            when = (
                f"{first:%A} {first:%H}:00"
                if first.date() == last.date() and first.hour == last.hour
                else f"{first:%A} {first:%H}:00 to {last:%A} {last:%H}:00"
            )
            yield self.finding(
                doc,
                b.start(),
                b.end(),
                f"“{a.group(0).strip()}” is {when} in {b['place']}, so “{b.group(0).strip()}” does not fit; "
                "correct the weekday or the time of day.",
                suggestions=[f"{first:%A}"] if first.weekday() == last.weekday() else [],
                evidence=f"time-zone database: {zones[a['place']]} and {zones[b['place']]} at {doc.story_date.date}",
            )


#: "11:41 local time (05:51 GMT)": a clock time in one zone and the same moment in UTC
_LOCAL_AND_UTC = regex.compile(
    r"(?<![\d:])(?P<lh>\d{1,2})[:.](?P<lm>[0-5]\d)[ \t]*(?P<lap>[ap]\.?m\.?)?[ \t]+local[ \t]+time[ \t]*"
    r"\([ \t]*(?P<uh>\d{1,2})[:.](?P<um>[0-5]\d)[ \t]*(?P<uap>[ap]\.?m\.?)?[ \t]+(?:GMT|UTC)[ \t]*\)",
    regex.IGNORECASE,
)


def _minutes(hour: str, minute: str, ampm: str | None) -> int | None:
    h, m = int(hour), int(minute)
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    elif h > 23:
        return None
    return h * 60 + m


class LocalTimeOffsetRule(BaseRule):
    """Every time zone is a whole number of quarter-hours from UTC (Nepal +5:45, India +5:30),
    so a local time and its UTC twin that differ by anything else cannot both be right."""

    id = "dates.local-time-offset"
    category = "date_unit"
    severity = Severity.WARNING
    description = 'A local time and its GMT/UTC equivalent that no time zone separates ("11:41 local time (05:51 GMT)").'

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        if "local time" not in doc.folded:
            return
        for m in _LOCAL_AND_UTC.finditer(text):
            local = _minutes(m["lh"], m["lm"], m["lap"])
            utc = _minutes(m["uh"], m["um"], m["uap"])
            if local is None or utc is None:
                continue
            offset = (local - utc) % (24 * 60)
            if offset % 15 == 0:
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: the two times are {offset // 60} h {offset % 60:02d} min apart, and no time "
                "zone is offset from GMT by anything but whole quarter-hours; one of the times is wrong.",
                evidence="time-zone offsets are multiples of 15 minutes",
            )


@lru_cache(maxsize=1)
def _clock_table() -> tuple[dict[str, str], regex.Pattern | None]:
    """Places whose clock a story may give ("11am Jamaica time"): the hand table of
    ``[timezones]`` and the last part of every zone name the time-zone database holds
    ("America/Jamaica" -> Jamaica, "America/New_York" -> New York), with the pattern that
    reads "<clock> <place> time (<clock> GMT)"."""
    zones, _, _ = _table()
    places = dict(zones)
    try:
        from zoneinfo import available_timezones

        names = available_timezones()
    except Exception:  # noqa: BLE001 - no database: only the hand table
        names = set()
    for name in sorted(names):
        area, _, city = name.rpartition("/")
        if area and area not in ("Etc", "SystemV", "US", "Brazil", "Canada", "Chile", "Mexico") and city.isascii():
            places.setdefault(city.replace("_", " "), name)
    if not places:
        return places, None
    alts = "|".join(regex.escape(p) for p in sorted(places, key=longest_first))
    clock = r"(?P<{h}>\d{{1,2}})(?:[:.](?P<{m}>[0-5]\d))?[ \t]*(?P<{ap}>[ap]\.?m\.?)?"
    pattern = regex.compile(
        r"(?<![\d:.])" + clock.format(h="lh", m="lm", ap="lap") + rf"[ \t]+(?:in[ \t]+)?(?P<place>{alts})[ \t]+time[ \t]*"
        r"\([ \t]*" + clock.format(h="uh", m="um", ap="uap") + r"[ \t]+(?:GMT|UTC)\b"
    )
    return places, pattern


class ZoneClockRule(BaseRule):
    """"11am Jamaica time (04.00 GMT)": Jamaica is five hours behind GMT, so 11am there is
    16:00 GMT. The zone's offset on the story date comes from the time-zone database, with
    an hour's leeway either way for daylight saving."""

    id = "dates.zone-clock"
    category = "date_unit"
    severity = Severity.WARNING
    description = 'A place\'s clock time and its GMT/UTC twin that the place\'s time zone does not separate ("11am Jamaica time (04.00 GMT)").'

    def check(self, doc) -> Iterator[Finding]:
        if " time" not in doc.folded or ("gmt" not in doc.folded and "utc" not in doc.folded):
            return
        places, pattern = _clock_table()
        if pattern is None:
            return
        for m in pattern.finditer(doc.text):
            if not (m["lap"] or m["lm"]) or not (m["uap"] or m["um"]):
                continue  # "11 Jamaica time": not a clock
            local = _minutes(m["lh"], m["lm"] or "00", m["lap"])
            utc = _minutes(m["uh"], m["um"] or "00", m["uap"])
            zone = _zone(places[m["place"]])
            if local is None or utc is None or zone is None:
                continue
            day = doc.story_date.date
            offset = dt.datetime(day.year, day.month, day.day, 12, tzinfo=zone).utcoffset()
            if offset is None:
                continue
            want = int(offset.total_seconds() // 60)
            got = local - utc
            if any((got - want - d) % (24 * 60) == 0 for d in (-60, 0, 60)):
                continue
            right = (local - want) % (24 * 60)
            hours = abs(want) / 60
            side = "ahead of" if want > 0 else "behind"
            gap = f"{hours:g} hours {side} GMT" if want else "on GMT"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: {m['place']} is {gap}, so {m.group(0).split(m['place'])[0].strip()} there is "
                f"{right // 60:02d}:{right % 60:02d} GMT; one of the times is wrong.",
                suggestions=[f"{right // 60:02d}:{right % 60:02d} GMT"],
                evidence=f"time-zone database: {places[m['place']]} at {day}",
            )


def rules():
    return [TimezoneWeekdayRule(), LocalTimeOffsetRule(), ZoneClockRule()]
