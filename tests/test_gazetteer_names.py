"""Misspelt names of real people and places (spelling.proper-noun via the gazetteer):
flagged with the right spelling, and rare correct names, accepted variants and
transliterations left alone. The sentences are invented."""
from __future__ import annotations

import pytest

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text
from attrlint.spelling.names import near_miss, sound_key

WORD_RULES = {r.id: r for r in spelling.rules() if not r.needs}


def lint(text: str):
    return lint_text(text, path="story.txt", config=Config(), rules=WORD_RULES)


@pytest.mark.parametrize("text, typo, fix", [
    # the whole name: the rest of a famous name pins the slip down, even when the
    # misspelt word is itself a real name
    ("Opposition leader Kier Starmer toured a hospital in Leeds on Friday.", "Kier", "Keir"),
    ("Chancellor Olaf Sholz flew to Washington for two days of talks.", "Sholz", "Scholz"),
    ("President Emmanuel Macrone hosted the summit at the Elysee.", "Macrone", "Macron"),
    ("Ministers briefed Rashi Sunak before the vote.", "Rashi", "Rishi"),
    # the word alone: nobody writes it, and it is one realistic slip from a famous name
    ("Talks with Erdogen ended without a statement.", "Erdogen", "Erdogan"),
    ("A reporter asked Zelesnkyy about the new air-defence systems.", "Zelesnkyy", "Zelenskyy"),
    ("Cruise ships returned to the Carribean after the storm season.", "Carribean", "Caribbean"),
    ("The delegation travelled on to Nigerai for a regional meeting.", "Nigerai", "Nigeria"),
])
def test_misspelt_well_known_names_are_flagged_with_the_right_spelling(text, typo, fix):
    found = {f.location.text: f for f in lint(text)}
    assert typo in found, found
    f = found[typo]
    assert f.category == "typo"
    assert fix in f.suggestions
    assert fix in f.message and typo in f.message


@pytest.mark.parametrize("text", [
    # rare but correct people: local officials, witnesses
    "Councillor Brenna Tolwick said the bus lane would stay.",
    "The witness, Darnel Okpara, told the court he had seen the car.",
    "The suspects included Loick Jammes, 22, of Lyon.",
    # accepted spellings and transliterations of famous names
    "President Volodymyr Zelensky met Zelenskyy's aides.",
    "Iranian President Hasan Rouhani spoke in Tehran.",
    "The match was played in Nizhny Novgorod.",
    "Recep Tayyip Erdogan and Francois Hollande met in Paris.",
    "Defence minister Khwaja Asif spoke to reporters in Islamabad.",  # Khawaja in use too
    # ordinary names near famous surnames
    "Her parents, Charles and Seryl, run a bakery.",
    "Doris Johnson, a retired teacher, chaired the meeting.",
    # Chinese given names are free compounds of syllables
    "The village head, Ye Lianhan, said new houses were planned.",
    # a double-barrelled surname
    "A trader, John Luckie-Downe, backed the plan.",
])
def test_rare_correct_names_and_accepted_variants_stay_quiet(text):
    assert [f for f in lint(text) if f.rule == "spelling.proper-noun"] == []


def test_a_spelling_the_story_repeats_is_its_choice():
    text = "Erdogen Holdings said on Monday that Erdogen would bid. Erdogen shares rose."
    assert [f for f in lint(text) if f.location.text == "Erdogen"] == []


def test_near_miss_allows_realistic_slips_only():
    assert near_miss("Erdogen", "Erdogan")  # a vowel
    assert near_miss("Varadkkar", "Varadkar")  # a doubled letter
    assert near_miss("Zelenksyy", "Zelenskyy")  # two neighbours swapped
    assert near_miss("Philipines", "Philippines")  # a dropped letter
    assert not near_miss("Eidenberg", "Eisenberg")  # a different consonant: another name
    assert not near_miss("Iyiola", "Yola")  # never the first letter
    assert not near_miss("Erdoğan", "Erdogan")  # accents are not slips


def test_sound_key_folds_one_sound_spelt_two_ways():
    assert sound_key("Carribean") == sound_key("Caribbean")
    assert sound_key("Schultz") == sound_key("Shults")
    assert sound_key("Stefan") != sound_key("Stephanie")


@pytest.mark.parametrize("text", [
    # the ASCII-folded form of an accented name is the English-press spelling
    "Polish Prime Minister Beata Szydlo arrived in Brussels on Monday.",
    "Former president Lech Walesa addressed the shipyard workers.",
    "Chilean President Sebastian Pinera opened the new port.",
    # a famous surname's near miss beside another first name, or before another surname,
    # is somebody else's correct name
    "The businessman Oleg Peshkov told the court he had not seen the letter.",
    "The curator, Ruth Balinsky Friedman, opened the exhibition.",
    # rare places and clubs, transliterated town and prison names
    "Fans of Palestino sang in the stands after the final whistle.",
    "Detainees were moved from Saydanaya prison as fighting went on near Jarablous.",
])
def test_folded_accents_and_other_peoples_names_stay_quiet(text):
    assert [f for f in lint(text) if f.rule == "spelling.proper-noun"] == []


@pytest.mark.parametrize("text, typo, fix", [
    # a title or a role before the name fits any person; the right first name fits too
    ("Kremlin spokesman Dmitry Peskow said the talks would go on.", "Peskow", "Peskov"),
    ("Israel's Prime Minister Benjamin Netanyhau wrote to the court.", "Netanyhau", "Netanyahu"),
    ("President Francois Hullande spoke after the attack.", "Hullande", "Hollande"),
    # a place word or an institution's word beside a place
    ("A statement from the Royal Mulaysia Police gave no names.", "Mulaysia", "Malaysia"),
])
def test_names_that_fit_their_context_are_still_flagged(text, typo, fix):
    found = {f.location.text: f for f in lint(text)}
    assert typo in found and fix in found[typo].suggestions, found


def test_an_accent_folded_suggestion_is_not_offered_twice():
    [f] = [f for f in lint("Talks with Erdogen ended without a statement.") if f.location.text == "Erdogen"]
    assert f.suggestions[0] == "Erdogan" and "Erdoğan" not in f.suggestions


def test_context_tells_roles_and_places_from_personal_names():
    from attrlint.spelling.context import personal_name
    assert personal_name("Oleg") and personal_name("Ruth")
    assert not personal_name("Minister") and not personal_name("Turkish") and not personal_name("Yesterday")


def test_fold_handles_letters_unicode_does_not_decompose():
    from attrlint.spelling.names import fold
    assert fold("Szydło") == "szydlo" and fold("Wałęsa") == "walesa" and fold("Kılıç") == "kilic"


@pytest.mark.parametrize("text, typo, fix", [
    # a middle initial between the given name and the surname does not hide the full name
    ("Talks opened after President Willam S. Ruto landed in Seoul.", "Willam", "William"),
    ("The board heard from Justin P. Trudaeu about the pipeline.", "Trudaeu", "Trudeau"),
    ("Reporters questioned Cyrill M. Ramaphosa on the power cuts.", "Cyrill", "Cyril"),
])
def test_a_middle_initial_does_not_hide_a_famous_name(text, typo, fix):
    found = {f.location.text: f for f in lint(text)}
    assert typo in found, found
    assert fix in found[typo].suggestions


@pytest.mark.parametrize("text", [
    "Portraits of John F. Kennedy and Franklin D. Roosevelt hung beside George W. Bush.",
    "Actors Michael J. Fox and Samuel L. Jackson arrived with Kamala D. Harris.",
    "They agreed on Plan B. Then Mr Haldane left the room.",
])
def test_names_with_middle_initials_written_right_stay_quiet(text):
    assert [f.location.text for f in lint(text)] == []
