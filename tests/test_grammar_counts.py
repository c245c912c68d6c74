"""grammar.number-without-unit: a bare figure before "of" and a singular noun, and what is
left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_counts import NumberWithoutUnit
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[str]:
    out = lint_text(text, path="story.txt", config=Config(), rules={NumberWithoutUnit.id: NumberWithoutUnit()})
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text, span", [
    ("The plant was dumping 11,200 of treated water into the bay.", "11,200 of treated water"),
    ("Farmers lost 300 of grain in the floods.", "300 of grain"),
])
def test_a_figure_without_its_unit(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "Officials counted 4,000 of them.",
    "About 40 of the players left.",
    "Police said 300 of protesters were held.",  # a plural: people
    "Jones, 63, of no fixed address, appeared in court.",  # an age
    "It took $3 of debt to make $1 of growth.",  # money
    "Those were not the only stars we lost in 2016 of course.",  # a year
    "The court ruled on March 2 of last year.",  # a date
    "The plant was dumping 11,200 litres of treated water into the bay.",
])
def test_counts_money_years_and_dates_are_left_alone(text):
    assert found(text) == []
