"""units.basis-points: a poll gap counted in basis points is flagged; rates, yields and
sentences with no poll are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.dates_poll_points import PollBasisPoints
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[str]:
    out = lint_text(text, path="story.txt", config=Config(), rules={PollBasisPoints.id: PollBasisPoints()})
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text,span", [
    ("Voters still favour the premier (44 per cent) over her rival (37 per cent), but the lead has shrunk "
     "from 15 basis points to seven.", "15 basis points"),
    ("The survey of 1,200 respondents put the party on 31%, up 12 basis points.", "12 basis points"),
    ("In the latest poll the governor's approval fell to 39 percent, eight basis points below spring.",
     "eight basis points"),
])
def test_poll_gap_in_basis_points_is_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "The central bank raised rates by 25 basis points, and a poll found 60% of voters approve.",
    "Bond yields rose 12 basis points after the poll showed 48% support.",
    "The lead shrank from 15 points to seven, a poll of voters at 44 per cent showed.",
    "Shares rose 3% and the spread narrowed 20 basis points.",
    "The firm's margin fell 40 basis points to 12%.",
])
def test_rates_and_points_left_alone(text):
    assert found(text) == []
