"""An outdated title under a page stamp (checks/titles.py): an aggregator prints the day it
copied a story ("Date: 2025-04-16 13:19:27") over copy written years before. When nothing in
the copy is that late and no place-led dateline vouches for the date, 'former' is not asked for."""
from __future__ import annotations

import pytest

from attrlint.checks.titles import copy_says_later
from attrlint.linter import lint_text

COPY = ("Treasury Secretary Janet Yellen is on her way to Beijing for talks with her counterparts, "
        "and officials say they do not expect a breakthrough on trade this week.")


def _titles(text: str) -> list[str]:
    return [f.rule for f in lint_text(text, path="draft.txt") if f.rule.startswith("title.")]


@pytest.mark.parametrize("stamp", ["Date:2025-04-16 13:19:27", "Published: 16 April 2025"])
def test_a_copied_story_under_a_later_stamp_is_left_alone(stamp):
    assert _titles(f"{stamp}\n\n{COPY}\n") == []


@pytest.mark.parametrize("text", [
    # the copy itself is written after the term ended
    f"Date:2025-04-16 13:19:27\n\n{COPY} The trip was first planned in March 2025, her office said in a statement.\n",
    # a dateline led by its place is the story's own
    f"WASHINGTON | Wednesday, April 16, 2025\n\n{COPY}\n",
])
def test_an_outdated_title_is_still_reported_when_the_date_is_the_story_s(text):
    assert _titles(text) == ["title.missing-former"]


def test_a_title_never_held_is_reported_under_any_stamp():
    text = "Date:2025-04-16 13:19:27\n\nPrime Minister Janet Yellen is on her way to Beijing for talks with officials.\n"
    assert "title.wrong-office" in _titles(text)


def test_copy_says_later_reads_copy_lines_only():
    assert not copy_says_later("Date: 2025-04-16\n\nShe met the minister in Beijing on Monday for talks on trade and tariffs.", 2025)
    assert copy_says_later("Date: 2025-04-16\n\nShe met the minister in Beijing in January 2025 for talks on trade and tariffs.", 2025)
    assert not copy_says_later("She met the minister in Beijing in January 2023 for talks on trade and tariffs again.", 2025)
