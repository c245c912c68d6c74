"""A title phrase that hangs from a staff post ("the spokeswoman of the Foreign Minister X"):
machine-translated copy keeps the source's word order, so the name that follows is often the
staff member's, not the title holder's. A title the named person never held says nothing
then; a title the person held (and got wrong for the date) is still judged."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in titles.rules()}
WHEN = dt.date(2024, 8, 14)


def wrong_titles(text: str) -> list[str]:
    return [text[f.start:f.end] for f in lint_text(text, config=Config(date=WHEN), rules=RULES)
            if f.rule == "title.wrong-office"]


@pytest.mark.parametrize("text", [
    "The ministry's position was set out by the spokeswoman of Foreign Minister Maria Zakharova.",
    "Reporters heard the same from spokeswoman of the Foreign Minister Maria Zakharova later.",
    "An aide of President Maria Zakharova told the agency the talks would resume.",
])
def test_a_staff_post_before_the_title_leaves_a_name_that_never_held_it(text):
    assert wrong_titles(text) == []


@pytest.mark.parametrize("text", [
    "Speaking on Wednesday, Foreign Minister Maria Zakharova said the talks would go on.",
    "The spokeswoman said that President Maria Zakharova would travel to Minsk.",  # no "of"
    "Members of the staff met Foreign Minister Maria Zakharova at the embassy.",  # "staff met"
])
def test_the_same_name_elsewhere_is_still_judged(text):
    assert wrong_titles(text) != []
