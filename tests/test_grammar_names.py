"""grammar.acronym-mismatch, grammar.number-before-country, and the "film" for "firm" idiom:
what they flag and what they leave alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.confusables import Idiom
from attrlint.checks.grammar_names import AcronymMismatch, ConstituencyName, NumberBeforeCountry, VerbBeforeCountry
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str, rule) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules={rule.id: rule})
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text, span, fix", [
    ("The Food and Drug Administration (FAD) approved the drug.", "(FAD)", "(FDA)"),
    ("Officials at the Ruritania Tourism Board (TRB) said visits rose.", "(TRB)", "(RTB)"),
    ("The Coastal Water Authority (CAW) raised prices.", "(CAW)", "(CWA)"),
    # a hyphenated abbreviation keeps its hyphen where it was written
    ("The ruling Ruritania Unity League-Nord (RLU-N) filed a case.", "(RLU-N)", "(RUL-N)"),
])
def test_abbreviations_in_another_order_are_flagged(text, span, fix):
    assert found(text, AcronymMismatch()) == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "The Food and Drug Administration (FDA) approved the drug.",
    "The Revolutionary Armed Forces of Colombia (FARC) signed the deal.",  # the head noun first
    "The International Ski Federation (FIS) met in the spring.",
    "The Social Democratic Party (SPD) lost seats.",  # a party keeps its own abbreviation
    "The National Action Party (PAN) won the state.",
    "The National Action Front (FAN) won the state.",  # the initials reversed
    "The Anti-Defamation League (ADL) objected.",  # a hyphenated word gives two initials
    "Pakistan's Tehreek-i Taliban (TTP) claimed the attack.",  # a possessive ends the name
    "The Mountain Rescue Service (MRSC) was called.",  # other letters: not a reordering
    "The World Health Organization (WHO) agreed.",
    "The Ruritania Unity League-Nord (RUL-N) filed a case.",
])
def test_matching_or_foreign_abbreviations_are_left_alone(text):
    assert found(text, AcronymMismatch()) == []


@pytest.mark.parametrize("text, span", [
    ("Floods killed more than 60 Malawi on Tuesday.", "60 Malawi"),
    ("Storms left at least 30 Mozambique.", "30 Mozambique"),
    ("Troops arrested 1,200 Sudan since March.", "1,200 Sudan"),
])
def test_a_count_before_a_country_is_flagged(text, span):
    assert found(text, NumberBeforeCountry()) == [(span, [span.replace(" ", " in ", 1)])]


@pytest.mark.parametrize("text", [
    "The 2015 Iran nuclear deal held.",  # a year
    "Brazil 2 Germany 7 was the final score.",  # a score
    "Officials sent 40 Sudan troops to the border.",  # the country modifies the noun
    "More than 40 Sudanese died.",
    "Floods killed more than 60 in Malawi on Tuesday.",
    "By 2020, China will have doubled its output.",
])
def test_years_scores_and_modifiers_are_left_alone(text):
    assert found(text, NumberBeforeCountry()) == []


def test_film_for_firm_after_a_business_service():
    idiom = Idiom()
    assert found("The market research film Kantwell said sales fell.", idiom) == [("film", ["firm"])]
    assert found("Two law films merged last year.", idiom) == [("films", ["firms"])]
    assert found("The law film festival opened.", idiom) == []
    assert found("She made a recruitment film for the army.", idiom) == []


@pytest.mark.parametrize("text, span, fix", [
    ("The vote was held in her Ealing West and Acton constituency last week.", "West", "Central"),
    ("The MP for Sheffield Hallm resigned on Friday.", "Hallm", "Hallam"),
    ("Labour lost the Tory-held Hastings and Rye seat, then won the Leeds Centrel by-election.", "Centrel", "Central"),
])
def test_a_constituency_with_one_word_wrong(text, span, fix):
    assert found(text, ConstituencyName()) == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "The vote was held in her Ealing Central and Acton constituency last week.",
    "The MP for Sheffield South East and the MP for Sheffield Central met.",  # both real
    "The Holyrood seat of Edinburgh Southern changed hands.",  # another parliament's seat
    "She walked from Westminster Abbey to Westminster Hall.",  # no constituency named
    "The Hastings and Ryde seat does not exist.",  # a short word: the spelling rules' business
])
def test_real_constituencies_and_other_names_are_left_alone(text):
    assert found(text, ConstituencyName()) == []


@pytest.mark.parametrize("text, span", [
    ("She returned after working Liberia for a decade.", "working Liberia"),
    ("He lived Peru for years before the war.", "lived Peru"),
    ("Both were born Ghana, officials said.", "born Ghana"),
])
def test_a_country_straight_after_a_verb_of_place(text, span):
    assert [s for s, _ in found(text, VerbBeforeCountry())] == [span]


@pytest.mark.parametrize("text", [
    "She returned after working in Liberia for a decade.",
    "He visited Peru and fled Chile.",  # verbs that take the place as their object
    "He lived Peru's hardest years in exile.",  # a possessive: the years are the object
    "She has worked China Daily shifts for years.",  # a longer name
])
def test_places_after_verbs_that_take_them_are_left_alone(text):
    assert found(text, VerbBeforeCountry()) == []
