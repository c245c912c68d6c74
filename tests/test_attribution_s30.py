"""Weak attribution, stop 30 (invented fixtures): unowned talk made the source of a claim
("Rumours suggest", "The latest reports say", "the gossip mill says"), the definite plural
of sources and insiders, and the insiders an outlet spoke to; rumours that only exist or
spread are left alone."""
from __future__ import annotations

import pytest

from attrlint.checks import attribution
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules()}


def found(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.category == "weak_attribution"]


@pytest.mark.parametrize("text, span", [
    ("The latest reports say the harbour board will not meet again before June.", "The latest reports say"),
    ("The most recent reports suggest that the baker and the florist might also marry this winter.",
     "The most recent reports suggest"),
    ("This comes a month after similar reports claimed the pair were planning a wedding.",
     "similar reports claimed"),
    ("Rumours suggest that the two dancers will be the next to wed.", "Rumours suggest"),
    ("The gossip mill says an engagement is likely.", "The gossip mill says"),
])
def test_unowned_talk_made_the_source_of_a_claim(text, span):
    assert span in found(text)


@pytest.mark.parametrize("text", [
    "The reports said the ferry had sunk within minutes.",          # points back
    "Police reports say the driver was not wearing a seatbelt.",     # a body's papers
    "Syldavian reports said the bridge had been hit twice.",         # a side is named
    "The latest reports by the Harbour Trust say the pier is safe.",  # issuer named
    "Rumours have been swirling that the baker has sold the shop.",  # talk that spreads
    "The photos sparked rumours of a split.",
    "There have been rumours that the duo will marry this month.",
    "The latest reports do not suggest any change to the timetable.",
])
def test_named_reports_and_rumours_that_only_spread_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, span", [
    ("The royal sources further said the prince is furious about the interview.", "The royal sources"),
    ("A source close to the band told the weekly the tour was off. The sources added that the "
     "drummer had quit.", "The sources"),
    ("The blogger says he spoke to the palace insiders for his podcast.", "the palace insiders"),
])
def test_the_same_unnamed_sources_again_and_the_insiders_spoken_to(text, span):
    assert any(s.startswith(span) for s in found(text))


@pytest.mark.parametrize("text", [
    "Two sources, who asked not to be named because the talks are private, said the deal was close. "
    "The sources said it could be signed on Friday.",
    "The insiders were not convinced that the deal would close.",
    "The minister spoke to the sources of the river on a visit to the hills.",
])
def test_explained_sources_and_sources_not_speaking_are_left_alone(text):
    assert not any("sources" in s.lower() or "insiders" in s.lower() for s in found(text))


def unattributed(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.category == "unattributed"]


@pytest.mark.parametrize("text", [
    "The pair are doing well and a wedding is coming, an insider told the weekly. "
    "They are a great match and there is no doubt about it.",
    "Of course, they do not like that we stand for peace and that we built the fences. "
    "But the money remains in place, and when it is used up, more will follow - there is no doubt about it.",
])
def test_a_speakers_certainty_running_on_is_left_alone(text):
    assert unattributed(text) == []


@pytest.mark.parametrize("text", [
    "The levy raised £2bn last year. There is no doubt that the Treasury misjudged it.",
    "The minister said the levy would raise £2bn.\n\nThere is no doubt that the Treasury misjudged it.",
])
def test_certainty_in_the_writers_voice_is_still_flagged(text):
    assert unattributed(text) == ["There is no doubt that"]


def test_fire_officials_are_an_emergency_service_like_the_police():
    assert found("Fire officials said the blaze began in the kitchen.") == []
    assert found("Health bosses said the ward would close in May.") == ["Health bosses said"]


@pytest.mark.parametrize("text, span", [
    ("Yet friends say the prince was calm throughout the service.", "friends say"),
    ("Witnesses tell Glossy Weekly that the pair left together.", "Witnesses tell"),
])
def test_friends_and_witnesses_speaking_in_gossip_copys_present_tense(text, span):
    assert span in found(text)


@pytest.mark.parametrize("text", [
    "Friends said he was a kind man who loved his dogs.",
    "Witnesses said the lorry did not stop.",
    "The witnesses say they saw nothing.",
])
def test_past_tense_friends_and_the_witnesses_again_are_left_alone(text):
    assert found(text) == []
