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
