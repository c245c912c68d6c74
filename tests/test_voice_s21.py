"""Voice rules, session 21 (invented fixtures): crowds that hold a view, a sentence opened
by 'Apparently', certainty in the writer's voice, and the related headlines of a scraped
page, whose sourcing is other stories' business."""
from __future__ import annotations

import pytest

from attrlint.attribution.lists import list_item_spans
from attrlint.checks import attribution, loaded_language
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules() + loaded_language.rules()}


def found(text: str, category: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.category == category]


def rule_found(text: str, rule: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES, config=Config(select=["ALL", "attribution.analysis-claim", "attribution.unattributed-quote"]))  # opt-in rules too
            if f.rule == rule]


# --- weak_attribution: unnamed crowds holding a view -----------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Some traders feared the move would sink the currency.", "Some traders feared"),
    ("The harbour froze early. Observers feared a hard winter.", "Observers feared"),
    ("Many other economists believe the slump has ended.", "Many other economists believe"),
    ("Some Ruritanians speculated that the mayor would resign.", "Some Ruritanians speculated"),
    ("Most voters now think the bypass was a mistake.", "Most voters now think"),
])
def test_unnamed_crowds_holding_a_view(text, span):
    assert span in found(text, "weak_attribution")


@pytest.mark.parametrize("text", [
    "Many of the residents believe the council, and the minister agreed.",
    "Some traders feared a slump, said Ines Lind, a broker at Halden Capital.",
    "\"Some voters think the bypass was a mistake,\" the mayor said.",
    "Some traders left the floor early on Friday.",
])
def test_crowds_attributed_quoted_or_not_holding_a_view(text):
    assert found(text, "weak_attribution") == []


def test_a_crowd_that_is_an_anonymous_source_keeps_that_message():
    msgs = [f.message for f in lint_text("Scientists believe the lagoon is recovering.", rules=RULES)
            if f.category == "weak_attribution"]
    assert len(msgs) == 1 and "Name the body" in msgs[0]


# --- weak_attribution: 'Apparently' opening a sentence without a comma -----------------------
@pytest.mark.parametrize("text", [
    "Apparently the late-night meeting was a secret.",
    "The race is tight. Apparently he leads by a few votes.",
])
def test_apparently_opening_a_claim(text):
    assert found(text, "weak_attribution") == ["Apparently"]


@pytest.mark.parametrize("text", [
    "Apparently unaware of the danger, the hiker walked on.",
    "Apparently he leads by a few votes, the party's agent said.",
])
def test_apparently_describing_or_attributed(text):
    assert found(text, "weak_attribution") == []


# --- unattributed: certainty in the writer's voice --------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("There is no question that the minister misled the house.", "There is no question that"),
    ("There's no denying that the plan has failed the town.", "There's no denying that"),
    ("It goes without saying that the deal hurts the poor.", "It goes without saying that"),
])
def test_certainty_in_the_writers_voice(text, span):
    assert rule_found(text, "attribution.analysis-claim") == [span]


def test_certainty_attributed_is_left_alone():
    text = "There is no question that the minister misled the house, the opposition leader said."
    assert rule_found(text, "attribution.analysis-claim") == []


# --- a list of related headlines on a scraped page ---------------------------------------------
PAGE = (
    "Storm floods the harbour town\n"
    "\n"
    "The storm flooded the harbour on Monday, experts say. It was the worst in years.\n"
    "More Related to this Story\n"
    "Third flood in a year likely a coincidence, experts say\n"
    "Rescue\n"
    "Rescuers say ferry believed to have sunk off the cape\n"
)


def test_related_headlines_are_not_checked_for_sourcing():
    hits = [f for f in lint_text(PAGE, rules=RULES) if f.category == "weak_attribution"]
    assert [f.location.line for f in hits] == [3]


def test_the_storys_own_headline_is_not_a_list_item():
    text = "Ferry sank off the cape, experts say\nRescue teams searched all night\n\nThe ferry sank."
    assert found(text, "weak_attribution") == ["experts say"]


def test_summary_bullets_under_the_headline_are_the_storys_own():
    text = ("Could the lagoon freeze over? Ice came early in the north\n"
            "The ice arrived three weeks before the usual date\n"
            "Some experts say the cold snap is a natural swing\n"
            "One expert claims the lagoon could freeze solid by March\n"
            "\n"
            "The ice arrived early this year.\n")
    assert list_item_spans(text) == []
    assert any(t.startswith("One expert") for t in found(text, "weak_attribution"))


def test_a_most_read_rail_is_not_the_writers_voice():
    text = ("The council met on Monday and approved the budget.\n"
            "MOST READ IN NEWS\n"
            "HARBOUR IN THE CROSSHAIRS\n"
            "Navy to shell the port before despot Varga can flee the country\n")
    assert found(text, "loaded_language") == []


def test_a_caption_closed_by_its_credit_is_not_checked_for_sourcing():
    text = ("The reef is in trouble.\n"
            "Scientists warn that the reef will bleach again within years. (Jane Doe / Flickr)\n"
            "The survey ended on Friday.\n")
    assert found(text, "weak_attribution") == []


def test_prose_wrapped_by_hand_is_not_a_list():
    text = ("Gems were stolen from the hotel\n"
            "Police sources tell the Herald the gems were taken out of the\n"
            "room on Sunday night while the guests were out at dinner\n"
            "with friends and the staff had gone home for the evening.\n")
    assert list_item_spans(text) == []
    assert any(t.startswith("Police sources") for t in found(text, "weak_attribution"))


# --- loaded_language: sneers for people and their acts --------------------------------------
@pytest.mark.parametrize("text, span", [
    ("The clueless teachers met the board on Monday.", "clueless teachers"),
    ("Her childish behaviour drew a rebuke from the club.", "childish behaviour"),
    ("The sordid crime shocked the valley.", "sordid crime"),
])
def test_evaluative_words_on_people_and_acts(text, span):
    assert span in rule_found(text, "loaded_language.evaluative")


@pytest.mark.parametrize("text, span", [
    ("The neocons in the cabinet want a war with Ruritania.", "neocons"),
    ("Hard-left zealots marched through Halden on Sunday.", "Hard-left zealots"),
    ("Proto-fascists gathered in the square.", "Proto-fascists"),
    ("A horde of liberal followers cheered the speech.", "A horde of liberal followers"),
    ("Armies of new welfare recipients will vote for the party.", "Armies of new welfare recipients"),
    ("The mayor is a control freak who reads every memo.", "control freak"),
])
def test_political_sneers_for_people(text, span):
    assert span in rule_found(text, "loaded_language.judgement")


@pytest.mark.parametrize("text", [
    "The teachers met the board on Monday.",
    "“The neocons want a war,” the senator said.",
    "A horde of locusts stripped the fields.",
    "The foolproof plan passed.",
])
def test_plain_people_quoted_sneers_and_other_hordes_left_alone(text):
    assert found(text, "loaded_language") == []


# --- weak_attribution: a report whose issuer the next sentence names --------------------------
def test_a_report_named_in_the_next_sentence_is_not_unnamed():
    text = ("A 90-page report on the harbour states that the mayor knew of the leak. The report, "
            "commissioned by the Halden Port Committee and released on Friday, details the damage.")
    assert found(text, "weak_attribution") == []


def test_a_report_left_unnamed_is_still_flagged():
    text = "A report said the rocket flew far. The report was long and detailed the damage."
    assert found(text, "weak_attribution") == ["A report said"]


def test_share_buttons_name_no_source():
    text = ("The council met on Monday.\n"
            "Share this on Facebook\n"
            "Share via email Share on Twitter Show more Bookmark this article\n"
            "The vote is on Friday.\n")
    assert len(list_item_spans(text)) == 2
    assert found(text, "unreliable_source") == []


def test_a_story_paragraph_ending_in_a_wire_sign_off_is_still_checked():
    text = ("The harbour froze early this year, and the ferry service was cut for a week. "
            "The town was cut off, and the shops ran out of bread. Reportedly the mayor "
            "will seek help, and the minister is expected to visit on Friday. (AP, AFP, Reuters)")
    assert list_item_spans(text) == []


@pytest.mark.parametrize("text", [
    "Jane Doe won the award for playing a ruthless divorce lawyer in the drama.",
    "He was praised for his role as a cruel king in the series.",
])
def test_an_actors_part_is_a_character_not_a_verdict(text):
    assert rule_found(text, "loaded_language.evaluative") == []


def test_a_ruthless_lawyer_in_the_writers_voice_is_still_a_verdict():
    assert rule_found("The ruthless lawyer sued the charity again.", "loaded_language.evaluative") \
        == ["ruthless lawyer"]


def test_a_word_in_single_quotation_marks_is_someones_word():
    text = "'Not a zoo': Halden mayor slams tourists who 'humiliate' sex workers"
    assert rule_found(text, "loaded_language.evaluative") == []
