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


SPUN = ("Police mentioned the courier had fled the depot. He wore physique armor and carried a flare. "
        "A spokesman mentioned the courier surrendered at noon.")


def test_two_different_swaps_are_flagged_with_the_original():
    out = run(SPUN)
    assert [SPUN[f.start:f.end] for f in out] == ["Police mentioned", "physique armor", "spokesman mentioned"]
    assert out[0].suggestions == ["Police said"]
    assert out[1].suggestions == ["body armor"]
    assert "synonym-spun “body armor”" in out[1].message
    assert all(f.category == "typo" for f in out)


def test_other_swaps_count_too():
    text = ("The county courtroom ruled on Friday, and the choose fined the firm. "
            "Officials mentioned an appeal was likely.")
    assert found(text) == ["county courtroom", "the choose", "Officials mentioned"]  # no article before a bare verb


def test_a_word_may_have_several_spun_forms():
    text = "The barn caught hearth and a fireplace engine came; police mentioned no one was hurt."
    assert found(text) == ["caught hearth", "fireplace engine", "police mentioned"]
    assert [f.suggestions for f in run(text)][:2] == [["caught fire"], ["fire engine"]]


def test_spun_function_words_before_a_verb_count_as_swaps():
    text = ("The courier locked the gate earlier than driving off, after which hiding the van; "
            "police mentioned he was caught at dusk.")
    out = run(text)
    assert [text[f.start:f.end] for f in out] == ["earlier than driving", "after which hiding", "police mentioned"]
    assert out[0].suggestions == ["before driving"] and out[1].suggestions == ["then hiding"]


@pytest.mark.parametrize("text", [
    # "earlier than" before a noun or participle, and one swap alone
    "The vote came earlier than expected, earlier than morning prayers, and police mentioned a delay.",
    # one swap alone may be a writer's choice
    "Police mentioned the courier had fled the depot before dawn.",
    "He wore physique armor, the brochure claimed, and a helmet.",
    # the same words in their ordinary sense
    "The report mentioned the risk twice. He kept his physique in shape. The body armor was new.",
    "Police said the courier had fled. He wore body armor. Officials said the depot was shut.",
    # a capital starts a name, not a spun word
    "Police Mentioned Awards went to Physique Armor Ltd, the Pinnacle group said.",
])
def test_single_swaps_and_plain_copy_are_left_alone(text):
    assert found(text) == []


def test_table_maps_rare_variants_to_common_originals():
    table = spun_table()
    assert 500 < len(table) < 20_000
    assert table["police mentioned"] == "police said"
    assert "police said" not in table
