"""Voice rules, session 20 (invented fixtures): what passes nothing on is no source (a
negated verb, a report its issuer is named with); scare quotes; sneers the parser misreads."""
from __future__ import annotations

import pytest

from attrlint.checks import attribution, loaded_language
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules() + loaded_language.rules()}


def found(text: str, category: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.category == category]


def rule_found(text: str, rule: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.rule == rule]


# --- weak_attribution: nothing passed on, or the issuer named ------------------------------
@pytest.mark.parametrize("text", [
    "A representative for Jane Doe did not immediately respond to a request for comment.",
    "A spokesman for the singer did not return calls on Friday.",
    "An official would not say whether the talks had failed.",
    "But a new report released on Monday by Halden University's Center for Rural Policy calls that into question.",
    "A report on the test carried early Monday by the state news agency KNA said the rocket flew far.",
    "A draft report obtained by the Tribune noted the minister's shifting rationale.",
    ("To find the link, a Ruritania expert suggested that they also follow the money. Tom Varga, "
     "a Ruritania expert at the Halden Institute, said the trail was long."),  # named at once
])
def test_no_source_passed_on_or_the_issuer_named(text):
    assert found(text, "weak_attribution") == []


@pytest.mark.parametrize("text, span", [
    ("A report said the rocket flew far.", "A report said"),
    ("A rep for Jane Doe told the magazine the couple had split.", "A rep for Jane Doe"),
    ("An official said the talks had failed.", "An official"),
    ("A security official said the blast was caused by a bomber. Tom Varga, a senator, denied it.",
     "A security official"),
    ("A source did not confirm the figure, but said talks went on.", "A source"),
])
def test_unnamed_sources_that_pass_something_on_are_still_flagged(text, span):
    assert any(s.startswith(span) for s in found(text, "weak_attribution"))


# --- loaded_language.scare-quotes ----------------------------------------------------------
SCARE = "loaded_language.scare-quotes"


@pytest.mark.parametrize("text, span", [
    ("Mr Lind wrote for the partisan “fact-checking” website Verity.net last year.", "“fact-checking”"),
    ("The self-declared “interim” government met on Monday.", "“interim”"),
    ('Critics mocked the bogus "reform" package on Monday.', '"reform"'),
])
def test_scare_quotes_in_the_writers_noun_phrase(text, span):
    assert rule_found(text, SCARE) == [span]


@pytest.mark.parametrize("text", [
    "The “zero tolerance” policy split families at the border.",  # a policy's nickname
    "She called it a “historic” deal on Monday.",  # attributed by a calling verb
    "The “historic” deal was signed after Lind said it was “a historic step”.",  # a speaker's word
    "A process known as “fracking” is used in the valley.",  # a term introduced
    "The “Islamic State” group attacked the town.",  # a capitalised name
    "He said the “experts” were wrong.",  # not a modifier of the writer's noun phrase
    "“We will win,” she said of the vote.",  # a quotation
    "A “provisional” cause of death was given as poisoning.",  # a bare partial quotation
    "The only two “no” votes came from the north.",  # a bare partial quotation
    "The so-called “freedom fighters” were armed.",  # “so-called” already distances
])
def test_names_terms_and_speakers_words_are_left_alone(text):
    assert rule_found(text, SCARE) == []


def test_each_scare_quoted_word_is_reported_once():
    text = "The self-styled “interim” cabinet met. Later the self-styled “interim” cabinet left the city."
    assert rule_found(text, SCARE) == ["“interim”"]


# --- parses that lose the subject or the possessive ----------------------------------------
def test_contemptuous_speech_verb_when_the_parser_hangs_the_speaker_elsewhere():
    text = ("In a recent interview with Pat Holm’s radio network, Donald Trump blathered that "
            "the court would soon change its mind.")
    assert rule_found(text, "loaded_language.said-bookism") == ["blathered"]


def test_sneer_at_associates_when_the_possessive_is_misparsed():
    text = "The state has relied upon arming, training and financing Varga’s terrorist allies for years."
    assert rule_found(text, "loaded_language.cronies") == ["Varga’s terrorist allies"]


# --- weak_attribution: "apparently" before a finite verb; a sector's heads as a crowd -------
@pytest.mark.parametrize("text, span", [
    ("Jane Roe apparently knows about the affair.", "apparently"),
    ("The star is apparently still chafing at the deal.", "apparently"),
    ("Health bosses said the ward would close.", "Health bosses said"),
    ("The ward will close next month, say health officials.", "say health officials"),
])
def test_apparently_and_sector_crowds_flagged(text, span):
    assert span in found(text, "weak_attribution")


@pytest.mark.parametrize("text", [
    "Anna Lind, the mayor, spoke first. She told the council, apparently referring to the missile test.",  # a participle
    "Mr Lind repeated it, apparently unaware of the rule.",  # an adjective
    "Police said the man apparently shot himself by accident.",  # the sentence has a speaker
    "NHS bosses said the ward would close.",  # a named body
    "The health officials said the ward would close.",  # points back to officials met before
    "Council chiefs in Halden said the road would shut.",  # placed
    "Transport bosses did not say when the line would reopen.",  # nothing passed on
    "Police chiefs said the force was stretched.",  # the police: wire copy's standard
    "The target cannot be met, health bosses say. The warning was made by Halden Providers, a trust body.",
    "Officers found a man who had apparently shot himself by accident.",  # an aside on a person
])
def test_seen_apparently_and_named_bodies_left_alone(text):
    assert found(text, "weak_attribution") == []


# --- loaded_language.sneer ----------------------------------------------------------------
SNEER = "loaded_language.sneer"


@pytest.mark.parametrize("text, span", [
    ("It is the dream of every wannabe statist dictator in the region.", "wannabe statist dictator"),
    ("The tax-hating senator spoke for an hour.", "tax-hating senator"),
    ("Mr Lind, a media-bashing entertainer, sang on Friday.", "media-bashing entertainer"),
])
def test_sneering_compounds_on_people(text, span):
    assert rule_found(text, SNEER) == [span]


def test_a_hated_name_is_one_finding_of_the_judgement_rule():
    text = "The Ruritania-hating senator spoke for an hour."
    assert found(text, "loaded_language") == ["Ruritania-hating"]


@pytest.mark.parametrize("text", [
    '"The Ruritania-hating senator must go," Lind said.',  # a quotation
    "Critics called him a Ruritania-hating senator.",  # attributed by a calling verb
    "The book follows a wannabe immigrant through the city.",  # not a person the copy judges
    "A man-hating campaign of posters appeared.",  # on a thing, not a person
])
def test_sneers_quoted_attributed_or_on_things_left_alone(text):
    assert rule_found(text, SNEER) == []


def test_photos_published_by_a_tabloid_are_a_credit_not_a_claim():
    text = "At the time the photos were published by the Daily Mail, police had not mentioned a note."
    assert found(text, "unreliable_source") == []
    assert found("The claims were published by the Daily Mail on Monday.", "unreliable_source") == ["Daily Mail"]


@pytest.mark.parametrize("text, span", [
    ("The couple have split, we're told.", "we're told"),
    ("We’re told the deal is off.", "We’re told"),
    ("Scientists think the whales are moving north.", "Scientists think"),
])
def test_the_outlets_informant_and_thinking_crowds(text, span):
    assert span in found(text, "weak_attribution")


@pytest.mark.parametrize("text", [
    "We do as we're told.",
    "We’re told that we show our true character in a crisis, and it is so.",
    "We were told to leave the hall.",
    "We've been told by the minister that it is over.",
    "Ana Ruiz, a biologist, thinks the pod is lost.",
    "I think the pod is lost.",
])
def test_instructions_named_thinkers_and_the_writer_left_alone(text):
    assert found(text, "weak_attribution") == []


def test_an_imperative_to_the_reader_is_no_said_bookism():
    assert rule_found("All of you purists out there, go ahead and gloat.", "loaded_language.said-bookism") == []
    assert rule_found("State media gloated that the rebels had fled.", "loaded_language.said-bookism") == ["gloated"]


@pytest.mark.parametrize("text", [
    "She began her speech with a scathing attack on the party.",  # a speech's tone
    "The gunman carried out a horrific attack on the crowd.",  # the plain word for a killing
])
def test_plain_words_for_tone_and_violence_are_not_verdicts(text):
    assert rule_found(text, "loaded_language.evaluative") == []


@pytest.mark.parametrize("text", [
    "Ms Park is the daughter of late dictator Park Chung-hee.",
    "Ms Park is the daughter of former military strongman Park Chung-hee.",
    "The country has had no government since the fall of dictator Siad Barre in 1991.",
    "Conflict has persisted since the 2011 ouster of dictator Moamer Kadhafi.",
])
def test_dictator_for_a_ruler_of_the_past_is_wire_usage(text):
    assert rule_found(text, "loaded_language.label") == []


def test_dictator_as_a_title_for_a_ruler_in_office_is_still_a_label():
    assert rule_found("The plans of dictator Xi Jinping worry Taipei.", "loaded_language.label") == ["dictator"]


@pytest.mark.parametrize("verb", ["outlined in the notice", "detailed", "recounted"])
def test_a_quotation_with_a_less_usual_speech_verb_has_its_speaker(verb):
    text = f'"The wall shall be tall and very hard to climb for anyone," the border agency {verb}.'
    assert found(text, "unattributed") == []


@pytest.mark.parametrize("text, span", [
    ("This decision has been seen as “seriously weakening” the mayor.", "been seen as"),
    ("The pact is seen as bringing calm back to the market.", "is seen as"),
    ("Rebel leader now believed to be the group's number two, Tom Lind, put up a video.", "now believed to be"),
    ("Tom Lind is allegedly unhappy with his partner, according to a report.", "allegedly"),
    ("The sect is growing; some estimates put it as high as 7,000.", "some estimates put"),
    ("Wire services report that the border has closed.", "Wire services report"),
])
def test_more_agentless_readings_and_an_allegation_resting_on_a_vague_report(text, span):
    assert span in found(text, "weak_attribution")


@pytest.mark.parametrize("text", [
    "The move was seen as going too far by investors.",
    "Tom Lind allegedly took bribes, prosecutors said.",
])
def test_readings_with_an_agent_and_named_allegers_left_alone(text):
    assert found(text, "weak_attribution") == []


def test_allegedly_under_a_vague_collective_speaker_is_not_flagged_twice():
    text = "A suspect allegedly involved in a dispute was held after he fired at an officer, authorities said."
    assert found(text, "weak_attribution") == ["authorities said"]


# --- fresh20 mechanisms (invented fixtures) -----------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Someone close to the couple said the wedding is off.", "Someone close to the couple said"),
    ("According to the media, the fighters were seen in the north.", "According to the media"),
])
def test_someone_close_and_the_media_as_sources(text, span):
    assert span in found(text, "weak_attribution")


@pytest.mark.parametrize("text", [
    "Mr Lind, or someone close to him, may have leaked the papers.",  # a suspect, not a source
    "According to media outlets in Halden, the fighters were seen in the north.",  # placed
])
def test_a_suspect_close_to_someone_and_placed_media_left_alone(text):
    assert found(text, "weak_attribution") == []


@pytest.mark.parametrize("text, span", [
    ("Funds went to the famously corrupt Agency for Rural Development.", "famously corrupt Agency"),
    ("The hopelessly weak leader resigned on Monday.", "hopelessly weak leader"),
    ("The insane logic being employed by the alliance is plain.", "insane logic"),
    ("Dreamer illegals will be deported under the plan.", "illegals"),
    ("Congressional war hawks want more troops sent.", "war hawks"),
    ("The holiday was invented by black radical/FBI stooge, Tom Kane, a writer.", "FBI stooge"),
    ("West Backs Ruritanian Neo-Nazi Regime", "Regime"),
])
def test_verdicts_and_labels_on_parties(text, span):
    assert span in found(text, "loaded_language")


@pytest.mark.parametrize("text", [
    "Her terrifying performance in the film won the award.",  # a review judges a performance
    "Funds went to the corrupt officials, the court found.",  # a finding, attributed
    "The Nazi regime fell in 1945.",  # history
    "He played the comic stooge in a Halden production.",  # a role in a play
])
def test_reviews_findings_history_and_roles_left_alone(text):
    assert found(text, "loaded_language") == []


@pytest.mark.parametrize("text", [
    "Thousands of anti-racism activists rallied in the capital.",  # half of a compound
    "It was a pre-recession plan of the firm.",
    "She tricks the blind woman who cares for her.",  # a plain description
    "Frontline states of the new cold war worry.",
])
def test_compound_halves_and_plain_descriptions_are_no_verdicts(text):
    assert rule_found(text, "loaded_language.evaluative") == []


def test_a_regime_in_the_headline_and_in_the_copy_are_two_pointers():
    text = "Alliance Backs Ruritanian Regime\n\nThe Ruritanian regime met envoys. The Ruritanian regime left."
    assert rule_found(text, "loaded_language.label") == ["Regime", "regime"]
    assert rule_found("The Ruritanian regime met envoys. The Ruritanian regime left.",
                      "loaded_language.label") == ["regime"]
