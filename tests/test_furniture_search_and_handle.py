"""The site's search box ("Close this search box.") and an author box with its handle in
brackets and the page's stamp ("Jane Doe (@jdoe) 3 minutes ago …") are page furniture;
sentences about searches and people's handles are not. Every text here is invented."""
from __future__ import annotations

import pytest

from attrlint.linter import lint_text

HEAD = "Harbour council opens a new ferry pier"
BODY = (
    "The Harbour council opened its new ferry pier on Tuesday after two years of building work.\n\n"
    "Mayor Ines Okafor said the pier would double the number of crossings in the summer.\n\n"
    "The first ferry will leave the pier at six in the morning, the operator said.\n"
)


def debris_lines(text: str) -> list[int]:
    return [f.location.line for f in lint_text(text, path="draft.txt") if f.category == "debris"]


@pytest.mark.parametrize("box", [
    "Search\nClose this search box.",
    "Toggle search\nSearch for:",
    "Type above and press Enter to search. Press Esc to cancel.",
])
def test_the_site_search_box_over_the_story_is_furniture(box):
    text = f"{box}\n\n{HEAD}\n\n{BODY}"
    assert debris_lines(text) == [1]


@pytest.mark.parametrize("line", [
    "Divers will search for the missing boat again on Friday, the coastguard said.",
    "Search for survivors called off after storm",
    "Police asked residents to search their sheds and close the gates.",
])
def test_sentences_about_searching_are_left_alone(line):
    text = f"{HEAD}\n\n{line}\n\n{BODY}"
    assert debris_lines(text) == []


def test_author_box_with_handle_and_stamp_is_furniture():
    text = f"{HEAD}\n\nInes Okafor (@inesokafor) 3 minutes ago Mon 5th June 2023 | 10:33 PM\n\n{BODY}"
    assert debris_lines(text) == [3]


def test_a_handle_in_a_sentence_is_left_alone():
    line = "Ines Okafor (@inesokafor) wrote on Monday that the pier would open in June 2023."
    assert debris_lines(f"{HEAD}\n\n{line}\n\n{BODY}") == []


def test_a_section_label_glued_to_the_headline_given_again_below_is_a_run_in_tag():
    text = 'NewsHarbour council opens "new" ferry pier\n\n    Harbour council opens “new” ferry pier\n\n' + BODY
    found = [(f.rule, f.location.line, text[f.start:f.end]) for f in lint_text(text, path="draft.txt")
             if f.category == "debris"]
    assert found == [("debris.run-in-tag", 1, "News")]


def test_a_name_that_starts_like_a_section_is_not_a_glued_label():
    text = "WorldCom settles with the Harbour council\n\nWorldCom settles with the Harbour council\n\n" + BODY
    assert not [f for f in lint_text(text, path="draft.txt") if f.rule == "debris.run-in-tag"]


@pytest.mark.parametrize("line", [
    "Read Also:   Ferry fares frozen for a year",
    "MORE/VIDEO: Ferry fares frozen for a year",
    "Also Read | Ferry fares frozen for a year",
])
def test_link_labels_in_any_case_and_joined_are_debris(line):
    tail = "The ferry company said the fares would be reviewed again next spring.\n"
    assert set(debris_lines(f"{HEAD}\n\n{BODY}\n{line}\n\n{tail}")) == {9}


@pytest.mark.parametrize("line", ["Go to home page", "Please select your preferences to subscribe.", "© The Harbour Herald"])
def test_page_buttons_and_a_yearless_copyright_line_are_debris(line):
    assert debris_lines(f"{HEAD}\n\n{BODY}\n{line}\n") == [9]


@pytest.mark.parametrize("line", [
    "Tags Harbour Board Ferry Services (HFS) Organisation of the Harbour Towns",
    "Topics Harbour, Ferry, Ines Okafor",
])
def test_a_tag_list_run_in_after_its_label_is_debris(line):
    assert debris_lines(f"{HEAD}\n\n{BODY}\n{line}\n") == [9]


def test_a_sentence_opening_with_tags_is_left_alone():
    line = "Tags were found on the ferry's hull, divers said on Wednesday."
    assert debris_lines(f"{HEAD}\n\n{BODY}\n{line}\n") == []
