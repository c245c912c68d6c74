"""A story that types ” for every double quotation mark (”gradually, from May”) gets one
finding for the story from quotes.mismatched, not one per mark from quotes.unbalanced; a
story that slips once keeps its own findings. Invented fixtures."""
from __future__ import annotations

from attrlint.checks import quotes
from attrlint.linter import lint_text

RULES = {r.id: r for r in quotes.rules()}

NEUTRAL = ("The fare rise will come ”gradually, from May” on the island ferries. The mayor asked whether "
           "”anyone has been heard? Plainly not”. She called for ”a new harbour deal” and said that ”the door "
           "is open to the crews”.\n\nThe board meets on Friday.\n")


def found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.location.text) for f in lint_text(text, rules=RULES)]


def test_a_story_typing_one_double_mark_gets_one_finding():
    got = found(NEUTRAL)
    assert got == [("quotes.mismatched", "”gradually,")]
    message = [f.message for f in lint_text(NEUTRAL, rules=RULES)][0]
    assert "and 3 more in the story" in message


def test_a_neutral_story_with_an_unclosed_quotation_still_gets_that_finding():
    text = NEUTRAL.replace("”the door is open to the crews”.", "”the door is open to the crews.")
    rules = [rule for rule, _ in found(text)]
    assert rules.count("quotes.mismatched") == 1 and "quotes.unbalanced" in rules


def test_a_single_slip_in_a_story_with_proper_marks_is_its_own_finding():
    text = ("The mayor said “the fares will rise” and that ”nobody is happy” about it. She called it “fair”.\n\n"
            "The board meets on Friday.\n")
    got = found(text)
    assert got and all("more in the story" not in f.message for f in lint_text(text, rules=RULES))
