"""A photo's caption and its credit are one box: one finding, started at the caption
(stop 31). All texts are invented.
"""
from __future__ import annotations

import pytest

from attrlint.furniture import analyse_text
from attrlint.furniture.caption_box import caption_above, credit_only
from conftest import debris_findings

HEAD = "Harbour council approves new ferry timetable\n\n"
LEAD = "The Harbour council voted on Monday to add two evening ferries to the island route.\n\n"
MORE = "\nCouncillor Ada Brook said the change would help shift workers get home safely.\n"


@pytest.mark.parametrize("box", [
    "Ferry passengers queue at the island pier\n(Getty Images for Harbour Monthly Awards)",
    "Ferry passengers queue at the island pier\n(Photo: Lena Marsh / Reuters, Tom Ives / Getty Images)",
    "Ferry passengers queue at the island pier.\n\nPhoto: Lena Marsh/Getty Images",
    "No caption\n\nPhoto: Twitter / @islandferries",
])
def test_a_credit_under_its_caption_is_one_finding_at_the_caption(debris_rules, box):
    text = HEAD + LEAD + box + "\n" + MORE
    caption_line = text[:text.index(box)].count("\n") + 1
    hits = [h for h in debris_findings(text, debris_rules) if h[0] > 3]
    assert len(hits) == 1, hits
    line, rule, flagged = hits[0]
    assert line == caption_line, hits
    assert flagged.startswith(box.split("\n")[0]), hits


def test_a_source_credit_under_a_set_off_caption_starts_at_the_caption(debris_rules):
    text = HEAD + LEAD + "The skipper waves from the bridge of the new ferry.\n\nSource: Northfoto\n" + MORE
    hits = [h for h in debris_findings(text, debris_rules) if h[0] > 3]
    assert [h[0] for h in hits] == [5], hits


def test_a_source_line_under_a_story_paragraph_set_one_a_line_stays_alone(debris_rules):
    text = ("Harbour council approves new ferry timetable\n"
            "The Harbour council voted on Monday to add two evening ferries to the island route.\n"
            "Fares on the route will stay the same until the end of next year.\n"
            "Source: Northwire\n")
    hits = debris_findings(text, debris_rules)
    assert [h[0] for h in hits] == [4], hits


def test_a_credit_under_a_quoted_or_reported_paragraph_stays_alone(debris_rules):
    for para in ("Ada Brook said the ferries would be full every night.",
                 "“We will be full every night,” the skipper promised."):
        text = HEAD + LEAD + para + "\n\nPhoto: Lena Marsh/Getty Images\n" + MORE
        hits = [h for h in debris_findings(text, debris_rules) if h[0] > 3]
        assert [h[0] for h in hits] == [7], (para, hits)


def test_a_caption_followed_by_a_story_paragraph_stays_apart(debris_rules):
    text = HEAD + LEAD + "Ferry passengers queue at the pier. Photo: Lena Marsh/Reuters\n" + MORE
    hits = [h for h in debris_findings(text, debris_rules) if h[0] > 3]
    assert [h[0] for h in hits] == [5], hits
    assert not any("Ada Brook" in h[2] for h in hits), hits


def test_the_headline_is_never_taken_for_a_caption():
    text = "Ferry passengers queue at the island pier\nPhoto: Lena Marsh/Getty Images\n\n" + LEAD
    a = analyse_text(text, learned=False)
    assert caption_above(a.lines, a.lines[1]) is None


def test_a_long_caption_line_with_its_credit_takes_a_title_only_right_above_it():
    title = "Ferries return to the island\n"
    cap = "Passengers board the first evening ferry at the island pier on Monday. Photo: Lena Marsh/Reuters\n"
    a = analyse_text(HEAD + LEAD + title + cap + MORE, learned=False)
    assert caption_above(a.lines, a.lines[5]) is a.lines[4]
    a = analyse_text(HEAD + LEAD + title + "\n" + cap + MORE, learned=False)
    assert caption_above(a.lines, a.lines[6]) is None  # across a blank line: not its title


@pytest.mark.parametrize("line, alone", [
    ("(Northfoto Agency for WSJ. Magazine Awards)", True),
    ("Photo: Lena Marsh/Getty Images", True),
    ("The council met on Monday. It voted to add two ferries. Photo: Lena Marsh/Reuters", False),
])
def test_credit_only(line, alone):
    assert credit_only(line) is alone


def test_a_caption_under_another_photos_alt_text_stays_with_that_photo(debris_rules):
    text = (HEAD + LEAD + "photo of the new ferry leaving the quay at dawn\n"
            "The new ferry leaves the quay on its first crossing.\n"
            "Photo: Lena Marsh/Getty Images\n" + MORE)
    a = analyse_text(text, learned=False)
    assert caption_above(a.lines, a.lines[6]) is None


def test_a_past_tense_paragraph_over_a_credit_is_the_storys(debris_rules):
    text = HEAD + LEAD + "The skipper steered the new ferry out of the harbour.\n\nPhoto: Lena Marsh/Getty Images\n" + MORE
    hits = [h for h in debris_findings(text, debris_rules) if h[0] > 3]
    assert [h[0] for h in hits] == [7], hits
