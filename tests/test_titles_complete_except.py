"""A record's bare "minister" exception (a minister whose other portfolios are not listed)
leaves out portfolios, not the head of government: prime ministers are on record in every
country, so "Prime Minister" for a foreign minister is still wrong. A deputy's title stays
left out. Invented sentences about real office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of

from attrlint.kb.model import Person

D = dt.date


def test_bare_minister_leaves_out_portfolios_not_the_head_of_government():
    p = Person(id="x", name="X", complete_since=D(2015, 1, 1), complete_except=("minister",))
    assert not p.complete_for("trade minister")
    assert p.complete_for("prime minister")
    assert not p.complete_for("deputy prime minister")
    q = Person(id="y", name="Y", complete_since=D(2015, 1, 1), complete_except=("prime minister",))
    assert not q.complete_for("prime minister")


@pytest.mark.parametrize("text, date", [
    ("South African Prime Minister Naledi Pandor met the envoys on Tuesday.", D(2023, 3, 1)),
    ("German Prime Minister Christine Lambrecht visited the troops on Tuesday.", D(2022, 6, 1)),
    ("Prime Minister Bill Blair visited the troops on Tuesday.", D(2024, 6, 1)),
])
def test_prime_minister_for_a_minister_is_flagged(text, date):
    assert "title.wrong-office" in rules_of(text, date)


@pytest.mark.parametrize("text, date", [
    ("Deputy Prime Minister Chrystia Freeland spoke on Tuesday.", D(2023, 3, 1)),
    ("Emergency Preparedness Minister Bill Blair spoke on Tuesday.", D(2022, 6, 1)),  # a portfolio: left out
    ("Defence Minister Christine Lambrecht visited the troops on Tuesday.", D(2022, 6, 1)),
])
def test_portfolios_and_deputies_stay_left_out(text, date):
    assert rules_of(text, date) == []
