"""grammar.lost-currency-sign: a fraction glued before a figure is a currency sign a wrong
encoding garbled; fractions in their own places are left alone. Invented sentences."""
from __future__ import annotations

import pytest

from attrlint.linter import lint_text


def flagged(sentence: str) -> list[str]:
    text = f"Harbour budget gap widens\n\n{sentence}\n"
    return [text[f.start:f.end] for f in lint_text(text, path="draft.txt") if f.rule == "grammar.lost-currency-sign"]


@pytest.mark.parametrize("sentence, span", [
    ("The budget is likely to be short by between ½25 and ½30 billion, the ministry said.", "½25"),
    ("The harbour board spent ¼1,250,000 on the new pier last year, its report said.", "¼1,250,000"),
])
def test_a_fraction_glued_before_a_figure_is_flagged(sentence, span):
    assert span in flagged(sentence)


@pytest.mark.parametrize("sentence", [
    "The pier is 2½ miles long and took 1½ years to build, the council said.",
    "Add ½ cup of sugar and a ¼-inch slice of lemon, the chef said.",
    "The council said the fare would rise by ½ per cent in 2025.",
])
def test_fractions_in_their_places_are_left_alone(sentence):
    assert flagged(sentence) == []
