"""grammar.lost-break: a common noun capitalised after a lower-case word, opening "X of" + a
number or a bare noun, is a sentence whose full stop was lost; titles, names, groups and
quotations are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_lost_break import LostBreak
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[str]:
    out = lint_text(text, path="story.txt", config=Config(), rules={LostBreak.id: LostBreak()})
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text,span", [
    ("Nothing could stop what allowed this to go ahead Release of 40 detainees began at noon.", "ahead Release"),
    ("The talks were meant to end quickly Delivery of aid was delayed again.", "quickly Delivery"),
    ("Officials said the floods had receded Thousands of families returned home.", "receded Thousands"),
])
def test_lost_break_is_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "The zoo marked the coming Year of the Rooster with a parade.",  # a determiner after "of"
    "She thanked the Ministry of Finance for its help.",  # after "the"
    "He accused Republicans of blocking the bill.",  # a group the lexicon writes with a capital
    "The mayor met Members of 12 councils on Monday.",
    "“They let it happen Release of 40 men is due,” she said.",  # a speaker's words
    "Nothing could stop it. Release of 40 detainees began at noon.",
])
def test_titles_names_and_sentences_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text,span", [
    ("“We know what we must do to keep the Our plan is to press high,” the coach said.", "the Our"),
    ("Rescuers were called in The bridge was closed for six hours on Sunday.", "in The"),
    ("The council voted to approve a We will review the budget again in May, she said.", "a We"),
    ("Fans queued for hours outside the This season has been long for the club.", "the This"),
])
def test_sentence_opener_after_article_is_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "She starred in The Good Wife for seven seasons.",  # a title: a capital follows
    "Pilgrims prayed at the shrine of Our Lady of Lourdes.",
    "The cleric asked God to accept the dead in His mercy.",  # a deity's capital
    "The drone flies from A to B in ten minutes.",  # letters as labels
    "The record had a ballad on the A side.",
    "The airport was closed. The bridge was closed too.",
])
def test_titles_deities_and_labels_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "The crews waited on Release of the hostages for hours.",
    "we met Minister of state and then the Board of 40,000 members left; go on Release of 12",
    "Ärger Über of x, the talks Élan of the fleet, x Ab of c, no capital of any kind",
    "of Of of the Harbour of of",
])
def test_pattern_tried_at_its_starts_finds_what_finditer_finds(text):
    from attrlint.checks.grammar_lost_break import _PATTERN, _pattern_starts
    from attrlint.grammar.literals import matches_from

    for t in (text, text.lower(), text.replace(" ", "  ")):
        assert [m.span() for m in matches_from(_PATTERN, t, _pattern_starts(t))] == [
            m.span() for m in _PATTERN.finditer(t)]
