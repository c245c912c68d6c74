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
