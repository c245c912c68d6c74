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
    "The Foreign Ministry claimed that the talks had failed because of the rebels.",
    "Moscow claimed that the talks had failed because of the rebels.",
    "The RPC claimed that it had been told about ten new cases.",
])
def test_a_credible_body_that_claimed_is_still_flagged(text):
    assert _rule(text, "loaded_language.said-bookism") == ["claimed"]
