"""grammar.missing-word: a word dropped before a bare singular noun, judged from web bigram
counts, is flagged with the bridging word as its suggestion; idioms, bare mass and plural
nouns, compounds, quotations, headlines and "that that" are left alone. Invented sentences."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_gaps import MissingWord
from attrlint.config import Config
from attrlint.document import Document
from attrlint.grammar.gaps import gap_index


def found(text: str) -> list[tuple[str, str]]:
    doc = Document.from_text(text, path="story.txt", config=Config())
    return [(text[f.start:f.end], f.suggestions[0]) for f in MissingWord().check(doc)]


@pytest.mark.parametrize("text,span,fix", [
    ("The old king sat behind throne for many years before his son took over.", "behind throne",
     "behind the throne"),
    ("Her deputy is charge of the inquiry and the report was nearly done.", "is charge",
     "is in charge"),
    ("The small firm has been at forefront of the change in the region for a decade.", "at forefront",
     "at the forefront"),
    ("Officials said the talks were on verge of collapse late on Friday night.", "on verge", "on the verge"),
    ("The ministry that was charge of the ports has been split in two.", "was charge", "was in charge"),
])
def test_dropped_word_is_flagged(text, span, fix):
    assert found(text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    "The players trained at home on Sunday and travelled by bus to the match.",  # idioms
    "Water levels rose after heavy rain, and support for the plan fell.",  # bare mass nouns
    "Delegates met at party conferences across the country last week.",  # a compound
    "The old king sat on the throne for many years before his son took over.",  # written whole
    "She said that that was the end of the matter for the committee.",  # "that that"
    "“We sat behind throne for years,” the retired courtier said with a smile.",  # quoted
    "Official now charge of inquiry says report nearly done",  # a headline
    "The official who is in charge of the inquiry said the report was nearly done.",
    "The home side won for the third night in row after a strong second half.",  # "in row": a real pair
    "She served as chair of the board and as friend to many of its members.",  # a role after "as"
    "The vote was put off for lack of quorum in the chamber on Tuesday.",  # a kind, after "of"
    "Payments came to about 900 euros per claimant in the first year of the scheme.",  # a rate
    "The film blurs the line between fact and fiction for most of its running time.",  # coordinated
    "How affordable is rent in the city for families on a low income?",  # a question
    "Everything he wanted to do was work on the family farm near the coast.",  # "to" too generic
    "The old bridge will cost millions to update beginning in the spring.",  # a gerund
    "There has been progress in the talks, the envoy told reporters on Monday.",  # existential
    "The council spent money in taxpayer-funded grants on the new stadium.",  # a compound modifier
    "The veteran coach comes back to helm “Riverside United,” the club said.",  # an infinitive
])
def test_whole_and_elliptical_prose_is_left_alone(text):
    assert found(text) == []


def test_bridges_name_the_word_both_sides_favour():
    best = gap_index().bridges("behind", "throne")[0]
    assert best.word == "the" and best.left > 10 and best.right > 10
    assert gap_index().bridges("behind", "the") == [] or gap_index().bridges("behind", "the")[0].strength < 10


def test_a_possessor_is_left_alone():
    assert found("The bank was saved with billions in taxpayer's cash during the crisis.") == []
