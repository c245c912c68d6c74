"""Blocks that start late, and more page lines judged alone (invented fixtures): the date
line, a lone 'by', a section label or the author's name right above a byline box, stamp or
share bar is its first line; a slot for an ad or a poll, the page's own links, a
republication note, a tag list's label, a menu run together, a page title's site names.
With the story lines that look like them and are left alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY

from attrlint.furniture import analyse_text
from attrlint.furniture.media_lines import glued_menu, line_kind

HEAD, LEAD, MID, END = FERRY_STORY


def starts(text: str) -> list[int]:
    return [b.lines[0].n + 1 for b in analyse_text(text).blocks]


def test_date_line_above_the_share_bar_starts_its_block():
    text = "\n".join([HEAD, LEAD, "April 29, 2014", "Share", "Tweet", "Email", MID, END])
    assert starts(text) == [3]


def test_date_line_above_a_reading_time_starts_its_block():
    text = "\n".join([HEAD, "19 Dec 2025", "Reading time: 2 minutes", LEAD, MID, END])
    assert starts(text) == [2]


@pytest.mark.parametrize("by", ["by", "By", "Written by"])
def test_lone_by_over_the_name(by):
    text = "\n".join([HEAD, LEAD, by, "Jane Doe", "March 4, 2025, 10:42 am", MID, END])
    assert starts(text) == [3]


def test_section_label_above_the_byline_box():
    text = "\n".join([HEAD, LEAD, "District", "By Jane Doe", "20 Dec 2025, 11:59", MID, END])
    assert starts(text) == [3]


def test_short_headline_above_the_stamp_stays_with_the_story():
    # a headline has its verb in lower case; a label or a name is capitalised
    text = "\n".join([HEAD, LEAD, "Council backs pier plan", "Sun, 09 Apr 2017 12:06 PM", "Share", "Tweet", MID, END])
    assert starts(text)[0] == 4


@pytest.mark.parametrize("line, family", [
    ("take our poll - story continues below", "advert"),
    ("Sponsor Message", "advert"),
    ("Advertisement. Scroll to continue reading.", "advert"),
    ("Skip to main content", "interface"),
    ("Listen to this article in summarized format", "interface"),
    ("Article posted with permission from Jane Doe", "syndication note"),
    ("Article Tags:", "tag list"),
    ("Categories:", "tag list"),
    ("HomeNewsSportBusinessWeather", "navigation"),
])
def test_page_lines(line, family):
    assert line_kind(line) == family


@pytest.mark.parametrize("line", [
    "The story continues below the fold, the editor said.",
    "He bought an iPhone at McDonald's on the way to YouTube's office.",
    "Tags were attached to every crate.",
    "Skip to the end: the board agreed.",
    "The article was published with permission from the family.",
])
def test_story_lines_like_page_lines(line):
    assert line_kind(line) is None
    assert not glued_menu(line)


@pytest.mark.parametrize("head, tail", [
    ("Harbour board agrees new timetable after talks - Example News Network", " - Example News Network"),
    ("Harbour board agrees new timetable after talks - Rolling News - Example Daily", " - Rolling News - Example Daily"),
])
def test_page_title_site_names(head, tail):
    a = analyse_text("\n".join([head, LEAD, MID, END]))
    assert a.title_suffix is not None and head[a.title_suffix[0]:a.title_suffix[1]] == tail


def test_headline_naming_a_paper_keeps_its_words():
    head = "Harbour board sues the Example Daily over ferry story"
    assert analyse_text("\n".join([head, LEAD, MID, END])).title_suffix is None
