"""grammar.bare-round-number: "thousand", "million" ... with no count before it, where the
plural is meant, and the counted uses left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_counts import BareRoundNumber
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules={BareRoundNumber.id: BareRoundNumber()})
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text, span, fix", [
    ("Thousand of fans lined the quay, the harbour office said.", "Thousand of", "Thousands of"),
    ("The ferry strike stranded commuters. Hundred of them slept at the terminal.", "Hundred of", "Hundreds of"),
    ("The appeal reached hundreds of thousand of families across the islands.", "thousand of", "thousands of"),
    ("“Million of people watched the launch,” she said.", "Million of", "Millions of"),
])
def test_a_round_number_with_no_count_before_it(text, span, fix):
    assert found(text) == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "A thousand of them stayed on the quay.",
    "Two million of those are children, the agency said.",
    "The council spent $3 billion of its reserves. About 40 million of the coins are lost.",
    "Thousands of fans lined the quay.",
    "Several hundred of the workers joined the strike.",
    "He counted the stars in the Thousand Islands of the river.",
])
def test_counted_round_numbers_and_plurals_are_left_alone(text):
    assert found(text) == []
