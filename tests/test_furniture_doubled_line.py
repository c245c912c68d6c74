"""A line that is one text twice, run together or a space apart (a crosshead or a stamp
whose visible text and screen-reader copy the scrape joined), is page furniture; names and
refrains that repeat a word are not. Every text here is invented."""
from __future__ import annotations

import pytest

from attrlint.furniture.page_labels import _repeated_half
from attrlint.linter import lint_text

HEAD = "Harbour council opens a new ferry pier"
PARA = ("The Harbour council opened its new ferry pier on Tuesday after two years of building work.\n\n"
        "Mayor Ines Okafor said the pier would double the number of crossings in the summer.\n\n")
TAIL = "The first ferry will leave the pier at six in the morning, the operator said.\n"


def debris_lines(text: str) -> list[int]:
    return [f.location.line for f in lint_text(text, path="draft.txt") if f.category == "debris"]


@pytest.mark.parametrize("line", [
    "What the ferry operators sayWhat the ferry operators say",
    "14:3514:35",
    "9.40am GMT 9.40am GMT",
])
def test_a_line_printed_twice_in_one_is_furniture(line):
    text = f"{HEAD}\n\n{PARA}{line}\n\n{TAIL}"
    assert debris_lines(text) == [7]


@pytest.mark.parametrize("line", [
    "Bora Bora",
    "Walla Walla",
    "Go, team, go!",
    "The pier, the pier: that was all anyone talked about in the town for a week.",
])
def test_names_and_repeated_words_are_left_alone(line):
    text = f"{HEAD}\n\n{PARA}{line}\n\n{TAIL}"
    assert debris_lines(text) == []


def test_the_half_must_be_an_exact_copy():
    assert _repeated_half("Rates held Rates held") == "Rates held"
    assert _repeated_half("Rates heldRates held") == "Rates held"
    assert _repeated_half("Rates held  Rates held") is None  # two spaces: no glued copy
    assert _repeated_half("Rates held Rates hold") is None
    assert _repeated_half("abab") is None  # too short to tell
