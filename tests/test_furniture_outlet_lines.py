"""Lines that name the publisher, not the story (attrlint/furniture/outlet_lines.py): the
aggregator's credit ("Article provided by …"), its link back ("Read full article from …"),
the site's own widget ("… Top Stories", "Get the latest … News"), the CMS's default
author, a site's name glued to the date; and the story's lines about outlets that stay.
A headline under a spam or site line is still the headline, never a caption (caption_box).

Every article here is invented.
"""
from __future__ import annotations

import pytest

from attrlint.furniture.outlet_lines import line_family
from tests.conftest import debris_findings
from tests.harbour_story import HEAD, P1, P2, P3, block_starts, story


@pytest.mark.parametrize("line", [
    "Article provided by QuayMarkets.example",
    "Content supplied by Lagoon Business Wire",
    "Provided by The Coastline Times",
    "READ FULL ARTICLE Curated publisher From Harbour News",
    "Read the full story at harbourpost.example",
    "Quayside.example Top Stories",
    "Harbour Evening News Latest Headlines",
    "HBN Most Popular",
    "Get the Latest Lagoonside News",
    "Get the latest Coastline Daily headlines",
    "- Harbour Sport News Like",
])
def test_a_line_naming_the_publisher_is_furniture(line):
    assert line_family(line) == "publisher line"
    assert block_starts(story(line)) == [9]


@pytest.mark.parametrize("line", [
    "By Site Admin", "By admin", "Posted by: administrator", "By webmaster",
])
def test_the_cms_default_author_is_a_byline(line):
    assert line_family(line) == "byline"
    assert block_starts(story(before=(line,))) == [3]


@pytest.mark.parametrize("line", ["HBN12-05-2025", "Quayside2024-05-12"])
def test_a_site_name_glued_to_the_date(line):
    assert line_family(line) == "publisher line"
    assert block_starts(story(before=(line,))) == [3]


@pytest.mark.parametrize("line", [
    "The report was provided by Harbour News, which first broke the story.",
    "Harbour News Top Stories of the year were mostly about the ferry strike, its editor said.",
    "Get the latest news on the ferry strike by signing up for the council's text alerts.",
    "By Ama Boateng",
    "Administrators said the ferry would run until midnight.",
    "Harbour News reported the vote first",
    "Top Stories",
    "Ferries Like",
    "COVID-19 cases rose in 2024-05-12 figures",
])
def test_the_storys_lines_about_outlets_are_not_publisher_lines(line):
    assert line_family(line) is None


def test_a_publisher_widget_is_a_block_apart_from_the_byline_over_it():
    text = story(before=("By Kofi Mensah, Harbour Deputy Editor | Mar 3, 2019 11:05 AM EDT",
                         "Get the Latest Harbour Ferry News"))
    assert block_starts(text) == [3, 5]


def test_the_headline_under_a_spam_line_is_not_the_caption_of_the_source_credit(debris_rules):
    text = "\n\n".join(["国产在线精品免费视频观看网站天堂直播无码", HEAD, "Source: Harbour Radio", P1, P2, P3]) + "\n"
    assert [h[0] for h in debris_findings(text, debris_rules)] == [1, 5]


def test_a_caption_over_a_source_credit_still_starts_the_box(debris_rules):
    text = "\n\n".join([HEAD, P1, "The skipper waves from the bridge of the new ferry.", "Source: Northfoto", P2, P3]) + "\n"
    assert [h[0] for h in debris_findings(text, debris_rules)] == [5]
