"""dates.future-in-past: a future or planned event dated in a year long before the story.

"The fourth dose will be required in autumn 2002" or "the makers plan to deliver the
vaccine by March 2002" in a story about the Omicron variant: a plan cannot be dated two
decades before the story that reports it. Machine translation and hurried typing turn
"2022" into "2002" this way, and no spell checker sees it.

The story's own time is its date (front matter, metadata, dateline, the page's stamp);
when none was found, the latest year the text names elsewhere, or the first year an era
word can be written in ("Omicron" 2021, "Covid-19" 2020: ``rules/era_markers.toml``).
Only a year at least two years before that is judged, in the clause of a future or plan
marker ("will", "plans to", "is expected to", "is due", "scheduled for"), written as a
time ("in 2002", "by March 2002", "until autumn 2002"), never as a baseline or a name
("from 1990 levels", "pre-pandemic levels in 2019", "the 2002 law", "the first since 2002"), and not in a sentence that
names an earlier year (a story told from the past: "In 1999 officials said it will open in
2002") nor inside a quotation.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Iterator

from ..finding import Finding, Severity
from ..rule import BaseRule
from ..dates import finditer_from
from ..sentences import bounds

CATEGORY = "date_unit"
#: how many years before the story's time a planned date must be to be judged
MIN_GAP = 2
#: how far after its marker a planned date is looked for (characters)
_REACH = 90
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|plans?\s+to|planning\s+to|planned\s+(?:for|to)|intends?\s+to|aims?\s+to|"
    r"(?:is|are)\s+(?:expected|set|due|scheduled|slated|poised|going)\s+to|(?:is|are)\s+due\b|"
    r"(?:is|are)\s+to\s+be|scheduled\s+(?:for|to)|expected\s+(?:by|in)|hopes?\s+to|promised\s+to)\b",
    re.I,
)
#: where a ``_FUTURE`` match may start, in ``re_lower``'s text: the first letters of each of
#: its forms after no word character (``dates.finditer_from``; ``_FUTURE`` opens with a word
#: boundary, so ``re`` would try it at every character)
_FUTURE_STARTS = re.compile(r"(?<!\w)(?:wil|sha|won|pla|int|aim|is|are|sch|exp|hop|pro)")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
#: a year written as a time: "in 2002", "by March 2002", "in summer or autumn 2002",
#: "by the end of 2002", "until early 2002"
_WHEN_YEAR = re.compile(
    r"\b(?:in|by|until|till|before|during|around|for)\s+"
    r"(?:(?:the\s+)?(?:end|start|beginning|middle|first\s+half|second\s+half|course)\s+of\s+|"
    r"(?:early|late|mid-?)\s*|" + _SEASON + r"\s+(?:or\s+" + _SEASON + r"\s+)?|"
    + _MONTH + r"\s+(?:[0-3]?\d(?:st|nd|rd|th)?,?\s+)?|[0-3]?\d\s+" + _MONTH + r",?\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)",
    re.I,
)
#: a year used as a baseline or a comparison, not as the date of the plan
_BASELINE_AFTER = re.compile(r"\s*(?:levels?|prices?|figures?|baselines?|standards?|values?|terms|dollars)\b", re.I)
_BASELINE_BEFORE = re.compile(r"\b(?:since|than|from|compared\s+(?:with|to)|relative\s+to|versus|vs\.?|"
                              r"anniversary|ago|record|highest|lowest|best|worst|born|levels?|peak|"
                              r"pre-?(?:pandemic|crisis|war|covid|lockdown))\b[^.;]{0,30}$", re.I)
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d])")
#: words that open another clause, or a past verb, between the marker and the year: the
#: year then dates something else ("a partnership that was launched in 2014")
_OTHER_CLAUSE = re.compile(
    r"[,\"“”()]|\b(?:that|which|who|whom|whose|when|where|whether|if|because|after|before|since|while|as|than|"
    r"was|were|had|did|said|says|sent|wrote|began|started|launched|happened|took|came|went|ago|"
    # verbs whose object is a past event: "will never forget an incident in 1966", "will
    # investigate the attack in 2014", "will mark the uprising of 1956"
    r"forget|remember|recall|recount|commemorate|mark|celebrate|honou?r|mourn|regret|revisit|review|"
    r"investigate|examine|probe|study|discuss|testify|describe|explain|look\s+back|reflect)\b", re.I)
#: "will" as a noun: "against its will", "the will of the people", "free will"
_NOUN_WILL = re.compile(r"\b(?:its|his|her|their|our|my|your|the|a|free|good|ill|political|popular|own|last)\s+$", re.I)
#: the end of the future marker's clause: a stop (maybe closing a quotation), a dash between
#: words, a line end ("... I will go back." In July 2015, ...)
_CLAUSE_END = re.compile(r"[.!?;:][\"”’')\]?]*(?:\s|$)|\s[-–—]\s|[.!\"”?][-–—]|\n")


@lru_cache(maxsize=1)
def _era_markers() -> list[tuple[re.Pattern[str], int, str]]:
    """Era words and the first year they can be written in (rules/era_markers.toml)."""
    from ..data import load_data

    rows = load_data("era_markers.toml").get("marker", [])
    return [(re.compile(r"\b(?:" + "|".join(re.escape(w) for w in row["words"]) + r")\b",
                        0 if row.get("case_sensitive") else re.I), int(row["since"]), row["words"][0])
            for row in rows]


def _story_time(doc, skip: tuple[int, int]) -> tuple[int, str] | None:
    """The year the story is told in and how it is known: the story date, else the latest
    year the text names outside ``skip`` (the year being judged), else an era word."""
    story = doc.story_date
    if not story.assumed:
        return story.date.year, f"story date {story.date.isoformat()} ({story.source})"
    text = doc.text
    this_year = dt.date.today().year
    years = [int(m.group(0)) for m in _YEAR.finditer(text)
             if not (skip[0] <= m.start() < skip[1]) and int(m.group(0)) <= this_year]
    best: tuple[int, str] | None = (max(years), f"the text names {max(years)}") if years else None
    for pattern, since, _word in _era_markers():
        found = pattern.search(text)
        if found and (best is None or since > best[0]):
            best = (since, f"'{found.group(0)}' cannot be written before {since}")
    return best


class FutureInPastRule(BaseRule):
    id = "dates.future-in-past"
    category = CATEGORY
    severity = Severity.WARNING
    description = ("A future or planned event dated in a year long before the story "
                   "('will be required in autumn 2002' in a story about Omicron): a mistyped year.")

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        judged = _judged_year_starts(doc)
        if not judged:
            return  # no year old enough to judge: the markers (tried at every word) are not looked for
        for fut in finditer_from(_FUTURE, _FUTURE_STARTS, text, doc.re_lower):
            k = bisect_left(judged, fut.end())
            if k == len(judged) or judged[k] > fut.end() + _REACH - 4:
                continue  # no year to judge within the marker's reach
            stop = _clause_end(text, fut.end(), fut.end() + _REACH)
            if _NOUN_WILL.search(text[max(0, fut.start() - 20):fut.start()]) and fut.group(0).lower() == "will":
                continue  # "against its will in 1973": the noun
            for m in _WHEN_YEAR.finditer(text, fut.end(), min(stop, fut.end() + _REACH)):
                if _OTHER_CLAUSE.search(text, fut.end(), m.start()):
                    break  # "will focus on whether he caused ... in 2012": the year is another verb's
                year = int(m["year"])
                ys, ye = m.span("year")
                if doc.in_quote(ys, ye) or _BASELINE_AFTER.match(text, ye):
                    continue
                if _BASELINE_BEFORE.search(text[max(0, ys - 40):ys]):
                    continue
                earliest = _earliest_year_before(doc, bounds(doc).start_before(fut.start()), ys)
                if earliest is not None and earliest <= year:
                    continue  # "In 1999 officials said the bridge will open in 2002"
                known = _story_time(doc, (ys, ye))
                if known is None or year > known[0] - MIN_GAP:
                    continue
                guess = _one_digit_off(year, known[0])
                yield self.finding(
                    doc, ys, ye,
                    f"A plan or future event dated {year}, long before the story's own time ({known[1]}): "
                    "check the year" + (f" (a slip for {guess}?)." if guess else "."),
                    suggestions=[str(guess)] if guess else [],
                    evidence=f"'{fut.group(0)}' ... '{m.group(0)}'",
                )
                break


def _judged_year_starts(doc) -> list[int]:
    """Where the years that may be judged start: every year ``_WHEN_YEAR`` can take (it
    stands after a space, a letter or a hyphen and before no digit, so ``_YEAR`` finds it),
    and with a known story date only those at least ``MIN_GAP`` years before it."""
    story = doc.story_date
    latest = None if story.assumed else story.date.year - MIN_GAP
    return [m.start() for m in _YEAR.finditer(doc.text) if latest is None or int(m.group(0)) <= latest]


def _clause_end(text: str, pos: int, reach: int) -> int:
    """Where the clause from ``pos`` ends, looked for only up to about ``reach`` (the caller
    reads no further): a search to the end of a long run with no stop, per marker, was a
    square. A match cut by the window's own end is searched for again without it."""
    window = reach + 16
    end = _CLAUSE_END.search(text, pos, window)
    if end is not None and end.end() == window < len(text):
        end = _CLAUSE_END.search(text, pos)
    if end is None and window < len(text):
        return max(reach, window)  # no end within reach: the caller stops at ``reach``
    return end.start() if end else len(text)


def _year_floors(doc) -> tuple[list[int], list[int]]:
    """Where each year the text names ends, and the earliest year from its sentence's
    start up to it (sentences as ``sentences.Bounds`` cuts them)."""
    breaks = bounds(doc)
    ends: list[int] = []
    floors: list[int] = []
    last_start = -1
    for m in _YEAR.finditer(doc.text):
        start = breaks.start_before(m.start())
        value = int(m.group(0))
        floors.append(value if start != last_start else min(value, floors[-1]))
        ends.append(m.end())
        last_start = start
    return ends, floors


def _earliest_year_before(doc, start: int, pos: int) -> int | None:
    """The earliest year named between ``start`` (a sentence's start) and ``pos``."""
    ends, floors = doc.shared("dates.future-in-past.year-floors", lambda: _year_floors(doc))
    i = bisect_right(ends, pos) - 1
    if i < 0 or bounds(doc).start_before(ends[i] - 4) != start:
        return None
    return floors[i]


def _one_digit_off(year: int, now: int) -> int | None:
    """The year from the story's time on that differs from ``year`` in one digit (2002 ->
    2022 in a 2021 story), if there is exactly one within the decade."""
    found = [y for y in range(now - 1, now + 9)
             if sum(a != b for a, b in zip(str(y), str(year))) == 1]
    return found[0] if len(found) == 1 else None


def rules():
    return [FutureInPastRule()]
