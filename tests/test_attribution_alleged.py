"""'allegedly' whose owner is a court's charge or a headline's body (invented copy):
left alone; the same hedge in the story's own sentences is still flagged."""
from __future__ import annotations

import pytest

from attrlint.checks import attribution
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules()}


def hedges(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.rule == "attribution.vague-source"]


@pytest.mark.parametrize("text", [
    # a court hears the charge: the prosecution is the allegation's owner
    "Halden Magistrates Court heard bail applications from three men who allegedly looted a pharmacy.",
    "The courier was refused bail for allegedly punching a bus driver at the depot on Sunday.",
    "A jury was told the clerk allegedly moved the funds through four shell firms.",
    # a headline: title case, or a line of sentence case that closes no sentence
    "Ferry Captain Allegedly Sailed Drunk Before Harbour Crash\n\nThe captain was arrested on Monday.",
    "Halden man allegedly sets fire to neighbour's shed, flees on a tractor\n\n"
    "Police said the man was found two hours later.",
])
def test_allegedly_with_its_owner_in_reach_is_left_alone(text):
    assert hedges(text) == []


@pytest.mark.parametrize("text", [
    "The singer allegedly bought a castle in the hills last spring.",
    # a sentence of copy on its own line, with copy after it
    "The singer allegedly bought a castle in the hills last spring.\n\nShe has not commented.",
    # a clinical trial is no court
    "The drug allegedly failed a clinical trial in Halden last year.",
    # the text's last line with no full stop is a cut sentence, not a headline; a line of
    # copy further down that lost its full stop is copy
    "The board met on Monday.\n\nA memo allegedly showing the losses surfaced last week\n\nIt was unsigned.",
    "The board met on Monday.\n\nThe chairman allegedly sold his shares before the",
])
def test_allegedly_in_the_story_is_still_flagged(text):
    assert hedges(text) == ["allegedly"]
