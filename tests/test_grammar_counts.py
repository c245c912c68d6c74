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


def determiner_number(text: str) -> list[tuple[str, list[str]]]:
    from attrlint.checks.grammar_counts import DeterminerNumber

    out = lint_text(text, path="story.txt", config=Config(), rules={DeterminerNumber.id: DeterminerNumber()})
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text, span, fix", [
    ("Police said two henchman were held at the port.", "two henchman", "henchmen"),
    ("Several tall sentry were posted at the gate.", "Several tall sentry", "sentries"),
    ("Officials said a protesters had gathered at the gate.", "a protesters", "protester"),
    ("The firm filed an additional complaints on Monday.", "an additional complaints", "complaint"),
    ("Fans waved a banners outside the ground.", "a banners", "banner"),
    ("Every councillors were told to attend the vote.", "Every councillors", "councillor"),
    ("This proposals are unlikely to pass, aides said.", "This proposals", "proposal"),
    ("He is one of the best goalkeeper in the league.", "one of the best goalkeeper", "goalkeepers"),
])
def test_a_count_that_does_not_fit_its_noun(text, span, fix):
    hits = determiner_number(text)
    assert [h[0] for h in hits] == [span]
    assert hits[0][1] == [fix]


@pytest.mark.parametrize("text", [
    "The three bedroom house was sold.",  # a noun used as a modifier
    "A sports car was parked outside.",
    "Two dozen were held, and several staff were hurt.",  # plurals without -s
    "A series of talks began, by a means the court allowed.",
    "Those who stayed were fed, and those responsible were held.",
    "The club will reopen in a few days.",
    "These bacteria are rare.",
    "Several witness said the car was fast.",  # a noun that is a verb too: no auxiliary after it
    "Profits rose after the M&A investments in Asia.",
    "She was one of those who stayed, one of the best goalkeepers in the league.",
    "I have seen a couple of those myself near the river.",  # a reflexive pronoun, no noun
])
def test_counts_that_fit_are_left_alone(text):
    assert determiner_number(text) == []


@pytest.mark.parametrize("text", [
    "Forecasters said a category four hurricane near the islands would turn north by Sunday.",
    "The scan found a stage four tumour in her lung, the doctors said.",
    "The ferry turned back in a force nine gale at the mouth of the bay.",
])
def test_a_number_naming_a_grade_after_its_noun_is_left_alone(text):
    assert determiner_number(text) == []


@pytest.mark.parametrize("text, span", [
    ("Witnesses saw four cyclone shelters in the bay, the report said.", None),  # "shelters": fine
    ("Police said two man were held overnight.", "two man"),
    ("Divers saw four shark near the reef, the coastguard said.", "four shark"),  # "saw": a verb, a count
])
def test_a_count_after_a_verb_is_still_read(text, span):
    got = [s for s, _ in determiner_number(text)]
    assert got == ([span] if span else [])
