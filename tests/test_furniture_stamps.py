"""The page's time stamp in any notation (attrlint/furniture/stamps.py): a line of date and
clock tokens only is the CMS's stamp; clock times alone, odds and scores are not.

Every article here is invented.
"""
from __future__ import annotations

import pytest

from attrlint.furniture.stamps import clock_stamp
from attrlint.linter import lint_text

HEAD = "Harbour council approves two new evening ferries"
BODY = (
    "The Harbour council voted on Monday to add two evening ferries to the island route.\n\n"
    "Councillor Ada Brook said the change would help shift workers get home safely.\n\n"
    "The first of the new crossings will sail in April, the ferry company said.\n"
)


def blocks(text, rules):
    fs = lint_text(text, path="draft.txt", rules=rules)
    return [(f.location.line, f.location.end_line) for f in fs if f.rule == "debris.page-furniture"]


@pytest.mark.parametrize("stamp", [
    "2026. 01. 14. 7:05",                        # numeric date with dots, year first
    "14.01.2026 07:05",
    "Last Update: 07:05 AST 10:05 - GMT 07:05",  # an update label and two zones
    "14 1월 2026 - 7:05AM",                      # a month marker of another script
    "2026年1月14日 07:05",
    "Wed 07:05",
])
def test_a_line_of_date_and_clock_only_is_the_page_stamp(stamp, debris_rules):
    assert clock_stamp(stamp)
    assert blocks(f"{HEAD}\n\n{stamp}\n\n{BODY}", debris_rules) == [(3, 3)]


@pytest.mark.parametrize("line", [
    "07:05",              # a clock alone: a live blog's entry or a video's length
    "07:05 - 08:40",      # a timetable's slot
    "12:45 GMT",          # a live blog's entry time
    "2.10 3.40 3.25",     # odds
    "3-1 45:00",          # a score and its minute
    "0:00 0:01:18 0:00",  # a player's counter (the player's furniture decides, not the stamp)
    "The ferry leaves at 07:05 on 14 January 2026.",
])
def test_clock_times_alone_odds_and_sentences_are_not_stamps(line):
    assert not clock_stamp(line)


def test_a_draft_date_line_without_a_clock_stays(debris_rules):
    assert blocks(f"{HEAD}\n\n14.01.2026\n\n{BODY}", debris_rules) == []
