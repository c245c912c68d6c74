"""Finding and parsing calendar dates in news text (datelines, front matter, body)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
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
#: what every DAY_MONTH match holds: its day's last digit and the month after it. A text
#: without one holds no DAY_MONTH date and is not scanned for them (``day_month_dates``):
#: the optional weekday in front makes ``re`` try DAY_MONTH at every character, while a
#: pattern opening with a digit is skipped along to the digits (~10x faster over news)
_DAY_BEFORE_MONTH = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH, re.IGNORECASE)


def day_month_dates(text: str) -> Iterator[re.Match]:
    """``DAY_MONTH.finditer(text)``, without the scan when no day stands before a month."""
    if _DAY_BEFORE_MONTH.search(text) is None:
        return iter(())
    return DAY_MONTH.finditer(text)


#: "Tuesday, November 20, 2024", "Nov. 20"
MONTH_DAY = re.compile(
    _WEEKDAY + r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
#: where a MONTH_DAY match may start, in ``re_lower``'s text: the first three letters of a
#: weekday or a month (both of its forms open so) after no word character. Found with a
#: plain pattern, which ``re`` skips along to its first letters, where MONTH_DAY's optional
#: weekday in front makes it try every character
_MONTH_DAY_STARTS = re.compile(r"(?<!\w)(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def month_day_dates(text: str, lower: str | None = None) -> Iterator[re.Match]:
    """``MONTH_DAY.finditer(text)``, tried only where a match may start (``lower``: the
    text's ``re_lower``, if the caller has it)."""
    return finditer_from(MONTH_DAY, _MONTH_DAY_STARTS, text, re_lower(text) if lower is None else lower)


def finditer_from(pattern: re.Pattern[str], starts: re.Pattern[str], text: str, lower: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match starts where ``starts``
    finds a match in ``lower`` (the text's ``re_lower``): ``pattern`` is tried there alone,
    left to right and never inside its last match, which gives ``finditer``'s matches when
    no start of ``pattern`` lies inside a match of ``starts`` (a start after no word
    character, and ``starts`` matching letters only)."""
    end = 0
    for start in starts.finditer(lower):
        if start.start() >= end and (m := pattern.match(text, start.start())):
            end = m.end()
            yield m


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


#: a sentence opened by a preposition before its date narrates an event ("On 24 February
#: 2022, the army crossed ...", "Since 3 May 2019, ..."): background, not the page's date
_NARRATED = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n)[^\S\n]*[\"“]?(?:On|Since|From|Until|Till|By|Before|After|Between|"
                       r"Back\s+(?:on|in)|Ever\s+since)\s+$", re.IGNORECASE)


#: the letters ``re``'s case-blind match reads as an ASCII letter that ``str.lower`` does
#: not turn into it (tests/test_story_date_scans.py and tests/test_prefilter_scans.py find
#: them among all characters); none changes the text's length ('İ' alone lowers to two)
_CASE_ODD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def re_lower(text: str) -> str:
    """``text`` lower-cased as the standard library's case-blind ``re`` reads an ASCII
    letter, each character in its place: a text whose ``re_lower`` lacks an ASCII word
    holds no case-blind ``re`` match of it (a prefilter). As ``translate(_CASE_ODD)`` and
    ``lower``, by ``replace``: ``translate`` with a table looks up every character of a
    text that is not ASCII in Python's dict (~0.34 ms a clean article, 15x the replaces)."""
    if text.isascii():
        return text.lower()
    low = (text.replace("İ", "i") if "İ" in text else text).lower()
    if "ı" in low:
        low = low.replace("ı", "i")
    return low.replace("ſ", "s") if "ſ" in low else low


#: what every date ``find_written_date`` keeps holds: its year
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def find_written_date(text: str) -> tuple[dt.date, re.Match] | None:
    """The first full date (with a year) written in ``text``, with its match; a date in a
    sentence that opens with a preposition before it narrates the past and is skipped.
    A text without a year's digits is not scanned (the optional weekday in front of the
    patterns makes ``re`` try them at every character)."""
    if _YEAR_DIGITS.search(text) is None:
        return None
    best = None
    for pat in (DAY_MONTH, MONTH_DAY, ISO):
        found = (day_month_dates(text) if pat is DAY_MONTH else month_day_dates(text) if pat is MONTH_DAY
                 else pat.finditer(text))
        for m in found:
            if pat is not ISO and not m["year"]:
                continue
            if _NARRATED.search(text, max(0, m.start() - 40), m.start()):
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
            rest = text[head.end() : head.end() + 80]
            for pat in (DAY_MONTH, MONTH_DAY, ISO):
                m = pat.match(rest)
                if m and (pat is ISO or m["year"]):
                    after = rest[m.end() : m.end() + 4].lstrip()
                    if after[:1] in ("(", "-", "–", "—", "/"):
                        d = parse_date(m.group(0))
                        if d:
                            return d, m
    return None


#: " date 2021-03-17 " at the very top: the date a scraper or an archive stamped on the page
_SCRAPE_PREFIX = re.compile(r"\A\s*date:?\s+(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b", re.I)
#: "Published: 4 May 2019", "First Published: Sat, May 4 2019.", "Updated 14 February 2023",
#: "Original: Dec 21, 2016" (under an "Updated:" stamp: the story's own date)
_PUBLISHED = re.compile(
    r"\b(?:(?:first|originally)\s+)?(?:published|updated?|posted|original(?=\s*:)|last\s+(?:updated|modified))"
    r"(?:\s+(?:on|at))?"
    r"\s*[:|–—-]?\s*",
    re.I,
)
_UPDATED = re.compile(r"update|modified", re.I)
#: the words one of which every ``_PUBLISHED`` label holds
_LABEL_WORDS = ("published", "update", "posted", "original", "modified")


def _labels(line: str) -> Iterator[re.Match]:
    """``_PUBLISHED.finditer(line)``, not scanned (it is tried at every character) when
    the line holds none of its words, as most of a story's lines do not."""
    low = re_lower(line)
    if not any(w in low for w in _LABEL_WORDS):
        return iter(())
    return _PUBLISHED.finditer(line)


#: "17.3.2021 09:41:05 CET": a European numeric date, trusted only with a clock time after it
_NUMERIC_TIMED = re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\s+[0-2]?\d:[0-5]\d")
#: "2025.09.30 14:35", "2025/09/30": year first, so day and month cannot be mistaken
_YEAR_FIRST = re.compile(r"\b(?P<year>(?:19|20)\d\d)[./](?P<month>[01]?\d)[./](?P<day>[0-3]?\d)\b")
#: "19-Dec-2025", "Updated on 19-Dec-2025": day, month name and year joined by hyphens
_DMY_HYPHEN = re.compile(r"\b(?P<day>[0-3]?\d)-" + _MONTH.replace(r")\.?", ")") + r"-(?P<year>(?:19|20)\d\d)\b", re.I)
#: "2023-02-11 13:09:10 [Source: Xinhua] [Editor: ...]": an ISO date with a clock time opening
#: its line is a timestamp, whatever furniture follows it
_ISO_TIMED = re.compile(r"\s*(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)[ T][0-2]\d:[0-5]\d")
#: a line deeper in a scraped page that is still the story's stamp: a date with a clock time
#: after it ("Sat, 20 Dec, 2025 - 06:36", "November 3, 2025 (8:42 AM ET)") or a byline with
#: its date ("By Jo Bloggs on Dec. 19, 2025"), nothing else on the line
_DEEP_BYLINE = re.compile(r"\s*By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+on\s+")
_CLOCK_AFTER = re.compile(r"\s*(?:[-–—|,(]\s*)?(?:at\s+)?[0-2]?\d:[0-5]\d(?:\s*(?:[AaPp]\.?[Mm]\.?))?"
                          r"(?:\s*[A-Z]{2,4})?\)?\s*$")
#: how many non-empty lines from the top a clock-stamped or bylined date may stand
DEEP_LINES = 40
#: a year glued to the next widget by a scraper ("March 3, 20212021 Results")
_GLUED_YEAR = re.compile(r"((?:19|20)\d\d)(?=(?:19|20)\d\d\b)")
#: what may stand before a "Published" label on its line: nothing, a byline and a bar
_LABEL_START = re.compile(r"\s*(?:.{0,60}\s[|·•–—-]\s*)?")
#: lower-case words a byline or timestamp holds ("by", "on", "a.m.")
_STAMP_WORDS = {"by", "on", "at", "am", "pm", "a.m", "p.m", "and", "of", "the", "in", "for"}
#: how many non-empty lines at the top and the bottom may carry the page's own date
HEAD_LINES, TAIL_LINES = 8, 4
#: a dated line is furniture, not a sentence: at most this many words beside the date
DATED_LINE_WORDS = 8
#: the most whitespace-separated words one written date spans ("Tuesday, the 20th of November,
#: 2024": DAY_MONTH; the other forms span fewer), so a line of more words than this and
#: DATED_LINE_WORDS together holds no dated line, whichever date it holds
_DATE_WORDS = 6


def find_story_date(text: str) -> tuple[dt.date, str] | None:
    """The page's own date from the furniture around the copy, and where it came from: a
    scrape metadata prefix (" date 2021-03-17 "), a "Published"/"Updated" line, or a short
    dated line (a byline, a timestamp) among the first or last lines. Dates in sentences
    are left alone: a story mentions many dates, and only the page's own stamp is the
    story date."""
    m = _SCRAPE_PREFIX.match(text)
    if m:
        d = _ymd(m)
        if d:
            return d, "scrape metadata"
    lines = _edge_lines(text)
    updated = None
    for n, line in enumerate(lines):
        for p in _labels(line):
            if not _LABEL_START.fullmatch(line, 0, p.start()):
                continue  # "a study published on 3 May 2015" is an event, not the page's stamp
            found = _date_at(line, p.end())
            if found is None and not line[p.end():].strip() and n + 1 < len(lines):
                found = _date_at(lines[n + 1].strip(), 0)  # "Published:" with the date on the next line
            if found and _UPDATED.search(p.group(0)):
                updated = updated or found  # a later revision: used only when nothing says "published"
            elif found:
                return found, "published line"
    if updated:
        return updated, "updated line"
    for line in lines:
        d = _dated_line(line)
        if d and not copy_is_later(text, line, d):
            return earlier_header_date(text[:1000], d) or d, "dated line"
    for line in [ln for ln in text.split("\n") if ln.strip()][:DEEP_LINES]:
        d = _deep_stamp(line)
        if d:
            return d, "dated line"
    return None


#: how far past a dated line every full date of the copy must lie for the line to be furniture
LATER_DAYS = 400


def earlier_header_date(head: str, d: dt.date) -> dt.date | None:
    """A date on a short line of the page's header, above the first paragraph, earlier than
    ``d`` (the first date written): "Saturday, 21 September 2019" on top is the site's
    date of the day, "Example Online, Tuesday 17 Jan 2017" under the headline the story's."""
    best = None
    for line in head.split("\n"):
        n = len(line.split())
        if n > 25 or n > 12 and line.rstrip().endswith((".", "”", '"')):
            break  # the first paragraph (a standfirst has no full stop): the header ends
        if n > 12:
            continue
        found = find_written_date(line)
        if found and found[0] < d and (best is None or found[0] < best):
            best = found[0]
    return best


def copy_is_later(text: str, line: str, d: dt.date) -> bool:
    """Whether every full date the rest of the page gives lies more than a year after the
    dated line's: the line is then a forum member's join date, an old comment or an archive
    stamp beside copy written later ("Staff member / Oct 7, 2008" over a 2021 story), not
    the story's own date. Precision first: without a date the date rules stay quiet."""
    rest = text.replace(line, " ", 1)
    found = [parse_date(m.group(0)) for it in (day_month_dates(rest), month_day_dates(rest)) for m in it
             if m["year"]]
    dates = [x for x in found if x is not None]
    return bool(dates) and all((x - d).days > LATER_DAYS for x in dates)


def _deep_stamp(line: str) -> dt.date | None:
    """A line below the first few that is still the page's stamp: a date and a clock time
    alone on it, "By Name on DATE", a "Published"/"Updated" label opening the line, or an ISO
    date with a clock time opening it (a feed's timestamp, whatever furniture follows)."""
    label = _PUBLISHED.match(line.lstrip())
    if label:  # "Updated on 19-Dec-2025" under a long navigation block
        return _date_at(line.lstrip(), label.end())
    stamp = _ISO_TIMED.match(_GLUED_YEAR.sub(r"\1 ", line))
    if stamp:  # "2023-02-11 13:09:10 [Source: ...]" under a long navigation block
        return _ymd(stamp)
    byline = _DEEP_BYLINE.match(line)
    pos = byline.end() if byline else len(line) - len(line.lstrip())
    rest = line[pos:]
    for pat in (DAY_MONTH, MONTH_DAY, ISO):
        m = pat.match(rest)
        if m and m["year"]:
            tail = rest[m.end():]
            if (byline and not tail.strip(" .")) or _CLOCK_AFTER.match(tail):
                return parse_date(m.group(0))
    return None


def _edge_lines(text: str) -> list[str]:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    head = lines[:HEAD_LINES]
    return head + [ln for ln in lines[len(head) :][-TAIL_LINES:]]


def _ymd(m: re.Match) -> dt.date | None:
    try:
        return dt.date(
            int(m["year"]),
            int(m["month"]) if m["month"].isdigit() else MONTHS[m["month"].lower().rstrip(".")],
            int(m["day"]),
        )
    except (ValueError, KeyError):
        return None


def _date_at(line: str, pos: int) -> dt.date | None:
    """A full date starting at ``pos`` (after a label), in any of the written forms."""
    rest = _GLUED_YEAR.sub(r"\1 ", line[pos : pos + 60])
    for pat in (DAY_MONTH, MONTH_DAY, ISO, _NUMERIC_TIMED, _YEAR_FIRST, _DMY_HYPHEN):
        m = pat.match(rest)
        if m and m["year"]:
            return _ymd(m)
    return None


def _dated_line(line: str) -> dt.date | None:
    """A short line that is mostly a date: "March 3, 2021", "By Jo Bloggs | 4 May 2019",
    "17.3.2021 09:41:05 CET | Newswire | Media release"."""
    fixed = _GLUED_YEAR.sub(r"\1 ", line)
    stamp = _ISO_TIMED.match(fixed)
    if stamp:
        return _ymd(stamp)
    if len(fixed.split()) > DATED_LINE_WORDS + _DATE_WORDS:
        return None  # a paragraph: every date in it has too many words beside it (below)
    for pat in (DAY_MONTH, MONTH_DAY, ISO, _NUMERIC_TIMED, _YEAR_FIRST, _DMY_HYPHEN):
        for m in pat.finditer(fixed):
            if not m["year"]:
                continue
            rest = (fixed[: m.start()] + " " + fixed[m.end() :]).split()
            lower = [w for w in rest if w[:1].islower() and w.lower().strip(".,") not in _STAMP_WORDS]
            if len(rest) > DATED_LINE_WORDS or len(lower) > 1 or fixed[m.end() :].lstrip()[:1].islower():
                continue
            if lower and line.rstrip().endswith((".", "!", "?", '"', "”")):
                continue  # a short sentence ("He left on 3 May 2017."), not a stamp
            return _ymd(m)
    return None


#: an article URL with its date in the path: /2021/03/17/, /2021-03-17-slug
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]\d)[/-](?P<day>[0-3]\d)(?=[/-]|\.html?\b|$)")


def date_from_url(url: str) -> dt.date | None:
    """The date in an article URL's path ("https://example.org/2023/09/26/slug/")."""
    m = _URL_DATE.search(url)
    return _ymd(m) if m else None
