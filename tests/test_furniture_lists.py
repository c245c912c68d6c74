"""Lists the page sets after or inside the story (invented fixtures): headlines of other
stories in a row with no label, or under a section's label ('More world news'), a tag list
under 'Tagged:', a comment system's buttons; and the story's own lists, captions and
hard-wrapped lines of the same look, which are left alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings

HEAD, LEAD, MIDDLE, END = FERRY_STORY
STORY = f"{HEAD}\n\n{LEAD}\n\n{MIDDLE}"

TEASERS = [
    "Pier closes for a month after divers find cracks",
    "Lifeboat crew rescues two kayakers off the point",
    "Fish market traders protest against new stall fees",
]


def _furniture(text: str, rules: dict) -> list[tuple[int, str]]:
    return [f[:2] for f in debris_findings(text, rules)]


def test_headlines_in_a_row_after_the_story_are_one_block(debris_rules):
    text = STORY + "\n\n" + "\n".join(TEASERS)
    assert _furniture(text, debris_rules) == [(7, "debris.page-furniture")]


def test_headlines_split_by_blank_lines_under_a_short_label_are_one_block_at_the_label(debris_rules):
    text = STORY + "\n\nAround the region\n\n" + "\n\n".join(TEASERS) + f"\n\n{END}"
    assert _furniture(text, debris_rules) == [(7, "debris.page-furniture")]


@pytest.mark.parametrize("label", ["More world news", "Latest Business Stories", "More Harbour News:"])
def test_a_sections_list_label_heads_the_headlines_under_it(label, debris_rules):
    text = STORY + f"\n\n{label}\n" + "\n".join(TEASERS[:2])
    assert _furniture(text, debris_rules) == [(7, "debris.page-furniture")]


def test_tagged_label_heads_its_tag_list(debris_rules):
    text = STORY + "\n\nTagged:\nferries\nharbour\ntransport"
    assert _furniture(text, debris_rules) == [(7, "debris.page-furniture")]


def test_a_comment_systems_buttons_are_one_block(debris_rules):
    text = STORY + "\n\nComments\n\nLog in to comment\nSort by Newest\nBe the first to comment"
    assert _furniture(text, debris_rules) == [(7, "debris.page-furniture")]


def test_log_in_to_comment_alone_is_a_widget_line(debris_rules):
    text = STORY + "\n\nLog in to comment"
    assert _furniture(text, debris_rules) == [(7, "debris.widget-line")]


def test_the_storys_list_after_its_colon_is_left_alone(debris_rules):
    items = ["New railings along the eastern pier walkway", "A ticket office beside the lifeboat station",
             "Lighting for the car park and the slipway"]
    text = f"{HEAD}\n\n{LEAD}\n\nThe board listed the works still to be done:\n" + "\n".join(items) + f"\n{END}"
    assert _furniture(text, debris_rules) == []


def test_a_list_by_field_after_a_sentence_is_left_alone(debris_rules):
    items = ["North quay: Jane Doe, John Roe and Ada Poe", "South quay: Tom Lee and Ann Fry",
             "East pier: Ben Cole and the harbour master"]
    text = f"{HEAD}\n\n{LEAD}\n\nThe board named the wardens for each quay.\n" + "\n".join(items) + f"\n{END}"
    assert _furniture(text, debris_rules) == []


def test_long_captions_in_a_row_are_not_headlines(debris_rules):
    caps = ["Harbour board members inspect the damaged pillars of the old pier on the north side of town",
            "Divers from the county dive team prepare to survey the cracks below the waterline on Monday",
            "The ferry Morning Star waits at the south quay while engineers replace its engine parts"]
    text = STORY + "\n\n" + "\n\n".join(caps) + f"\n\n{END}"
    assert _furniture(text, debris_rules) == []


def test_a_hard_wrapped_story_is_not_a_list_of_headlines(debris_rules):
    wrapped = ("The harbour board met on Monday to discuss the timetable and\n"
               "agreed a plan for two more crossings on weekday mornings.\n"
               "Ferry operators welcomed the decision at the meeting in town\n"
               "Harbour traders said the early crossings would bring custom\n"
               "Officials said the first of them would sail from the south\n"
               "quay in May, and that fares would not rise this year.")
    text = f"{HEAD}\n\n{LEAD}\n\n{wrapped}"
    assert _furniture(text, debris_rules) == []


def test_crossheads_between_paragraphs_are_left_alone(debris_rules):
    text = (f"{HEAD}\n\n{LEAD}\n\nWhat the new timetable means for the islands\n\n{MIDDLE}\n\n"
            f"How the board reached its decision this week\n\n{END}")
    assert _furniture(text, debris_rules) == []
