"""A list's button repeated under each of its items (attrlint/furniture/rails.py): the page's
rail of other stories is one block from its first item, not one finding a button.

Every article here is invented.
"""
from __future__ import annotations

from attrlint.furniture import analyse_text
from attrlint.linter import lint_text

HEAD = "Harbour council approves two new evening ferries"
BODY = (
    "The Harbour council voted on Monday to add two evening ferries to the island route.\n\n"
    "Councillor Ada Brook said the change would help shift workers get home safely.\n\n"
    "The first of the new crossings will sail in April, the ferry company said.\n"
)
STORY = f"{HEAD}\n\n{BODY}"


def blocks(text):
    return [(b.lines[0].n + 1, b.lines[-1].n + 1) for b in analyse_text(text).blocks]


def debris_lines(text, rules):
    return sorted({f.location.line for f in lint_text(text, path="draft.txt", rules=rules) if f.category == "debris"})


def test_a_video_rail_is_one_block_from_its_first_running_time(debris_rules):
    rail = ("02:10\nCrew rescue two swimmers off the point\nGo to video\n"
            "Council closes the old pier for repairs\nGo to video\n"
            "Lighthouse keeper retires after forty years\nGo to video\n"
            "Fishing fleet returns early as storm nears\n")
    text = STORY + rail
    assert blocks(text) == [(8, 15)]
    assert debris_lines(text, debris_rules) == [8]


def test_a_feed_of_teasers_under_the_same_button_is_one_block(debris_rules):
    items = [
        "Pier reopens after repairsThe old pier reopened on Friday after a year of work on its deck and rails.",
        "Ferry fares to stay flatThe operator said fares would not change this year for island residents.",
        "Storm warning for the coastForecasters warned of gales on Sunday and advised boats to stay in port.",
    ]
    text = STORY + "\n" + "\nRead more »\n".join(items) + "\nRead more »\n"
    assert blocks(text) == [(9, 14)]
    assert debris_lines(text, debris_rules) == [9]


def test_a_transcripts_speakers_and_a_button_twice_are_left_alone(debris_rules):
    talk = ("JANE DOE\nThe ferries will run until ten.\nTOM OKORO\nAnd on Sundays?\n"
            "JANE DOE\nOn Sundays too.\nTOM OKORO\nThank you.\nJANE DOE\nThank you.\n")
    assert blocks(STORY + talk) == []
    twice = "Crew rescue two swimmers\nGo to video\nCouncil closes the old pier\nGo to video\n"
    assert 8 not in [b[0] for b in blocks(STORY + twice)]
