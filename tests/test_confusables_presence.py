"""Rare words a slip makes of common ones ("causalities" for "casualties"), judged by which bigrams are seen at all (``by_presence`` in rules/confusables.toml):
the common word goes with both neighbours and the written one with neither, or only a
thousandth as often (web text's own slips: "fo the", "ot the").

Invented sentences only; the decisions come from the shipped bigram counts.
"""
from __future__ import annotations

import pytest

from attrlint.checks import confusables
from attrlint.config import Config
from attrlint.grammar.confusion import judge
from attrlint.linter import lint_text

RULE = {"grammar.confusable": confusables.Confusable()}


def flagged(text: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules=RULE)
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text, word, want", [
    ("The shelling caused civilian causalities in the border town, the mayor said.", "causalities", "casualties"),
    ("The council voted for the repair fo the new ferry rules.", "fo", "of"),
    ("Crews went ot the quay before dawn.", "ot", "to"),
    ("The mayor said this si the last ferry of the year.", "si", "is"),
    ("Storms hit the islands ni the north on Monday.", "ni", "in"),
])
def test_a_rare_slip_beside_words_that_go_with_the_common_one_is_flagged(text, word, want):
    assert flagged(text) == [(word, [want])]
    [f] = lint_text(text, path="story.txt", config=Config(), rules=RULE)
    assert "hardly ever" in f.message and "under 100,000" in (f.evidence or "")


@pytest.mark.parametrize("text", [
    "Philosophers have argued about causalities of this kind for centuries.",
    "The study traced the causalities behind the outbreak.",
    "“Si, claro,” the skipper said when asked.",
    "The Ni-Cd battery and the Fo Guang Shan temple were on the list.",
    "Smith et al. reported ni hao as the greeting.",
])
def test_the_rare_word_in_its_own_sense_is_left_alone(text):
    assert flagged(text) == []


def test_one_neighbour_is_not_enough():
    # at a sentence's end only the word before speaks: no verdict
    assert judge("civilian", "causalities", None) is None
