"""Prefilters in the dates and units families: a story is scanned only when it holds what
every match needs. Each is compared with the scan it spares, on invented text."""
from __future__ import annotations

import datetime as dt
import random
import re
import string
import sys

import pytest

from attrlint.checks import dates_percent_points, dates_poll_points, dates_tense
from attrlint.config import Config
from attrlint import dates
from attrlint.document import Document
from attrlint.linter import lint_text


_EVERY = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def test_every_letter_re_reads_as_an_ascii_letter_is_lowered_to_it():
    for letter in string.ascii_lowercase:
        for c in re.compile(letter, re.I).findall(_EVERY):
            assert dates.re_lower(c) == letter, (letter, c)


def test_re_lower_keeps_every_character_in_its_place_and_no_word_character_appears():
    lowered = dates.re_lower(_EVERY)
    assert len(lowered) == len(_EVERY)
    assert lowered == _EVERY.translate(dates._CASE_ODD).lower()
    for text in ("Plain ASCII", "İSTANBUL ıı ſ Straße", "ſ", "İ", "ı", "ÅNGSTRÖM"):
        assert dates.re_lower(text) == text.translate(dates._CASE_ODD).lower(), text
    word = re.compile(r"\w")
    assert not [a for a, b in zip(_EVERY, lowered) if not word.match(a) and word.match(b)]


_DATE_WORDS = ["Tuesday", "TUES.", "wed", "Wednes", "thurs", "Sun", "ſaturday", "Mon.,", "the", "Nov.", "november",
               "Sept", "SEPTEMBER", "May", "mayor", "Jun", "July", "dec", "20", "3rd", "2024", ",", "  ", "\n", "x",
               "monday20", "_Jan", "2Jan", "İ", "Marches", "on"]


@pytest.mark.parametrize("seed", range(20))
def test_month_day_dates_are_month_day_finditer(seed):
    rng = random.Random(seed)
    for _ in range(200):
        text = " ".join(rng.choice(_DATE_WORDS) for _ in range(rng.randint(0, 25)))
        text = text.replace("  ", "") if rng.random() < 0.3 else text
        want = [m.span() for m in dates.MONTH_DAY.finditer(text)]
        assert [m.span() for m in dates.month_day_dates(text)] == want, repr(text)
        assert [m.span() for m in dates.month_day_dates(text, dates.re_lower(text))] == want, repr(text)


@pytest.mark.parametrize("text", ["BASIS POINTS", "baſis", "BASİS", "basıs", "plain", "Ünïcode basis"])
def test_re_lower_holds_a_word_wherever_a_case_blind_re_finds_it(text):
    doc = Document.from_text(text)
    assert doc.re_lower == dates.re_lower(text)
    assert ("basis" in doc.re_lower) == bool(re.search("basis", text, re.I))


def _found(rule, text: str, date: dt.date | None = None) -> list[tuple[int, int, str]]:
    cfg = Config(date=date) if date else Config()
    return [(f.start, f.end, f.message) for f in lint_text(text, config=cfg, rules={rule.id: rule})]


_WORDS = ["The", "plant", "will", "WILL", "open", "reopen", "in", "by", "until", "late", "mid-", "spring",
          "March", "3", "2002", "2009", "2019", "2021", "1999", "is", "expected", "to", "plans", "its",
          "said", "that", "Omicron", "from", "levels", ",", ".", ";", "\n", "“", "”", "—", "12,2003", "2003.5"]


@pytest.mark.parametrize("seed", range(12))
def test_future_in_past_finds_what_it_found_without_the_year_prefilter(seed, monkeypatch):
    rng = random.Random(seed)
    rule = dates_tense.FutureInPastRule()
    texts = [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 60))) for _ in range(25)]
    dates = [None, dt.date(2023, 4, 2), dt.date(2004, 1, 1)]
    got = [_found(rule, t, d) for t in texts for d in dates]
    monkeypatch.setattr(dates_tense, "_judged_year_starts", lambda doc: list(range(len(doc.text) + 1)))
    assert got == [_found(rule, t, d) for t in texts for d in dates]


@pytest.mark.parametrize("pad, flagged", [("", True), ("south ", True), ("south  ", False)])
def test_future_in_past_reads_a_year_to_the_end_of_its_reach(pad, flagged, monkeypatch):
    text = f"The plant will reopen its big northern steel works beside the old harbour {pad}gates by the end of 2009."
    rule = dates_tense.FutureInPastRule()
    got = _found(rule, text, dt.date(2023, 4, 2))
    assert bool(got) == flagged
    monkeypatch.setattr(dates_tense, "_judged_year_starts", lambda doc: list(range(len(doc.text) + 1)))
    assert got == _found(rule, text, dt.date(2023, 4, 2))


_MARKER_WORDS = ["will", "WILL", "Will", "wilL", "shall", "won't", "won’t", "plans", "plan", "to", "planning", "planned",
                 "for", "intends", "intend", "aims", "aim", "is", "are", "IS", "expected", "set", "due", "to be",
                 "scheduled", "slated", "hopes", "promised", "ſhall", "İs", "aİms", "will_", "2will", "x", ",", "\n",
                 "  ", "-", "'", "willing", "isles", "promise"]


@pytest.mark.parametrize("seed", range(20))
def test_future_markers_are_the_marker_pattern_finditer(seed):
    rng = random.Random(seed)
    for _ in range(200):
        text = " ".join(rng.choice(_MARKER_WORDS) for _ in range(rng.randint(0, 25)))
        text = text.replace("  ", "") if rng.random() < 0.3 else text
        want = [m.span() for m in dates_tense._FUTURE.finditer(text)]
        got = dates.finditer_from(dates_tense._FUTURE, dates_tense._FUTURE_STARTS, text, dates.re_lower(text))
        assert [m.span() for m in got] == want, repr(text)


def test_future_in_past_is_not_scanned_without_an_old_enough_year():
    doc = Document.from_text("The bridge will open in 2022.", config=Config(date=dt.date(2023, 4, 2)))
    assert dates_tense._judged_year_starts(doc) == []
    doc = Document.from_text("The bridge will open in 2012.", config=Config(date=dt.date(2023, 4, 2)))
    assert dates_tense._judged_year_starts(doc) == [24]


_SHARES = ["fell", "rose", "by", "5%", "5 per cent", "38%", "43 percent", "from", "FROM", "to", "down", "a",
           "drop", "of", "3pc", "40%", ",", "–", "the", "share", "from43%", "of 10%"]


@pytest.mark.parametrize("seed", range(12))
def test_percentage_points_finds_what_it_found_without_the_from_prefilter(seed, monkeypatch):
    rng = random.Random(seed)
    rule = dates_percent_points.PercentagePoints()
    texts = [" ".join(rng.choice(_SHARES) for _ in range(rng.randint(4, 30))) for _ in range(40)]
    texts += ["Turnout fell 5% to 38% from 43%.", "Turnout FELL 5 per cent FROM 43 per cent to 38 per cent."]
    got = [_found(rule, t) for t in texts]
    assert got[-1] and got[-2]
    monkeypatch.setattr(dates_percent_points, "_FROM_NUMBER", re.compile(""))
    assert got == [_found(rule, t) for t in texts]


def test_basis_points_are_looked_for_only_where_basis_is_written(monkeypatch):
    rule = dates_poll_points.PollBasisPoints()
    texts = ["The poll of voters put her on 44 per cent, a lead of 15 BASIS POINTS.",
             "The poll of voters put her on 44 per cent, a lead of 15 baſis points.",
             "The poll of voters put her on 44 per cent, a lead of 15 points."]
    got = [_found(rule, t) for t in texts]
    assert got[0] and got[1] and not got[2]
    calls = []
    monkeypatch.setattr(dates_poll_points, "_BASIS", _Spy(dates_poll_points._BASIS, calls))
    assert [_found(rule, t) for t in texts] == got
    assert len(calls) == 2  # the story without the word was not scanned


class _Spy:
    def __init__(self, pattern: re.Pattern[str], calls: list[str]) -> None:
        self.pattern, self.calls = pattern, calls

    def finditer(self, text: str):
        self.calls.append(text)
        return self.pattern.finditer(text)
