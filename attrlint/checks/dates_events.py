"""dates.event-weekday: a weekday named for an event that never falls on that day.

Some events have a weekday fixed by law or long practice: Brazil votes on a Sunday,
Britain on a Thursday, the ECB announces its rate decisions on a Thursday. "Lula won the
Brazilian election on Monday" or "the RBA cut rates on Friday" then names a day the event
cannot have been on, whatever the story date. The institutions and their days are data
(``rules/event_weekdays.toml``); where practice varies the place is simply not listed.

Only a weekday tied to the event in the same clause is judged ("won the French election
on Sunday", "Sunday's Japanese election", "the Fed held rates on Wednesday"); a weekday
tied to something else in the sentence ("said on Monday", "minutes released on
Wednesday") is left alone, and so is anything inside a quotation.
"""

from __future__ import annotations

import datetime as dt
import regex as re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..data import load_data
from ..dates import WEEKDAYS
from ..finding import Finding, Severity
from ..rule import BaseRule

CATEGORY = "date_unit"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: the weekday names ``_WD`` matches, and a string of the vote every election form holds
#: (``_HEAD``, "voters", "to the polls"): a story without them is not scanned with the forms
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_VOTE_WORDS = ("election", "run-off", "runoff", "referendum", "vote", "polls")
#: words that may stand between a place and "election": "Brazil's presidential run-off election"
_QUALIFIER = (
    r"(?:(?:presidential|general|parliamentary|legislative|national|federal|snap|local|municipal|mayoral|"
    r"regional|midterm|state|provincial|upper[- ]house|lower[- ]house|run-?off|second[- ]round|"
    r"first[- ]round|decisive)\s+){0,3}"
)
_HEAD = r"(?P<head>elections?|run-?offs?|referendum|vote)\b"
#: a vote's result, count or aftermath: "Monday's French election results" is not the vote
_AFTERMATH = re.compile(r"\s*(?:results?|counts?|outcome|tally|tallies|aftermath|campaign)\b", re.I)
#: a window before the weekday that ties it to a rate decision
_DECISION = re.compile(
    r"\b(?:announc\w*|decision|decided|decides|rais(?:ed|es|e)|hik(?:ed|es|e)|cuts?|lower(?:ed|s)?|held|holds?|"
    r"kept|keeps?|left|leaves|maintain(?:ed|s)?|paus(?:ed|es|e)|lift(?:ed|s)?|reduc(?:ed|es|e)|"
    r"slash(?:ed|es)?|trim(?:med|s)?|unchanged|steady)\b",
    re.I,
)
#: what ties the weekday to something other than the decision
_BLOCKER = re.compile(
    r"\b(?:said|says|say|told|tells|speech|speak\w*|testif\w*|testimony|minutes|meet\w*|comments?|remarks|"
    r"interview|conference|signal\w*|hint\w*|week|weeks|month|months|data|report\w*|released?|published|"
    r"market\w*|stocks?|shares|traders?|investors?)\b",
    re.I,
)
_RATE_WORDS = re.compile(r"\b(?:rates?|interest|repo|monetary\s+policy|borrowing\s+costs?|policy\s+rate)\b", re.I)
_OFF_SCHEDULE = re.compile(r"\b(?:emergency|unscheduled|extraordinary|inter-meeting|intermeeting)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n")


@dataclass(frozen=True)
class Institution:
    """A place whose votes, or a bank whose rate decisions, fall on fixed weekdays."""

    name: str
    words: tuple[str, ...]
    weekdays: frozenset[int]
    since: int = 0
    result_lag: int = 0
    only_with: tuple[str, ...] = ()
    exceptions: tuple[dt.date, ...] = ()

    def allows(self, weekday: int, lag: int = 0) -> bool:
        return any((weekday - d) % 7 <= lag for d in self.weekdays)

    def days(self) -> str:
        names = [WEEKDAYS[d].capitalize() for d in sorted(self.weekdays)]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _institution(row: dict, key: str) -> Institution:
    return Institution(
        name=str(row[key]),
        words=tuple(str(w) for w in row["words"]),
        weekdays=frozenset(WEEKDAYS.index(str(w).lower()) for w in row["weekdays"]),
        since=int(row.get("since", 0)),
        result_lag=int(row.get("result_lag", 0)),
        only_with=tuple(str(w).lower() for w in row.get("only_with", ())),
        exceptions=tuple(dt.date.fromisoformat(str(d)) for d in row.get("exceptions", ())),
    )


def _alternation(words) -> str:
    # longest first; ties in a fixed order (a set's order changes from process to process)
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class _Tables:
    by_word: dict[str, Institution]
    banks: list[Institution]
    forms: list[tuple[re.Pattern, str]]
    bank_words: re.Pattern


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = load_data("event_weekdays.toml")
    elections = [_institution(r, "place") for r in data.get("elections", [])]
    banks = [_institution(r, "name") for r in data.get("banks", [])]
    by_word = {w: inst for inst in elections for w in inst.words}
    place = r"(?P<place>" + _alternation(by_word) + r")"
    mention = r"\b" + place + r"(?:['’]s)?\s+" + _QUALIFIER + _HEAD
    mention_in = r"\b" + _QUALIFIER + _HEAD + r"\s+in\s+" + place + r"\b"
    won = r"(?P<verb>\b(?:won|wins|win|lost|loses|lose))"
    ahead = r"\b(?:won|wins|win|lost|loses|lose|contested|contests|ahead\s+of|before|in|at)"
    det = r"\s+(?:the\s+|this\s+|last\s+|a\s+)?"
    forms = [
        # "won the Brazilian election on Monday" (a result may come a day or two later)
        (re.compile(won + det + r"(?:" + mention + r"|" + mention_in + r")\s+on\s+" + _WD), "won"),
        # "in Brazil's presidential election on Sunday", "ahead of the French run-off on Sunday"
        (re.compile(ahead + det + r"(?:" + mention + r"|" + mention_in + r")\s+on\s+" + _WD), "vote"),
        # "the Japanese election was held on Sunday", "Britain's general election, set for Thursday"
        (
            re.compile(
                r"(?:" + mention + r"|" + mention_in + r"),?\s+(?:(?:was|were|is|will\s+be)\s+)?"
                r"(?:held|set|scheduled|due|slated|taking\s+place|takes\s+place|took\s+place)\s+(?:on|for)\s+" + _WD
            ),
            "vote",
        ),
        # "Sunday's Brazilian election", "Sunday's presidential run-off in Brazil"
        (re.compile(r"\b" + _WD + r"['’]s\s+(?:" + place + r"(?:['’]s)?\s+" + _QUALIFIER + _HEAD + r"|" + mention_in + r")"), "vote"),
        # "French voters went to the polls on Sunday"
        (
            re.compile(
                r"\b" + place + r"\s+(?:voters\s+(?:voted|cast\s+(?:their\s+)?ballots|went\s+to\s+the\s+polls)|"
                r"(?:went|go|headed|head|returned|return)\s+to\s+the\s+polls)\s+(?:again\s+)?on\s+" + _WD
            ),
            "vote",
        ),
    ]
    bank_words = re.compile(r"(?<![\w-])(?:" + _alternation({w for b in banks for w in b.words}) + r")(?![\w-])")
    return _Tables(by_word, banks, forms, bank_words)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence around ``pos`` (ends at a stop before a capital, or a line end)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 600), pos):
        start = m.end()
    after = _SENTENCE_END.search(text, pos)
    return start, after.start() if after else len(text)


def _judged_year(doc) -> int | None:
    """The year the story is read in: its date, or, when that is only assumed, the latest
    year the text names (none: the era of a rule cannot be told)."""
    story = doc.story_date
    if not story.assumed:
        return story.date.year
    years = [int(y) for y in _YEAR.findall(doc.text) if int(y) <= story.date.year]
    return max(years) if years else None


class EventWeekdayRule(BaseRule):
    id = "dates.event-weekday"
    category = CATEGORY
    severity = Severity.WARNING
    description = 'A weekday named for an event that is always held on another day ("Brazil\'s election on Monday").'

    def check(self, doc) -> Iterator[Finding]:
        if not any(day in doc.text for day in _DAY_NAMES):
            return  # every form names the day (``_WD``, written with its capital)
        tables = _tables()
        yield from self._elections(doc, tables)
        yield from self._decisions(doc, tables)

    def _elections(self, doc, tables: _Tables) -> Iterator[Finding]:
        text = doc.text
        if not any(word in text for word in _VOTE_WORDS):
            return
        seen: set[int] = set()
        for pattern, kind in tables.forms:
            for m in pattern.finditer(text):
                if m.start("wd") in seen or doc.in_quote(m.start("wd")):
                    continue
                inst = tables.by_word[m["place"]]
                if m.groupdict().get("head") == "vote" and not re.search(r"\b(?:presidential|general|snap)\s", m.group(0)):
                    continue  # "the French vote on the pension bill": a vote in parliament
                if _AFTERMATH.match(text, m.end()):
                    continue
                sent = text[slice(*_sentence(text, m.start()))].lower()
                if inst.only_with and not any(w in sent for w in inst.only_with):
                    continue
                if inst.since and (_judged_year(doc) or 0) < inst.since:
                    continue
                seen.add(m.start("wd"))
                named = WEEKDAYS.index(m["wd"].lower())
                lag = inst.result_lag if kind == "won" else 0
                if inst.allows(named, lag):
                    continue
                yield self._finding(doc, m, f"votes in {inst.name} are held on a {inst.days()}", inst, lag)

    def _decisions(self, doc, tables: _Tables) -> Iterator[Finding]:
        text = doc.text
        if not tables.bank_words.search(text):
            return
        for m in re.finditer(r"\b[Oo]n\s+" + _WD + r"\b", text):
            if doc.in_quote(m.start()):
                continue
            s, e = _sentence(text, m.start())
            sent = text[s:e]
            banks = {inst.name: inst for w in tables.bank_words.findall(sent) for inst in tables.banks if w in inst.words}
            if not banks or not _RATE_WORDS.search(sent) or _OFF_SCHEDULE.search(sent):
                continue
            if not _tied_to_decision(text, s, e, m):
                continue
            named = WEEKDAYS.index(m["wd"].lower())
            year = _judged_year(doc)
            judged = [b for b in banks.values() if year is not None and year >= b.since]
            if not judged or any(b.allows(named) or _excepted(doc, b, named) for b in judged):
                continue
            inst = judged[0]
            yield self._finding(doc, m, f"{inst.name} announces its rate decisions on a {inst.days()}", inst, 0)

    def _finding(self, doc, m: re.Match, rule_of_day: str, inst: Institution, lag: int) -> Finding:
        written = m["wd"]
        allowed = sorted(inst.weekdays)
        why = rule_of_day + (f" (a result may follow {lag} day{'s' if lag > 1 else ''} later)" if lag else "")
        on = re.search(r"\bon\s+$", doc.text[max(0, m.start("wd") - 6) : m.start("wd")], re.I)
        start = m.start("wd") - (len(on.group(0)) if on else 0)
        return self.finding(
            doc,
            start,
            m.end("wd"),
            f"“{written}” does not fit: {why}; check the day of the event.",
            suggestions=[WEEKDAYS[allowed[0]].capitalize()] if len(allowed) == 1 else [],
            evidence=f"{rule_of_day} (rules/event_weekdays.toml)",
        )


def _tied_to_decision(text: str, s: int, e: int, m: re.Match) -> bool:
    """A decision word stands just before "on <weekday>" (at most eight words between) or
    just after it (at most three), with nothing between that ties the day elsewhere."""
    before = text[max(s, m.start() - 70) : m.start()]
    if _BLOCKER.search(" ".join(before.split()[-3:])):
        return False  # "said on Tuesday", "at a meeting on Tuesday": the day is someone else's
    hits = list(_DECISION.finditer(before))
    if hits:
        between = before[hits[-1].end() :]
        if len(between.split()) <= 8 and not _BLOCKER.search(between):
            return True
    after = text[m.end() : min(e, m.end() + 40)]
    hit = _DECISION.search(after)
    if hit:
        between = after[: hit.start()]
        return len(between.split()) <= 3 and not _BLOCKER.search(between)
    return False


def _excepted(doc, inst: Institution, weekday: int) -> bool:
    """An unscheduled move on that weekday in the fortnight before the story date (or in
    the year the text names, when the story date is unknown)."""
    story = doc.story_date
    for day in inst.exceptions:
        if day.weekday() != weekday:
            continue
        if story.assumed and _judged_year(doc) == day.year:
            return True
        if not story.assumed and 0 <= (story.date - day).days <= 14:
            return True
    return False


def rules():
    return [EventWeekdayRule()]
