"""Word slips seen on fresh real excerpts (stop 40), with invented fixtures: "the The", a
word lost before a spaced mark after a word that needs an object, three idioms with a slip;
and the same words used rightly, left alone."""
from __future__ import annotations

import pytest


def _lint(text: str, rule_id: str) -> list[str]:
    from attrlint.linter import lint_text
    return [f.location.text for f in lint_text(text) if f.rule == rule_id]


def test_the_sentences_article_before_a_names_own_is_a_doubled_word():
    text = "The study was published in the The Harbour Journal on Monday. The Hague court ruled."
    assert _lint(text, "spelling.doubled-word") == ["the The"]


def test_a_bands_name_after_a_capital_is_left_alone():
    assert _lint("They saw the A Team play, then The The played.", "spelling.doubled-word") == []


@pytest.mark.parametrize("text, hole", [
    ("The governor signed it. He has received , which he vetoed, a bill on water.", "received ,"),
    ("The package funds schools, roads and ports, including .", "including ."),
])
def test_a_word_that_needs_an_object_before_a_spaced_mark_is_a_hole(text, hole):
    assert _lint(text, "grammar.dropped-word") == [hole]


def test_a_spaced_mark_after_a_noun_is_left_alone():
    assert _lint("The board received the plan . It was signed by the mayor , who left.",
                 "grammar.dropped-word") == []


@pytest.mark.parametrize("text, wrong", [
    ("They kept meddling in each others lives after the split.", "others"),
    ("The couple called in quits in 2016.", "in"),
    ("She watched from a far, as the crowd gathered.", "a far"),
])
def test_idioms_with_a_slip(text, wrong):
    assert _lint(text, "grammar.idiom") == [wrong]


@pytest.mark.parametrize("text", [
    "They told each others in the team to wait.",
    "She watched from a far corner of the room.",
    "The rebels called in reinforcements and then called it quits.",
])
def test_the_same_words_used_rightly_are_left_alone(text):
    assert _lint(text, "grammar.idiom") == []
