"""grammar.extra-preposition and grammar.base-points: phrases a translation or a
second-language writer builds, and the lookalikes edited copy writes. Invented sentences."""
from __future__ import annotations

import pytest

from attrlint.linter import lint_text


def found(sentence: str, rule: str) -> list[str]:
    text = f"Harbour board meets\n\n{sentence}\n"
    return [text[f.start:f.end] for f in lint_text(text, path="draft.txt") if f.rule == rule]


@pytest.mark.parametrize("sentence, span", [
    ("The ferry sailed despite of the storm warnings, the operator said.", "despite of"),
    ("The new board comprises of five members from the harbour towns, she said.", "comprises of"),
    ("The port is struggling to cope up with the rise in cargo, officials said.", "cope up with"),
])
def test_extra_prepositions_are_flagged(sentence, span):
    assert found(sentence, "grammar.extra-preposition") == [span]


@pytest.mark.parametrize("sentence", [
    "The ferry sailed despite the storm warnings, the operator said.",
    "The new board is comprised of five members from the harbour towns, she said.",
    "In spite of the storm, the ferry sailed on time, the operator said.",
    "The port is struggling to cope with the rise in cargo, officials said.",
])
def test_the_right_phrases_are_left_alone(sentence):
    assert found(sentence, "grammar.extra-preposition") == []


@pytest.mark.parametrize("sentence, span", [
    ("The central bank cut its main rate by 25 base points on Thursday, it said.", "25 base points"),
    ("Yields rose 10 base point after the auction, traders said.", "10 base point"),
])
def test_base_points_are_flagged(sentence, span):
    assert found(sentence, "grammar.base-points") == [span]


@pytest.mark.parametrize("sentence", [
    "The central bank cut its main rate by 25 basis points on Thursday, it said.",
    "The team's base points total rose to 40 after the win, the league said.",
])
def test_basis_points_and_other_base_points_are_left_alone(sentence):
    assert found(sentence, "grammar.base-points") == []
