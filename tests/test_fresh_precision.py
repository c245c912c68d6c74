"""Precision on fresh real copy, for rules of other areas that brief I touched with small
edits: said-bookisms on people's claims, and hedges inside attributed material.
Invented fixtures."""
from __future__ import annotations

import pytest

from attrlint.linter import lint_text


def _rule(text, rule):
    return [f.location.text for f in lint_text(text) if f.rule == rule]


# --- loaded_language.said-bookism: "claimed" by a person the tagger took for a body ------
@pytest.mark.parametrize("text", [
    "Backstage after the show, Jay-Z also claimed that the critics had never heard the album.",
    "Farah Tariq, a union leader, spoke on Monday. Tariq claimed that no factory obeys the labour laws.",
])
def test_a_person_who_claimed_is_not_a_bookism(text):
    assert _rule(text, "loaded_language.said-bookism") == []


@pytest.mark.parametrize("text", [
    # a group of people named by a common noun gives its account: "claim" is their neutral verb
    "Ruritanian officials claim a UN resolution allows their troops to return to the valley.",
    "Local police claim two men broke into the depot on Sunday night.",
    "Prosecutors claimed that the clerk knew the figures were false.",
    "Critics claim that the new ratings are unfair to smaller ports.",
])
def test_a_group_of_people_who_claim_is_not_a_bookism(text):
    assert _rule(text, "loaded_language.said-bookism") == []


@pytest.mark.parametrize("text", [
    "The Foreign Ministry claimed that the talks had failed because of the rebels.",
    "Moscow claimed that the talks had failed because of the rebels.",
    "The RPC claimed that it had been told about ten new cases.",
])
def test_a_credible_body_that_claimed_is_still_flagged(text):
    assert _rule(text, "loaded_language.said-bookism") == ["claimed"]


# --- attribution.vague-source: hedges inside attributed material ---------------------------
VAGUE = "attribution.vague-source"


@pytest.mark.parametrize("text", [
    # the hedged clause is what a named source reports
    "While searching the car, deputies reportedly found cannabis and a knife, Sheriff Ana Ruiz said.",
    "During a search of the shed, officers reportedly located cash and scales, the Harbour Police said.",
    # "allegedly" in a paragraph relaying a named party's lawsuit
    "The complaint says the singer's manager entered the room without permission. "
    "Items allegedly left behind included a key card and a note.",
    "Later that night, Tomas Berg says, he found the door open. Items allegedly left behind included a note.",
    # "supposedly" doubting a motive
    "He flew to the capital on Monday, supposedly to clear his name.",
    # the report is named in the sentence: it has its source (whether the outlet is
    # reliable is unreliable_source's question)
    "His friends are reportedly starting to worry, according to Glossy Weekly.",
    "The mayor reportedly plans to resign, according to the Harbour Ledger.",
])
def test_hedges_that_relay_a_named_source(text):
    assert [w.lower() for w in _rule(text, VAGUE)] == []


@pytest.mark.parametrize("text, word", [
    # the named person's own speech is hedged: whose report is it?
    ("Ana Ruiz has reportedly told friends that the interview was a great success.", "reportedly"),
    ("The general reportedly warned that the army would act, 'we will respond,' Ruiz reportedly said.",
     "reportedly"),
    # an aside inside someone's denial is the writer's own hedge
    ("Berg denied any link to the banker, who reportedly fled the country in August.", "reportedly"),
    # "according to" something unnamed: still no source
    ("His friends are reportedly starting to worry, according to reports.", "reportedly"),
    # no one alleges anything before it
    ("The hotel reopened on Friday. Items allegedly stolen from the rooms included a laptop.", "allegedly"),
    ("The minister supposedly knew about the deal.", "supposedly"),
])
def test_hedges_that_stand_in_for_a_source_are_still_flagged(text, word):
    assert word in [w.lower() for w in _rule(text, VAGUE)]
