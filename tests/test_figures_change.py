"""figures.change-arithmetic: a stated change that the figures before and after contradict;
changes that fit the figures within rounding, hedged changes, years and shares in per cent
are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.figures_change import ChangeArithmetic
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[str]:
    out = lint_text(text, path="story.txt", config=Config(), rules={ChangeArithmetic.id: ChangeArithmetic()})
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text,span", [
    ("Yields rose from 3.2 tonnes per hectare to 3.65 tonnes per hectare, or an increase in 1.5 tonnes.",
     "from 3.2 tonnes per hectare to 3.65 tonnes per hectare, or an increase in 1.5"),
    ("Quarterly sales fell 40% to $3.1 billion from $3.4 billion, the company said.",
     "fell 40% to $3.1 billion from $3.4 billion"),
    ("The herd grew from 1,200 head to 1,500 head, an increase of 30 head.",
     "from 1,200 head to 1,500 head, an increase of 30"),
    ("Visitor numbers dropped 8 percent from 52,000 to 31,000 after the floods.",
     "dropped 8 percent from 52,000 to 31,000"),
    ("Revenue increased by 20 percent from $500 million in 2022 to $550 million in 2023.",
     "increased by 20 percent from $500 million in 2022 to $550 million"),
    ("The town grew from 4.5 million in 2010 to 5.1 million in 2020, an increase of 1.6 million.",
     "from 4.5 million in 2010 to 5.1 million in 2020, an increase of 1.6 million"),
    ("Profits fell from £120m to £96m, a 2% drop.", "from £120m to £96m, a 2% drop"),
    ("Her approval rose 12 percentage points from 40% to 45% in a month.",
     "rose 12 percentage points from 40% to 45%"),
])
def test_change_the_figures_contradict_is_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "Quarterly sales fell 9% to $3.1 billion from $3.4 billion, the company said.",
    "Membership grew from 1.2 million to 1.5 million, an increase of 300,000.",  # raw figure
    "Membership grew from 1.2 million to 1.5 million, an increase of 0.3 million.",
    "Exports jumped 25% to 500 tonnes from 400 tonnes.",
    "The harvest rose from 45,914 tonnes to 97,602 tonnes, an increase of 112.58 percent.",
    "Output climbed by about 30% from 400 tonnes to 480 tonnes.",  # hedged
    "Output grew 71 percent on average from 2007 to 2015.",  # years
    "Support fell 5% to 38% from 43%.",  # shares: units.percentage-points
    "Her approval rose 5 points from 40% to 45% in a month.",
    "Her approval rose 5.2 percentage points from 39.8% to 45%.",
    "Revenue rose 5% to $4.2 billion from $4.0 billion.",  # within rounding (4.15-4.25 over 3.95-4.05)
    "Attendance rose 5% to 1,200 from 1,100 last season.",  # round hundreds: 1,150-1,250 over 1,050-1,150
])
def test_changes_that_fit_are_left_alone(text):
    assert found(text) == []


def test_prefilter_is_in_every_match():
    """A story is scanned only when ``_FROM_FIGURE`` finds "from" before a figure: each way of
    writing the earlier figure (currencies, case) is still found, and every match of both
    patterns over random strings of figure parts holds it."""
    import random

    from attrlint.checks import figures_change as fc

    for fig in ("$3.4 billion", "US$3.4 billion", "Rs 3.4 crore", "Rs. 3.4 crore", "PHP 3.4 billion", "P3.4 billion",
                "£3.4bn", "3.4 billion"):
        text = f"Quarterly sales fell 40% to {fig.replace('3.4', '3.1')} FROM {fig}, the company said."
        assert found(text), fig
    rng = random.Random(3)
    words = ["from", "FROM", "to", "From", "an increase of", "up", "or", ","]
    figures = ["$3.1", "US$ 3.4", "Rs 12", "P1.2", "40%", "1,200 head", "3.4 billion", "12", "PHP 9"]
    hits = 0
    for _ in range(3000):
        bits = [rng.choice(["rose", "fell", "grew", ""])]
        for _ in range(rng.randint(2, 5)):
            bits += [rng.choice(words), rng.choice(figures)]
        text = " ".join(b for b in bits if b)
        if fc._FIRST.search(text) or fc._LAST.search(text):
            hits += 1
            assert fc._FROM_FIGURE.search(text), text
    assert hits > 100
