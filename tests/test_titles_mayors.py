"""Mayors of New York City, Los Angeles, Chicago and Paris (rules/people/us_mayors.toml).
Invented sentences about real office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of


D = dt.date


@pytest.mark.parametrize("text, date", [
    ("New York Mayor Bill de Blasio said the subway would reopen.", D(2019, 3, 1)),
    ("Mayor Eric Adams said the subway would reopen.", D(2023, 3, 1)),
    ("Los Angeles Mayor Karen Bass said the subway would reopen.", D(2023, 3, 1)),
    ("Paris Mayor Anne Hidalgo said the subway would reopen.", D(2023, 3, 1)),
    ("Mayor Pete Buttigieg said the subway would reopen.", D(2023, 3, 1)),  # another city's mayor
    ("Governor Kathy Hochul and Mayor Eric Adams met on Tuesday.", D(2023, 3, 1)),
])
def test_the_mayor_on_the_date_passes(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date, rule", [
    ("Mayor Bill de Blasio said the subway would reopen.", D(2023, 3, 1), "title.missing-former"),
    ("Los Angeles Mayor Eric Garcetti said the subway would reopen.", D(2023, 3, 1), "title.missing-former"),
    ("Gov. Eric Adams said the subway would reopen.", D(2023, 3, 1), "title.wrong-office"),
    ("French President Anne Hidalgo said the subway would reopen.", D(2023, 3, 1), "title.wrong-office"),
])
def test_wrong_or_outdated_titles_are_flagged(text, date, rule):
    assert rules_of(text, date) == [rule]
