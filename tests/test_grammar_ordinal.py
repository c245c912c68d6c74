"""grammar.ordinal-suffix: an ordinal whose suffix belongs to another number is flagged with
the right one; right ordinals and codes that only look like them are left alone. Invented
sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_gaps_figures import OrdinalSuffix, ordinal_suffix
from attrlint.config import Config
from attrlint.linter import lint_text


def run(text: str):
    return lint_text(text, path="story.txt", config=Config(), rules={OrdinalSuffix.id: OrdinalSuffix()})


@pytest.mark.parametrize("text,span,fix", [
    ("The singer marked her 41th birthday with a concert in the park.", "41th", "41st"),
    ("It was the club's 22th title in the competition's history.", "22th", "22nd"),
    ("The regatta was held for the 53st time on Saturday.", "53st", "53rd"),
    ("She finished 11st in the final standings after a fall.", "11st", "11th"),
    ("The fire broke out on East 83th Street before dawn.", "83th", "83rd"),
    ("THE 2ND DIVISION AND THE 3TH BRIGADE MOVED NORTH.", "3TH", "3RD"),
])
def test_a_wrong_ordinal_suffix_is_flagged_with_the_right_one(text, span, fix):
    out = run(text)
    assert [text[f.start:f.end] for f in out] == [span]
    assert out[0].suggestions == [fix] and fix in out[0].message


@pytest.mark.parametrize("text", [
    "The 1st, 2nd, 3rd and 4th places went to the 11th, 12th, 13th and 111th runners.",
    "The 21st century began with the 101st Airborne and the 112th Congress.",
    "Her 0th draft, the 22nd edition and the 73rd session all opened on the 31st.",
    "Flight A1st and code X22th are product codes, as is #3th in the catalogue.",
])
def test_right_ordinals_and_codes_are_left_alone(text):
    assert run(text) == []


def test_the_suffix_follows_the_last_two_digits():
    assert [ordinal_suffix(n) for n in ("1", "2", "3", "4", "11", "12", "13", "21", "111", "122")] == [
        "st", "nd", "rd", "th", "th", "th", "th", "st", "th", "nd"]
