"""dates.future-in-past: a planned or future event dated long before the story's time.
Invented fixtures."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks.dates_tense import FutureInPastRule, _one_digit_off
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {"dates.future-in-past": FutureInPastRule()}


def found(text: str, date: dt.date | None = None) -> list[str]:
    cfg = Config(date=date) if date else Config()
    return [text[f.start:f.end] for f in lint_text(text, config=cfg, rules=RULES)]


@pytest.mark.parametrize("text, date, years", [
    # the story date is known
    ("The new bridge will open in spring 2012, the council said.", dt.date(2023, 4, 2), ["2012"]),
    ("The ministry plans to finish the rail line by March 2013.", dt.date(2023, 4, 2), ["2013"]),
    ("The summit is expected to take place in late 2003.", dt.date(2023, 4, 2), ["2003"]),
    # no date: an era word tells the story's time ("Omicron" is written from 2021)
    ("A booster adapted to Omicron will be needed in summer or autumn 2002, doctors say.", None, ["2002"]),
    # no date: the latest year the text names elsewhere
    ("Sales rose in 2019. The plant will reopen by the end of 2009, the firm said.", None, ["2009"]),
])
def test_plans_dated_long_before_the_story_are_flagged(text, date, years):
    assert found(text, date) == years


@pytest.mark.parametrize("text, date", [
    ("The new bridge will open in spring 2024, the council said.", dt.date(2023, 4, 2)),  # the future
    ("The bridge will open in 2022, officials said then.", dt.date(2023, 4, 2)),  # within two years
    ("Emissions will fall 40 percent from 1990 levels by 2030.", dt.date(2023, 4, 2)),  # a baseline
    ("The rule will cover staff born in May 1961 or later.", dt.date(2023, 4, 2)),  # a birth cohort
    ("Prices will return to 2015 levels, the bank said.", dt.date(2023, 4, 2)),
    # a baseline year after "levels in" (the fifth holdout: visitors to recover to 67-75%)
    ("Arrivals will recover to about 70% of pre-pandemic levels in 2019, the board said.", dt.date(2023, 4, 2)),
    ("Output will reach 90% of its peak in 2018 by next year.", dt.date(2023, 4, 2)),
    ("It will be the first such win since 2008.", dt.date(2023, 4, 2)),
    ("In 1999 officials said the bridge will open in 2002.", dt.date(2023, 4, 2)),  # told from the past
    ("The court will hear a case that was filed in 2014.", dt.date(2023, 4, 2)),  # another clause's year
    ("He will never forget the flood in 1966.", dt.date(2023, 4, 2)),  # a past event remembered
    ("The islands joined the union against their will in 1973.", dt.date(2023, 4, 2)),  # the noun
    ('"We will finish it in 2002," he told reporters.', dt.date(2023, 4, 2)),  # inside a quotation
    ("The plant will reopen by the end of 2009.", None),  # no date, no era word, no other year
])
def test_other_years_near_a_future_verb_are_left_alone(text, date):
    assert found(text, date) == []


def test_the_suggestion_is_the_year_one_digit_away():
    f, = lint_text("The dam will be finished in autumn 2002.", config=Config(date=dt.date(2021, 12, 11)),
                   rules=RULES)
    assert f.suggestions == ["2022"] and "2021-12-11" in f.message
    assert _one_digit_off(1995, 2021) is None  # no single year of the decade one digit away
