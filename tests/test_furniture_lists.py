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


def test_long_teasers_right_under_the_last_paragraph_are_one_block(debris_rules):
    teasers = ["Singer wins lifetime award at the coastal music prize",
               "Local band played twelve songs and ended up breaking the record for the longest set at the pier",
               "Writer opens up on quitting social media after six years, ‘It’s helped me a lot’"]
    text = f"{HEAD}\n{LEAD}\n{MIDDLE}\n" + "\n".join(teasers)
    assert _furniture(text, debris_rules) == [(4, "debris.page-furniture")]


@pytest.mark.parametrize("name", ["Jane Perrin", "Mark Olsen", "Julian Fry", "Monica Lee"])
def test_a_byline_with_the_pages_clock_is_the_pages_whatever_the_first_name(name, debris_rules):
    text = f"{HEAD}\n\nBy {name} Apr 03, 2018 9:41 PM\n\n{LEAD}\n\n{END}"
    assert _furniture(text, debris_rules) == [(3, "debris.page-furniture")]


def test_by_a_date_is_not_a_byline(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\nBy March 3, 2019 10:00 AM the board had met twice\n\n{END}"
    assert _furniture(text, debris_rules) == []


def test_the_sites_address_over_the_pages_stamps_is_one_block(debris_rules):
    text = (f"HARBOURPOST.COM\n\nToday's Paper | May 12, 2024\n\nPublished 04 Sep, 2016 08:12pm\n\n"
            f"{HEAD}\n\n{LEAD}\n\n{END}\n\nRead Comments")
    assert _furniture(text, debris_rules) == [(1, "debris.page-furniture"), (13, "debris.widget-line")]


def test_a_stamp_field_without_its_date_and_a_social_widget_are_furniture(debris_rules):
    text = f"Connect with us\n\nOpinion\n\n{HEAD}\n\nPublished\n\non\n\n{LEAD}\n\n{END}"
    assert _furniture(text, debris_rules) == [(1, "debris.page-furniture"), (7, "debris.page-furniture")]


def test_have_your_say_with_the_sites_address_is_a_promotion(debris_rules):
    text = f"{STORY}\n\nHave your say at www.harbourblogs.example"
    assert _furniture(text, debris_rules) == [(7, "debris.page-furniture")]
    said = f"{STORY}\n\nResidents will have their say at a public meeting in May."
    assert _furniture(said, debris_rules) == []


def test_no_comments_over_the_comment_button_is_one_block(debris_rules):
    text = f"{STORY}\n\nNo comments:\n\nPost a Comment"
    assert _furniture(text, debris_rules) == [(7, "debris.page-furniture")]


def test_two_pitches_in_a_row_are_one_box(debris_rules):
    text = (f"{STORY}\n\nRead more related articles about Coast: https://www.harbourpost.example/coast/\n\n"
            "Follow us on Facebook and stay up to date with the latest content.\n\n1 comment\n\nLeave a reply")
    assert _furniture(text, debris_rules) == [(7, "debris.page-furniture")]


def test_a_credit_alone_under_an_unpunctuated_line_makes_it_a_caption(debris_rules):
    text = (f"{HEAD}\n\n{LEAD}\n\nhttps://p.harbour.example/p/30XAA\nHarbour master Ann Fry at the quay after the vote\n"
            f"Image: Example Agency/J. Roberts\n\n{END}")
    assert _furniture(text, debris_rules) == [(5, "debris.page-furniture")]
    crosshead = f"{HEAD}\n\n{LEAD}\n\nWhat the board decided\n\n{END}"
    assert _furniture(crosshead, debris_rules) == []


TOP_LIST = [
    "Harbour Board Makes Its Choice for Ferry Chief",
    "Council Makes the Right Request on Pier Repairs",
    "Will the Mayor Deliver on His Harbour Plan?",
    "A Warning: The Board Must Address the Missing Ferry Funds at...",
]


def test_a_list_of_headlines_over_the_storys_headline_is_one_block(debris_rules):
    text = "\n".join(TOP_LIST) + f"\nTipsheet\n\n{HEAD}\n\n{LEAD}\n\n{END}"
    assert _furniture(text, debris_rules) == [(1, "debris.page-furniture")]


def test_a_drafts_headline_over_its_summary_lines_is_left_alone(debris_rules):
    summary = ["Board agrees a new timetable after long talks", "Fares frozen for the rest of the year",
               "Two more crossings on weekday mornings", "Operators welcome the end of months of doubt"]
    text = f"{HEAD}\n" + "\n".join(summary) + f"\n\n{LEAD}\n\n{END}"
    assert _furniture(text, debris_rules) == []


def test_an_invitation_to_follow_the_site_on_a_platform_is_a_promotion(debris_rules):
    pitch = ("Stay informed and ahead of the curve! Follow The Harbour Post on WhatsApp for real-time updates "
             "and breaking news. Don't miss a headline – join now!")
    text = f"{STORY}\n\n{pitch}\n\nJoin The Harbour Post Channel"
    assert _furniture(text, debris_rules) == [(7, "debris.page-furniture")]
    told = f"{STORY}\n\nThe skipper urged fans to follow The Morning Star on Instagram.\n\n{END}"
    assert _furniture(told, debris_rules) == []


def test_a_labelled_link_between_paragraphs_is_one_finding(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\nREAD ALSO: Council issues new directive on harbour fees\n\n{MIDDLE}\n\n{END}"
    assert _furniture(text, debris_rules) == [(5, "debris.link-label")]


def test_reader_tools_and_a_view_counter_are_one_block(debris_rules):
    text = f"{HEAD}\n\nTotal Views : 31\nZoom In Zoom Out Read Later Print\n\n{LEAD}\n\n{END}"
    assert _furniture(text, debris_rules) == [(3, "debris.page-furniture")]


def test_a_consent_banner_and_a_comments_closed_notice_are_furniture(debris_rules):
    text = (f"By using our website, you accept our Privacy Policy and Terms of Service. Close\n\n{HEAD}\n\n"
            f"{LEAD}\n\n{END}\n\nSorry, we are not accepting comments on this story at present.")
    assert _furniture(text, debris_rules) == [(1, "debris.page-furniture"), (9, "debris.page-furniture")]
    told = f"{STORY}\n\nThe board said it was not accepting comments on the plan until May.\n\n{END}"
    assert _furniture(told, debris_rules) == []


def test_a_tag_pages_label_and_an_empty_tag_list_are_furniture(debris_rules):
    text = f"Tag: Harbour\n\nFerries\n\n{HEAD}\n\n, , ,\n\n{LEAD}\n\n{END}"
    assert _furniture(text, debris_rules) == [(1, "debris.page-furniture"), (7, "debris.page-furniture")]


def test_a_label_right_over_the_sites_pitch_opens_its_block(debris_rules):
    pitch = "Don't miss out on the headlines from Harbour. Followed categories will be added to My News."
    text = f"{HEAD}\n{LEAD}\nHarbour\n{pitch}\n{END}"
    assert _furniture(text, debris_rules) == [(3, "debris.page-furniture")]


def test_a_galleries_title_blurb_credit_and_site_link_are_one_block(debris_rules):
    text = (f"{STORY}\n\nHarbour Views We Will Never Forget\n\n"
            "Here are 25 harbour views that made us stop and stare when we first saw them.\n\n"
            "Gallery Credit: Jane Perrin\n\nMore From Harbour 94.1")
    assert _furniture(text, debris_rules) == [(7, "debris.page-furniture")]
    # a crosshead over a paragraph that starts 'Here are' is the story's
    story = f"{STORY}\n\nWhat comes next\n\nHere are the board's plans for the coming year, as set out on Monday.\n\n{END}"
    assert _furniture(story, debris_rules) == []
