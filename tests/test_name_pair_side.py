"""Which side of a name pair is reported, and the typo reported with it. Invented stories."""
from __future__ import annotations

import pytest

from attrlint.checks import consistency, spelling
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in [*consistency.rules(), *spelling.rules()] if not r.needs}


def found(text: str) -> set[tuple[str, str]]:
    return {(f.rule, f.location.text) for f in lint_text(text, path="story.txt", config=Config(), rules=RULES)}


@pytest.mark.parametrize("text, stray", [
    # introduced with a given name, then a bare slip used more often (a letter swapped for another)
    ("Police charged a man over the death of Constable Ruth Henderson in Carrow County.\n"
     "The suspect is accused of shooting Hendersen on a farm road on Sunday night.\n"
     "When Hendersen reached the house, the suspect opened fire, officers said.", "Hendersen"),
    # ... and used more often than the introduced spelling
    ("The coach Marta Fernandez was sacked on Monday after a fourth defeat.\n"
     "The board said Fernadez had lost the dressing room.\n"
     "Fernadez had been in charge for two seasons.\n"
     "Supporters had called for Fernadez to go since March.", "Fernadez"),
    # a vowel dropped
    ("Firefighter Owen Gaudreau was hurt on Tuesday.\n"
     "Colleagues said Gaudrau had gone back for a dog.\n"
     "Gaudreau is expected to recover.", "Gaudrau"),
])
def test_the_bare_slip_of_an_introduced_name_is_the_stray_and_a_typo(text, stray):
    got = found(text)
    assert ("names.inconsistent", stray) in got
    assert ("spelling.proper-noun", stray) in got


def test_on_a_tie_the_commoner_spelling_is_the_target():
    text = ("Deputies assigned to the Marshalls Lakeside Task Force made the arrest.\n"
            "The sheriff said the deputy was taken to hospital.\n"
            "The Marshals Lakeside Task Force had tracked him for a week.")
    got = found(text)
    assert ("names.inconsistent", "Marshalls") in got
    assert ("names.inconsistent", "Marshals") not in got


@pytest.mark.parametrize("text", [
    # two people, each introduced
    "The shop is run by Anna Brotte and Mark Broutte. Brotte does the books; Broutte serves.",
    # a known surname one letter from another known one, both introduced
    "Judge Carol Marsh heard the case. Her clerk, Tom Marsha, filed it.",
])
def test_two_introduced_people_are_left_alone(text):
    got = found(text)
    assert not any(rule in ("names.inconsistent", "spelling.proper-noun") for rule, _ in got)
