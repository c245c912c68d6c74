"""dates.duration-arithmetic: a span of years that contradicts the start the sentence gives.

"a partnership that began in March 2004 and now marks over 30 years" cannot be right
before 2034: the writer (or a rewrite, or a stale template) got the arithmetic wrong.
Judged only when both ends are explicit in one sentence (a start year after "since",
"began", "founded" ... and a count of years), and only when the count is off by more
than a year: against the story's date when it is known, else against today (a story
cannot be dated later), which catches only a span longer than any date could make it.
Spans of the future ("will run for 30 years"), ages, contracts and prison terms are left
alone. Quotations count too: the arithmetic is checkable whoever wrote it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from ..finding import Finding, Severity
from ..rule import BaseRule
from ..sentences import bounds

CATEGORY = "date_unit"
_MONTH = (r"(?:(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?:\d{1,2},?\s+)?)?")
#: the start: "since 2004", "began in March 2004", "founded in 1998", "dating back to 2001"
_START = re.compile(
    r"\b(?:since|began|begun|started|founded|established|launched|formed|created|inaugurated|"
    r"dating\s+back\s+to|dates\s+back\s+to)\s+(?:in\s+|on\s+)?(?:the\s+year\s+)?" + _MONTH +
    r"(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)", re.IGNORECASE)
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER = r"(?P<n>\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|" \
          r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
#: the span: "now celebrates over 40 years", "for more than 20 years", "nearly 30 years of ..."
_SPAN = re.compile(
    r"\b(?P<cue>marks?|marking|for|spanning|spans?|celebrat\w+|now|over|more\s+than|nearly|almost|some|about|"
    r"around|close\s+to|at\s+least|past|last)\s+(?:(?P<q>over|more\s+than|nearly|almost|some|about|around|close\s+to|"
    r"at\s+least|the\s+(?:past|last))\s+)?" + _NUMBER + r"\s+years\b(?!\s+(?:old|of\s+age|ago|later|earlier|before|"
    r"after|in\s+prison|in\s+jail|behind\s+bars|from\s+now|to\s+come|hence))", re.IGNORECASE)
#: a span of the future or of someone's life, not the time since the start
_NOT_SINCE = re.compile(r"\b(?:will|would|could|should|may|might|next|another|coming|sentenced|jailed|faces?|facing|"
                        r"aged?|contract|deal|lease|plan|until|by\s+20\d\d)\b", re.IGNORECASE)
#: the count before the start: "marks 30 years since ...", "celebrating 20 years since ..."
_SPAN_SINCE = re.compile(
    r"\b(?P<cue>marks?|marking|marked|celebrat\w+)\s+(?:(?P<q>over|more\s+than|nearly|almost|some|about|around|"
    r"close\s+to|at\s+least)\s+)?" + _NUMBER + r"\s+years\s+(?:since|after)\b", re.IGNORECASE)
#: how far from the start year the count and its context are looked for (characters)
REACH = 1000
_AT_LEAST = ("over", "more than", "at least", "past", "last")
_AT_MOST = ("nearly", "almost", "close to")


def _last(matches):
    found = list(matches)
    return found[-1] if found else None


def _count(word: str) -> int:
    if word.isdigit():
        return int(word)
    parts = re.split(r"[-\s]", word.lower())
    return _WORDS[parts[0]] + ({**_WORDS, "one": 1}.get(parts[1], 0) if len(parts) > 1 else 0)


def _wrong(n: int, elapsed: int, q: str, upper_only: bool) -> bool:
    """Whether ``n`` years (with qualifier ``q``) is off by more than a year from ``elapsed``."""
    if q in _AT_LEAST:
        return n > elapsed + 1
    if upper_only:
        return n > elapsed + 1
    if q in _AT_MOST:
        return n > elapsed + 2 or n < elapsed - 1
    return abs(n - elapsed) > 1


class DurationArithmeticRule(BaseRule):
    id = "dates.duration-arithmetic"
    category = CATEGORY
    severity = Severity.WARNING
    description = ("A count of years that contradicts the start year the same sentence gives ('began in 2009 and "
                   "now celebrates over 25 years' in a 2025 story).")

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        if "years" not in text:
            return
        story = doc.story_date
        known = not story.assumed
        today = story.date if known else dt.date.today()
        breaks = bounds(doc)
        for m in _START.finditer(text):
            s, e = breaks.sentence_around(m.start())
            # at most REACH characters either side: a run of scraped text with no sentence end
            # would otherwise be read again for every start it holds (quadratic)
            s, e = max(s, m.start() - REACH), min(e, m.end() + REACH)
            span = _SPAN.search(text, m.end(), e)
            if span is not None and _START.search(text, m.end(), span.start()):
                span = None  # another start stands between: the count may be its own
            if span is None:  # "marks 30 years since the firm was founded in 2004"
                span = _last(_SPAN_SINCE.finditer(text, s, m.start()))
                gap = text[span.end():m.start()] if span else ""
                if re.search(r"[,;:]|\band\b|\bbut\b", gap) or len(gap.split()) > 8:
                    span = None  # "30 years since the war, and the choir was founded in 2004"
            if span is None or _NOT_SINCE.search(text, s, e):
                continue
            start = int(m["year"])
            if start > today.year:
                continue
            n = _count(span["n"])
            q = " ".join((span["q"] or span["cue"]).lower().split())
            q = "last" if q.startswith("the ") else q
            elapsed = today.year - start
            if not _wrong(n, elapsed, q, upper_only=not known):
                continue
            when = f"a story dated {story.date.isoformat()} ({story.source})" if known else "any story dated up to today"
            yield self.finding(
                doc, span.start(), span.end(),
                f"'{span.group(0)}' does not fit the start the sentence gives ({m.group(0).strip()}): "
                f"that is about {elapsed} years in {when}. Check the start year or the count.",
                evidence=f"{start} to {today.year}: {elapsed} years",
            )


def rules():
    return [DurationArithmeticRule()]
