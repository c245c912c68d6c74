"""grammar.idiom, possessives for contractions and particles a verb does not take: "its"
("its OK", "its hard to"), "your" and "their" ("their going to") before words the
possessive cannot own are flagged, and "despite of", "cope up with"; the possessive before
a noun or a hyphenated adjective is left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.confusables import Idiom
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules={Idiom.id: Idiom()})
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text", [
    "Neighbours said its OK to leave bins out on a Tuesday.",
    "The coach said its hard to lose a final like that.",
    "The agency said its unlikely that the road will reopen soon.",
    "The ferry firm said its going to cut the winter timetable.",
    "Campaigners said its time to act on the river's pollution.",
    "The manager said its no longer possible to sign new players.",
])
def test_its_for_it_is(text):
    assert [h[0] for h in found(text)] == ["its"]
    assert found(text)[0][1] == ["it’s"]


@pytest.mark.parametrize("text", [
    "The club cut its likely losses by selling the stand.",
    "The firm kept its important customers happy.",
    "The village lost its never-ending feud with the next valley.",
    "The board spent its time on the budget.",
    "It's hard to say, and it’s true that the plan failed.",
])
def test_its_possessive_is_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, fix", [
    ("Fans said their going to boycott the final.", "they’re"),
    ("The coach told the players: your not done yet, he said.", "you’re"),
])
def test_your_and_their_for_a_contraction(text, fix):
    assert [h[1] for h in found(text)] == [[fix]]


@pytest.mark.parametrize("text", [
    "The brothers entered their not guilty pleas.",
    "They raised their notice period and your going-away party was fun.",
    "They are going to boycott the final.",
])
def test_your_and_their_possessives_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, fix", [
    ("Despite of the rain, the fair went ahead.", "Despite"),
    ("Staff coped up with the queues all week.", "coped"),
])
def test_words_that_take_no_particle(text, fix):
    assert [h[1] for h in found(text)] == [[fix]]


def test_in_spite_of_is_left_alone():
    assert found("In spite of the rain, and despite the wind, staff coped with the queues.") == []


@pytest.mark.parametrize("text, span", [
    ('"We will rebuild the pier," Mayor Okoro aid.', "aid"),
    ('"It will take time," she sad.', "sad"),
])
def test_a_speaker_tag_missing_its_s(text, span):
    assert found(text) == [(span, ["said"])]


def test_aid_and_sad_elsewhere_are_left_alone():
    assert found('The charity gave aid. "No," he said. "Food aid," Okoro said, "was late and sad."') == []
