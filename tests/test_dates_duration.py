"""dates.duration-arithmetic and the story date's background dates. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks.dates_duration import rules
from attrlint.config import Config
from attrlint.document import Document
from attrlint.linter import lint_text

RULES = {r.id: r for r in rules()}
D = dt.date


def found(text: str, date: dt.date | None):
    return lint_text(text, config=Config(date=date) if date else Config(), rules=RULES)


@pytest.mark.parametrize("text, date, span", [
    ("The alliance, which began in March 2004 and now marks over 30 years of work, met again.", D(2024, 9, 30),
     "marks over 30 years"),
    ("The festival was founded in 1998, celebrating 40 years this summer.", D(2023, 6, 1), "celebrating 40 years"),
    ("Since 2012 the charity has worked here for more than twenty years.", D(2022, 5, 1), "for more than twenty years"),
    ("The exchange, started in 2016, now spans nearly 3 years.", D(2024, 2, 1), "spans nearly 3 years"),
    # no story date: longer than any date up to today could make it
    ("The programme, launched in 2019, marks 60 years of service.", None, "marks 60 years"),
    ("This autumn marks 30 years since the choir was founded in 2004.", D(2024, 9, 1), "marks 30 years since"),
])
def test_a_count_the_start_year_cannot_give_is_flagged(text, date, span):
    (f,) = found(text, date)
    assert text[f.start:f.end] == span
    assert f.category == "date_unit"


@pytest.mark.parametrize("text, date", [
    ("The alliance, which began in March 2004 and now marks 20 years of work, met again.", D(2024, 9, 30)),
    ("The alliance, which began in March 2004 and now marks over 19 years of work, met again.", D(2024, 9, 30)),
    ("The firm, founded in 2001, will run the port for 30 years.", D(2024, 1, 1)),  # the future
    ("He has lived there since 2019, nearly five years.", D(2024, 3, 1)),
    ("Founded in 1990, the club's captain is 34 years old.", D(2024, 3, 1)),  # an age
    ("The project, launched in 2015, marks 5 years.", None),  # no date: only too long is judged
    ("Since 2010 she was sentenced to 30 years in prison.", D(2012, 3, 1)),
    ("The group began in 2030 and marks 5 years.", D(2024, 3, 1)),  # a start after the story
    ("This autumn marks 20 years since the choir was founded in 2004.", D(2024, 9, 1)),
    ("It marks 30 years since the war, and the choir was founded in 2004.", D(2024, 9, 1)),
])
def test_counts_that_fit_or_cannot_be_judged_are_left_alone(text, date):
    assert found(text, date) == []


def test_a_background_date_opening_the_first_sentence_is_not_the_story_date():
    doc = Document.from_text("On March 3, 2019, the army of Ruritania crossed the river. Officials spoke on Friday.")
    assert doc.story_date.assumed


def test_a_date_inside_the_first_sentence_still_dates_the_story():
    doc = Document.from_text("The council met on Friday, March 3, 2023, to vote on the budget. It passed.")
    assert doc.story_date.date == D(2023, 3, 3)
