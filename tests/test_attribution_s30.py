"""Weak attribution, stop 30 (invented fixtures): unowned talk made the source of a claim
("Rumours claim", "The newest reports indicate", "the local rumour mill says"), the definite
plural of sources and insiders, the insiders an outlet spoke to, and unnamed friends or
witnesses in gossip copy's present tense; rumours that only exist or spread are left alone,
and so is a speaker's certainty running on from their words."""
from __future__ import annotations

import pytest

from attrlint.checks import attribution
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules()}


def found(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.category == "weak_attribution"]


def unattributed(text: str) -> list[str]:
    # attribution.analysis-claim and attribution.unattributed-quote are opt-in
    chosen = Config(select=["ALL", "attribution.analysis-claim", "attribution.unattributed-quote"])
    return [f.location.text for f in lint_text(text, rules=RULES, config=chosen) if f.category == "unattributed"]


@pytest.mark.parametrize("text, span", [
    ("The newest reports indicate the harbour board will not meet again before June.",
     "The newest reports indicate"),
    ("Unverified reports claimed that the florist had sold the shop to a rival.", "Unverified reports claimed"),
    ("The ferry strike ended a week after comparable reports alleged the union had been paid off.",
     "comparable reports alleged"),
    ("Rumours claim the ferry company is up for sale.", "Rumours claim"),
    ("The local rumour mill says the florist is moving to Lisbon.", "The local rumour mill says"),
])
def test_unowned_talk_made_the_source_of_a_claim(text, span):
    assert span in found(text)


@pytest.mark.parametrize("text", [
    "The reports said the ferry had sunk within minutes.",            # points back
    "Police reports say the driver was not wearing a seatbelt.",       # a body's papers
    "Syldavian reports said the bridge had been hit twice.",           # a side is named
    "The newest reports by the Harbour Trust say the pier is safe.",   # issuer named
    "Rumours of a sale have been circulating that the baker has sold the shop.",  # talk that spreads
    "The photos sparked rumours of a split.",
    "There were rumours of a sale at the ferry company all winter.",
    "The newest reports do not indicate any change to the timetable.",
])
def test_named_reports_and_rumours_that_only_spread_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, span", [
    ("The harbour sources later added that the pier would close for a month.", "The harbour sources"),
    ("A source close to the band told the weekly the tour was off. The sources added that the "
     "drummer had quit.", "The sources"),
    ("The columnist talked to the studio insiders before the premiere.", "the studio insiders"),
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


@pytest.mark.parametrize("text, span", [
    ("But pals insist the drummer is happy with the new line-up.", "pals insist"),
    ("Onlookers tell Glossy Weekly that the chef and the florist left together.", "Onlookers tell"),
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


@pytest.mark.parametrize("text", [
    "The transfer is nearly done, a source close to the club told the paper. "
    "The striker wants out and there is no question about it.",
    "We have built three new schools this year and we will build more. "
    "When the grant runs out, the council will find the money - make no mistake.",
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
