"""Peru's prime ministers (rules/people/peru_government.toml): every holder since 2015 is
listed, so the office is judged for any known person. Invented sentences about real
office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of


D = dt.date


@pytest.mark.parametrize("text, date", [
    ("Peruvian Prime Minister Mercedes Aráoz met the miners' union on Tuesday.", D(2017, 12, 5)),
    ("Prime Minister Alberto Otárola met the miners' union on Tuesday.", D(2023, 3, 7)),
    ("Peru's Prime Minister Gustavo Adrianzén met the miners' union on Tuesday.", D(2024, 9, 3)),
    ("Prime Minister Pedro Cateriano met the miners' union on Tuesday.", D(2015, 9, 1)),
    ("Prime Minister Pedro Cateriano met the miners' union on Tuesday.", D(2020, 7, 28)),  # second term
    ("Former Prime Minister Mirtha Vásquez met the miners' union on Tuesday.", D(2023, 3, 7)),
])
def test_the_holder_on_the_date_passes(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date, rule", [
    # a known person who never held the office, in a year whose holders are all listed
    ("Peruvian Prime Minister Dina Boluarte met the miners' union on Tuesday.", D(2023, 3, 7), "title.wrong-office"),
    ("Peru's Prime Minister Pedro Pablo Kuczynski met the miners' union on Tuesday.", D(2017, 3, 7),
     "title.wrong-office"),
    # a holder named after leaving the office, with no "former"
    ("Prime Minister Mirtha Vásquez met the miners' union on Tuesday.", D(2023, 3, 7), "title.missing-former"),
    # a holder named before taking it
    ("Prime Minister Gustavo Adrianzén met the miners' union on Tuesday.", D(2023, 3, 7), "title.wrong-office"),
])
def test_wrong_or_outdated_titles_are_flagged(text, date, rule):
    assert rules_of(text, date) == [rule]
