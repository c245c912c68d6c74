"""grammar.lower-case-place: a place's name written in lower case in narration is flagged;
lower-case English words that are also places, quotations, addresses, handles and runs of
transliterated words are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_place_case import LowerCasePlace
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules={LowerCasePlace.id: LowerCasePlace()})
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text,span,fix", [
    ("The drones were launched by kyiv in January, officials said.", "kyiv", "Kyiv"),
    ("Flights to beijing resumed on Monday after a long pause.", "beijing", "Beijing"),
    ("The summit moved from moscow to the coast.", "moscow", "Moscow"),
    ("Aid convoys left kabul before dawn.", "kabul", "Kabul"),
])
def test_lower_case_place_is_flagged(text, span, fix):
    assert found(text) == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "Farmers sold turkey and lamb at the market.",  # an English word
    "The pupils were reading in the hall.",
    "“The kyiv regime is lying,” he said.",  # a speaker's words
    "Read more at example.com/kyiv or follow @kyiv today.",
    "He said tumhara kyiv jaana tha.",  # among transliterated words
    "The drones were launched by Kyiv in January.",
    "Traders used English as a lingua franca across the port.",  # a small place's name, a Latin phrase
    "Write to lena.moscow@example.org for tickets.",  # an address
    "The deal was signed by Chen beijing, the firm's founder.",  # after a name, not a word
])
def test_words_and_furniture_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "The drones were launched by kyiv in January, officials said.",
    "Flights to beijing, then to moscow; and kabul: all cancelled.",
    "word-kyiv said.   x kyiv, y kabul. q.moscow be  lagos",
    "He left kyiv,now and paris-bound riyadh. then",
    "runs of words: alpha beta, gamma delta; epsilon zeta eta theta iota",
])
def test_gate_lists_every_word_the_pattern_can_match(text):
    """The gate's cheap list holds every word the rule's look-behind pattern matches, so a
    story it shuts out has no match to judge."""
    from attrlint.checks.grammar_place_case import _CANDIDATE, _WORD

    listed = _CANDIDATE.findall(text)
    for m in _WORD.finditer(text):
        assert m.group("w") in listed


def test_gate_shut_when_no_place_word():
    from attrlint.checks.grammar_place_case import _may_match

    assert _may_match("Flights to beijing resumed on Monday after a long pause.")
    assert not _may_match("Flights to Beijing resumed on Monday after a long pause.")
    assert not _may_match("Farmers sold turkey and lamb at the market.")
