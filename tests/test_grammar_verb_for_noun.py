"""grammar.verb-for-noun: a verb-only form straight after a determiner, a noun or adjective one
slip away fitting both neighbours; nouns, verbs after other words and headlines are left alone.
Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_verb_for_noun import VerbForNoun
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[str]:
    out = lint_text(text, path="story.txt", config=Config(), rules={VerbForNoun.id: VerbForNoun()})
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text,span", [
    ("The driver was taken to hospital, and his injures were not thought to be serious by doctors.", "injures"),
    ("Members voted at the annul meeting of the society on Saturday to keep the old rules.", "annul"),
    ("The firm said its annul report would be published later this month, a spokesman said.", "annul"),
])
def test_verb_for_noun_is_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    # a verb after a word that may take one
    "The man was hanged at dawn, and the crowd that gathered outside the prison was silent.",
    "Officials said the proposal was panned for its cost by most of the council members.",
    # a word that is a noun as well as a verb
    "The council said the plans would be put to the vote at the meeting in the spring.",
    # no noun one slip away that fits
    "The coach said their defends had held firm under pressure for most of the second half.",
    # a headline
    "Court to annul meeting vote",
])
def test_others_left_alone(text):
    assert found(text) == []


def test_left_to_real_word_when_the_story_uses_the_noun():
    text = ("The driver's injuries were treated on the spot. Doctors said his injures were not serious "
            "and he would go home soon.")
    assert found(text) == []
