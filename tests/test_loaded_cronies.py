"""loaded_language.cronies: the associates of a named party called by a sneer in the
writer's voice. Fictional sentences."""
from __future__ import annotations

import pytest

from attrlint.checks import loaded_voice
from attrlint.linter import lint_text

RULES = {r.id: r for r in loaded_voice.rules()}
RULE = "loaded_language.cronies"


def found(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, path="draft.txt", rules=RULES) if f.rule == RULE]


@pytest.mark.parametrize("text, span", [
    ("Senator Dora Varga spoke in Lyon. Varga's terrorist allies stayed away.", "Varga's terrorist allies"),
    ("Prime Minister Ilse Brandt flew home, and Brandt's henchmen followed.", "Brandt's henchmen"),
    ("The contracts went to the cronies of Tomas Lind, records show.", "cronies of Tomas Lind"),
    ("Halvard's stooges voted the bill through on Monday.", "Halvard's stooges"),
])
def test_sneer_at_associates_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "Senator Dora Varga spoke in Lyon. Varga's allies cheered from the gallery.",  # plain word
    '"Her cronies run the town," said Tom Reed, a rival of Dora Varga.',  # a quotation
    "Tom Reed called them Varga's stooges at a rally on Friday.",  # attributed by a calling verb
    "The mayor's aides and supporters met in Lyon.",  # neutral words
    "The cronies stayed home.",  # no named party
])
def test_plain_quoted_or_attributed_left_alone(text):
    assert found(text) == []


def test_each_sneer_reported_once_per_story():
    text = "Brandt's henchmen met at dawn. By noon Brandt's henchmen had left the port."
    assert found(text) == ["Brandt's henchmen"]
