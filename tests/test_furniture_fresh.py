"""Debris of kinds seen on fresh real excerpts (invented fixtures): distributor tags and
desk bylines run into the copy, desk bylines on a line of their own, e-paper toolbars,
promotion written as a statement, bracketed picture credits, and the story lines that
look like them but are left alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings

from attrlint.furniture import analyse_text

_, LEAD, _, END = FERRY_STORY


findings = debris_findings


# --- run-in tags -------------------------------------------------------------------------
@pytest.mark.parametrize("text, tag", [
    (f"(MENAFN) {LEAD}\n\n{END}", "(MENAFN)"),
    (f"Ferry timetable agreed at last\n\n(MENAFN) {LEAD}\n\n{END}", "(MENAFN)"),
    (f"MENAFN - Harbour Post) {LEAD}\n\n{END}", "MENAFN - Harbour Post)"),
    (f"(MENAFN- Harbour Post) {LEAD}\n\n{END}", "(MENAFN- Harbour Post)"),
    (f"Aggregator - Coast Daily) {LEAD}\n\n{END}", "Aggregator - Coast Daily)"),
    (f"Our reporter/ {LEAD}\n\n{END}", "Our reporter/"),
    (f"Staff Reporter PORTSMOUTH: {LEAD}\n\n{END}", "Staff Reporter"),
])
def test_distributor_tags_and_desk_bylines_run_into_the_copy(text, tag, debris_rules):
    hits = [f for f in findings(text, debris_rules) if f[1] == "debris.run-in-tag"]
    assert len(hits) == 1 and hits[0][2].strip() == tag


@pytest.mark.parametrize("text", [
    f"New Delhi, March 3 (IANS) {LEAD}\n\n{END}",       # a wire dateline
    f"PORTSMOUTH, England (AP) — {LEAD}\n\n{END}",
    f"{LEAD} (MENAFN) was quoted in an earlier report.\n\n{END}",  # not at the start
    f"{LEAD}\n\nOur reporter was at the quay when the ferry docked.\n\n{END}",
    f"Staff reporters at the Gazette voted to strike on Monday.\n\n{END}",
])
def test_datelines_and_sentences_about_reporters_are_not_tags(text, debris_rules):
    assert [f for f in findings(text, debris_rules) if f[1] == "debris.run-in-tag"] == []


# --- desk bylines and toolbars on their own lines ----------------------------------------
@pytest.mark.parametrize("line", ["Staff Reporter", "Web Desk", "News Desk", "Our Correspondent",
                                  "Monitoring Desk", "By Staff Reporter", "News Desk | Islamabad"])
def test_desk_bylines_alone_on_a_line_are_furniture(line, debris_rules):
    text = f"Harbour plan approved\n\n{line}\n\n{LEAD}\n\n{END}"
    assert (3, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


@pytest.mark.parametrize("line", ["By Jane Doe and John Roe", "By Jane Doe"])
def test_a_named_byline_alone_is_left_alone(line, debris_rules):
    text = f"Harbour plan approved\n\n{line}\n\n{LEAD}\n\n{END}"
    assert findings(text, debris_rules) == []


@pytest.mark.parametrize("line", ["e-Paper Get App", "Print | Email | A- A+ | E-Paper", "Print | Font | E-Paper"])
def test_e_paper_toolbars_are_furniture(line):
    a = analyse_text(f"{line}\n\n{LEAD}\n\n{END}")
    assert a.lines[0].family == "interface" and a.blocks and a.blocks[0].start == 0


@pytest.mark.parametrize("line", ["Get Out", "Paper Mill Closes", "Apps for Schools Rolled Out"])
def test_headings_with_one_interface_word_are_not_toolbars(line):
    a = analyse_text(f"{line}\n\n{LEAD}\n\n{END}")
    assert not a.blocks


# --- promotion written as a statement ----------------------------------------------------
@pytest.mark.parametrize("line", [
    "(To receive our e-paper on WhatsApp every morning, please click here.)",
    "You can get all our harbour stories on WhatsApp.",
    "Don't miss out on breaking stories and in-depth features.",
    "Never miss a story: sign up today.",
    "Our newsletter brings you the best of the coast every morning.",
    "Harbour Radio will continue providing updates to this story as details emerge.",
    "This is a developing story. Please check back for updates.",
])
def test_promotion_written_as_a_statement(line, debris_rules):
    text = f"{LEAD}\n\n{line}\n\n{END}"
    assert any(f[0] == 3 and f[1] == "debris.promo" for f in findings(text, debris_rules))


@pytest.mark.parametrize("line", [
    "You can get a ferry to the island every hour in summer, the operator said.",
    "Our reporter asked the minister whether fares would rise.",
    "Police will provide updates as the investigation continues.",
    "Residents were told to check back with the council for details of the closures.",
    "The harbour master said he did not miss the old timetable.",
])
def test_story_sentences_like_promotions_are_left_alone(line, debris_rules):
    assert findings(f"{LEAD}\n\n{line}\n\n{END}", debris_rules) == []


# --- bracketed picture credits -----------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Ferry passengers queue at the terminal on Monday. (Jane Doe/AP)",
    "Ferry delayed: passengers wait at the quay on Monday. (Studio/iStock )",
])
def test_bracketed_picture_credit_ends_a_caption(line):
    a = analyse_text(f"{LEAD}\n\n{line}\n\n{END}")
    assert a.lines[2].family == "caption"


@pytest.mark.parametrize("line", [
    "The route (Portsmouth/Caen) will run daily.",
    "\"We will take our chance,\" the captain said on Monday. jd (DPA/Reuters)",  # a desk's sign-off
])
def test_a_bracketed_aside_or_agency_sign_off_is_not_a_picture_credit(line):
    a = analyse_text(f"{LEAD}\n\n{line}\n\n{END}")
    assert a.lines[2].family != "caption"


# --- the page after the copyright line ---------------------------------------------------
def test_short_lines_after_the_copyright_line_are_the_pages():
    text = (f"{LEAD}\n\n{END}\n\n© 2024 Harbour Media Group\n\nOn Air 99.1 Harbour FM Logo\n"
            "    View All\n    1-800-555-0100\n\n    Harbour Contests\n\n"
            "    Win tickets to concerts, great prizes and MORE!")
    a = analyse_text(text)
    tail = [b for b in a.blocks if b.lines[0].text.strip().startswith("On Air")]
    assert tail and tail[0].lines[-1].text.strip().startswith("Win tickets")


def test_a_story_paragraph_after_a_copyright_line_keeps_the_tail():
    story = ("The board also said that the old ferry would be sold to a museum in the north, where "
             "it will be restored by volunteers over the next three years and opened to visitors.")
    a = analyse_text(f"{LEAD}\n\n{END}\n\n© 2024 Harbour Media Group\n\nHarbour Contests\n\n{story}")
    assert not a.blocks


# --- short labels between widgets --------------------------------------------------------
def test_labels_between_player_buttons_join_one_block():
    text = ("play_arrow\n\nkeyboard_arrow_right\n\nListeners:\n\nTop listeners:\n\n"
            "skip_previous skip_next\nvolume_up\nGo to album\n  • cover play_arrow\n\n"
            f"Ferry timetable agreed at last\n\n{LEAD}\n\n{END}")
    a = analyse_text(text)
    assert len(a.blocks) == 1 and a.blocks[0].lines[-1].text.strip() == "• cover play_arrow"


def test_the_storys_short_headline_between_widgets_stays_out_of_the_block():
    text = f"play_arrow skip_next\n\nDeal Agreed for Ferry\n\nAdvertisement\n\n{LEAD}\n\n{END}"
    a = analyse_text(text)
    assert all("Deal Agreed" not in ln.text for b in a.blocks for ln in b.lines)


def test_a_caption_cut_at_its_separator_joins_the_widget_under_it():
    text = f"Ferry timetable agreed at last\n\n{LEAD}\n\nHarbour master Jane Doe |\n\nAdvertisement\n\n{END}"
    a = analyse_text(text)
    assert a.blocks and a.blocks[0].lines[0].text.startswith("Harbour master Jane Doe")


def test_a_sentence_with_a_bar_inside_is_not_a_cut_caption():
    a = analyse_text(f"{LEAD}\n\nFerries | Buses | Trams\n\n{END}")
    assert not a.blocks


# --- a blog's comment form is one block --------------------------------------------------
def test_a_comment_form_is_one_block_across_its_blank_lines(debris_rules):
    text = (f"{LEAD}\n\n{END}\n\nLeave a Reply\n\nYour email address will not be published. "
            "Required fields are marked *\n\nPlease enter your comment!\nPlease enter your name here\n\n"
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.")
    got = findings(text, debris_rules)
    assert [f[:2] for f in got] == [(5, "debris.page-furniture")]


def test_a_promotion_before_the_comment_form_is_its_own_finding(debris_rules):
    text = (f"{LEAD}\n\n{END}\n\nGot a story? Send it to us by email\n\n\n"
            "Please enter your comment!\nPlease enter your name here")
    assert [f[0] for f in findings(text, debris_rules)] == [5, 8]


def test_a_sentence_about_comments_is_not_a_form(debris_rules):
    text = f"{LEAD}\n\nReaders were asked to leave a comment on the council's website by Friday.\n\n{END}"
    assert findings(text, debris_rules) == []


# --- the CMS's labelled fields, counters and boilerplate ---------------------------------
@pytest.mark.parametrize("line", [
    "(Visited 12 times, 1 visits today)", "Views: 1,234", "Posted by: admin",
    "Edited By: Jane Doe", "Written by Jane Doe | Edited by John Roe", "Published: May 3, 2024, 10:15 AM",
    "Last Updated: May 3, 2024 | 10:15 AM IST", "Updated: 3 hours ago", "Copy URL", "Support Our Journalism",
    "Disclaimer: The views expressed are the author's own and do not reflect those of the site.",
    "This article was originally published on Harbour Times.",
    "Stay updated with the latest news by joining our WhatsApp channel.",
    "Sign up for our daily briefing to get the top stories in your inbox.",
    "Have a story? Contact our newsroom at news@harbour.example",
])
def test_cms_fields_counters_and_page_boilerplate(line, debris_rules):
    assert {f[0] for f in findings(f"{LEAD}\n\n{line}\n\n{END}", debris_rules)} == {3}


@pytest.mark.parametrize("line", [
    "May 3, 2024",                      # the draft's own date line
    "By Jane Doe",
    "Author: Jane Doe",                 # an author's credit, as at the foot of published copy
    "The ferry was visited 12 times by inspectors last year.",
    "The author of the report, Jane Doe, said the views expressed were her own.",
    "The minister said the plan was first published in March.",
])
def test_the_drafts_own_date_byline_and_sentences_are_left_alone(line, debris_rules):
    assert findings(f"{LEAD}\n\n{line}\n\n{END}", debris_rules) == []


def test_an_editors_note_of_when_a_story_was_published_is_not_a_credit(debris_rules):
    line = "This story was originally published on Mar. 2, 2024 and has been updated."
    assert findings(f"{LEAD}\n\n{line}\n\n{END}", debris_rules) == []
