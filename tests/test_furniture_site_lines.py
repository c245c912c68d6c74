"""A site template's lines found by shape (attrlint/furniture/site_lines.py, page_labels.about_author,
the widget items and labels of rules/debris.toml): a credit with the copied story's address, a
topic line of hashtags, a forum's member widget, a theme's placeholder address, an author box's
heading after the story, recommendation headings and labels, a link label glued to the last
sentence. Each class with invented variants, and the story lines of the same shape that stay.

Every article here is invented.
"""
from __future__ import annotations

import pytest

from attrlint.furniture import analyse_text
from tests.conftest import debris_findings
from tests.harbour_story import HEAD, P1, P2, P3, block_starts, story


@pytest.mark.parametrize("credit", [
    "Source: The Harbour Gazette https://www.harbourgazette.example/news/4412-late-ferry",
    "Source: Quay Radio www.quayradio.example/local/ferry",
    "Via: Coastline Daily https://coastline.example/2025/06/ferry-vote/",
    "Originally published at https://lagoonpost.example/ferry",
])
def test_a_credit_with_the_copied_storys_address(credit):
    assert block_starts(story(credit)) == [9]


def test_a_sentence_with_an_address_is_not_a_source_credit():
    line = "The source of the figures is the council's website, www.harbour.example, the office said."
    assert block_starts(story(line)) == []


@pytest.mark.parametrize("credit", ["Source: Harbour Radio", "Source: The Quayside Times", "Sources: Office of Ferries and Ports"])
def test_a_source_credit_is_a_block_apart_from_the_share_bar_under_it(credit):
    assert block_starts(story(credit, "Spread the News\nContinue Reading\nClick to comment")) == [9, 11]


def test_a_sentence_naming_a_source_stays():
    assert block_starts(story("Source: the council said the figures were checked twice before the vote.")) == []


@pytest.mark.parametrize("topic", ["Harbour Ferry #HarbourFerry", "#FerryStrike #Harbour", "Storm Lena #StormLena #Floods"])
def test_a_topic_line_of_hashtags_under_the_headline(topic):
    assert block_starts(story(before=(topic,))) == [3]


@pytest.mark.parametrize("line", [
    "Workers used the hashtag #LateFerryNow to press the council for the service.",
    "#LateFerryNow campaign wins over the harbour council",
])
def test_a_sentence_with_a_hashtag_or_a_headline_opening_with_one_stays(line):
    text = "\n\n".join([line, P1, P2, P3]) if line.startswith("#") else story(before=(line,))
    assert block_starts(text) == []


@pytest.mark.parametrize("role", ["Staff member", "Well-known member", "Moderator", "Senior Member"])
def test_a_forum_members_widget_with_the_join_date(role):
    text = "\n\n".join([HEAD, f"{role}\nMar 3, 2011", P1, P2, P3])
    assert block_starts(text) == [3]


def test_a_staff_member_in_a_sentence_stays():
    text = story(before=("A staff member at the quay said the ferry would be busy in summer.",))
    assert block_starts(text) == []


@pytest.mark.parametrize("block", [
    "Physical Address\n\n12 Lantern Lane\nPortside, ME 04101",
    "Mailing Address\n451 Quay Street\nWestbay, CA 90210",
    "Our Address:\n\n88 Harbour Rd.\nNorth Quay, TX 75001-1234",
])
def test_a_themes_placeholder_address_over_the_headline(block):
    text = block + "\n\n" + story()
    assert block_starts(text)[:1] == [1]


def test_an_address_in_a_sentence_stays():
    text = story("The ferry office at 12 Lantern Lane in Portside, Maine, will sell tickets from May.")
    assert block_starts(text) == []


@pytest.mark.parametrize("about", ["About harbour_desk7", "About the Author", "About Mara Lindqvist"])
def test_an_author_box_heading_after_the_story(about):
    text = story(about, "Check Also")
    assert block_starts(text)[:1] == [9]


def test_an_about_heading_followed_by_the_story_stays():
    text = "\n\n".join([HEAD, P1, "About Face", P2, "The council said it had changed its mind twice since the vote in the spring.", P3])
    assert block_starts(text) == []


@pytest.mark.parametrize("label", ["We Recommend", "Check Also", "Must Read"])
def test_a_recommendation_heading_at_the_end(label, debris_rules):
    assert [f[0] for f in debris_findings(story(label), debris_rules)] == [9]


@pytest.mark.parametrize("label", ["READ NOW:", "Must Read:", "CHECK ALSO:"])
def test_a_promotion_label_over_another_storys_headline(label, debris_rules):
    line = f"{label} Quay cafe owner wins national award for her fish soup"
    assert [f[:2] for f in debris_findings(story(line), debris_rules)] == [(9, "debris.link-label")]


def test_we_recommend_in_a_sentence_stays(debris_rules):
    assert debris_findings(story("We recommend that travellers check the timetable before they leave."), debris_rules) == []


@pytest.mark.parametrize("label", ["Original Article", "Related Articles", "Advertisement"])
def test_a_link_label_glued_to_the_last_sentence(label, debris_rules):
    text = story(before=(f"The vote was carried by nine to four on Tuesday.{label}",))
    assert [f[0] for f in debris_findings(text, debris_rules)] == [3]


def test_a_capital_after_an_abbreviation_in_a_sentence_stays(debris_rules):
    text = story(before=("The ferry runs to the U.S.Share prices of the operator rose on Tuesday.",))
    assert debris_findings(text, debris_rules) == []


@pytest.mark.parametrize("tail", [
    "/Public Release. This material from the originating organisation/aut",
    "This content was provided by the issuer and is not written by the editorial team.",
    "The views and opinions expressed herein are those of the original author(s) and do not",
])
def test_an_aggregators_disclaimer_under_a_release(tail):
    assert block_starts(story(tail)) == [9]


def test_views_expressed_by_a_speaker_stay():
    line = "The views expressed at the meeting were those of the residents, the mayor said."
    assert block_starts(story(line)) == []


@pytest.mark.parametrize("clock", ["Duration 0:52", "1:07", "Length: 02:15"])
def test_a_video_title_over_its_posted_stamp_and_clock(clock):
    video = f"Night ferry crews cheer as the first late boat leaves the quay\n\n5 hours ago\n{clock}"
    text = "\n\n".join([HEAD, P1, P2, video, P3])
    assert block_starts(text) == [7]


def test_a_paragraph_with_its_full_stop_over_a_players_stamp_stays():
    para = "Night ferry crews cheered as the first late boat left the quay on Friday."
    text = "\n\n".join([HEAD, P1, para, "5 hours ago\nDuration 0:52", P2, P3])
    assert 5 not in block_starts(text)


def test_a_releases_cut_off_about_the_company_at_the_end_stays():
    assert block_starts(story("About Quayside Ferries Lim")) == []


def test_a_ranked_lists_number_is_no_hashtag():
    text = "\n\n".join([HEAD, P1, "#10", "The Lantern Inn serves the best fish soup on the quay, its owner said.", P2, P3])
    assert block_starts(text) == []


def test_a_source_label_over_a_lost_link_stays_the_aggregators_link():
    lines = analyse_text(story("Source: Read Full Article")).lines
    assert lines[8].family == "source link"
