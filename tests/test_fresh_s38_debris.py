"""Debris seen on fresh real excerpts (stop 38), with invented fixtures: the page's
labelled author field with its date, an e-edition's header, a bracketed link to another
story, a tabloid's tip line, a comment form in the theme's language, page keywords joined
by commas, a date with the page's section; and the story lines like them that are left
alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings

from attrlint.linter import lint_text

HEAD, LEAD, MIDDLE, END = FERRY_STORY
findings = debris_findings


# --- debris ----------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Author: Jane DoePublished 25th Feb 2024",
    "Author: Jane Doe | Published: March 3, 2024",
    "The Harbour Star (Harbourtown, PA) - - LOCAL NEWS - By Jane Doe and John Roe",
    "Coast Daily - - OBITUARIES - By Jane Doe",
])
def test_labelled_author_fields_and_e_edition_headers_are_furniture(line, debris_rules):
    text = f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{MIDDLE}\n\n{END}"
    assert (3, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


@pytest.mark.parametrize("line", [
    "Author: Jane Doe",  # an author's credit without the page's date: left alone like any byline
    "Ferry talks end - By John Roe",  # a headline's credit, no section or paper around it
])
def test_plain_author_credits_are_left_alone(line, debris_rules):
    text = f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{MIDDLE}\n\n{END}"
    assert [f for f in findings(text, debris_rules) if f[0] == 3] == []


def test_a_bracketed_link_to_another_story_inside_a_paragraph(debris_rules):
    promo = "(Related: Harbour Chief Under Fire Over Secret Pier Deal.)"
    text = f"{HEAD}\n\n{LEAD} {promo} {MIDDLE}\n\n{END}"
    assert [f[1:] for f in findings(text, debris_rules)] == [("debris.promo", promo)]


def test_a_bracketed_aside_is_not_a_link(debris_rules):
    text = f"{HEAD}\n\n{LEAD} (Related fares also stay the same, the board said.) {MIDDLE}\n\n{END}"
    assert findings(text, debris_rules) == []


def test_a_tabloids_tip_line_on_its_own_line(debris_rules):
    text = f"Got A Tip?\n\n{HEAD}\n\n{LEAD}\n\n{END}"
    assert (1, "debris.promo") in [f[:2] for f in findings(text, debris_rules)]
    said = f"{HEAD}\n\n{LEAD} Got a tip? The board asked travellers to write in.\n\n{END}"
    assert [f for f in findings(said, debris_rules) if f[1] == "debris.promo"] == []


@pytest.mark.parametrize("form", [
    "Laisser un commentaire\n\nVotre adresse e-mail ne sera pas publiée.",
    "Deja una respuesta\n\nTu dirección de correo electrónico no será publicada.",
    "Schreibe einen Kommentar\n\nDeine E-Mail-Adresse wird nicht veröffentlicht.",
])
def test_a_comment_form_in_the_themes_language_is_debris_not_typos(form):
    text = f"{HEAD}\n\n{LEAD}\n\n{MIDDLE}\n\n{END}\n\n{form}"
    found = lint_text(text)
    assert [f for f in found if f.category == "typo"] == []
    assert any(f.category == "debris" and f.location.line == 9 for f in found)


# --- page keywords and a dated section label -------------------------------------------------
def test_page_keywords_joined_by_commas_are_a_tag_list(debris_rules):
    tags = "world, accident, crime, police, death, India, bus, gorge, night"
    text = f"{HEAD}\n{tags}\n\n{LEAD}\n\n{MIDDLE}\n\n{END}"
    assert (2, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


def test_a_list_in_a_sentence_is_not_a_tag_list(debris_rules):
    line = "The fleet, the pier, the cafe, the car park, the ticket office, the kiosk and the bridge reopened."
    text = f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{END}"
    assert findings(text, debris_rules) == []


def test_a_date_with_the_pages_section_is_a_stamp(debris_rules):
    text = f"{HEAD}\n\n8th Jun 18 | Entertainment News\n\n{LEAD}\n\n{MIDDLE}\n\n{END}"
    assert (3, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


def test_a_block_pasted_twice_with_a_quotation_inside_is_one_finding(debris_rules):
    quote = "“We are pleased with the timetable and thank everyone involved,” the chair said."
    block = f"{LEAD}\n{quote}\n{MIDDLE}"
    text = f"{HEAD}\n{block}\n{END}\n{block}"
    hits = [f for f in findings(text, debris_rules) if f[1] == "debris.repeated-sentence"]
    assert [h[0] for h in hits] == [6]
    assert hits[0][2].startswith(LEAD) and hits[0][2].endswith(MIDDLE.rstrip("."))


# --- second round (two more fresh holdouts) ---------------------------------------------------
def test_a_link_label_inside_a_paragraph_after_a_sentence(debris_rules):
    text = f"{HEAD}\n\n{LEAD} READ MORE: Harbour Pier Closes Again {MIDDLE}\n\n{END}"
    assert [f[1:] for f in findings(text, debris_rules)] == [("debris.link-label", "READ MORE:")]


def test_read_more_inside_a_sentence_is_the_storys(debris_rules):
    text = f"{HEAD}\n\n{LEAD} Readers can read more: the board's report is online. {MIDDLE}\n\n{END}"
    assert findings(text, debris_rules) == []


@pytest.mark.parametrize("line, rule", [
    ("Harbour Post Staff", "debris.page-furniture"),
    ("  • Published", "debris.page-furniture"),
    ("icon bookmarkicon cameraicon checkicon chevron downicon closeicon editicon flag", "debris.page-furniture"),
    ("Please subscribe HERE", "debris.promo"),
])
def test_more_page_lines_on_their_own(line, rule, debris_rules):
    text = f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{MIDDLE}\n\n{END}"
    assert (3, rule) in [f[:2] for f in findings(text, debris_rules)]


def test_a_live_storys_note_at_the_end(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{END}\n\nMore to follow..."
    assert (7, "debris.promo") in [f[:2] for f in findings(text, debris_rules)]
    said = f"{HEAD}\n\n{LEAD} More to follow was the chair's promise.\n\n{END}"
    assert [f for f in findings(said, debris_rules) if f[1] == "debris.promo"] == []


def test_a_wordpress_ad_label_in_the_plural(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\nAdvertisements\n\n{MIDDLE}\n\n{END}"
    assert (5, "debris.widget-line") in [f[:2] for f in findings(text, debris_rules)]


@pytest.mark.parametrize("line, flagged", [
    ("© AFP 2023 / JANE DOE", "© AFP 2023 / JANE DOE"),
    ("© AFP 2023 / JANE DOEBlack smoke rises over the port during the fighting", "© AFP 2023 /"),
])
def test_an_agencys_photo_credit_opening_a_line(line, flagged, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MIDDLE}\n\n{END}"
    assert (5, "debris.photo-caption", flagged) in findings(text, debris_rules)


def test_a_link_whose_text_was_here(debris_rules):
    text = f"{HEAD}\n\n{LEAD} Read more about the background to the talks here.\n\n{END}"
    assert [f[1:] for f in findings(text, debris_rules)] == [
        ("debris.promo", "Read more about the background to the talks here.")]


def test_a_glued_author_box_with_date_and_comment_count(debris_rules):
    line = "Jane DoeBy Jane DoeMarch 21, 2023No Comments11 Mins Read"
    text = f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{MIDDLE}\n\n{END}"
    assert (3, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]
