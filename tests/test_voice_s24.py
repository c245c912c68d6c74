"""Voice rules, session 24 (invented fixtures): contempt adjectives from WordNet's glosses,
political labels pointed at with "this", "down our throats", profanity in the writer's
voice, and the customers' complaint and the film villain left alone."""
from __future__ import annotations

import pytest

from attrlint.checks import attribution, loaded_language
from attrlint.data import load_data
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules() + loaded_language.rules()}

EVAL = "loaded_language.evaluative"
MOCK = "loaded_language.mockery"
PROFANITY = "loaded_language.profanity"


def rule_found(text: str, rule: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.rule == rule]


def category_found(text: str, category: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.category == category]


def test_the_contempt_list_is_built_from_first_senses():
    words = set(load_data("contempt.toml")["contempt"]["words"])
    assert {"pusillanimous", "obsequious", "sycophantic", "venal", "asinine", "depraved"} <= words
    # how others treat someone, attitudes reported of a person, amounts: left out
    assert not words & {"hated", "despised", "contemptuous", "measly", "abject", "ignominious", "perverse"}


@pytest.mark.parametrize("text, span", [
    ("The council's pusillanimous trade policies left the harbour idle for a decade.",
     "pusillanimous trade policies"),
    ("Mayor Ortlund and his obsequious acolytes voted the measure down on Tuesday.", "obsequious acolytes"),
    ("The governor and her sycophantic aides declined to comment.", "sycophantic aides"),
    ("Few observers expect this fascist theocracy to loosen its grip.", "fascist theocracy"),
    ("Readers have heard enough of the senator's asinine budget tirades.", "asinine budget tirades"),
])
def test_contempt_in_the_writers_voice(text, span):
    assert span in rule_found(text, EVAL)


@pytest.mark.parametrize("text", [
    '"These are pusillanimous cowards," the opposition leader said.',
    "Critics called the governor's aides obsequious acolytes.",
    "Fascist Italy invaded Ethiopia in 1935.",
    "The fascist regime of the 1930s jailed its critics.",
])
def test_contempt_quoted_attributed_or_historical_is_left_alone(text):
    assert rule_found(text, EVAL) == []


def test_forced_down_our_throats():
    text = "Officials at the ministry keep cramming lies down our throats about the budget."
    assert rule_found(text, MOCK) == ["cramming lies down our throats"]


@pytest.mark.parametrize("text", [
    "The paramedic pushed a tube down his throat to clear the airway.",
    '"They are ramming this down our throats," said Ana Brandt, a resident.',
])
def test_throats_left_alone(text):
    assert rule_found(text, MOCK) == []


def test_profanity_in_the_writers_voice_once_per_word():
    text = "This bullshit bill will cost every family money. The bullshit keeps coming."
    assert rule_found(text, PROFANITY) == ["bullshit"]


@pytest.mark.parametrize("text", [
    '"This is bullshit," the senator said.',
    "Shiitake mushrooms and shittah wood were on the list.",
    "The chef damned the critics with faint praise.",
    # an embedded tweet that lost its marks, a first-person aside
    "Nothing beats this bullshit forecast pic.twitter.com/abc123 posted on Monday.",
    "Looking back, I was an asshole to my neighbours that year.",
])
def test_profanity_left_alone(text):
    assert rule_found(text, PROFANITY) == []


@pytest.mark.parametrize("text", [
    "Several customers claimed their orders never arrived after the warehouse fire.",
    "In the film, the unhinged villain kidnaps the mayor's daughter.",
    "The company boasts 20 quarters of growth, a record for the sector.",
])
def test_not_loaded(text):
    assert category_found(text, "loaded_language") == []


# --- attribution: a surname speaker never introduced (attribution/introduced.py) ----------------
ANON = "attribution.anonymous-source"


@pytest.mark.parametrize("text, span", [
    ("Harbour Fees To Rise\n\nThe port will raise its fees from April.\n\"We have no choice,\" Mr Bryant said.",
     "Mr Bryant"),
    ("The board will raise its fees from April.\nMs. Okafor said the board had not consulted anyone.", "Ms. Okafor"),
])
def test_surname_speaker_never_introduced(text, span):
    assert any(f.startswith(span) for f in rule_found(text, ANON))


@pytest.mark.parametrize("text", [
    # introduced before, with a first name and a role
    "Tom Bryant, the harbour master, spoke on Monday.\n\"We have no choice,\" Mr Bryant said.",
    # introduced by the headline's surname
    "Bryant Defends Fee Rise\n\nThe port will raise its fees.\n\"We have no choice,\" Mr Bryant said.",
    # named in full later on
    "\"We have no choice,\" Mr Bryant said. Tom Bryant has run the port since 2019.",
    # full name at first mention
    "\"We have no choice,\" said Tom Bryant, the harbour master.",
    # introduced under another spelling: the misspelling is the typo rules' business
    "Rosa Gallagher, the harbour master, spoke first.\n\"We have no choice,\" Ms Gallager said.",
    # a bare name: a first name, a company or a leader known by surname alone
    "The board will raise its fees from April.\nPeters said the board had not consulted anyone.",
])
def test_introduced_speakers_left_alone(text):
    assert not any("never introduced" in f.message for f in lint_text(text, rules=RULES) if f.rule == ANON)
