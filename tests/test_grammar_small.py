"""grammar.dropped-of: "of" lost after a quantity word is flagged; "one" as a pronoun or
before a singular noun, and words in capitals, are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_small import DroppedOf, DroppedPreposition, PluralModifier
from attrlint.config import Config
from attrlint.document import Document


def found(text: str) -> list[tuple[str, list[str]]]:
    doc = Document.from_text(text, path="story.txt", config=Config())
    return [(text[f.start:f.end], f.suggestions) for f in DroppedOf().check(doc)]


@pytest.mark.parametrize("text,span,fix", [
    ("The port authority sent one its tugs to help the stranded ferry.", "one its", "one of its"),
    ("She is one the best goalkeepers the club has had.", "one the", "one of the"),
    ("The flood was just one many problems the village faced.", "one many", "one of many"),
    ("Most the councillors voted against the plan.", "Most the", "Most of the"),
    ("The minister, also one our longest-serving members, will retire.", "one our", "one of our"),
])
def test_dropped_of_is_flagged(text, span, fix):
    assert found(text) == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "The new bridge is very different from the one his grandfather built.",
    "No one the court heard had seen the driver.",
    "It is not the one our new mayor wants.",
    "One US soldier and several UK officers were hurt.",  # capitals: not determiners
    "One of the ferries and most of the crews were safe.",
    "She picked one, the other went to her brother.",
])
def test_pronoun_one_and_full_phrases_are_left_alone(text):
    assert found(text) == []


def prepositions(text: str) -> list[tuple[str, list[str]]]:
    doc = Document.from_text(text, path="story.txt", config=Config())
    return [(text[f.start:f.end], f.suggestions) for f in DroppedPreposition().check(doc)]


@pytest.mark.parametrize("text,span,fix", [
    ("Rents rose by a fifth, according the housing agency.", "according the", "according to the"),
    ("The talks broke down prior the vote on Friday.", "prior the", "prior to the"),
    ("Regardless the cost, the bridge will be rebuilt.", "Regardless the", "Regardless of the"),
])
def test_dropped_preposition_is_flagged(text, span, fix):
    assert prepositions(text) == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "Rents rose by a fifth, according to the housing agency.",
    "The coach thanks the fans, and the bonus is due a week later.",
    "Instead the council voted to delay, prior to a second review.",
])
def test_full_phrases_are_left_alone(text):
    assert prepositions(text) == []


def modifiers(text: str) -> list[str]:
    doc = Document.from_text(text, path="story.txt", config=Config())
    return [text[f.start:f.end] for f in PluralModifier().check(doc)]


def test_plural_modifier_is_flagged():
    assert modifiers("The city faced multiples legal challenges, and others countries did too.") == ["multiples", "others"]


@pytest.mark.parametrize("text", [
    "The city faced multiple legal challenges; others say costs rose.",
    "Some left early, while others stayed for the speeches.",
    "Shares traded at high multiples, others reports suggest",  # "reports" may be a verb
])
def test_plural_modifier_leaves_nouns_alone(text):
    assert modifiers(text) == []


@pytest.mark.parametrize("text,span", [
    ("The professionals athletes trained at the new track.", "professionals"),
    ("Troops cleared explosives devices from the road.", "explosives"),
])
def test_the_plural_of_an_adjective_before_a_plural_noun_is_flagged(text, span):
    assert modifiers(text) == [span]


@pytest.mark.parametrize("text", [
    "Customs officers searched the lorry.",  # a plural English puts before a noun
    "Economics teachers disagreed.",
    "Human rights groups objected.",  # "rights" is a verb too
    "Local immigrants decades younger than them arrived.",  # a time after the plural
    "Sales figures rose.",  # "sale" is no adjective
])
def test_plurals_used_before_nouns_are_left_alone(text):
    assert modifiers(text) == []


def double_comparative(text: str) -> list[tuple[str, list[str]]]:
    from attrlint.checks.grammar_small import DoubleComparative

    doc = Document.from_text(text, path="story.txt", config=Config())
    return [(text[f.start:f.end], f.suggestions) for f in DoubleComparative().check(doc)]


@pytest.mark.parametrize("text, span, fix", [
    ("The new pier is more longer than the old one.", "more longer", "longer"),
    ("Prices were more cheaper to buy online.", "more cheaper", "cheaper"),
    ("It was the most biggest crowd in years.", "most biggest", "biggest"),
])
def test_a_comparative_marked_twice(text, span, fix):
    assert double_comparative(text) == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "More older voters than before turned out.",  # "more" counts the voters
    "The meat was more tender than expected, and she was the most honest.",
    "Of the children, most younger than ten, many slept.",  # "most" of them
    "We will say more later.",
    "More young and healthier people signed up.",
])
def test_other_uses_of_more_are_left_alone(text):
    assert double_comparative(text) == []


def dropped_article(text: str) -> list[tuple[str, list[str]]]:
    from attrlint.checks.grammar_small import DroppedArticle

    doc = Document.from_text(text, path="story.txt", config=Config())
    return [(text[f.start:f.end], f.suggestions) for f in DroppedArticle().check(doc)]


@pytest.mark.parametrize("text, span, fix", [
    ("The two ministers met on sidelines of the river summit, an aide said.", "on sidelines of",
     "on the sidelines of"),
    ("Fares will rise by end of the year, the operator said.", "by end of", "by the end of"),
    ("The mayor opened a fair on occasion of the town's jubilee.", "on occasion of", "on the occasion of"),
    ("The ferry sailed for first time in a decade, with a brass band on board.", "for first time",
     "for the first time"),
    ("The talks were held under auspices of the river board, a spokesman said.", "under auspices of",
     "under the auspices of"),
])
def test_a_fixed_phrase_without_its_article(text, span, fix):
    assert dropped_article(text) == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "Ferry firm hires staff in wake of strike",  # a headline: no full stop
    "Mayor questioned in wake of ferry row\nA council source said the talks failed.",
    "The bank has a scheme for first time buyers.",  # a compound noun
    "They met on the sidelines of the summit, in the wake of the vote.",
    "Prices rose under centre of the plan, the report said.",  # no such phrase
])
def test_articles_in_place_and_headlines_are_left_alone(text):
    assert dropped_article(text) == []


@pytest.mark.parametrize("text", [
    "The professionals athletes met locals residents. Xlocals residents, locals Residents.",
    "the nationals teams; café locals residents and the naïves fans, sales figures s ",
    "(locals residents) 'locals residents' -locals residents tricks regulators. ends s",
    "",
])
def test_adjective_noun_matches_are_the_plain_search(text):
    """Tried only at the words before "s ", the pattern finds what a search of the whole
    text finds (a run of letters that meets a non-ASCII character falls back to it)."""
    from attrlint.checks.grammar_small import PluralModifier

    rule = PluralModifier()
    assert [m.span() for m in rule._adjective_noun_matches(text)] == [m.span() for m in rule.ADJ_NOUN.finditer(text)]
