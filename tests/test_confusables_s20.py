"""Session 20's one-letter slips of the commonest words (form/from, on/one, it/if,
though/through, thought/though, by/buy), the verbs whose object gives a sound-alike away
("cease control", "crashed in to the"), in running text, flagged and left alone.

Invented sentences only; the set decisions come from the shipped bigram counts.
"""
from __future__ import annotations

import pytest

from attrlint.checks import confusables
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in confusables.rules() if r.id in ("grammar.confusable", "grammar.idiom")}


def flagged(text: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules=RULES)
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text,word,want", [
    ("The convoy came form the south before dawn.", "form", "from"),
    ("It is on of the oldest bridges in the county.", "on", "one"),
    ("Reporters asked it they could film the hearing.", "it", "if"),
    ("The storm went though the harbour at night.", "though", "through"),
    ("The ferry sailed, even thought the sea was rough.", "thought", "though"),
    ("Fans queued to by tickets for the final.", "by", "buy"),
    ("Rebels tried to cease control of the airport.", "cease", "seize"),
    ("Customs officers ceased the drugs at the port.", "ceased", "seized"),
    ("The van crashed in to a shop window.", "in to", "into"),
    ("A cyclist swerved in to oncoming traffic.", "in to", "into"),
])
def test_slip_is_flagged_with_the_fitting_word(text, word, want):
    assert flagged(text) == [(word, [want])]


@pytest.mark.parametrize("text", [
    "The parties agreed to form a coalition on Monday.",
    "The striker has struggled for home form.",  # nothing after "form": no evidence there
    "The river floods from time to time.",
    "The minister said on Tuesday that one of the ferries would stop.",
    "If they come, it will be a long night.",
    "The storm went through the harbour, though nobody was hurt.",
    "She thought the sea was too rough.",
    "The report was written by the council.",
    "The factory will cease production in May.",
    "Fighting must cease at once, the envoy said.",
    "She handed the bag in to the police.",
    "The union gave in to the demands.",
    "He ran in to see his mother.",
])
def test_right_words_are_left_alone(text):
    assert flagged(text) == []
