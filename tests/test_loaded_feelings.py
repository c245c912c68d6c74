"""loaded_language.evaluative and feelings (invented fixtures): a participle that reports
what people felt is a reaction described, not the writer's verdict on them."""
from __future__ import annotations

import pytest

from attrlint.checks import loaded_language
from attrlint.data import load_data
from attrlint.linter import lint_text

RULES = {r.id: r for r in loaded_language.rules()}
EVALUATIVE = "loaded_language.evaluative"


def _found(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.rule == EVALUATIVE]


def test_the_feelings_list_holds_causes_of_feeling_not_their_objects():
    words = set(load_data("feelings.toml")["feelings"]["words"])
    assert {"annoyed", "dismayed", "saddened", "appalled", "irritated"} <= words
    # the verb's subject feels these: "a hated regime" says what others think of it
    assert not words & {"hated", "despised", "loathed", "feared", "dreaded", "resented"}
    assert not words & {"deranged", "unhinged", "crazed"}  # name-calling in partisan copy


@pytest.mark.parametrize("text", [
    "Annoyed fans posted that the concert was called off an hour before the doors opened.",
    "Dismayed voters gathered outside the town hall on Monday.",
    "Irritated fans waited two hours for the last ferry.",
    "Disillusioned officials posted that the harbour plan had been shelved.",
])
def test_a_feeling_reported_is_left_alone(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, span", [
    ("The smug minister left the chamber before the vote.", "smug minister"),
    ("The council's reckless gamble cost the harbour its ferry.", "reckless gamble"),
    ("The governor's grotesque parade closed the high street for a day.", "grotesque parade"),
])
def test_a_verdict_on_a_party_is_still_flagged(text, span):
    assert _found(text) == [span]
