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
