"""US governors of the states us_states.toml leaves out (rules/people/us_governors_more.toml):
a sitting governor's record is claimed from 2015, so another office's title is judged.
Invented sentences about real office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of


D = dt.date


@pytest.mark.parametrize("text, date", [
    ("Kentucky Gov. Andy Beshear said the schools would reopen.", D(2021, 3, 1)),
    ("Kentucky Attorney General Andy Beshear said the schools would reopen.", D(2017, 3, 1)),
    ("Maryland Gov. Wes Moore said the schools would reopen.", D(2023, 3, 1)),
    ("Colorado Gov. Jared Polis said the schools would reopen.", D(2021, 3, 1)),
    ("Washington state Gov. Jay Inslee said the schools would reopen.", D(2021, 3, 1)),
    ("Sen. Jim Justice said the schools would reopen.", D(2025, 6, 1)),
    ("Sen. Tommy Tuberville said the schools would reopen.", D(2021, 3, 1)),
    ("New Mexico Gov. Michelle Lujan Grisham said the schools would reopen.", D(2021, 3, 1)),
])
def test_the_office_held_on_the_date_passes(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date, rule", [
    ("Sen. Andy Beshear said the schools would reopen.", D(2021, 3, 1), "title.wrong-office"),
    ("Prime Minister Andy Beshear said the schools would reopen.", D(2021, 3, 1), "title.wrong-office"),
    ("Gov. Andy Beshear said the schools would reopen.", D(2017, 3, 1), "title.wrong-office"),  # before his term
    ("Maryland Gov. Larry Hogan said the schools would reopen.", D(2023, 3, 1), "title.missing-former"),
    ("Gov. Tommy Tuberville said the schools would reopen.", D(2021, 3, 1), "title.wrong-office"),
    ("Mexican President Michelle Lujan Grisham said the schools would reopen.", D(2021, 3, 1),
     "title.wrong-office"),
])
def test_wrong_or_outdated_titles_are_flagged(text, date, rule):
    assert rules_of(text, date) == [rule]
