"""A deputy's title for someone who held the office itself ("Deputy President William Ruto"
in 2024): wrong on the date whether or not the record lists the earlier deputy post. An
undated story is judged from the years it names. Invented sentences about real office
holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of

from attrlint.config import Config
from attrlint.kb.promoted import year_floor
from attrlint.linter import lint_text

D = dt.date


@pytest.mark.parametrize("text, date", [
    ("Protesters said on Thursday that Deputy President William Ruto had met their leaders.", D(2024, 6, 27)),
    ("Kenyan Deputy President William Ruto met the envoys on Tuesday.", D(2023, 3, 1)),
    ("Vice President Ruto met the envoys on Tuesday.", D(2023, 3, 1)),
])
def test_the_deputy_of_ones_own_office_is_flagged(text, date):
    assert rules_of(text, date) == ["title.wrong-office"]


@pytest.mark.parametrize("text, date", [
    ("Deputy President William Ruto met the envoys on Tuesday.", D(2021, 3, 1)),  # he was deputy then
    ("Deputy President William Ruto met the envoys on Tuesday.", D(2022, 9, 14)),  # the day after: grace
    ("President William Ruto met the envoys on Tuesday.", D(2024, 6, 27)),
    ("ANC Deputy President William Ruto met the envoys on Tuesday.", D(2024, 6, 27)),  # another body's post
])
def test_the_deputy_title_at_its_time_or_of_another_body_is_left_alone(text, date):
    assert "title.wrong-office" not in rules_of(text, date)


def _undated(text: str) -> list:
    from conftest import title_rule_set
    return lint_text(text, config=Config(), rules=title_rule_set())


def test_an_undated_story_is_judged_from_the_years_it_names():
    found = _undated("Protesters said Deputy President William Ruto had agreed to drop the finance bill 2024.")
    assert [f.rule for f in found] == ["title.wrong-office"]
    assert "story undated; it names 2024" in found[0].message
    assert found[0].suggestions[0] == "President William Ruto"


@pytest.mark.parametrize("text", [
    "Deputy President William Ruto met the envoys on Tuesday.",  # no year at all
    "Deputy President William Ruto said the 2022 election would be free, as in 2017.",  # before the presidency
    "Deputy President William Ruto said the country would meet its goals by 2025.",  # a year still ahead
    "Deputy President William Ruto is expected to lead the 2025 campaign, aides said.",
])
def test_an_undated_story_without_a_later_year_is_left_alone(text):
    assert _undated(text) == []


@pytest.mark.parametrize("text, year", [
    ("The bill of 2019 was passed in 2021.", 2021),
    ("Growth by 2030 and the 2027 election; the strike of 2015.", 2015),
    ("The 2019-2024 plan was drafted in 2018.", 2018),  # a span's years are left out
    ("Page 2024/25 and code A2023.", None),
])
def test_year_floor(text, year):
    floor = year_floor(text, D(2026, 12, 1))
    assert (floor.year if floor else None) == year
