"""A surname that lost its capital after an honorific, and a slip that spells one of the
dictionary's obscure entries. The sentences are invented."""
from __future__ import annotations

import pytest

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text

WORD_RULES = {r.id: r for r in spelling.rules() if not r.needs}


def lint(text: str):
    return {f.location.text: f for f in lint_text(text, path="story.txt", config=Config(), rules=WORD_RULES)}


@pytest.mark.parametrize("text, typed, fix", [
    ("Prime Minister Aurelie Fontanel defended the reform. Open to changes, M fontanel held firm.",
     "fontanel", "Fontanel"),
    ("Former chancellor Gordon Brown spoke first. Later Mr brown said the plan would fail.", "brown", "Brown"),
    ("Secretary Condoleezza Rice arrived late; Dr. rice then took questions.", "rice", "Rice"),
    ("Opposition leader Mina Carter spoke. Ms carter said she would vote against it.", "carter", "Carter"),
])
def test_a_surname_lower_cased_after_an_honorific(text, typed, fix):
    found = lint(text)
    assert typed in found, found
    assert found[typed].suggestions == [fix]
    assert "capital" in found[typed].message


@pytest.mark.parametrize("text", [
    "Prime Minister Aurelie Fontanel defended the bill, as Mr Fontanel's allies did.",
    "Former chancellor Gordon Brown spoke. Mr Brown said the brown envelope was empty.",
    "He paid 5 M rice farmers, said analyst Jane Rice.",
    "Mr brown said nothing more.",  # no capitalised surname "Brown" in the story
])
def test_lower_case_words_that_are_no_lost_capital_stay_quiet(text):
    assert not any(f.suggestions and f.suggestions[0][0].isupper() for f in lint(text).values())


@pytest.mark.parametrize("text, typed, fix", [
    ("Police said the kyes were never found.", "kyes", "keys"),
    ("The tets were run twice before the launch.", "tets", "test"),
    ("Officials said slaes of new cars fell in May.", "slaes", "sales"),
])
def test_a_swap_that_spells_an_obscure_entry_is_a_slip(text, typed, fix):
    found = lint(text)
    assert typed in found, found
    assert found[typed].suggestions == [fix]


@pytest.mark.parametrize("text", [
    "Banks moved to securitise the loans before the sale.",
    "The bank owns roughly half of the bonds, and it won the case.",
    "Workers laid new linoleum in the hall.",
])
def test_real_words_and_british_forms_stay_quiet(text):
    assert lint(text) == {}


@pytest.mark.parametrize("text, typed, fix", [
    ("The governor declared an emergency as Hurricane Helen approached the coast.", "Helen", "Helene"),
    ("Forecasters tracked Hurricane Milten across the Gulf on Tuesday.", "Milten", "Milton"),
    ("Residents still remember the flooding of Hurricane Sandi.", "Sandi", "Sandy"),
])
def test_a_hurricane_name_no_hurricane_ever_had(text, typed, fix):
    found = lint(text)
    assert typed in found, found
    assert found[typed].suggestions == [fix]
    assert "hurricane" in found[typed].message


@pytest.mark.parametrize("text", [
    "Hurricane Katrina struck in 2005, Hurricane Sandy in 2012 and Hurricane Milton in 2024.",
    "Neighbours threw a Hurricane Party before Hurricane Season began.",
    "Hurricane Otis hit Acapulco years after Hurricane Iniki hit Kauai.",
    "The Hurricane Center sent Hurricane Hunters into the storm.",
])
def test_listed_hurricane_names_and_common_words_stay_quiet(text):
    assert lint(text) == {}


# --- stop 29: a middle initial is no sentence start --------------------------------------
def test_a_surname_after_a_middle_initial_is_judged_as_a_name_not_a_common_word():
    """The full stop of a middle initial made the surname's capital look like grammar, so
    the common-word check offered "Blinked"; the name check is meant."""
    found = lint("On Tuesday, Secretary of State Antony J. Blinkem said the talks would resume.")
    assert found["Blinkem"].rule == "spelling.proper-noun"
    assert found["Blinkem"].suggestions[0] == "Blinken"
    assert not lint("On Tuesday, Secretary of State Antony J. Blinken said the talks would resume.")
