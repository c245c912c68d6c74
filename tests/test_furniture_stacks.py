"""Stacks of furniture (invented fixtures): share buttons of any network in a block of their
own under the byline box, a CMS path alone on a line, a gallery's counter under a photo's
credit, and the site's menu at the top of the page down to the headline; with the story lines
that look like them and are left alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings

from attrlint.furniture import analyse_text
from attrlint.furniture.patterns import CMS_PATH, SHARE_BUTTON

HEAD, LEAD, MID, END = FERRY_STORY
BYLINE_BOX = "By Jane Doe\nMarch 4, 2025, 10:42 am"


def blocks(text: str) -> list[tuple[int, int]]:
    """(first, last) 1-based lines of each furniture block."""
    return [(b.lines[0].n + 1, b.lines[-1].n + 1) for b in analyse_text(text).blocks]


@pytest.mark.parametrize("line", [
    "Click to share on Mastodon (Opens in new window)",
    "Share on Example Social (Opens in new tab)",
    "Share this on Bluesky",
    "Share via email",
    "Share this by Email",
    "Pin on Pinterest",
    "Share Article",
    "email this story",
])
def test_share_buttons_of_any_network(line):
    assert SHARE_BUTTON.match(line)


@pytest.mark.parametrize("line", [
    "Share prices fell sharply on Monday.",
    "Share on the ferry: a passenger's account",
    "Sharing on Facebook is banned, the council said.",
    "Email the council by Friday.",
])
def test_story_lines_with_share_words_are_no_buttons(line):
    assert not SHARE_BUTTON.match(line)


def test_a_row_of_share_buttons_under_the_byline_box_is_its_own_block(debris_rules):
    buttons = "\n".join(f"Click to share on {n} (Opens in new window)" for n in ("Mastodon", "Bluesky", "Threads"))
    text = f"{HEAD}\n{BYLINE_BOX}\n{buttons}\nComments\n{LEAD}\n{MID}\n{END}\n"
    assert blocks(text) == [(2, 3), (4, 7)]
    assert [n for n, r, _ in debris_findings(text, debris_rules) if r == "debris.page-furniture"] == [2, 4]


def test_a_share_label_heads_the_row_under_it():
    text = f"{HEAD}\nMarch 4, 2025, 10:42 am\nShare this\nShare on Mastodon\nShare via email\n{LEAD}\n{END}\n"
    assert blocks(text) == [(2, 2), (3, 5)]


def test_one_share_button_over_the_story_stays_in_the_byline_box():
    text = f"{HEAD}\n{BYLINE_BOX}\nShare this on Bluesky\n{LEAD}\n{END}\n"
    assert blocks(text) == [(2, 4)]


@pytest.mark.parametrize("path", ["/display/example.com/Web/Network News/National/", "/video/video.example.com/News/Weather/"])
def test_a_cms_path_alone_on_a_line(path, debris_rules):
    assert CMS_PATH.match(path)
    text = f"{HEAD}\n{path}\n{LEAD}\n{END}\n"
    assert (2, "debris.page-furniture") in [f[:2] for f in debris_findings(text, debris_rules)]


@pytest.mark.parametrize("line", ["/news/", "and/or", "The route runs via Portsmouth/Ryde/Cowes."])
def test_slashes_in_story_text_are_no_path(line):
    assert not CMS_PATH.match(line)


@pytest.mark.parametrize("counter", ["3", "17/18", "4 of 12"])
def test_a_counter_under_a_photo_credit_heads_the_next_photo(counter):
    text = f"{HEAD}\n{LEAD}\nEXAMPLEWIRE/Jane Doe\n{counter}\n{MID}\n{END}\n"
    assert blocks(text) == [(4, 4)]


def test_counters_after_a_credit_in_the_same_gallery_are_one_block():
    text = (f"{HEAD}\n{LEAD}\nGetty Images\n4\nPassengers queue at the ferry terminal on Monday\nGetty\n4\n"
            f"{MID}\n{END}\n")
    assert blocks(text) == [(4, 7)]


@pytest.mark.parametrize("text", [
    f"{HEAD}\n{LEAD}\nThe vote was 18/3 in favour.\n{END}\n",       # a score in the copy
    f"{HEAD}\n{LEAD}\nReuters\n18/3\n{END}\n",                       # no gallery position
    f"{HEAD}\n{LEAD}\n3\n{MID}\n{END}\n",                             # a number away from a credit
])
def test_numbers_away_from_a_credit_or_out_of_order_are_left_alone(text):
    assert blocks(text) == []


def test_the_sites_menu_at_the_top_starts_its_block_on_the_first_line(debris_rules):
    menu = "Harbour Gazette\nLocal\nIsland Life\nSport\nAbout Us\nContact Us!"
    text = f"{menu}\n{HEAD}\n{LEAD}\n{MID}\n{END}\n"
    assert blocks(text) == [(1, 6)]
    assert [n for n, r, _ in debris_findings(text, debris_rules)] == [1]


def test_the_menu_ends_over_the_pages_stamp():
    text = f"Local\nIsland Life\nSport\nLetters to the editor\nTuesday, March 4, 2025, 10:42\n{HEAD}\n{LEAD}\n{END}\n"
    assert blocks(text) == [(1, 4), (5, 5)]


@pytest.mark.parametrize("top", [
    "Politics\nFerry fares",                      # a label over a short headline: two lines, no menu
    "Harbour Gazette\nLocal news\nFerry fares",   # nothing the shape knew as the page's
])
def test_short_lines_over_the_story_without_a_menus_evidence_are_left_alone(top):
    text = f"{top}\n{LEAD}\n{MID}\n{END}\n"
    assert [ln.family for ln in analyse_text(text).lines if ln.family == "navigation"] == []


def test_a_short_headline_under_the_menu_and_over_the_lead_stays_the_storys():
    text = f"Harbour Gazette\nLocal\nSport\nWeather\nFerry fares frozen\n{LEAD}\n{MID}\n{END}\n"
    assert blocks(text) == [(1, 4)]


@pytest.mark.parametrize("switch", ["Exit mobile version", "Switch to desktop site", "View full site"])
def test_the_themes_version_switch_is_a_block_apart_from_the_buttons_above_it(switch, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{END}\n\nShare.\n{switch}\n"
    assert blocks(text) == [(7, 7), (8, 8)]
    assert [n for n, _, _ in debris_findings(text, debris_rules)] == [7, 8]


@pytest.mark.parametrize("line", ["The mobile version of the app crashed.", "Full version history"])
def test_version_words_in_a_sentence_are_no_switch(line):
    from attrlint.furniture.patterns import SITE_SWITCH

    assert not SITE_SWITCH.match(line)


# --- bylines and stamps that only their neighbours give away ------------------------------
@pytest.mark.parametrize("byline", ["written by Jane Doe", "by Jane Doe,", "By Jane Doe"])
def test_a_byline_in_lower_case_over_the_pages_stamp(byline, debris_rules):
    text = f"{HEAD}\n{byline}\non March 4, 2025 at 10:42 am\n{LEAD}\n{END}\n"
    assert blocks(text) == [(2, 3)]


@pytest.mark.parametrize("line", ["by the harbour wall", "by Jane", "written by hand in the log"])
def test_lower_case_by_before_no_name_is_no_byline(line):
    from attrlint.furniture.patterns import BYLINE

    assert not BYLINE.match(line)


def test_a_wire_byline_over_its_split_dateline_under_a_photo_credit(debris_rules):
    text = (f"{HEAD}\nA ferry leaves the quay at dawn on Monday\nEXAMPLEWIRE/Jane Doe\nBy John Roe\n| PORTSMOUTH\n"
            f"PORTSMOUTH {LEAD}\n{END}\n")
    assert blocks(text) == [(4, 5)]
    assert (4, "debris.page-furniture") in [f[:2] for f in debris_findings(text, debris_rules)]


@pytest.mark.parametrize("ago", ["5 hours ago.", "Published 3 mins ago", "an hour ago"])
def test_the_pages_relative_time_under_a_name(ago):
    text = f"{HEAD}\nJane Doe\nPublished\n{ago}\n{LEAD}\n{END}\n"
    assert blocks(text) == [(2, 4)]


@pytest.mark.parametrize("line", ["Five years ago.", "It happened two hours ago.", "3 hours ago, the ferry sank.",
                                  "Updated 2 hours ago"])
def test_time_ago_in_a_sentence_is_no_stamp(line):
    from attrlint.furniture.patterns import AGO_LINE

    assert not AGO_LINE.match(line)


def test_the_byline_of_an_item_in_a_list_of_links_stays_in_the_list():
    text = (f"{HEAD}\n{LEAD}\nRelated Stories\n• Harbour fees rise again\nBy EXAMPLEWIRE\n11/20/2025 10:08 AM\n"
            f"• Pier repairs start in May\n{END}\n")
    assert blocks(text) == [(3, 6)]


def test_a_date_over_the_relative_time_and_the_cms_path_under_them_are_two_blocks():
    text = f"March 4th 2025\n19 hours ago\n/video/video.example.com/News/Weather/\n{HEAD}\n{LEAD}\n{END}\n"
    assert blocks(text) == [(1, 2), (3, 3)]


@pytest.mark.parametrize("line, flagged", [
    ("This article is more than 5 years old", True),
    ("This story is over a year old.", True),
    ("This article is more than a summary of the report.", False),
    ("The pier is more than 100 years old.", False),
])
def test_the_archives_age_notice(line, flagged):
    from attrlint.furniture.patterns import AGE_NOTICE

    assert bool(AGE_NOTICE.match(line)) is flagged
    text = f"{HEAD}\n{line}\n{LEAD}\n{END}\n"
    assert (blocks(text) == [(2, 2)]) is flagged


def test_the_menu_goes_on_through_the_buttons_under_it():
    text = f"Local\nIsland Life\nSport\nWeather\nSubscribe\nLogin\n{HEAD}\n{LEAD}\n{END}\n"
    assert blocks(text) == [(1, 6)]
