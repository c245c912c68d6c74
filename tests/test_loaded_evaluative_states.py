"""loaded_language.evaluative on invented copy: lexicon words that describe a
state or a difficulty in news copy, not a verdict on a party, are left alone."""
from __future__ import annotations

import pytest

from attrlint.checks import loaded_language
from attrlint.linter import lint_text

RULES = {r.id: r for r in loaded_language.rules()}
EVALUATIVE = "loaded_language.evaluative"


def _found(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.rule == EVALUATIVE]


@pytest.mark.parametrize("text", [
    "Councillor Ines Varga, one of the mayor's harshest critics, voted against the plan.",
    "The storm comes when he leaves the country, a likelihood that's already complicated plans for "
    "some ministers who have invited him.",
    "In one advert, a drunk man offers to swap places with his sober girlfriend.",
    "Halden and Ostberg: uneasy allies in the harbour dispute",
    "Ines Varga from the union and Tom Lind from the board looked shattered but pleased with the deal.",
])
def test_descriptive_words_are_left_alone(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, span", [
    ("The reckless minister pushed the harbour plan through on Monday.", "reckless minister"),
])
def test_a_verdict_on_a_party_is_still_flagged(text, span):
    assert any(span in f for f in _found(text))
