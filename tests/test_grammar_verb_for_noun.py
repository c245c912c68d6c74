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
    ("The singer left the band last year, and his fried said he had moved abroad for good.", "fried"),
    ("Officials warned that these cites were running short of water after the long dry summer.", "cites"),
    ("The actress was not at the party, but her fried told reporters she was unwell that night.", "fried"),
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
    "These cites were left dry",  # a headline
])
def test_others_left_alone(text):
    assert found(text) == []


def test_left_to_real_word_when_the_story_uses_the_noun():
    text = ("The singer's friend was at the show. Later his fried said he had moved abroad "
            "and would not come back.")
    assert found(text) == []
