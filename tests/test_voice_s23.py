"""Voice rules, session 23 (invented fixtures): the narrator's insults in partisan copy, a
crowd of analysts named a sentence before, and 'reportedly' with its outlet named."""
from __future__ import annotations

import pytest

from attrlint.checks import attribution, loaded_language
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules() + loaded_language.rules()}


def rule_found(text: str, rule: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES, config=Config(select=["ALL", "attribution.unattributed-quote"]))  # opt-in rule too
            if f.rule == rule]


def found(text: str, category: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES, config=Config(select=["ALL", "attribution.unattributed-quote"]))
            if f.category == category]


INSULT = "loaded_language.insult"
ACCUSE = "loaded_language.headline-accusation"
MOCK = "loaded_language.mockery"


# --- loaded_language.insult ------------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Governor Ana Brandt spoke for an hour. This buffoon has never balanced a budget.", "This buffoon"),
    ("Tomas Lind wrote to readers again. Only impatient morons would believe him.", "impatient morons"),
    ("The amateur governor spent Tuesday explaining the numbers.", "amateur governor"),
    ("Halden Mayor's Lying Budget Director Quits\n\nThe director left on Friday.", "Lying Budget Director"),
    ("Voters are tired of lying politicians who promise tax cuts.", "lying politicians"),
])
def test_insults_in_the_writers_voice(text, span):
    assert span in rule_found(text, INSULT)


@pytest.mark.parametrize("text", [
    # quoted, attributed, denied, a simile, a name or title
    'Brandt said: "This buffoon has never balanced a budget."',
    "Critics called the governor a buffoon after the speech.",
    "Whatever his faults, the governor is no fool.",
    "She said she felt like an idiot when the lights went out.",
    "Dostoevsky's The Idiot opens on a train.",
    # a pastime, not an office
    "The amateur golfer led after the first round.",
    # the verb of lying down or of lying to someone
    "The late king is lying in state in the cathedral.",
    "Lying on the floor, the dog watched the door.",
    "He was lying about his age, the court heard.",
    # a reflex, not a person
    "Markets had a knee-jerk reaction to the rate rise.",
])
def test_no_insult(text):
    assert rule_found(text, INSULT) == []


# --- loaded_language.headline-accusation -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Halvorsen Lied About Thousands In Campaign Cash\n\nThe treasurer filed his return on Friday.",
    # a tag before the headline is no source
    "NEW: Halvorsen Lied About MILLIONS In Campaign Cash, Over 40 Items Missing\nThe treasurer filed late.",
])
def test_a_headline_that_says_someone_lied(text):
    assert rule_found(text, ACCUSE) == ["Halvorsen Lied About"]


@pytest.mark.parametrize("text", [
    # attributed in the headline, a question, the verb of place, or body copy
    "Halvorsen Lied About Campaign Cash, Auditor Says\n\nThe audit was published on Friday.",
    "Report: Halvorsen Lied About Campaign Cash\n\nThe report was published on Friday.",
    "Did Halvorsen Lie About Campaign Cash?\n\nThe treasurer filed his return on Friday.",
    "The Old Town Lies In Ruins After The Flood\n\nThe river rose overnight.",
    "Harbour vote set for June\n\nThe treasurer said he lied about nothing and would fight on.",
])
def test_no_headline_accusation(text):
    assert rule_found(text, ACCUSE) == []


# --- loaded_language.mockery -----------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Former senator Marla Quint crawled out of her crypt on Tuesday to defend him.",
     "crawled out of her crypt"),
    ("Then Quint slithered back under his rock.", "slithered back under his rock"),
    ("Her ridiculous failure of a career has been a gift to the other side.", "ridiculous failure of a career"),
    ("Voters were stuck with this joke of a president for four years.", "joke of a president"),
])
def test_mockery(text, span):
    assert span in rule_found(text, MOCK)


@pytest.mark.parametrize("text", [
    "The driver crawled out of the wreckage and called for help.",
    "A survivor crawled out of the rubble after two days.",
    "The failure of a bank in 2008 set off the crisis.",
    'Brandt said Quint had "crawled out of her crypt" to attack him.',
])
def test_no_mockery(text):
    assert rule_found(text, MOCK) == []


# --- weak_attribution: the crowd named before, the outlet named ------------------------------
def test_analysts_named_a_sentence_before():
    text = ("The Halden Institute for Strategic Research said on Sunday that the offensive had stalled. "
            "Its report cited satellite images. Analysts said the army had run short of shells. "
            "Analysts predict a long winter of positional fighting.")
    assert found(text, "weak_attribution") == []


def test_analysts_after_a_body_named_by_its_acronym_and_quoted():
    text = ("Troops have launched an offensive near Halden, according to the Centre for Eastern Security "
            "Research (CESR).\n\nThe CESR says the offensive has not yet gained momentum.\n\n"
            '"The attackers hold the initiative. They lack reserves," the centre wrote.\n\n'
            "Analysts predict a pause in the fighting before spring.")
    assert found(text, "weak_attribution") == []


def test_analysts_on_their_own_are_still_reported():
    text = "The central bank left rates on hold. Analysts said prices would rise."
    assert found(text, "weak_attribution") == ["Analysts said"]


def test_reportedly_with_its_outlet_named():
    text = "The mayor reportedly plans to resign, according to the Harbour Ledger."
    assert found(text, "weak_attribution") == []
    assert found("The mayor reportedly plans to resign.", "weak_attribution") == ["reportedly"]


def test_believing_in_someone_is_no_view():
    text = "My wife believed in me from the day I met her and people around me believed in me."
    assert found(text, "weak_attribution") == []


# --- quotations: a straight opening mark closed by a curly one -------------------------------
def test_a_straight_mark_closed_by_a_curly_one():
    from attrlint.document import Document

    text = ('The mayor named Ana Brandt to the post on Friday.\n'
            '"She is a tireless advocate of my agenda and has great insight,” the mayor said in a statement. '
            '“I am pleased that she will join my team."\n')
    doc = Document.from_text(text)
    first = doc.quote_spans[0]
    assert text[first[0]:first[1]].endswith("insight,”")
    assert found(text, "unattributed") == []


# --- an unlabelled rail of other stories: headline / outlet pairs ----------------------------
def test_a_rail_of_headlines_each_under_its_outlet():
    from attrlint.attribution.lists import list_item_spans

    rail = ("Harbour towns brace for the biggest tide in a decade\nHalden Post\n"
            "A baker posed as a waiter for a month and diners are furious\nCoast Business\n"
            "Inside the hotel that has no address\nNorthgate Weekly Videos\n")
    text = "The council met on Monday.\n" + rail + "The vote is due in June."
    spans = list_item_spans(text)
    covered = {text[s:e] for s, e in spans}
    assert "A baker posed as a waiter for a month and diners are furious" in covered
    assert "Coast Business" in covered
    assert "The council met on Monday." not in covered and "The vote is due in June." not in covered


def test_two_headline_pairs_are_no_rail():
    from attrlint.attribution.lists import list_item_spans

    text = ("Harbour towns brace for the biggest tide in a decade\nBy Jane Doe\n"
            "The council met on Monday to plan for the tide.\nHalden Post\n")
    assert list_item_spans(text) == []


# --- "…, apparently." closing a sentence is irony, not a hedge on a source -------------------
def test_apparently_as_an_ironic_tag():
    text = "She attacked the senator for daring to write a memoir, because memoirs are bad, apparently."
    assert found(text, "weak_attribution") == []
    assert found("The senator apparently knows the donor well.", "weak_attribution") == ["apparently"]


def test_insults_beside_a_first_person_narrator():
    assert "this buffoon" in rule_found("We all watched Tomas Lind again. Nobody trusts this buffoon.", INSULT)
    assert rule_found("I felt an idiot when the lights went out.", INSULT) == []
    assert rule_found("We were idiots to trust the forecast.", INSULT) == []


# --- unattributed-quote: a cited piece, a speaker named just before --------------------------
@pytest.mark.parametrize("text", [
    'Fire crews were called to the depot on Friday.\n\n"Depot owner faces questions over safety record,” '
    'by Frank Doe, Harbour Ledger, October 28, 2018:\n\nThe piece listed three fines.\n',
    'Fire crews were called to the depot on Friday.\n\n"Depot fire forces evacuation of three streets", '
    'KGO, March 23, 2018:\n\nThe station said crews stayed all night.\n',
    'Fire crews were called to the depot on Friday.\n\nHer father, Lamar Ortiz, saw it too.\n'
    '“It kept exploding, one tank after another. We ran for the gate and did not look back.”\n',
])
def test_quotations_whose_source_is_given(text):
    assert found(text, "unattributed") == []


def test_a_quotation_after_narrative_is_still_unattributed():
    text = ('Fire crews were called to the depot on Friday.\n\nThe depot has been shut since.\n'
            '“It kept exploding, one tank after another. We ran for the gate and did not look back.”\n')
    assert len(found(text, "unattributed")) == 1


def test_experts_named_in_the_next_sentence():
    text = ("Nutrition experts note that fibre matters more than calories. Jane Doe, a nutrition expert "
            "at Halden University, said most adults eat too little of it.")
    assert found(text, "weak_attribution") == []


@pytest.mark.parametrize("text, span", [
    ("The senator repeated these poisonous lies on Sunday.", "these poisonous lies"),
    ("Voters have heard this latest lie before.", "this latest lie"),
])
def test_a_statement_called_a_lie(text, span):
    assert span in rule_found(text, INSULT)


@pytest.mark.parametrize("text", [
    "Everyone tells a white lie now and then.",
    "The suspect passed a lie detector test.",
    "The fact-checkers listed 40 documented lies in the speech.",
    "The court found that the statement was a lie.",
    'Brandt said: "These are poisonous lies."',
    "Critics called the claims outright lies.",
])
def test_no_statement_called_a_lie(text):
    assert rule_found(text, INSULT) == []
