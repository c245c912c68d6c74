"""Belief passives and hedges that a source in reach owns (invented copy): a pronoun speaker
for a person named earlier in the paragraph or the one before, a described source whose
reported clause holds the belief passive, "X was quoted as saying" with X named, a
police source in the sentence beside a belief passive, "allegedly" in a police or
extradition paragraph. The same hedges in the writer's own voice are still flagged."""
from __future__ import annotations

import pytest

from attrlint.checks import attribution
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules()}


def hedges(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.rule == "attribution.vague-source"]


@pytest.mark.parametrize("text", [
    # a pronoun speaker for a person named before it in the paragraph
    "Inspector Dara Quell of the Halden police spoke on Tuesday. He said the blaze was suspected "
    "to have started in a kitchen.",
    # ... or named at the end of the paragraph before ("He said" opens the next one in wire copy)
    "The bridge closed at noon, engineer Sarah Benton of the county roads office told reporters.\n\n"
    "She said the crack was thought to have formed during the winter frosts.",
    # the belief passive inside the clause a described source reports
    "The harbourmaster said the two yachts are believed to be sheltering in a cove near the cape.",
    "Investigators told the inquiry that the cable was thought to have snapped in the cold.",
    # the speaker quoted is named (the missing outlet is a point of style)
    "\"We will rebuild the pier,\" Tomas Brekke was quoted as saying.",
    "The mayor, Ilse Varnholt, was quoted as saying the budget would be cut.",
    # a named or described source speaks in the sentence beside the belief passive
    "Police in Fenwick said a man had been detained. He is believed to be a former guard at the depot.",
    "Investigators said the pair left the farm at dawn. They are thought to be heading north.",
    # "allegedly" in a police or extradition paragraph
    "The damage from the fraud ring, to which Halvorsen allegedly belongs, is put at $2 million. "
    "He was detained in Oslo on an extradition request.",
])
def test_hedge_owned_by_a_source_in_reach_is_left_alone(text):
    assert hedges(text) == []


@pytest.mark.parametrize("text", [
    # a pronoun with nobody named before it in its paragraph
    "The blaze began at night.\n\nHe said the fire was suspected to have started in a kitchen.",
    # a person named two paragraphs up is too far back for a bare "He said"
    "Engineer Sarah Benton spoke on Monday.\n\nThe bridge closed at noon.\n\n"
    "She said the crack was thought to have formed during the winter frosts.",
    # the belief passive beside, not under, a reporting verb
    "The harbourmaster spoke at noon, and the two yachts are believed to be sheltering in a cove.",
    # quoted as saying, by someone unnamed
    "A close friend of the couple was quoted as saying they had split.",
    # the belief passive alone, or beside only an anonymous source
    "The two suspects fled on foot. They are believed to be in the hills.",
    "A source told the magazine about the wedding. The couple are believed to have married in May.",
    # a report passed on stays flagged beside a named source
    "Police in Fenwick said a man had been detained. He is reported to be a former guard.",
    # the source in the next paragraph does not vouch
    "The two suspects fled on foot. They are believed to be in the hills.\n\nPolice in Fenwick said a dog was found.",
    # "allegedly" in gossip copy
    "The singer allegedly bought a castle in the hills last spring.",
])
def test_hedge_in_the_writers_voice_is_still_flagged(text):
    assert hedges(text) != []
