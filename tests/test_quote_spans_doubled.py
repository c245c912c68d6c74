"""Quotations marked with two single marks typed for a double one (''…'', ‘‘…’’), as some
feeds and scraped pages type them: the words inside are the speaker's, so the
loaded-language rules leave them alone. Invented sentences."""
from __future__ import annotations

import pytest

from attrlint.checks import loaded_language
from attrlint.document import Document
from attrlint.linter import lint_text
from attrlint.registry import builtin_packs


def quoted(text):
    return [text[s:e] for s, e in Document.from_text(text).quote_spans]


@pytest.mark.parametrize("text,span", [
    ("Okafor said, ''The plant will close in June,'' and left.", "''The plant will close in June,''"),
    ("Okafor said, ‘‘The plant will close in June,’’ and left.", "‘‘The plant will close in June,’’"),
    # a feed mixed the styles: opened with two single marks, closed with a double one
    ("Okafor said, ''The plant will close in June,\" and left.", "''The plant will close in June,\""),
    # or opened with a double mark and closed with two single marks
    ('The union called it a "shabby little deal\'\', and walked out.', '"shabby little deal\'\''),
])
def test_doubled_single_marks_make_a_quotation(text, span):
    assert quoted(text) == [span]


def test_double_mark_closed_by_doubled_marks_does_not_upset_the_next_pair():
    text = 'The union called it a "shabby deal\'\', and the board said "no."'
    assert quoted(text) == ['"shabby deal\'\'', '"no."']


@pytest.mark.parametrize("text", [
    "The suspect is 5'8'' and was last seen in a grey coat.",  # an inch mark
    "Lumber of 2'' by 4'' was stacked by the gate.",
    "The file was named '' in the log.",  # an empty pair
])
def test_inch_marks_and_empty_pairs_are_not_quotations(text):
    assert quoted(text) == []


@pytest.fixture(scope="module")
def rules():
    packed = [r for r in builtin_packs() if r.category == "loaded_language"]
    return {r.id: r for r in loaded_language.rules() + packed}


def loaded(text, rules):
    return [f.location.text for f in lint_text(text, path="draft.txt", rules=rules)]


def test_loaded_word_inside_doubled_marks_is_the_speakers(rules):
    text = "The exile leader told the rally, ''Varnia is a rogue state and must answer for the dam,'' before he left."
    assert loaded(text, rules) == []


def test_loaded_word_outside_the_quotation_is_still_flagged(rules):
    text = "The exile leader told the rally, ''We will go home,'' as the rogue state closed the border."
    assert loaded(text, rules) == ["rogue state"]
