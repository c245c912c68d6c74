"""A title set off from the name by a comma after "the": one person when a second comma
closes the apposition ("The UN secretary-general, António Guterres, said"), most likely two
people when it does not ("After meeting the Russian president, Emmanuel Macron said").
Invented sentences about real office holders."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in titles.rules()}
D = dt.date(2023, 3, 1)


def rules_of(text: str) -> list[str]:
    return [f.rule for f in lint_text(text, config=Config(date=D), rules=RULES)]


@pytest.mark.parametrize("text", [
    "After meeting the Russian president, Emmanuel Macron said the talks would resume.",
    "In a call with the German chancellor, Joe Biden said the talks would resume.",
    "Before the British prime minister, Olaf Scholz spoke for an hour.",
    # the right title, closed off: one person
    "The French president, Emmanuel Macron, said the talks would resume.",
])
def test_two_people_or_the_right_title_pass(text):
    assert rules_of(text) == []


@pytest.mark.parametrize("text", [
    "The Russian president, Emmanuel Macron, said the talks would resume.",
    "The United Nations defence minister, António Guterres, said the talks would resume.",
    "The German chancellor, Joe Biden, said the talks would resume.",
])
def test_a_closed_apposition_is_one_person(text):
    assert rules_of(text) == ["title.wrong-office"]
