"""Names seen on fresh real excerpts (stop 40), with invented fixtures: a surname with its
last letter lost beside the same given name, an English word for the first name the story
keeps using; a great place's name that is also a word or a surname ("Japon", "Londo");
and pairs that are two names, and first names near places, left alone."""
from __future__ import annotations

import pytest



def _lint(text: str, rule_id: str) -> list[str]:
    from attrlint.linter import lint_text
    return [f.location.text for f in lint_text(text) if f.rule == rule_id]


def test_a_surname_with_its_last_letter_lost_beside_the_same_given_name():
    text = ("The minister received the Dutch ambassador, Pieter Vandermole, on Monday.\n\n"
            "Pieter Vandermolen and the minister discussed trade.\n\n"
            "It was the second time Pieter Vandermolen had been received.")
    assert _lint(text, "names.inconsistent") == ["Vandermole"]


def test_a_place_and_its_people_are_not_one_name_cut_short():
    text = ("Officials in Pakistan said on Monday that the talks had ended.\n\n"
            "A Pakistani official said the talks would resume. Pakistani diplomats agreed.")
    assert _lint(text, "names.inconsistent") == []


def test_an_english_word_for_the_first_name_the_story_keeps_using():
    text = ("According to the site, Caster Holt is in denial about the break-up.\n\n"
            "The singer and Casper Holt dated for five years.\n\n"
            "Friends say Casper has moved on.")
    assert _lint(text, "names.inconsistent") == ["Caster"]


def test_two_first_names_that_are_no_words_stay_two_people():
    text = ("Francis Okafor spoke first. Frances Okafor, his sister, spoke next.\n\n"
            "Frances said the family would appeal.")
    assert _lint(text, "names.inconsistent") == []


@pytest.mark.parametrize("text, meant", [
    ("The carmaker has plants in South Korea and Japon, which host its rivals.", "Japan"),
    ("On the anniversary of the 2005 Londo bombings, the officer spoke.", "London"),
    ("He said he had nothing to do with Russa, his aides said.", "Russia"),
])
def test_a_great_places_name_that_is_also_a_word_or_surname_is_still_its_name(text, meant):
    from attrlint.linter import lint_text
    found = [f for f in lint_text(text) if f.rule == "spelling.proper-noun"]
    assert [f.suggestions[0] for f in found] == [meant]


@pytest.mark.parametrize("text", [
    "Jordon Smith, 24, scored twice for the visitors.",
    "Floria Brown, a teacher, said the school would reopen.",
])
def test_a_first_name_one_letter_from_a_place_is_left_alone(text):
    from attrlint.linter import lint_text
    assert [f.location.text for f in lint_text(text) if f.rule == "spelling.proper-noun"] == []


@pytest.mark.parametrize("text, meant", [
    ("Labour leader Jeremy Corbin said his party would back the plan.", "Corbyn"),
    ("It was argued by former CIA Director John Brennen that the agency should change.", "Brennan"),
    ("The landslide went to the incoming prime minister Tiny Blair in 1997.", "Tony"),
])
def test_a_title_before_a_full_name_makes_its_bearer_the_famous_one(text, meant):
    from attrlint.linter import lint_text
    assert [f.suggestions[0] for f in lint_text(text) if f.rule == "spelling.proper-noun"] == [meant]


def test_the_same_name_without_a_title_may_be_someone_else():
    from attrlint.linter import lint_text
    text = "Jeremy Corbin, 34, a plumber from Leeds, said the road had flooded twice."
    assert [f.location.text for f in lint_text(text) if f.rule == "spelling.proper-noun"] == []


def test_a_surnames_last_letter_typed_twice_after_a_first_name():
    from attrlint.linter import lint_text
    found = [f for f in lint_text("Actress Fay Wrayy was fascinated by the film.") if f.rule == "spelling.proper-noun"]
    assert [(f.location.text, f.suggestions[0]) for f in found] == [("Wrayy", "Wray")]


def test_a_vowel_typed_twice_in_a_long_surname_after_a_first_name():
    from attrlint.linter import lint_text
    found = [f for f in lint_text("The claims were first made by former judge Andrew Napoolitano.")
             if f.rule == "spelling.proper-noun"]
    assert [(f.location.text, f.suggestions[0]) for f in found] == [("Napoolitano", "Napolitano")]


def test_a_short_surname_with_a_doubled_vowel_is_a_familys_spelling():
    from attrlint.linter import lint_text
    assert [f.location.text for f in lint_text("Coach Pieter Buurma said the team would rest.")
            if f.rule == "spelling.proper-noun"] == []


def test_a_region_word_before_a_place_is_no_first_name():
    from attrlint.linter import lint_text
    found = [f for f in lint_text("Many end up in the biggest detention centre in Latin Ameroca, officials said.")
             if f.rule == "spelling.proper-noun"]
    assert [(f.location.text, f.suggestions[0]) for f in found] == [("Ameroca", "America")]
