"""A wire story's note on what this version changed, alone on its line ("(Adds comment from
mayor)"), is page furniture; a sentence in brackets that opens with the same words is not.
Also the comment plug-in's prompt under the story. Invented texts."""
from __future__ import annotations

import pytest

from attrlint.linter import lint_text

HEAD = "Harbour council opens a new ferry pier"
PARA = ("The Harbour council opened its new ferry pier on Tuesday after two years of building work.\n\n"
        "Mayor Ines Okafor said the pier would double the number of crossings in the summer.\n\n")
TAIL = "The first ferry will leave the pier at six in the morning, the operator said.\n"


def debris(text: str) -> list[tuple[int, str]]:
    return [(f.location.line, f.rule) for f in lint_text(text, path="draft.txt") if f.category == "debris"]


@pytest.mark.parametrize("note", [
    "(Adds comment from the mayor in paragraph 4)",
    "(Recasts with operator's remarks, adds background)",
    "(Updates with closing prices)",
    "(Corrects spelling of the mayor's name in paragraph 2)",
    "(Repeats with no changes to text)",
])
def test_the_wire_note_on_this_version_is_furniture(note):
    assert debris(f"{HEAD}\n\n{note}\n\n{PARA}{TAIL}") == [(3, "debris.page-furniture")]


@pytest.mark.parametrize("line", [
    "(Changes in the timetable were announced on Friday.)",
    "(Adds up to a loss, the auditor said.)",
    "(Updates to the timetable are posted at the pier)",
])
def test_bracketed_sentences_are_left_alone(line):
    assert debris(f"{HEAD}\n\n{PARA}{line}\n\n{TAIL}") == []


def test_the_comment_plugins_prompt_is_flagged():
    found = debris(f"{HEAD}\n\n{PARA}{TAIL}\nWould love your thoughts, please comment.x\n")
    assert [line for line, _ in found] == [9]


def test_asking_for_thoughts_in_a_sentence_is_left_alone():
    line = "The mayor said she would love your thoughts on the timetable, and asked readers to write in.\n"
    assert debris(f"{HEAD}\n\n{PARA}{line}") == []
