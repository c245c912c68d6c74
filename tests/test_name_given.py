"""names.inconsistent: one person's first name spelt two ways before the same surname
("Steven" / "Stephen"), and the pairs of first names that are two people. Invented stories."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import consistency
from attrlint.checks.name_given import spelling_key, variant_spellings
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in consistency.rules() if r.id == "names.inconsistent"}
CONFIG = Config(date=dt.date(2024, 3, 5))


def flagged(text):
    return [(f.location.text, f.suggestions) for f in lint_text(text, config=CONFIG, rules=RULES)]


def test_a_first_name_spelt_two_ways_before_one_surname():
    text = ("Police said Steven Marlowe, 58, had rented the flat for a month.\n\n"
            "Neighbours described Stephen Marlowe as quiet. Marlowe had no record, officers said.\n")
    found = flagged(text)
    assert found == [("Stephen", ["Steven"])]  # on a tie, the later form departs from the first


def test_the_form_used_more_often_wins():
    text = ("Jon Ferrand opened the bakery in 1998. Officials said John Ferrand had paid every bill, "
            "and Jon Ferrand said he would reopen next year.\n")
    assert flagged(text) == [("John", ["Jon"])]


@pytest.mark.parametrize("a, b", [
    ("Francis", "Frances"), ("Louis", "Louise"), ("Daniel", "Danielle"), ("Jean", "Joan"),
    ("Tony", "Toni"), ("Eric", "Erica"), ("Johan", "Joan"), ("Mark", "Mary"),
])
def test_names_of_two_people_with_one_surname_are_left_alone(a, b):
    text = (f"{a} Okonkwo and {b} Okonkwo ran the shop together for twenty years, "
            f"and {b} Okonkwo still opens it on Saturdays.\n")
    assert flagged(text) == []
    assert not variant_spellings(a, b)


def test_different_surnames_are_different_people():
    text = "Steven Halloway chaired the meeting and Stephen Brack took the minutes.\n"
    assert flagged(text) == []


def test_quoted_spellings_are_verbatim():
    text = ('Sarah Quenby led the team. “Sara Quenby is the best coach we had,” a player said.\n')
    assert flagged(text) == []


@pytest.mark.parametrize("a, b", [
    ("Steven", "Stephen"), ("Jon", "John"), ("Philip", "Phillip"), ("Sara", "Sarah"),
    ("Thomas", "Tomas"), ("Marc", "Mark"), ("Catherine", "Katherine"), ("Bryan", "Brian"),
    ("Nicholas", "Nicolas"), ("Mohammed", "Mohamed"),
])
def test_spellings_of_one_name(a, b):
    assert variant_spellings(a, b)
    assert spelling_key(a) == spelling_key(b)


def test_a_middle_name_does_not_hide_the_surname():
    text = ("Investigators named the gunman as Steven Craig Marlowe on Monday.\n\n"
            "Relatives said Stephen Marlowe had no record, and Steven Marlowe's brother agreed.\n")
    assert flagged(text) == [("Stephen", ["Steven"])]
