"""Labelled leftovers inside the copy (invented fixtures): a site's labelled headline in
title case over the lead, a pitch ending on 'Click here', a label over a bare link, a tag
list under its 'TAGS:' label, a wire page's dateline over its stamp and a byline with the
page's relative time; with the story lines of the same look that are left alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings, debris_rule_set

from attrlint.furniture import analyse_text

HEAD, LEAD, _, END = FERRY_STORY


findings = debris_findings


def _lines(text: str) -> list[int]:
    return [f[0] for f in findings(text, debris_rule_set())]


def test_a_labelled_title_case_headline_over_the_lead_is_a_promotion(debris_rules):
    promo = "Headline: Harbour Stocks Soar As The Ferry Deal Nears!"
    text = f"{HEAD}\n{HEAD}\n\n{promo}\n\n{LEAD}\n\n{END}"
    assert (4, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


@pytest.mark.parametrize("line", [
    "Exclusive: Harbour Board To Close The Pier After Cracks Found",   # the story's own headline
])
def test_a_labelled_headline_on_the_first_line_is_the_storys(line, debris_rules):
    text = f"{line}\n\n{LEAD}\n\n{END}"
    assert findings(text, debris_rules) == []


def test_a_labelled_sentence_or_a_list_of_headlines_is_left_alone(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\nUpdate: the board will meet again in May to review the fares.\n\n{END}"
    assert findings(text, debris_rules) == []
    listed = (f"{HEAD}\n\n{LEAD}\n\n{END}\n\nMost Viewed\nPier Reopens After Repairs To Its Pillars\n"
              "Police: Two Men Steal Over Fifty Crates Of Fish From The Quay\n"
              "Ten Years On: The Ferry Captain Finally Reveals What Happened On The Night\n"
              "The harbour master said the crew acted quickly and nobody was hurt on the day.")
    assert 9 not in [f[0] for f in findings(listed, debris_rules)]


def test_a_pitch_that_ends_on_click_here_is_a_promotion(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{END}\n\nMore Harbour Reads You Need To See From Our Columnist! Click Here!"
    assert (7, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


def test_a_label_over_a_bare_link_is_one_block(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\nFor more information see:\n\nhttps://example.org/harbour/ferry-timetable-2025\n\n{END}"
    assert (5, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


def test_a_sentence_ending_in_a_colon_over_a_paragraph_is_left_alone(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\nThe chair put it simply:\n\n{END}"
    assert findings(text, debris_rules) == []


def test_a_tag_list_under_its_colon_label():
    text = f"{HEAD}\n\n{LEAD}\n\n{END}\nTAGS:\nferry timetable\nDoe, Jane\nRoe, John\nHarbour board"
    assert [(b.lines[0].n + 1, b.lines[-1].n + 1) for b in analyse_text(text).blocks] == [(6, 10)]


def test_a_wire_dateline_alone_over_the_page_stamp_starts_the_block(debris_rules):
    text = f"{HEAD}\nPORTSMOUTH\nTue Mar 4, 2025 4:33pm GMT\nTweet\nShare this\n{LEAD}\n{END}"
    assert [f[:2] for f in findings(text, debris_rules)][:1] == [(2, "debris.page-furniture")]


def test_a_byline_with_the_pages_relative_time_is_furniture(debris_rules):
    text = f"{HEAD}\nBy JANE DOE and JOHN ROE - Example Wire Writers | Example Wire – 1 hr 4 mins ago\n{LEAD}\n{END}"
    assert (2, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


def test_a_byline_with_the_surname_in_capitals_under_the_standfirst(debris_rules):
    text = f"{HEAD}\n{LEAD}\n\nJane DOE\n\n{LEAD}\n\n{END}"
    assert (4, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


@pytest.mark.parametrize("line", ["Timeless Chinese BBQ", "Allies and NATO"])
def test_an_acronym_in_capitals_is_no_byline(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{END}\n\n{LEAD}"
    assert 5 not in [f[0] for f in findings(text, debris_rules)]


def test_a_photos_file_name_and_the_authors_address_alone_are_furniture(debris_rules):
    text = f"{HEAD}\n\n4f2a9c0e1b7d4e55a6c3b2f1e0d9c8b7.jpg\n\n{LEAD}\n\n{END}\n\njdoe@example.com"
    found = [f[:2] for f in findings(text, debris_rules)]
    assert (3, "debris.page-furniture") in found and (9, "debris.page-furniture") in found


def test_print_over_the_byline_box_is_the_toolbar(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\nPrint\nJane Doe | Example Media\nBy\nJane Doe | Example Media\n{END}"
    assert (4, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


def test_print_over_a_crosshead_is_left_alone(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\nPrint\nWhat happens next\n{END}"
    assert findings(text, debris_rules) == []


def test_by_alone_over_the_name_is_the_byline_box(debris_rules):
    text = f"{HEAD}\n{LEAD}\nBy\nJane Doe For Example Online\n{LEAD}\n{END}"
    assert (3, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


def test_by_alone_over_a_sentence_is_left_to_the_other_rules(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\nBy\n{END}"
    assert 4 not in [f[0] for f in findings(text, debris_rules)]
