"""dates.decade-for-year: a decade where one event's year belongs. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks.dates_decade import rules
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in rules()}


def found(text: str) -> list[str]:
    got = lint_text(text, config=Config(date=dt.date(2024, 5, 2)), rules=RULES)
    return [text[f.start:f.end] for f in got]


@pytest.mark.parametrize("text, span", [
    ("Turnout in the 1960s presidential election was the lowest on record.", "1960s"),
    ("The party lost ground since the 2010s general election in the north.", "2010s"),
    ("Officials said the 2020s census would count residents abroad.", "2020s"),
    ("He scored twice in the 1990s World Cup final against the hosts.", "1990s"),
    ("Voters rejected the change in the 1970s referendum, the report said.", "1970s"),
])
def test_a_decade_before_one_event_is_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "Turnout in the 1960 presidential election was the lowest on record.",
    "Turnout in the 1960s presidential elections was low.",  # plural: several elections
    "It recalled a 1990s election in which turnout collapsed.",  # vague on purpose
    "The 1960s election campaigns were fought on television.",
    "Music of the 1960s shaped the election songs of later years.",
    'She said: "the 1960s presidential election changed everything."',  # a quotation
    "The 1980s saw an election in almost every year.",
])
def test_years_plurals_and_vague_decades_pass(text):
    assert found(text) == []
