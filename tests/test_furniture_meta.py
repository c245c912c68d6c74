"""The page's meta lines and embeds as furniture (invented fixtures): bylines with a handle
or a role, a stamp split over lines, a bare name over the agency, follow widgets, counters
of a gallery link, credits of embedded posts, blocks split where a caption ends or a wire
slug follows the story's own credit; and the story lines that look like them."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings

from attrlint.furniture import analyse_text

HEAD, LEAD, MID, END = FERRY_STORY


findings = debris_findings


def blocks(text: str) -> list[tuple[int, int]]:
    """(first, last) 1-based lines of each furniture block."""
    return [(b.lines[0].n + 1, b.lines[-1].n + 1) for b in analyse_text(text).blocks]


@pytest.mark.parametrize("top, first", [
    # a role over a handle over the page's stamp (a comma after the clock time)
    ("Political reporter\n@janedoe_news\nTuesday 4 March 2025 10:42, UK", 1),
    # a name with the author's handle
    ("Jane Doe @janedoe_news", 1),
    # the stamp split over lines: date, clock, year; a label over the stamp
    ("March 4\n10:42\n2025", 1),
    ("Updated\n10:42 am GMT, Tuesday, March 4, 2025", 1),
    # a bare name over a label and a split stamp
    ("Jane Doe\nFrom:\nMarch 4, 2025\n9:00PM", 1),
    # a name in capitals over the agency
    ("JANE DOE\nAssociated Press\nMarch 4, 2025\n12 Comments", 1),
])
def test_meta_lines_at_the_top_are_one_block_from_their_first_line(top, first):
    text = f"{HEAD}\n{top}\n{LEAD}\n{MID}\n{END}"
    got = blocks(text)
    assert got and got[0][0] == first + 1


def test_a_wire_slug_under_the_story_credit_is_reported_alone(debris_rules):
    text = (f"By JANE DOE and JOHN ROE\nAssociated Press\nAP-EU--Harbour-Ferry, 2nd Ld-Writethru\n"
            f"{LEAD}\nView all (12)\n{MID}\n{END}")
    got = [(line, rule) for line, rule, _ in findings(text, debris_rules)]
    assert (3, "debris.page-furniture") in got and (5, "debris.page-furniture") in got
    assert not any(line in (1, 2) for line, _ in got)  # the wire's own credit stays with the story


@pytest.mark.parametrize("line", ["Follow Harbour News on", "Follow us on:", "Image Copyright @harbourboard",
                                  "TwitterImage copyrightTWITTER"])
def test_follow_widgets_and_embed_credits_alone_between_paragraphs(line, debris_rules):
    text = f"{HEAD}\n{LEAD}\n{line}\n{MID}\n{END}"
    assert [n for n, _, _ in findings(text, debris_rules)] == [3]


def test_an_embedded_post_is_one_block_from_its_credit():
    text = f"{HEAD}\n{LEAD}\nImage Copyright @harbourboard\n@harbourboard\nReport\n{MID}\n{END}"
    assert blocks(text) == [(3, 5)]


def test_a_caption_closes_its_block():
    text = (f"{HEAD}\n{LEAD}\nThe new ferry at the pier on Monday (Image: GETTY)\nRelated articles\n"
            f"Pier closed after cracks found in pillars\nCouncil backs plan for the harbour\n{MID}\n{END}")
    assert blocks(text) == [(3, 3), (4, 6)]
    text = f"{HEAD}\nThe ferry at the pier.\nCredit: HARBOUR POST\nOur Harbour Staff\n4 March 2025 • 2:15pm\n{LEAD}\n{END}"
    assert blocks(text) == [(3, 3), (4, 5)]


def test_a_tweet_signature_quoted_twice_is_not_a_repeated_headline():
    sig = "— Harbour Board (@harbourboard) March 4, 2025"
    text = f"{HEAD}\n{LEAD}\nThe timetable starts in May.\n{sig}\n{MID}\nFares stay the same.\n{sig}\nSubscribe\n{END}"
    got = blocks(text)
    assert (8, 8) in got and not any(first == 7 for first, _ in got)


@pytest.mark.parametrize("line", [
    "Main image credit: Getty",
    "Photo credit: Getty",
])
def test_picture_credits_naming_getty(line, debris_rules):
    text = f"{HEAD}\n{LEAD}\n{MID}\n{line}\n{END}"
    assert any(n == 4 for n, _, _ in findings(text, debris_rules))


@pytest.mark.parametrize("text", [
    # story lines that look like meta lines
    f"{HEAD}\n{LEAD}\nFollow the money, the council's auditor said.\n{MID}\n{END}",
    f"{HEAD}\n{LEAD}\nShe is a political reporter for the Harbour Post.\n{MID}\n{END}",
    f"{HEAD}\nMarch 4, 2025\n{LEAD}\n{MID}\n{END}",           # a draft's own date line, no clock
    f"{HEAD}\n{LEAD}\nThe ferry leaves at 10:42 every day.\n{MID}\n{END}",
    f"{HEAD}\n{LEAD}\nUpdated\n{MID}\n{END}",                   # a lone label, no stamp beside it
    f"{HEAD}\n{LEAD}\nWe will view all 12 bids, she said.\n{MID}\n{END}",
    f"{HEAD}\nBy Jane Doe\nAssociated Press\n{LEAD}\n{MID}\n{END}",  # a wire's own credit
])
def test_story_lines_like_meta_lines_are_left_alone(text, debris_rules):
    assert findings(text, debris_rules) == []


def test_a_list_of_latest_stories_with_bylines_and_stamps_is_one_block():
    items = "\n".join(f"{h}\nBy HARBOUR POST STAFF\n11/20/2019 0{i}:14 PM" for i, h in enumerate([
        "Pier closes after cracks found in two pillars", "Council backs plan for new ferry terminal",
        "Regatta moved to the east quay while pier is shut"], 1))
    text = f"{HEAD}\n{LEAD}\n{MID}\n{END}\n{items}"
    assert blocks(text) == [(5, 13)]


def test_a_story_headline_over_its_own_byline_is_not_a_list():
    text = f"{HEAD}\nBy HARBOUR POST STAFF\n11/20/2019 01:14 PM\n{LEAD}\n{MID}\n{END}"
    assert blocks(text) == [(2, 3)]


def test_the_headline_repeated_in_two_parts_under_itself():
    text = f"Harbour Pier Closed After Cracks Found!!!\nHarbour Pier\nClosed After Cracks Found!!!\n{LEAD}\n{MID}"
    assert blocks(text) == [(2, 3)]
    # a standfirst that shares the headline's words is a sentence of its own, not two parts
    text = f"{HEAD}\nThe harbour board agreed a new timetable.\n{LEAD}\n{MID}"
    assert blocks(text) == []


@pytest.mark.parametrize("top", [
    "By\nJane Doe\n4 March 2025, 7:09 PM",  # "By" over the name
    "BY\nJane Doe\nHARBOUR POST\nTuesday, March 4, 2025, 7:09 PM",
    "By Jane Doe\nPublished March 4, 2025",   # the page's field without its colon
])
def test_bylines_split_over_lines_and_published_fields(top):
    text = f"{HEAD}\n{top}\nPrint\n{LEAD}\n{MID}\n{END}"
    got = blocks(text)
    assert got and got[0][0] == 2


@pytest.mark.parametrize("line", ["/a>", "1 of 4.", "Next Slide", "Get author RSS feed", "[+] Enlarge",
                                  "More Related to this Story", "Comment(required)"])
def test_gallery_feed_and_form_leftovers_alone(line, debris_rules):
    text = f"{HEAD}\n{LEAD}\n{MID}\n{line}\n{END}"
    assert [n for n, _, _ in findings(text, debris_rules)] == [4]


@pytest.mark.parametrize("text", [
    f"{HEAD}\nBy Jane Doe\n{LEAD}\n{MID}\n{END}",               # a draft's own credit
    f"{HEAD}\nUpdated March 4, 2025\n{LEAD}\n{MID}\n{END}",     # a draft's own note
    f"{HEAD}\n{LEAD}\nBy the end of the year the pier will reopen.\n{END}",
    f"{HEAD}\n{LEAD}\nIt was one of 4 bids the board received, she said.\n{END}",
    f"{HEAD}\n{LEAD}\nLike many ports, the harbour lost money in the winter.\n{END}",
])
def test_story_lines_like_these_leftovers_are_left_alone(text, debris_rules):
    assert findings(text, debris_rules) == []
