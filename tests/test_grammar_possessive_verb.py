"""grammar.possessive-verb: a place's possessive straight before a past-tense verb and a figure
lost its noun; "'s" for "has"/"is", a noun understood from before, a participle before a
measure and other owners are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_possessive_verb import PossessiveVerb
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[str]:
    out = lint_text(text, path="story.txt", config=Config(), rules={PossessiveVerb.id: PossessiveVerb()})
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text,span", [
    ("In Asia, Tokyo's finished down 210.5 points, or 1.1%, on the day.", "Tokyo's finished"),
    ("In South Africa's closed up 0.8% after the data, traders said.", "South Africa's closed"),
    ("Elsewhere, Brazil’s rose 120 points as oil prices climbed.", "Brazil’s rose"),
    ("South Korea's slipped by nearly 2 per cent in late trade.", "South Korea's slipped"),
])
def test_possessive_verb_is_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "Canada's was down by nearly 5% on the year, the data showed.",  # a noun understood from before
    "Canada's had 3 wins in a row before the final.",  # 's for has
    "Norway's planned 1,200 megawatt wind farm was approved on Friday.",  # a participle
    "Trump's closed 2 casinos in the 1990s, the report said.",  # the owner is no place
    "Tokyo's finished stadium seats 68,000 people.",  # no figure straight after
])
def test_others_left_alone(text):
    assert found(text) == []
