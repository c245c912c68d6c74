"""Voice precision, session 22: concessions the copy shows, people who 'claim', background
history, hedged labels and a dated report after its inquiry. Invented fixtures."""
from __future__ import annotations

import pytest

from attrlint.config import Config
from attrlint.linter import lint_text

BOOK = "loaded_language.said-bookism"
VAGUE = "attribution.vague-source"


def _rule(text, rule):
    return [f.location.text for f in lint_text(text, config=Config(select=["ALL", "attribution.unattributed-quote"]))  # opt-in rule too
            if f.rule == rule]


# --- said-bookism: "claims" by a person described by what they do --------------------------
@pytest.mark.parametrize("text", [
    "One geologist claims that the valley could flood within a decade.",
    "Varga, Lind and other coaches claim they only want to protect the players.",
])
def test_a_described_person_who_claims_is_not_a_bookism(text):
    assert _rule(text, BOOK) == []


def test_a_body_that_claimed_is_still_a_bookism():
    assert _rule("The Harbour Authority claimed that the pier was safe.", BOOK) == ["claimed"]


# --- said-bookism: a concession the sentence itself shows ------------------------------------
@pytest.mark.parametrize("text", [
    "Though the mayor concedes that the plan is late, he blames the weather.",
    "The ministry, however, conceded that rebels had entered the town.",
    "The director admits the budget is tight but insists the festival will go ahead.",
    "The company admitted it had given false figures to investors.",
    "The council acknowledged that its inspectors had made mistakes.",
])
def test_a_shown_concession_is_not_a_bookism(text):
    assert _rule(text, BOOK) == []


@pytest.mark.parametrize("text, span", [
    ("The mayor admitted the budget had run out in March.", "admitted"),
    ("The ministry conceded that the bridge would reopen in May.", "conceded"),
    # the adverb is the judgement, whatever the sentence shows
    ("Rebels entered the town, the ministry begrudgingly conceded, but the army held the bridge.",
     "begrudgingly conceded"),
])
def test_a_plain_statement_called_a_concession_is_still_flagged(text, span):
    assert _rule(text, BOOK) == [span]


# --- vague-source: background history, a dated report after its inquiry, hedged labels -------
@pytest.mark.parametrize("text", [
    "The last wild wolf of the valley is thought to have died in a trap in 1921.",
    "In what was believed to be the last sighting, a trapper saw one in the late 1930s.",
    "The chapel is believed to have been built in the 12th century.",
    "On Saturday it was thought much of in the town.",
    "Police found the allegedly stolen car near the harbour.",
    "An inquiry into the harbour deal has found new facts. According to a report released on Friday, "
    "the mayor knew of the sale.",
])
def test_background_and_identified_reports_are_left_alone(text):
    assert _rule(text, VAGUE) == []


@pytest.mark.parametrize("text, span", [
    ("The suspect is thought to have fled the country in 2024.", "is thought to have"),
    ("The bird is thought to be extinct.", "is thought to be"),
    ("The casing is supposedly ceramic.", "supposedly"),
    ("The singer reportedly turned down the role.", "reportedly"),
    ("The harbour deal has revealed new facts. According to a report released on Friday, the mayor knew.",
     "a report"),
    ("An inquiry is under way. According to a report, the mayor knew.", "a report"),
])
def test_news_hedges_are_still_flagged(text, span):
    assert _rule(text, VAGUE) == [span]


# --- vague-source: common knowledge claimed, and outlets left unnamed -----------------------
@pytest.mark.parametrize("text, span", [
    ("It is well known that the mayor likes the harbour.", "It is well known that"),
    ("Nobody would be surprised to hear it, it's already well known.", "it's already well known"),
    ("It has long been known that the lake floods in spring.", "It has long been known that"),
    ("It's no secret that the coach wants a new striker.", "It's no secret that"),
    ("Speaking to a private media outlet, the minister said the talks had failed.",
     "Speaking to a private media outlet"),
    ("He told a local newspaper that he would run again.", "told a local newspaper"),
    ("Local television reported that five people were hurt.", "Local television reported"),
    ("Syldavian news channels reported that the minister had resigned.", "Syldavian news channels reported"),
])
def test_unsourced_knowledge_and_unnamed_outlets_are_flagged(text, span):
    assert _rule(text, VAGUE) == [span]


@pytest.mark.parametrize("text", [
    "It is known as the Big Pier.",
    "It is not known whether he left.",
    "He told a local newspaper, the Harbour Times, that he would run again.",
    "Local TV showed footage of the blast.",
    "She told a news conference that the plan was dead.",
])
def test_names_and_named_outlets_are_left_alone(text):
    assert _rule(text, VAGUE) == []


# --- said-bookism: state media and unnamed papers "claim"; a passive with its agent ----------
@pytest.mark.parametrize("text", [
    "Syldavian state media claimed that the drone had been shot down.",
    "One newspaper claimed that the deal was off.",
    "The idea was more scoffed at by opponents than it was a source of anger.",
])
def test_neutral_claimed_and_agent_passives_are_not_bookisms(text):
    assert _rule(text, BOOK) == []


# --- judgement: sneering crowds and press sneers; a repeated term is one fix -----------------
JUDGE = "loaded_language.judgement"


@pytest.mark.parametrize("text, span", [
    ("Hordes of Tory-voting pensioners packed the hall.", "Hordes of Tory-voting pensioners"),
    ("He blamed armies of new Labour-voting welfare recipients for the deficit.",
     "armies of new Labour-voting welfare recipients"),
    ("The lamestream media ignored the story.", "lamestream media"),
    ("Leftist thugs attacked the rally.", "Leftist thugs"),
    ("The globalist elites want open borders.", "globalist elites"),
])
def test_sneering_labels_are_flagged(text, span):
    assert _rule(text, JUDGE) == [span]


def test_waves_of_migrants_is_news_not_a_sneer():
    assert _rule("Waves of migrants reached the coast in the spring.", JUDGE) == []


def test_a_repeated_verdict_is_reported_once():
    text = ("Illegal Aliens Freed In Harbour Town\n\n"
            "The mayor released two illegal aliens on Monday. More illegal aliens are held in the port.")
    assert _rule(text, JUDGE) == ["Illegal Aliens"]


def test_editorial_adverbs_on_a_partys_acts():
    assert [f.location.text for f in lint_text("The council shamelessly exploited the flood.")
            if f.rule == "loaded_language.editorial-adverb"] == ["shamelessly"]


# --- quotation spans: a quotation nested with double marks inside a quoted report ----------
def test_a_report_quoting_a_message_in_double_marks_stays_quoted():
    text = ("“In the spring of 2014, the governor sent his wife a text that read, “I love you, Mara” "
            "and the despot was furious,” the report states.")
    assert [f.rule for f in lint_text(text) if f.category == "loaded_language"] == []


def test_a_quotation_left_open_does_not_swallow_the_story():
    # the first quotation lost its closing mark: the second ” closes it, nothing nests
    text = "“We will win. Then “we will fight on,” she said. The furious minister left the room."
    assert [f.location.text for f in lint_text(text) if f.rule == "loaded_language.state-of-mind"] == ["furious"]


# --- wire-style crowds are reported as information, unnamed informants as warnings ----------
@pytest.mark.parametrize("text, severity", [
    ("Experts say the bridge could fail within a decade.", "info"),
    ("The ferry ran aground near the pier, authorities said.", "info"),
    ("Sources said the mayor would resign.", "warning"),
    ("A source told the paper the deal was off.", "warning"),
])
def test_severity_of_unnamed_sources(text, severity):
    hits = [f for f in lint_text(text) if f.rule == "attribution.anonymous-source"]
    assert [str(f.severity) for f in hits] == [severity]


def test_history_dated_by_its_year_is_background():
    assert _rule("It has long been known that the 1952 smog coincided with cold weather.", VAGUE) == []
    assert _rule("It is well known that the 2024 budget was late.", VAGUE) == ["It is well known that"]


def test_an_unnamed_official_likening_is_a_source():
    assert _rule("One official likened the attack to a massacre.", "attribution.anonymous-source") == [
        "One official likened"]
    assert _rule("The minister likened the attack to a massacre.", "attribution.anonymous-source") == []


# --- round 3: the frame after a quotation, the people around someone, embedded tweets -------
def test_a_mocking_verb_after_a_quotation_is_a_bookism():
    assert _rule("“I did win the vote,” the mayor simpered in a morning post.", BOOK) == ["simpered"]
    assert _rule("“We won the vote,” the mayor fumed in a post.", BOOK) == ["fumed"]


def test_a_concession_quoted_word_for_word_is_not_a_bookism():
    assert _rule("“I feel like a fossil,” veteran councillor Ana Ruiz admitted on Friday.", BOOK) == []
    assert _rule("“We lost the vote,” the mayor grudgingly conceded.", BOOK) == ["grudgingly conceded"]


def test_a_quotation_framed_by_an_unusual_verb_has_its_speaker():
    text = "“What do I know about boats, maybe nothing,” Varga simpered in a morning post."
    assert _rule(text, "attribution.unattributed-quote") == []


@pytest.mark.parametrize("text, span", [
    ("Those around the mayor admit he has not read the plan.", "Those around the mayor admit"),
    ("Many inside the party believe the leader will quit.", "Many inside the party believe"),
])
def test_the_people_around_someone_are_unnamed_sources(text, span):
    assert _rule(text, VAGUE) == [span]


def test_people_around_a_table_are_no_source():
    assert _rule("Those around the table laughed.", VAGUE) == []


def test_a_furious_manhunt_is_no_state_of_mind():
    assert _rule("The police set off a furious manhunt.", "loaded_language.state-of-mind") == []


@pytest.mark.parametrize("text", [
    "Fans mocked the mayor online. One wrote: I am but another victim of the lamestream media, truly "
    "pic.twitter.com/abc  Kel (@kelly) November 15, 2017 The mayor did not respond.",
    "I am but another victim of the lamestream media and its lies tonight\n"
    "— Kel Smith (@kelsmith) November 15, 2017",
])
def test_an_embedded_tweet_is_not_the_writers_voice(text):
    assert _rule(text, JUDGE) == []
