"""Slips in how words are joined (grammar_forms) and names spelt by country
(grammar_country): each flagged, and the right form left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks import grammar
from attrlint.config import Config
from attrlint.grammar.country import country_cues
from attrlint.linter import lint_text

RULES = {r.id: r for r in grammar.rules()}


def found(text: str, rule: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules={rule: RULES[rule]})
    return [(text[f.start:f.end], f.suggestions) for f in out]


# --- one-sided compounds ---------------------------------------------------------------
@pytest.mark.parametrize("text,span", [
    ("Trade has grown since the thaw in Canada-relations, the envoy said.", "Canada-relations"),
    ("The minister said EU-talks would resume in the spring after a pause.", "EU-talks"),
    ("Analysts expect Delhi-tensions to ease once the border is reopened.", "Delhi-tensions"),
])
def test_one_sided_compound_is_flagged(text, span):
    assert found(text, "grammar.one-sided-compound") == [(span, [span.replace("-", " ")])]


@pytest.mark.parametrize("text", [
    "Canada-Mexico relations have improved since the summit, officials said.",
    "Post-war relations between the two states were tense for decades.",
    "Anti-government talks were held in secret, the report said.",
    "The US-led talks will resume in Geneva on Monday.",
    "Canada's relations with Mexico have improved since the summit.",
    "He knew the scientist from his famous TED-talks and from videos online.",  # lectures, not a party
])
def test_one_sided_compound_leaves_two_parties_and_prefixes_alone(text):
    assert found(text, "grammar.one-sided-compound") == []


# --- possessive number ------------------------------------------------------------------
@pytest.mark.parametrize("text,span,fix", [
    ("The three senior Senator's aides will travel to Ohio next week, officials said.", "Senator's", "Senators'"),
    ("The bridge should be finished in two year's time, the council said.", "year's", "years'"),
    ("The opposition Farmer's Union said it would contest the result in court.", "Farmer's", "Farmers'"),
    ("The two junior Governor’s advisers met the union on Friday.", "Governor’s", "Governors’"),
])
def test_singular_possessive_for_many_is_flagged(text, span, fix):
    assert found(text, "grammar.possessive-number") == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "Two sheriff's deputies who shot a man on Friday were placed on leave.",
    "Voters backed Geert Wilder's Party for Freedom in the election, he said.",
    "The President's Council met on Monday to discuss the budget.",
    "The Senator's three aides will travel to Ohio next week, officials said.",
    "Both Smith's and Jones's lawyers declined to comment on the case.",
    "The two men's lawyers declined to comment on the report.",
    "In one year's time the bridge will be finished, the council said.",
    "The Farmers' Union said it would contest the result in court.",
    "They met at the 2014 Nobel Laureate's meeting in the town, she said.",  # a year, not a count
])
def test_possessive_number_leaves_correct_forms_alone(text):
    assert found(text, "grammar.possessive-number") == []


# --- stray "that" --------------------------------------------------------------------------
def test_that_opening_no_clause_is_flagged():
    text = "The ban would be in force that by the time the court sits in June."
    assert found(text, "grammar.stray-that") == [("that", [])]


@pytest.mark.parametrize("text", [
    "He insisted that by the time the talks ended the deal was done.",
    "Officials argued that by 2030 half the fleet will be electric.",
    "He said that by the time he arrived, the shop had closed.",
    "It was the day that by all accounts changed the city.",
    "The new audit calls that into question.",  # the pronoun, the object of "calls"
    "“The ban would be in force that by the time the court sits,” he said.",
])
def test_that_with_a_clause_is_left_alone(text):
    assert found(text, "grammar.stray-that") == []


# --- participle with an object --------------------------------------------------------------
def test_participle_with_object_is_flagged():
    text = "A driver reportedly involved a motorway crash was fined on Monday, the court heard."
    assert found(text, "grammar.participle-object") == [("involved", [])]


@pytest.mark.parametrize("text", [
    "A driver reportedly involved in a motorway crash was fined on Monday, the court heard.",
    "A man given a medal for bravery was honoured at the palace on Friday.",
    "An officer escorted the man to the airport, handed him a ticket and left.",
    "Officials said on Tuesday that reports its planes had bombed the town were not true.",
    "The man accused of the robbery was arrested on Friday after a chase, police said.",
])
def test_participle_rule_leaves_correct_grammar_alone(text):
    assert found(text, "grammar.participle-object") == []


# --- party names by country -------------------------------------------------------------
NZ_STORY = ("WELLINGTON - New Zealand's new government was sworn in on Thursday.\n"
            "The {party} Party will lead a coalition, officials in Wellington said, and New Zealand "
            "voters will watch closely.\n")
AU_STORY = ("SYDNEY - Australia's opposition said on Monday it would back the bill.\n"
            "The {party} Party has promised lower power prices, and voters in Melbourne and Brisbane "
            "appear to agree.\n")


def test_party_spelt_as_another_country_spells_it_is_flagged():
    assert found(NZ_STORY.format(party="Labor"), "grammar.party-spelling") == [("Labor", ["Labour"])]
    assert found(AU_STORY.format(party="Labour"), "grammar.party-spelling") == [("Labour", ["Labor"])]


def test_party_spelt_as_its_country_spells_it_is_left_alone():
    assert found(NZ_STORY.format(party="Labour"), "grammar.party-spelling") == []
    assert found(AU_STORY.format(party="Labor"), "grammar.party-spelling") == []


@pytest.mark.parametrize("text", [
    # another country's party named in passing
    "LONDON - Britain's opposition leader spoke in London on Monday.\n"
    "He praised Australia's Labor Party, which won in Canberra last year, as a model for the UK.\n",
    # no clear country: nothing to judge by
    "The Labor Party said on Monday it would oppose the bill in parliament.\n",
    # an ordinary word, not the party
    "In Wellington, New Zealand, the Labor Day holiday fell on Monday; New Zealand shops closed.\n",
])
def test_party_spelling_needs_a_clear_country(text):
    assert found(text, "grammar.party-spelling") == []


def test_country_cues_count_whole_words_only():
    cues = country_cues("New Zealand and Wellington; Australiana and Sydneyside are not cues. Israel is.")
    assert cues["NZ"] == 2 and cues["AU"] == 0 and cues["IL"] == 1


def plural_possessive(text: str) -> list[tuple[str, list[str]]]:
    from attrlint.checks.grammar_possessive_plural import PluralPossessive

    out = lint_text(text, path="story.txt", config=Config(), rules={PluralPossessive.id: PluralPossessive()})
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text, span, fix", [
    ("The villagers concerns were heard at the meeting.", "villagers concerns", "villagers’ concerns"),
    ("Their passengers complaints have been ignored for years.", "passengers complaints", "passengers’ complaints"),
    ("The climbers family thanked the rescuers.", "climbers family", "climber’s family"),
])
def test_a_plural_possessive_without_its_apostrophe(text, span, fix):
    hits = plural_possessive(text)
    assert [h[0] for h in hits] == [span]
    assert hits[0][1][0] == fix


@pytest.mark.parametrize("text", [
    "The changes residents were promised never came.",  # a relative clause
    "The teachers unions are angry.",  # a group some house styles write so
    "The villagers’ concerns were heard.",
    "The villagers concerned were heard.",
    "The prices voters pay are rising.",
    "The climber’s family and the rescuers’ families met.",
    "Officials brought the trainees home.",
])
def test_other_plural_pairs_are_left_alone(text):
    assert plural_possessive(text) == []
