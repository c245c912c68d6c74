"""grammar.doubled-phrase: an adjective doubled round "and", a phrase doubled across an
opening quotation mark; idioms that double on purpose, comparatives, a noun after the pair
and quoted speech are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_doubles import DoubledPhrase
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[str]:
    out = lint_text(text, path="story.txt", config=Config(), rules={DoubledPhrase.id: DoubledPhrase()})
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text,span", [
    ("Prices in the region stayed stable and stable despite the drought.", "stable and stable"),
    ("The old harbour was calm and calm, and the ferries sailed on time.", "calm and calm"),
    ("The two states enjoy steady and steady bilateral trade.", "steady and steady"),
    ("The nurse treated every patient with patience and patience.", "patience and patience"),
    ("“Ties remain steady and steady, as before,” the envoy wrote.", "steady and steady"),  # a translated statement
    ('Okafor said, "Okafor said. We will rebuild the school by spring."', 'Okafor said, "Okafor said'),
    ("The coach told reporters: “told reporters the team is ready.”", "told reporters: “told reporters"),
])
def test_doubled_phrases_are_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "Queues grew longer and longer, and fares rose more and more.",
    "The two runners were neck and neck over and over again.",
    "She said it again and again, and the list went on and on.",
    "The deal was good and good news for the port.",  # a noun after the pair
    "Funds go to care and care homes, to crimes and crimes against humanity.",  # two phrases
    "The two boys would cry and cry.",  # a verb repeated for emphasis
    "“It went on and on, over and over again,” the keeper said.",  # speech
    "Okafor said, “We will rebuild the school by spring.”",
    "The rebels hold North Korea.” North Korea denies it.",  # a full stop, a new sentence
])
def test_intended_repeats_are_left_alone(text):
    assert found(text) == []


def test_a_participle_written_again_after_its_adverb():
    assert found("The mayor has never spoken publicly spoken about the deal.") == ["spoken publicly spoken"]
    assert found("The mayor has never spoken publicly about the deal.") == []
    assert found("The team played badly, then played well.") == []


# --- a word written again after a comma ------------------------------------------------------
@pytest.mark.parametrize("text,span", [
    ("The mayor spoke later, later in the evening, to the crowd.", "later, later"),
    ("The court, however, however the appeal went, kept the ban.", "however, however"),
    ("Rescuers reached the mine yesterday, yesterday's search having failed.", None),
    ("The envoy had previously, previously unreported, met the rebels.", "previously, previously"),
])
def test_a_word_written_again_after_a_comma_is_flagged(text, span):
    assert found(text) == ([span] if span else [])


@pytest.mark.parametrize("text", [
    "It was a very, very long night for the crew.",
    "The queue moved slowly, slowly towards the gate.",
    "“Faster, faster,” the coach shouted at the riders.",
    "Officials said the talks were over, and then said more.",
    "Votes went to Walker, Walker's rival and two others.",
    "They were in big, big trouble, and the drip, drip of leaks went on.",
    "The plan would create jobs, jobs, jobs, the minister said.",
])
def test_emphatic_and_spoken_doubles_across_a_comma_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "The ties were stable and stable, and calm or calm. Bigger and bigger, x and y and y.",
    "Ruiz told them, “Ruiz told them the plan.” The mayor said: “The mayor said no”, she added, ‘she added’.",
    "Grand, “Grand” hotel; he said, \"he said\" so. One two, “three”. and and or or",
    "",
])
def test_pair_and_quote_starts_find_what_a_whole_search_finds(text):
    """Tried only at the starts whose text the repeat can follow, the patterns find what a
    search of the whole text finds."""
    from attrlint.checks.grammar_doubles import DoubledPhrase, _pair_starts, _quote_starts
    from attrlint.grammar.literals import matches_from

    rule = DoubledPhrase()
    for pattern, starts in ((rule.ADJ_PAIR, _pair_starts(text)), (rule.ACROSS_QUOTE, _quote_starts(text))):
        assert [m.span() for m in matches_from(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text,span", [
    ('"We will build the pier this year," said Ines Okafor said in the assembly.', "said Ines Okafor said"),
    ("“It is late,” added Mayor Ines Okafor said on Friday.", "added Mayor Ines Okafor said"),
])
def test_a_speaker_tag_with_its_verb_twice(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    '"It is late," said Ines Okafor. Police said Okafor said nothing.',  # two sentences
    "Police said Okafor said she had seen nothing.",                    # reported speech, no quotation
    '"It is late," said Ines Okafor, who said the pier was ready.',
])
def test_reported_speech_and_separate_tags_are_left_alone(text):
    assert found(text) == []
