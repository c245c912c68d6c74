"""Media, ad and share furniture on scraped pages, and bylines on a page (invented fixtures):
a row of bare share buttons under the byline box is a block apart; an ad slot's label with
its counter; a dead embed; the label over a list of other stories; a video's title over its
running time; a highlights box; a page title's tail; 'By' lines and a name over a date on a
page with other furniture. With the story lines that look like them and are left alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY

from attrlint.furniture import analyse_text
from attrlint.furniture.media_lines import line_kind

HEAD, LEAD, MID, END = FERRY_STORY
#: a page's top: menu items, then the headline
MENU = "Subscribe\nSign In\nPolitics"


def blocks(text: str) -> list[tuple[int, int]]:
    """(first, last) 1-based lines of each furniture block."""
    return [(b.lines[0].n + 1, b.lines[-1].n + 1) for b in analyse_text(text).blocks]


def starts(text: str) -> list[int]:
    return [a for a, _ in blocks(text)]


def test_bare_share_row_under_byline_box_is_a_block_apart():
    text = "\n".join([HEAD, "By Jane Doe", "March 4, 2025, 10:42 am", "Share", "Tweet", "Pin", "Email", LEAD, MID, END])
    assert blocks(text) == [(2, 3), (4, 7)]


def test_networks_under_the_stamp_are_a_share_bar():
    text = "\n".join([HEAD, "By Jane Doe", "March 4, 2025, 10:42 am", "Facebook", "Twitter", LEAD, MID, END])
    assert blocks(text) == [(2, 3), (4, 5)]


def test_one_share_word_between_paragraphs_is_left_to_the_widget_rules():
    text = "\n".join([HEAD, LEAD, "Email", MID, END])
    assert analyse_text(text).lines[2].family != "share buttons"


@pytest.mark.parametrize("label", ["Advert", "ADVERTISEMENT", "Advertisement - story continues below",
                                   "Story continues below advertisement", "Ad Feedback"])
def test_ad_label_with_its_counter_between_paragraphs(label):
    text = "\n".join([HEAD, LEAD, label, "10", MID, END])
    assert blocks(text) == [(3, 4)]


def test_ad_label_under_byline_box_is_a_block_apart():
    text = "\n".join([HEAD, "By Jane Doe", "March 4, 2025, 10:42 am", "Ad Feedback", LEAD, MID, END])
    assert blocks(text) == [(2, 3), (4, 4)]


@pytest.mark.parametrize("line", [
    "Tweet may have been deleted", "(opens in a new tab)", "This post is unavailable.",
    "Read in Other Languages", "Read inOther Languages", "Key Highlights", "Key Points:",
    "More Stories By Jane", "Must Read Stories", "What to Read Next", "Trending Stories",
    "Before you go, we thought you'd like these...", "Social Sharing", "Show more sharing options",
])
def test_lines_of_page_interface(line):
    assert line_kind(line)


@pytest.mark.parametrize("line", [
    "The advert was withdrawn after complaints.", "Advertising revenue fell by a tenth.",
    "The tweet was deleted within an hour.", "Read in full, the letter is damning.",
    "More stories emerged from the harbour on Monday.", "Key points of the plan were agreed.",
    "Highlights of the season included a cup run.", "Sharing the cost is the council's aim.",
])
def test_story_lines_that_look_like_page_interface(line):
    assert line_kind(line) is None


def test_list_label_takes_its_headlines():
    text = "\n".join([HEAD, LEAD, MID, "What to Read Next", "Council votes to close the old pier for repairs",
                      "Example.com", "Ferry crew rescue two swimmers off the point", END])
    lines = analyse_text(text).lines
    assert starts(text) == [4]
    assert lines[4].family == "related links" and lines[6].family == "related links"


def test_list_label_under_an_ad_slot_is_another_block():
    text = "\n".join([HEAD, LEAD, MID, "Advertisement - story continues below", "Related Stories",
                      "Council votes to close the old pier for repairs", "Ferry crew rescue two swimmers off the point", END])
    assert starts(text) == [4, 5]


def test_video_title_over_running_time():
    text = "\n".join([HEAD, LEAD, "Ferry crew rescue two swimmers off the point", "01:46", MID, END])
    assert blocks(text) == [(3, 4)]


def test_a_short_video_title_over_its_clock_and_its_copy_is_one_block():
    # a title of a few words reads as a short line, not a heading; the player repeats it under its clock
    text = "\n".join([HEAD, LEAD, "Ferry fares frozen", "VIDEO2:1402:14", "Ferry fares frozen", MID, END])
    assert blocks(text) == [(3, 5)]


def test_crosshead_over_a_score_line_is_left_alone():
    # a story's own line of figures is no player: the line above ends its sentence
    text = "\n".join([HEAD, LEAD, "The final score was announced at the whistle.", "2:1", MID, END])
    assert blocks(text) == []


def test_bare_highlights_over_short_points():
    text = "\n".join([HEAD, "Highlights", "The board agreed a new timetable", "Fares will not rise this year",
                      LEAD, MID, END])
    assert starts(text) == [2]


def test_relative_stamp_with_a_broken_plural():
    text = "\n".join([HEAD, "4 hours ( s) ago", LEAD, MID, END])
    assert starts(text) == [2]


def test_relative_stamp_with_its_comment_counter():
    assert starts("\n\n".join([HEAD, "6 hours ago 14", LEAD, MID, END])) == [3]
    # a sentence that ends on a figure after "ago" is prose
    assert starts("\n\n".join([HEAD, LEAD, "Two years ago the fare was cut to 3", MID, END])) == []


@pytest.mark.parametrize("head, tail", [
    ("Ferry board agrees timetable after months of talks - Agency - Example - 09.02.2023", " - Agency - Example - 09.02.2023"),
    ("Ferry board agrees timetable after months of talks: World: Politics: Example.ru", ": World: Politics: Example.ru"),
])
def test_page_title_tail_on_the_first_line(head, tail):
    a = analyse_text("\n".join([head, LEAD, MID, END]))
    assert a.title_suffix is not None
    s, e = a.title_suffix
    assert head[s:e] == tail


@pytest.mark.parametrize("head", [
    "Ferry board agrees timetable - and fares stay the same",
    "Minister resigns: Politics: What happens next",
])
def test_headline_with_a_dash_or_colons_keeps_its_words(head):
    assert analyse_text("\n".join([head, LEAD, MID, END])).title_suffix is None


def test_by_line_on_a_page_with_other_furniture():
    text = "\n".join([MENU, HEAD, "Advert", "By Jane Doe and John Roe", LEAD, MID, END])
    assert 5 in starts(text)


def test_by_line_in_a_draft_is_left_alone():
    # a draft may carry its own byline: alone it is no page
    text = "\n".join([HEAD, "By Jane Doe", LEAD, MID, END])
    assert blocks(text) == []


def test_bare_name_over_date_on_a_page():
    text = "\n".join([MENU, HEAD, "Jane Doe", "December 22, 2016", "Share", "Tweet", LEAD, MID, END])
    assert starts(text)[:3] == [1, 5, 7]


def test_name_over_a_price_is_no_byline():
    # a shop list's item and its price, not an author and a date
    text = "\n".join([MENU, HEAD, "Share", "Tweet", LEAD, MID, "Jane Doe", "17.53", END])
    lines = analyse_text(text).lines
    assert lines[8].family != "byline"


def test_author_field_label_with_its_value():
    text = "\n".join([HEAD, "Author:", "Jane Doe", LEAD, MID, END])
    assert blocks(text) == [(2, 3)]


def test_name_over_its_bio_mid_copy_on_a_page():
    text = "\n".join([MENU, HEAD, "Share", "Tweet", LEAD, "Jane Doe",
                      "Jane Doe is Example's chief political correspondent.", MID, END])
    assert 8 in starts(text)


def test_footer_networks_are_not_a_share_bar():
    text = "\n".join([HEAD, LEAD, MID, END, "About", "Contact", "Facebook", "Twitter", "Instagram"])
    assert all(ln.family != "share buttons" for ln in analyse_text(text).lines)
