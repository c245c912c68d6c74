"""Voice and sourcing, session 25 (invented fixtures): mind-reading and predictions in the
writer's voice, unnamed reports that "surfaced", the writer's own source, insults built from
phrases ("so-called experts", "a sad excuse for a man", "the ravings of …"), crimes pinned on
a regime or by "genocidal", and a celebrity weekly whose name the parser splits."""
from __future__ import annotations

import pytest

from attrlint.checks import attribution, loaded_language
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules() + loaded_language.rules()}

ANALYSIS = "attribution.analysis-claim"
VAGUE = "attribution.vague-source"
UNRELIABLE = "attribution.unreliable-source"
INSULT = "loaded_language.insult"
MOCK = "loaded_language.mockery"
CRIME = "loaded_language.crime-label"
LABEL = "loaded_language.label"


def rule_found(text: str, rule: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES, config=Config(select=["ALL", "attribution.analysis-claim", "attribution.unattributed-quote"]))  # opt-in rules too
            if f.rule == rule]


# --- mind-reading and prediction in the writer's voice (unattributed) ---------------------
@pytest.mark.parametrize("text, span", [
    ("The harbour master wants you to believe the levy is about safety.", "wants you to believe"),
    ("Mayor Ortlund would have us believe the port is thriving.", "would have us believe"),
    ("The Halden board will stop at nothing to close the yard.", "will stop at nothing"),
    ("Councillors are hell-bent on forcing the levy through before summer.", "are hell-bent on"),
    ("The levy's real agenda is to drive small owners out of the harbour.", "levy's real agenda"),
])
def test_mind_reading_in_the_writers_voice(text, span):
    assert rule_found(text, ANALYSIS) == [span]


@pytest.mark.parametrize("text", [
    "The harbour master said the board wants you to believe the levy is about safety.",
    "Opposition parties claiming the Halden board is hell-bent on selling the yard have called a vote.",
    '"They will stop at nothing," the union leader said.',
    "Fishermen accuse the board of a hidden agenda.",
    "Investors want the bank to think again about the levy.",
])
def test_mind_reading_reported_or_plain_is_left_alone(text):
    assert rule_found(text, ANALYSIS) == []


# --- unnamed reports, rumour and the writer's own source (weak attribution) ---------------
@pytest.mark.parametrize("text, span", [
    ("Reports surfaced in December that the skipper owed millions in unpaid fees.", "Reports surfaced"),
    ("Reports have been swirling that the couple have split.", "Reports have been swirling"),
    ("The deal came a day after reports emerged that the yard would close.", "reports emerged"),
    ("Word is out that the singer's marriage is over.", "Word is out"),
    ("It is all very hush-hush, but my source says a second baby is on the way.", "my source says"),
])
def test_unnamed_reports_and_the_writers_source(text, span):
    assert span in rule_found(text, VAGUE)


@pytest.mark.parametrize("text", [
    "The Ortlund reports were circulated to the families on Tuesday.",
    "New reports from the Halden Institute surfaced on its website.",
    '"My source says the deal is done," the agent told the court.',
    "Word is spreading fast among the fishing crews about the new quay.",
])
def test_named_reports_and_quoted_sources_are_left_alone(text):
    assert rule_found(text, VAGUE) == []


# --- insults built from phrases ------------------------------------------------------------
@pytest.mark.parametrize("text, rule, span", [
    ("The so-called experts who backed the plan have never run a fishing boat.", INSULT, "so-called experts"),
    ("The so-called fact-checkers missed it again.", INSULT, "so-called fact-checkers"),
    ("He is such a sad excuse for a man.", MOCK, "sad excuse for a man"),
    ("Nobody listens to the ravings of this lunatic any more.", INSULT, "the ravings of this lunatic"),
    ("The talking heads on cable news were wrong again.", INSULT, "The talking heads"),
    ("The mayor is a grifter who should resign.", INSULT, "grifter"),
])
def test_insult_phrases_in_the_writers_voice(text, rule, span):
    assert rule_found(text, rule) == [span]


@pytest.mark.parametrize("text", [
    "The scheme relies on so-called starter homes for first-time buyers.",
    'The senator called the judge a "so-called judge" in a post on Sunday.',
    "Critics called the mayor a grifter.",
    "Varga: madman or mastermind?",
    "Far from the lunatic fringe, the party now leads the polls.",
    "He was not ranting and raving, he told reporters.",
])
def test_insult_phrases_quoted_attributed_or_plain_are_left_alone(text):
    assert rule_found(text, INSULT) == [] and rule_found(text, MOCK) == []


# --- crimes pinned on a regime or a war ------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("The Ruritanian regime's genocide continues in the valley.", "Ruritanian regime's genocide"),
    ("Syldavia presses ahead with its genocidal war on the valley.", "genocidal war"),
    ("The strikes follow decades of Ruritanian crimes against the valley's people.", "Ruritanian crimes"),
])
def test_crime_pinned_on_a_party(text, span):
    assert rule_found(text, CRIME) == [span]


def test_a_regime_owning_a_crime_is_reported_once():
    text = "The Ruritanian regime's genocide continues in the valley."
    assert rule_found(text, LABEL) == []


@pytest.mark.parametrize("text", [
    "Police recorded a spike in anti-Muslim hate crimes last year.",
    "The court heard how the genocidal destruction of the tribes began in 1904.",
    "Ruritania accused Syldavia of waging a genocidal war.",
])
def test_crimes_of_a_kind_history_or_accusations_are_left_alone(text):
    assert rule_found(text, CRIME) == []


# --- a celebrity weekly whose first word the parser reads as a preposition --------------------
def test_an_insider_telling_in_touch_rests_on_the_weekly():
    text = ("Tension has been building for months. “Now it is all coming out,” an insider close to the "
            "pair tells In Touch.")
    assert rule_found(text, UNRELIABLE) == ["In Touch"]


def test_in_touch_as_words_is_left_alone():
    text = "The couple said they keep in touch with the neighbours."
    assert rule_found(text, UNRELIABLE) == []


# --- partisan headline sneers, a community's joke, certainty, a mind coming apart --------------
@pytest.mark.parametrize("text, rule, span", [
    ("Prosecute the Levy-Embracing, Harbour-Destroying Ruritanian Mayors\n\nThe hearing opened on Tuesday.",
     "loaded_language.sneer", "Harbour-Destroying Ruritanian Mayors"),
    ("The hearing heard from three criminal-coddling prosecutors.", "loaded_language.sneer",
     "criminal-coddling prosecutors"),
    ("Harbour levies are the joke of the nation.", MOCK, "joke of the nation"),
    ("Halden Democrats are coming unglued over the levy.", "loaded_language.state-of-mind", "unglued"),
    ("The truth is undeniable: the levy has failed.", ANALYSIS, "The truth is undeniable"),
])
def test_partisan_sneers_in_the_writers_voice(text, rule, span):
    assert span in rule_found(text, rule)


@pytest.mark.parametrize("text, rule", [
    ("The failure of the bank shook the town.", MOCK),
    ("The joke of the evening came from the mayor's aide.", MOCK),
    ("A rock-destroying drill was brought to the quay.", "loaded_language.sneer"),
    ("The truth is that nobody knows yet, the harbour master said.", ANALYSIS),
])
def test_partisan_sneer_shapes_used_plainly_are_left_alone(text, rule):
    assert rule_found(text, rule) == []


def test_a_speakers_own_wish_is_not_mind_reading():
    assert rule_found("But I don't want people to think it is more than it is.", ANALYSIS) == []
    assert rule_found("We want everyone to think hard about the levy.", ANALYSIS) == []


# --- the writer's verdict as a predicate on a named party ----------------------------------------
@pytest.mark.parametrize("text, span", [
    ("The board met on Monday, and the minister was incompetent.", "the minister was incompetent"),
    ("Halden voters rejected the levy. Ruritanians are selfish.", "Ruritanians are selfish"),
])
def test_evaluative_predicate_on_a_named_party(text, span):
    assert span in rule_found(text, "loaded_language.evaluative")


@pytest.mark.parametrize("text", [
    "Critics say the minister is incompetent.",
    "The minister is not incompetent.",
    "The plan could be disastrous for the fishermen.",
    "Is the minister incompetent?",
    "The storm was violent and the sea was rough.",
])
def test_evaluative_predicate_attributed_negated_or_forecast_is_left_alone(text):
    assert rule_found(text, "loaded_language.evaluative") == []


@pytest.mark.parametrize("text, span", [
    ("The pro-Syldavia mob blocked the quay for a second night.", "pro-Syldavia mob"),
    ("Anti-levy agitators were back at the town hall on Monday.", "Anti-levy agitators"),
])
def test_a_sides_crowd_named_by_a_sneer(text, span):
    assert rule_found(text, "loaded_language.judgement") == [span]


def test_a_sides_crowd_described_is_left_alone():
    text = "Pro-Syldavia separatists and anti-levy protesters marched on Monday."
    assert rule_found(text, "loaded_language.judgement") == []


# --- fresh holdout mechanisms, invented fixtures ----------------------------------------------
@pytest.mark.parametrize("text, rule, span", [
    ("On March 3, Syldavia launched a special military operation in the valley.", "loaded_language.judgement",
     "special military operation"),
    ("So the anti-Christian party picked a candidate from the old guard.", "loaded_language.judgement",
     "anti-Christian party"),
    ("The board was divided. According to those close to the matter, the chief had lost the dressing room.",
     VAGUE, "According to those close to"),
    ("The Harbour Board Acted Without Warning\nReports suggest the chief was summoned to a short meeting.",
     VAGUE, "Reports suggest"),
    ("The pair deny it. InTouch, however, reports that the marriage is over.", UNRELIABLE, "InTouch"),
])
def test_fresh_holdout_mechanisms(text, rule, span):
    assert span in rule_found(text, rule)


@pytest.mark.parametrize("text, rule", [
    ("Syldavia calls it a special military operation; Ruritania calls it an invasion.", "loaded_language.judgement"),
    ("The anti-immigration party won six seats.", "loaded_language.judgement"),
    ("It was a heavy defeat that angered supporters.", "loaded_language.evaluative"),
])
def test_fresh_holdout_lookalikes_are_left_alone(text, rule):
    assert rule_found(text, rule) == []


def test_a_telegram_channel_relayed_with_the_wire_caveat_is_left_alone():
    text = ("A Syldavian Telegram channel, which is close to the security services, reported a fire at the "
            "refinery.\n\nThe Harbour Wire could not independently verify the reports.")
    assert rule_found(text, UNRELIABLE) == []
    assert rule_found(text.split("\n\n")[0], UNRELIABLE) != []
