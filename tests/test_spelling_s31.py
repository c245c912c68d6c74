"""Stop 31: a well-known name whose accented letters a scrape deleted ("Orbn" for Orbán),
in every mention. The sentences and slips are invented."""
from __future__ import annotations

import pytest

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text

WORD_RULES = {r.id: r for r in spelling.rules() if not r.needs}


def lint(text: str):
    return [f for f in lint_text(text, path="story.txt", config=Config(), rules=WORD_RULES)]


@pytest.mark.parametrize("text, typed, fix", [
    # twice: a scrape damages every mention alike, so the repeat is no writer's choice
    ("Prime Minister Viktor Orbn said on Tuesday that Hungary would veto the plan. "
     "Viktor Orbn has opposed it for months.", "Orbn", "Orbán"),
    ("Spanish Prime Minister Pedro Snchez met union leaders in Madrid on Monday.", "Snchez", "Sánchez"),
])
def test_a_name_with_its_accented_letters_deleted_is_flagged(text, typed, fix):
    found = [f for f in lint(text) if f.location.text == typed]
    assert found and len(found) == text.count(typed), lint(text)
    assert found[0].suggestions[0] == fix
    assert "accented letters deleted" in found[0].message


@pytest.mark.parametrize("text", [
    "Spanish Prime Minister Pedro Sanchez met union leaders in Madrid on Monday.",  # plain letters
    "The singer Orbn Halili spoke at the festival in Tirana.",  # a first name, not the famous surname
    "Viktor Orbis, a local baker, said trade was slow. Viktor Orbis has run the shop since 1998.",
])
def test_plain_letters_and_other_people_are_left_alone(text):
    assert not lint(text)


def test_a_paragraph_in_another_language_is_not_read_as_english_typos():
    # an invented Maori sentence: "mai", "nui" are one letter from English words, but most
    # of the paragraph's words are in no English dictionary
    text = ("Kua tae mai te ope ki te marae i te ata nei, ā, i whakatau ai rātou i ngā manuhiri "
            "me te hōnore nui ki te whenua.\n\n"
            "The delegation arrived at the marae on Monday and spoke of the honour of the lnad.")
    assert [f.location.text for f in lint(text)] == ["lnad"]


def test_an_english_paragraph_with_several_slips_is_still_english():
    text = "The goverment said the new polciy would help famlies, but critics disagreed with the plan."
    assert {f.location.text for f in lint(text)} >= {"goverment", "polciy", "famlies"}


@pytest.mark.parametrize("text", [
    # a first name, a particle, then a surname one vowel from a town: a person
    "Councillors Greg Martin, Karen Van Arnhum and Dan McCreary voted against it.",
    # a word one letter from a small place, before a rare word that names no place: a first name
    "The coach brought in Taranaky Faleolo at lock for the second test.",
])
def test_a_persons_name_near_a_small_place_is_left_alone(text):
    assert not lint(text)


@pytest.mark.parametrize("text, typed", [
    ("Flights to Arnhum were cancelled on Friday after the storm.", "Arnhum"),
    ("Heavy rain hit Taranaky on Friday, the council said.", "Taranaky"),
    ("He was taken to Taranaky Garda Station for questioning.", "Taranaky"),  # a name that goes on
    ("Fans of Bayer Leverkuusen packed the stadium on Sunday.", "Leverkuusen"),  # a long finger slip
])
def test_the_same_slips_of_places_standing_alone_are_still_flagged(text, typed):
    assert typed in [f.location.text for f in lint(text)]


@pytest.mark.parametrize("text, typed, fix", [
    # three edits each: a letter dropped and two pairs out of order
    ("The minister said the reposnibiltiy lay with the council.", "reposnibiltiy", "responsibility"),
    ("Council inveistgaton into the town centre fire", "inveistgaton", "investigation"),  # a headline
])
def test_a_long_scrambled_word_is_flagged(text, typed, fix):
    found = [f for f in lint(text) if f.location.text == typed]
    assert found, lint(text)
    assert found[0].suggestions[0] == fix


@pytest.mark.parametrize("text", [
    "The firm sells a nanobarrier film to farmers.",      # a formation: letters added, not moved
    "They praised the good neighbourdom along the border.",  # letters more than a word
])
def test_long_words_that_are_no_scramble_are_left_alone(text):
    assert not lint(text)

