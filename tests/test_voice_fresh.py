"""Voice rules on gossip, tabloid and war copy of kinds the dev set lacks (invented fixtures):
gossip verbs with unnamed informants, infinitive cues, celebrity weeklies, titles as labels."""
from __future__ import annotations

import pytest

from attrlint.checks import attribution, loaded_language
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules() + loaded_language.rules()}


def found(text: str, category: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.category == category]


# --- weak_attribution: gossip verbs and infinitive cues -----------------------------------
@pytest.mark.parametrize("text, span", [
    ("A person close to the baker dished to Glossy Weekly that the engagement was off.",
     "A person close to the baker"),
    ("A pal of the drummer spilled to Glossy Weekly that the band had split.", "A pal of the drummer"),
    ("Insiders are now opening up to confirm that the talk show will not return.", "Insiders"),
    ("An insider leaked that the couple had been living apart since spring.", "An insider"),
])
def test_unnamed_informants_with_gossip_and_infinitive_cues(text, span):
    assert any(s.startswith(span) for s in found(text, "weak_attribution"))


@pytest.mark.parametrize("text", [
    "A lorry spilled its load of gravel across the motorway on Tuesday.",
    "The pipe leaked for three days before the council sent a plumber.",
    "Dr Ines Varga is now opening up to confirm that the trial had failed.",
    "Officials are working to confirm the identity of the driver.",
])
def test_spills_leaks_and_named_speakers_are_left_alone(text):
    assert found(text, "weak_attribution") == []


# --- unreliable_source: celebrity weeklies ------------------------------------------------
@pytest.mark.parametrize("text, outlet", [
    ("The singer has quietly sold her ranch, according to In Touch.", "In Touch"),
    ("The actor and the chef have split after two years, reports Star.", "Star"),
    ("A person close to the businesswoman dished to Life & Style that the wedding was off.", "Life & Style"),
    ("An insider spilled to OK! that the pair had reconciled over the summer.", "OK!"),
    ("Radar Online reported that the host had been dropped by the network.", "Radar Online"),
])
def test_claims_resting_on_celebrity_weeklies(text, outlet):
    spans = found(text, "unreliable_source")
    assert spans and any(outlet in s for s in spans)


@pytest.mark.parametrize("text", [
    "She keeps in touch with her old teammates every week.",
    "The Star reported that the city council had approved the budget.",
    "Read more in our Life & Style section this weekend.",
    "\"OK! Let's go,\" the coach shouted to the players.",
    "The star of the show said the run would end in March.",
])
def test_ordinary_words_and_other_papers_are_not_the_tabloids(text):
    assert found(text, "unreliable_source") == []


# --- loaded_language: a title in the writer's voice inside a reported clause --------------
def test_title_label_inside_reported_clause_is_the_writers():
    text = "The minister believes that Kremlin dictator Oleg Varkov's offer is a trap."
    assert "dictator" in found(text, "loaded_language")


@pytest.mark.parametrize("text", [
    "Protesters branded him dictator Oleg Varkov on their placards.",
    "Critics call him tyrant Oleg Varkov.",
    "“Dictator Oleg Varkov must go,” the protesters chanted.",
])
def test_title_given_by_someone_else_is_left_alone(text):
    assert found(text, "loaded_language") == []


# --- loaded_language: state-media epithets relayed as fact --------------------------------
@pytest.mark.parametrize("text, span", [
    ("The puppet military staged drills off the coast on Tuesday.", "puppet military"),
    ("The warmongers across the border staged another drill on Tuesday.", "warmongers"),
    ("Jets of the occupying entity struck the outskirts of the town overnight.", "occupying entity"),
])
def test_state_media_epithets_in_the_writers_voice(text, span):
    assert span in found(text, "loaded_language")


@pytest.mark.parametrize("text", [
    "Ministers accused the neighbouring government of acting like warmongers.",
    "The envoy described the new cabinet as a puppet government.",
    "Officials said the “warmongers” would pay a price.",
])
def test_epithets_someone_else_uses_are_left_alone(text):
    assert found(text, "loaded_language") == []


# --- "the source" after an unnamed informant; "per"/"based on" a tabloid -----------------
def test_the_source_points_back_to_an_informant_met_before():
    """It is the friend again (still unnamed, so still flagged), not a source never introduced."""
    text = ("The pair have split, a friend of the couple told reporters on Monday.\n\n"
            "The baker moved out last month, the source said.")
    later = [f.message for f in lint_text(text, rules=RULES)
             if f.category == "weak_attribution" and f.location.text.startswith("the source")]
    assert len(later) == 1
    assert "same unnamed source again" in later[0] and "never introduced" not in later[0]


def test_the_source_with_nobody_met_before_is_never_introduced():
    text = "The ferry left port two hours late.\n\nThe baker moved out last month, the source said."
    assert any(s.startswith("the source") for s in found(text, "weak_attribution"))


@pytest.mark.parametrize("text, outlet", [
    ("The couple have split after six years, per Radar Online.", "Radar Online"),
    ("Based on OK! magazine, the pair are expecting their first child.", "OK!"),
])
def test_claims_per_or_based_on_a_tabloid(text, outlet):
    assert any(outlet in s for s in found(text, "unreliable_source"))


def test_claimed_is_neutral_for_unnamed_informants_but_not_for_a_named_body():
    # a common-noun speaker ("the minister", "officials") gives its account (dbe560b); a
    # named body's "claimed" casts doubt in the writer's voice
    assert found("The source claimed that the pair had split in May.", "loaded_language") == []
    assert "claimed" in found("The Finance Ministry claimed that the ferry had sunk in May.", "loaded_language")


def test_rumours_that_only_swirl_are_news_about_talk_not_a_source():
    # the blind labels of fresh25-30 left every "rumours swirl / spark rumours" finding unmarked
    spans = found("Rumours of a rift had been swirling for months before the tour.", "weak_attribution")
    assert not any("swirling" in s for s in spans)


# --- weak_attribution: an indefinite informant whatever the verb ---------------------------
@pytest.mark.parametrize("text, span", [
    ("The weekly spoke to another insider who confirmed the engagement was off.", "another insider"),
    ("Another insider echoes that the two \"are friends\" and nothing more.", "Another insider"),
    ("Now a source for Glossy Weekly has added another piece of the puzzle.", "a source"),
    ("A source told Glossy Weekly Magazine, \"She is leaving him for good.\"", "A source"),
    ("A second insider chimed in that the tour had been cancelled.", "A second insider"),
    ("A close friend confided that the actor was exhausted.", "A close friend"),
    ("An eyewitness told the station that the car had been speeding.", "An eyewitness"),
])
def test_indefinite_informants_whatever_the_verb(text, span):
    assert any(s.startswith(span) for s in found(text, "weak_attribution"))


@pytest.mark.parametrize("text", [
    "Another source of tension is the budget for the new stadium.",
    "A source of income for the village is the summer ferry trade.",
    "An insider trading case against the banker opened in March.",
    "A source, the club's former physio Dana Holt, said the player was fit.",
])
def test_sources_of_things_and_named_sources_are_left_alone(text):
    assert found(text, "weak_attribution") == []


# --- weak_attribution: "Apparently,", weasel crowds, vague national media -----------------
@pytest.mark.parametrize("text, span", [
    ("Apparently, the drummer has been spoiling her since the news broke.", "Apparently"),
    ("The pair split in May. Apparently, the drummer kept the house.", "Apparently"),
    ("Some people think she did it on purpose to send a message.", "Some people think"),
    ("Speculations believe that the pair are on the brink of a split.", "Speculations believe"),
    ("Arab media reported three airstrikes near the border on Sunday.", "Arab media reported"),
    ("Chinese media criticized the patrol as a provocation.", "Chinese media criticized"),
    ("Western media have reported that the talks stalled.", "Western media have reported"),
    ("Many believe that the merger will fail.", "Many believe"),
    ("The vote was close. Some say the count was rushed.", "Some say"),
    ("Word on the street is that the club will be sold.", "Word on the street is"),
])
def test_hedges_standing_in_for_a_source(text, span):
    assert span in found(text, "weak_attribution")


@pytest.mark.parametrize("text", [
    "He was apparently unaware of the rule, the coach said.",
    "\"Apparently, nobody told the drivers,\" said Mayor Ines Lind.",
    "Some people think the design is too plain, said Ravi Anand, who drew the first plans.",
    "The Arab League reported a rise in funding for the refugee agency.",
    "Some of the ferries say little about delays on their websites.",
    "Many of the residents believe the council, and the minister agreed.",
    "An eyewitness, the cafe owner Rosa Lind, told the station the car had been speeding.",
])
def test_attributed_or_quoted_hedges_are_left_alone(text):
    assert found(text, "weak_attribution") == []


# --- weak_attribution: an unnamed representative, stirred-up speculation -------------------
@pytest.mark.parametrize("text, span", [
    ("A rep for Dana Whitfield says the story about the divorce is false.", "A rep for Dana Whitfield"),
    ("A representative for the singer told reporters the tour would go ahead.", "A representative for the singer"),
    ("A publicist for her said the couple were still together.", "A publicist for her"),
])
def test_an_unnamed_representative_of_a_person(text, span):
    assert span in found(text, "weak_attribution")


@pytest.mark.parametrize("text", [
    "A spokesman for the harbour authority said the pier would reopen in May.",
    "A representative of the ferry company told the council that fares would rise.",
    "A rep for Dana Whitfield, Tom Okoro, said the story was false.",
    "She was the party's representative for the north-east region until 2019.",
])
def test_representatives_of_bodies_and_named_ones_are_left_alone(text):
    assert not any(s.lower().startswith(("a rep", "a spokes", "a publicist")) for s in found(text, "weak_attribution"))


@pytest.mark.parametrize("text, span", [
    ("The chef has not worn her ring for weeks, sparking rampant speculation that the pair have split.",
     "sparking rampant speculation"),
    ("Their separate holidays have stoked wild online speculation about the marriage.",
     "stoked wild online speculation"),
])
def test_speculation_that_the_story_stirs_up(text, span):
    assert span in found(text, "weak_attribution")


@pytest.mark.parametrize("text", [
    "The slide in the currency sparked speculation that the central bank would act.",
    "The singer skipped the premiere, fuelling rumours of a rift with the director.",
    "The withdrawal prompted speculation over the golfer's fitness.",
])
def test_plain_market_speculation_is_left_alone(text):
    assert found(text, "weak_attribution") == []
