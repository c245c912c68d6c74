"""units.percentage-points: a change between two percentages written in per cent when the
arithmetic says it is their difference in points; relative changes, ranges and changes
without both shares are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.dates_percent_points import PercentagePoints
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules={PercentagePoints.id: PercentagePoints()})
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text,span,fix", [
    ("Support for the Greens fell 5% to 38% from 43% in the latest survey.",
     "fell 5% to 38% from 43%", "5 percentage points"),
    ("The jobless rate rose by 1.2 percent from 4.1 percent to 5.3 percent last quarter.",
     "rose by 1.2 percent from 4.1 percent to 5.3 percent", "1.2 percentage points"),
    ("Turnout went from 61 per cent to 55 per cent, a drop of 6 per cent on the last vote.",
     "from 61 per cent to 55 per cent, a drop of 6 per cent", "6 percentage points"),
    ("The firm's market share climbed to 27% from 22%, up 5% in a year.",
     "to 27% from 22%, up 5%", "5 percentage points"),
    ("The party's support dropped by 4% from 31% in January to 27% in March.",
     "dropped by 4% from 31% in January to 27%", "4 percentage points"),
    ("The approval rating increased from 40% to 46%, a 6% increase.",
     "from 40% to 46%, a 6% increase", "6 percentage points"),
])
def test_difference_written_in_per_cent_is_flagged(text, span, fix):
    assert found(text) == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "Support for the Greens fell 12% to 38% from 43% in the latest survey.",  # the relative change
    "Support for the Greens fell 5 percentage points to 38% from 43%.",
    "Premiums would rise 15% to 20% in both years.",  # a range, no starting share
    "The share fell by 2 percent to 62 percent, the bureau said.",  # no starting share
    "Turnout went from 61 per cent to 55 per cent, a drop of 6 points.",
    "Coverage fell from 100% to 90%, a drop of 10% in the share of homes.",  # both readings agree
])
def test_relative_changes_and_points_are_left_alone(text):
    assert found(text) == []


def test_prefilter_strings_cover_every_way_of_writing_per_cent():
    """A story is scanned only when it holds one of ``_NEEDED``: each way the patterns write
    per cent is still found, and a story without any is not scanned."""
    from attrlint.checks import dates_percent_points as pp

    for unit in ("%", " percent", " per cent", " pc", " PER CENT", " Percent"):
        text = f"Support fell 5{unit} to 38{unit} from 43{unit} in the survey."
        assert found(text), unit
    assert not any(s in "Support fell five points to a low of thirty-eight.".casefold() for s in pp._NEEDED)
