"""An outdated title under a page stamp (checks/titles.py): an aggregator prints the day it
copied a story ("Date: 2026-02-03 08:15:02") over copy written years before. When nothing in
the copy is that late and no place-led dateline vouches for the date, 'former' is not asked for."""
from __future__ import annotations

import pytest

from attrlint.checks.titles import copy_says_later
from attrlint.linter import lint_text

COPY = ("Chancellor Olaf Scholz flies to Lisbon on Thursday for a summit of southern and northern "
        "European leaders, where aides expect a long night over fishing quotas.")


def _titles(text: str) -> list[str]:
    return [f.rule for f in lint_text(text, path="draft.txt") if f.rule.startswith("title.")]


@pytest.mark.parametrize("stamp", ["Date:2026-02-03 08:15:02", "Published: 3 February 2026"])
def test_a_copied_story_under_a_later_stamp_is_left_alone(stamp):
    assert _titles(f"{stamp}\n\n{COPY}\n") == []


@pytest.mark.parametrize("text", [
    # the copy itself is written after the term ended
    f"Date:2026-02-03 08:15:02\n\n{COPY} The trip was first planned in January 2026, when the talks stalled at the port.\n",
    # a dateline led by its place is the story's own
    f"BERLIN | Tuesday, February 3, 2026\n\n{COPY}\n",
])
def test_an_outdated_title_is_still_reported_when_the_date_is_the_story_s(text):
    assert _titles(text) == ["title.missing-former"]


def test_a_title_never_held_is_reported_under_any_stamp():
    text = "Date:2026-02-03 08:15:02\n\nPrime Minister Olaf Scholz flies to Lisbon on Thursday for a summit of European leaders.\n"
    assert "title.wrong-office" in _titles(text)


def test_copy_says_later_reads_copy_lines_only():
    assert not copy_says_later("Date: 2026-02-03\n\nHe met the skipper at the Lisbon quay on Monday for talks on quotas and nets.", 2025)
    assert copy_says_later("Date: 2026-02-03\n\nHe met the skipper at the Lisbon quay in January 2026 for talks on quotas and nets.", 2025)
    assert not copy_says_later("He met the skipper at the Lisbon quay in January 2023 for talks on quotas and nets again.", 2025)
