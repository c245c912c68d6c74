"""Number typos: impossible digit grouping and stray separators, flagged and left alone."""
from __future__ import annotations

import pytest

from attrlint.checks import numbers
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in numbers.rules()}


def found(text: str) -> list[tuple[str, str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules=RULES)
    return [(f.rule, text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text,rule,span,sugg", [
    ("The fund raised 1,000,00 dollars.", "numbers.digit-grouping", "1,000,00", []),
    ("Some 12,0000 people marched.", "numbers.digit-grouping", "12,0000", []),
    ("The deal is worth 1.5.million euros.", "numbers.stray-separator", "1.5.million", ["1.5 million"]),
    ("Inflation rose 2,.5 per cent.", "numbers.stray-separator", "2,.5", []),
    ("The lot sold for $1,204.500 at auction.", "numbers.digit-grouping", "1,204.500", ["1,204,500"]),
    ("Fines reached € 48,310.125 last year.", "numbers.digit-grouping", "48,310.125", ["48,310,125"]),
])
def test_number_typos_are_flagged(text, rule, span, sugg):
    assert found(text) == [(rule, span, sugg)]


@pytest.mark.parametrize("text", [
    "The fund raised 1,000,000 dollars and 45,000.50 euros.",
    "The grant was 1,00,000 rupees, or 10,00,000 over ten years.",
    "Inflation was 3,5 per cent in the euro zone.",
    "Pick 1,2,3 or 4 on the ballot.",
    "The deal is worth 1.5 million euros. Version 1.2.3 shipped.",
    "Figures for 2019,2020 were revised.",
    "Growth was 5.2. Then it slowed.",
    "The bill came to $12,000.50, and the survey covered 1,234.567 hectares.",  # cents; not money
    "Bitcoin traded at $0.125 a share in 2012.",  # no thousands group
])
def test_well_formed_numbers_are_left_alone(text):
    assert found(text) == []
