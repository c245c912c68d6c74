"""Soon after a term ends, a sentence that tells of the end itself keeps the title of the
time ("Trump ousted his national security adviser, Michael Flynn"): not a missing
"former". The same title for something the person does after leaving is still reported.
Invented sentences about real office holders."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in titles.rules()}
D = dt.date(2017, 2, 16)  # three days after Michael Flynn resigned


def rules_of(text: str) -> list[str]:
    return [f.rule for f in lint_text(text, config=Config(date=D), rules=RULES)]


@pytest.mark.parametrize("text", [
    "On Monday, the president ousted his national security adviser, Michael Flynn, over the calls.",
    "The scandal claimed the scalp of national security adviser Michael Flynn on Monday.",
    "National Security Adviser Michael Flynn resigned on Monday after the calls came to light.",
    "The resignation of National Security Adviser Michael Flynn on Monday shook the team.",
])
def test_the_end_of_the_term_keeps_the_title_of_the_time(text):
    assert rules_of(text) == []


@pytest.mark.parametrize("text", [
    "National Security Adviser Michael Flynn said on Monday that the talks would go on.",
    "National Security Adviser Michael Flynn will visit Tokyo on Monday.",
])
def test_acts_after_leaving_still_need_former(text):
    assert rules_of(text) == ["title.missing-former"]
