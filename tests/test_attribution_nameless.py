"""Sourcing classes of stop 27's tenth holdout, on invented copy: a source the words call
nameless ('the unnamed friend told'), the subject's own post on a platform (not an unreliable
source), and a quotation a translation closed with another style's mark ('“…! »he said')."""
from __future__ import annotations

import pytest

from attrlint.checks import attribution
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules()}


def found(text: str, rule: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES, config=Config(select=["ALL", "attribution.unattributed-quote"]))  # opt-in rule too
            if f.rule == rule]


# --- an adjective of namelessness makes any person noun a stranger, even after "the" -----
@pytest.mark.parametrize("text, span", [
    ("The drummer left the band in May.\n\nThe unnamed friend told the Weekly Lantern: "
     "\"He wanted to spend more time at home.\"", "The unnamed friend told"),
    ("The talks stalled on Friday.\n\nThe anonymous colleague said the envoy had left early.",
     "The anonymous colleague said"),
    ("The club will sell the stadium.\n\nThe unidentified relative claimed the owner had debts.",
     "The unidentified relative claimed"),
    ("An unidentified aide said the governor would not run again.", "An unidentified aide said"),
    ("A nameless insider claimed the studio had shelved the sequel.", "A nameless insider claimed"),
    ("The label is in talks.\n\nThe anonymous insiders said the deal had been signed in April.",
     "The anonymous insiders said"),
])
def test_nameless_source_flagged(text, span):
    assert span in found(text, "attribution.anonymous-source")


@pytest.mark.parametrize("text", [
    "The unidentified man was arrested on Tuesday and will appear in court next week.",
    "The anonymous donor gave $5 million to the hospital, the charity said.",
    "The unnamed adviser, Clara Weston, said the plan would be published in May.",
    "Police said the unidentified suspect fled on foot toward the river.",
    "The port was closed.\n\nThe unnamed officials said the harbour would reopen on Monday.",
])
def test_nameless_people_who_are_not_sources_left_alone(text):
    assert found(text, "attribution.anonymous-source") == []


def test_nameless_mention_after_a_reason_given_is_not_a_warning():
    text = ("A senior official, speaking on condition of anonymity because the talks were private, "
            "said the deal was close.\n\nLater the unnamed official said the two sides had agreed.")
    warnings = [f for f in lint_text(text, rules=RULES)
                if f.rule == "attribution.anonymous-source" and str(f.severity) == "warning"]
    assert warnings == []


# --- the subject's own post is their statement, not an unreliable source ------------------
@pytest.mark.parametrize("text", [
    "The drummer confirmed his engagement in a note that he posted on Instagram on Friday.",
    "The couple posted on Instagram that they were expecting their first child.",
    "The presenter announced the birth in a message that was shared on Instagram.",
    "The band confirmed the split in a joint statement which appeared on X late on Sunday.",
    "In a video posted on YouTube, the chef said the restaurant would close.",
    "The model revealed on Instagram that she had married her long-time partner.",
])
def test_own_post_on_a_platform_left_alone(text):
    assert found(text, "attribution.unreliable-source") == []


@pytest.mark.parametrize("text", [
    "A video that was posted on Telegram claimed the bridge had been destroyed.",
    "Users on Telegram claimed the general had been killed.",
])
def test_anonymous_post_on_a_platform_still_flagged(text):
    assert found(text, "attribution.unreliable-source")


# --- a quotation closed with another style's mark, the speaker right after it ---------------
@pytest.mark.parametrize("text", [
    "The adviser met the mayor at a café near the square. “We have a chance now. We can win it! "
    "»he tells the former minister, who nods.",
    "The vote was close. “The door stays open to everyone, »the senator replies to her critics.",
    "The rally ended late. «We have never seen a crowd like this, ”she slips to a colleague.",
])
def test_mixed_closing_mark_keeps_its_speaker(text):
    assert found(text, "attribution.unattributed-quote") == []


def test_mixed_closing_mark_without_a_speaker_still_flagged():
    text = ("The rally ended late.\n\n“We have never seen a crowd like this in all our years, »over and "
            "over again in twenty years of marching.")
    assert found(text, "attribution.unattributed-quote")
