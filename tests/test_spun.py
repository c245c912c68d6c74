"""grammar.spun-phrase: common phrases with a word swapped for a wrong-sense synonym by a text
spinner are flagged when a draft shows two different swaps; one swap alone, real names and
ordinary uses of the same words are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.spun import SpunPhrase, spun_table
from attrlint.config import Config
from attrlint.linter import lint_text


def run(text: str):
    return lint_text(text, path="story.txt", config=Config(), rules={SpunPhrase.id: SpunPhrase()})


def found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in run(text)]


SPUN = ("Officials mentioned the regatta was cancelled. The sport's governing physique met on Friday. "
        "A spokesman mentioned the fleet stayed in port.")


def test_two_different_swaps_are_flagged_with_the_original():
    out = run(SPUN)
    assert [SPUN[f.start:f.end] for f in out] == ["Officials mentioned", "governing physique", "spokesman mentioned"]
    assert out[0].suggestions == ["Officials said"]
    assert out[1].suggestions == ["governing body"]
    assert "synonym-spun “governing body”" in out[1].message
    assert all(f.category == "typo" for f in out)


def test_other_swaps_count_too():
    text = ("The county courtroom ruled on Friday, and the choose fined the firm. "
            "Officials mentioned an appeal was likely.")
    assert found(text) == ["county courtroom", "the choose", "Officials mentioned"]  # no article before a bare verb


def test_a_word_may_have_several_spun_forms():
    text = "The barn caught hearth and a fireplace engine came; officials mentioned no one was hurt."
    assert found(text) == ["caught hearth", "fireplace engine", "officials mentioned"]
    assert [f.suggestions for f in run(text)][:2] == [["caught fire"], ["fire engine"]]


def test_spun_function_words_before_a_verb_count_as_swaps():
    text = ("The courier locked the gate earlier than driving off, after which hiding the van; "
            "officials mentioned he was caught at dusk.")
    out = run(text)
    assert [text[f.start:f.end] for f in out] == ["earlier than driving", "after which hiding", "officials mentioned"]
    assert out[0].suggestions == ["before driving"] and out[1].suggestions == ["then hiding"]


@pytest.mark.parametrize("text", [
    # "earlier than" before a noun or participle, and one swap alone
    "The vote came earlier than expected, earlier than morning prayers, and officials mentioned a delay.",
    # one swap alone may be a writer's choice
    "Officials mentioned the courier had fled the depot before dawn.",
    "The sport's governing physique, the brochure claimed, met twice.",
    # the same words in their ordinary sense
    "The report mentioned the risk twice. He kept his physique in shape. The governing body met.",
    "Officials said the courier had fled. The governing body met. A spokesman said the depot was shut.",
    # a capital starts a name, not a spun word
    "Officials Mentioned Awards went to Governing Physique Ltd, the Pinnacle group said.",
])
def test_single_swaps_and_plain_copy_are_left_alone(text):
    assert found(text) == []


def test_a_spun_word_inside_a_name_counts_when_the_text_shows_a_lower_case_swap():
    text = ("The Lakemoor District Courtroom fined the ferry firm; officials mentioned an appeal. "
            "The Supreme Courtroom of Norlandia will hear it.")
    out = run(text)
    assert [text[f.start:f.end] for f in out] == ["District Courtroom", "officials mentioned", "Supreme Courtroom"]
    assert out[0].suggestions == ["District Court"] and out[2].suggestions == ["Supreme Court"]


@pytest.mark.parametrize("text", [
    # no lower-case swap: a capitalised pair alone is a name ("Courtroom" may be a firm's)
    "The Lakemoor District Courtroom fined the ferry firm. The Supreme Courtroom of Norlandia will hear it.",
    # a lower-case swap, but the capitalised words are not a spun pair
    "Officials mentioned the Lakemoor District Court fined the firm; the governing physique agreed.",
])
def test_a_name_with_a_spinner_word_alone_is_left_alone(text):
    assert [f for f in found(text) if f[:1].isupper() and f.split()[-1][:1].isupper()] == []


def test_table_maps_rare_variants_to_common_originals():
    table = spun_table()
    assert 500 < len(table) < 20_000
    assert table["officials mentioned"] == "officials said"
    assert "officials said" not in table


@pytest.mark.parametrize("text, span, fix", [
    ("The couple have split after two years, a supply advised the magazine.", "a supply advised", "a source advised"),
    ("“They are living apart,” one origin stated on Friday.", "one origin stated", "one source stated"),
    ("A supply near to the couple added that the pair remained friends.", "A supply near to", "A source near to"),
    ("The striker wants to leave, another useful resource revealed on Friday.",
     "another useful resource revealed", "another source revealed"),
])
def test_a_spun_source_before_a_verb_of_saying_is_flagged_alone(text, span, fix):
    out = run(text)
    assert [text[f.start:f.end] for f in out] == [span]
    assert out[0].suggestions == [fix]


@pytest.mark.parametrize("text", [
    "A supplier said prices would rise, and a provider said the network was down.",
    "The water supply stated in the report was adequate.",
    "A supply added to the stockpile last year ran out. Another origin stated in the filing was Ohio.",
    "The origin of the fire was unclear, officials said. A supply shortage hit output.",
])
def test_supply_and_origin_in_their_own_sense_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, span, fix", [
    ("The Lagoon index closed 0.three per cent higher on Tuesday.", "0.three", "0.3"),
    ("Bank shares led the rise with a 2.six per cent gain.", "2.six", "2.6"),
    ("Output grew 12.zero per cent in the quarter.", "12.zero", "12.0"),
])
def test_a_decimal_with_a_digit_spelt_out_is_flagged_alone(text, span, fix):
    hits = run(text)
    assert [text[f.start:f.end] for f in hits] == [span]
    assert hits[0].suggestions == [fix]
    assert "spelt out" in hits[0].message


@pytest.mark.parametrize("text", [
    "The Lagoon index closed 0.4 per cent higher on Tuesday.",
    "The campaign group 350.org said it would sue.",
    "Exports rose in 2019.Nine ports reopened in March.",
    "The score was 2.5 out of four, or one in two.",
    "Version 3.one-a of the app ships today.",
])
def test_figures_and_other_dots_are_left_alone(text):
    assert run(text) == []


def test_swaps_of_one_word_for_several_are_counted_and_named():
    text = ("The ruling get together won the vote, and the elections fee said the count was fair. "
            "The opposition, in power for greater than 4 a long time before, said in a submit on X that "
            "it would go to the constitutional courtroom.")
    assert found(text) == ["ruling get together", "elections fee", "4 a long time", "in a submit on",
                           "constitutional courtroom"]


def test_one_such_phrase_alone_or_the_verb_get_together_is_left_alone():
    assert found("May announced new legal guidelines on data, her office said.") == []
    assert found("Leaders will get together with donors, and the ruling party met, officials said.") == []
