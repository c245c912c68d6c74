"""Quotation balance, session 21 (invented fixtures): a curly quotation nested in another,
and a quotation set one sentence to a line."""
from __future__ import annotations

from attrlint.checks.quotes import UnbalancedQuotesRule
from attrlint.linter import lint_text
from attrlint.quotation import scan_double

RULES = {"quotes.unbalanced": UnbalancedQuotesRule()}


def unbalanced(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES)]


def test_a_nested_curly_quotation_closes_the_inner_one_first():
    text = "“I was thinking, the “dreamers,” children of migrants, are sent home,” she said."
    assert scan_double(text, 0, len(text)) == (None, [])
    assert unbalanced(text) == []


def test_an_open_quotation_followed_by_a_new_one_is_still_caught():
    text = "“We will win. “Nobody can stop us,” he said. “And the town agrees."
    assert unbalanced(text) != []


def test_a_quotation_set_one_sentence_to_a_line_runs_over_its_lines():
    lines = ["The mayor spoke on Monday.", "She said: \"The bridge is the heart of this town."]
    lines += [f"Line {n} of what she said goes on here." for n in range(2, 10)]
    lines += ["And we will rebuild it.\"", "The council meets on Friday."]
    assert unbalanced("\n".join(lines)) == []


def test_an_unclosed_quotation_in_paragraphs_is_still_caught():
    paras = ["The mayor spoke on Monday.", "She said: \"The bridge is the heart of this town."]
    paras += [f"Paragraph {n} of the story goes on here." for n in range(2, 10)]
    paras += ["And we will rebuild it.\"", "The council meets on Friday."]
    assert unbalanced("\n\n".join(paras)) != []
