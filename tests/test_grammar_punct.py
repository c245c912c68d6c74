"""grammar.doubled-punctuation: two marks where one belongs are flagged with the one to keep;
abbreviations before a comma, ellipses and figures are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_punct import DoubledPunctuation
from attrlint.config import Config
from attrlint.linter import lint_text


def run(text: str):
    return lint_text(text, path="story.txt", config=Config(), rules={DoubledPunctuation.id: DoubledPunctuation()})


@pytest.mark.parametrize("text,span,fix", [
    ("The minister said,, the talks would go on until Friday.", "said,,", "said,"),
    ("The mayor, who arrived late,, left before the vote.", "late,,", "late,"),
    ("The envoy spoke briefly after the vote,. She left by car an hour later.",
     "vote,.", "vote."),
    ("The plan ended the quarter with a loss,.", "loss,.", "loss."),
    ("She met the trade minister Alan Brooke.,Carter said the deal would hold.", "Brooke.,Carter", "Brooke, Carter"),
    ("The council voted on the budget.,the mayor said after the meeting.", "budget.,the", "budget, the"),
])
def test_two_marks_where_one_belongs_are_flagged(text, span, fix):
    out = run(text)
    assert [text[f.start:f.end] for f in out] == [span]
    assert out[0].suggestions == [fix]


@pytest.mark.parametrize("text", [
    "Acme Inc., the parent firm, said Sen. Jo Bell, R-Mont., would attend.",
    "The meeting ran from 9 a.m., with a break, to 5 p.m., the clerk said.",
    "He paused... then went on.. and on, as ever.",
    "The total was 1,,000 people, or so the count said.",
    "“No,. never,” she wrote, a typed joke about punctuation, in lower case.",
    "The firm, U.S.-based, said revenue rose, and costs fell.",
])
def test_abbreviations_ellipses_and_figures_are_left_alone(text):
    assert run(text) == []
