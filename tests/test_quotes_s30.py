"""quotes.unbalanced, stop 30 (invented fixtures): a closing mark that closes nothing flags
the words it ends, from the start of their sentence, where the opening mark is missing."""
from __future__ import annotations

import pytest

from attrlint.checks import quotes
from attrlint.linter import lint_text

RULES = {r.id: r for r in quotes.rules()}


def spans(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.rule == "quotes.unbalanced"]


@pytest.mark.parametrize("text, span", [
    ("Ferry fares rise in May.\n\nThe harbour master was angry. The ferry left without any of us on board,” he added.\n\n"
     "The board met on Friday.\n",
     "The ferry left without any of us on board,”"),
    ("A new school for Halden.\n\nThe mayor spoke at noon. Halden has waited thirty years for this,” said Ana Ruiz.\n\n"
     "The school opens in May.\n",
     "Halden has waited thirty years for this,”"),
    ("He called it “a mess” and said the plan was dead on arrival” before leaving.\n\n"
     "The vote is on Monday.\n",
     "and said the plan was dead on arrival”"),
])
def test_a_stray_closing_mark_flags_the_words_it_ends(text, span):
    assert spans(text) == [span]


def test_a_closing_mark_that_opens_flags_only_the_mark():
    text = "The coach said the team had ” Nothing left to give.\n\nThe season ended in May.\n"
    assert spans(text) == ["”"]


@pytest.mark.parametrize("text, span", [
    ("Rail fares rise in May.\n\nThe coach said there was no point ” chasing a lost cause” before he left.\n\n"
     "The season ended in May.\n", "” chasing a lost cause”"),
    ("Rail fares rise in May.\n\n” We will not move the depot,” the mayor said.\n\nThe vote is on Monday.\n",
     "” We will not move the depot,”"),
])
def test_a_quotation_opened_with_a_closing_mark_is_one_finding(text, span):
    assert spans(text) == [span]
