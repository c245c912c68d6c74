"""Transliterated speech (Hindi, Urdu, Swahili in Latin letters) is not misspelt English:
a run of words no English dictionary holds is another language. English typos, which
come one at a time, are still flagged. The phrases are invented or stock phrases."""
from __future__ import annotations

import pytest

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in spelling.rules() if not r.needs}


def typos(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, path="story.txt", config=Config(), rules=RULES)]


@pytest.mark.parametrize("text", [
    # a run inside a quotation within a quotation
    "\"We told voters 'janta maalik hai' and they listened,\" the leader said.",
    # a run in a headline line, no quotation marks at all
    "Bihar ki janta ne kamaal karke dikha diya: Yadav\n\nThe party won most seats.",
    # a run of two inside a quotation
    "The crowd chanted \"kamaal karke\" as the results came in.",
    # a stock phrase doubled on purpose
    "Traders in Mombasa said haraka haraka haina baraka when asked about the rush.",
])
def test_a_run_of_unknown_words_is_another_language(text):
    assert typos(text) == []


@pytest.mark.parametrize("text, typo", [
    ("The goverment said the budget would pass on Tuesday.", "goverment"),
    ("He said the \"plan was recieved well\" by the board.", "recieved"),
    ("The council said the fotage was taken on Tuesday evening.", "fotage"),
    ("The the council met.", "The the"),
])
def test_a_lone_english_typo_is_still_flagged(text, typo):
    assert typo in typos(text)


@pytest.mark.parametrize("text", [
    "Iran's Supreme Leader Seyyed Ali Khamenei addressed the crowd in Tehran on Friday.",
    "Speaker Mohammad Bagher Ghalibaf met the delegation on Monday.",
])
def test_another_transliteration_of_a_foreign_name_is_not_a_slip(text):
    # every letter that differs from the listed spelling is a vowel, in step: a second
    # romanisation of a name born in another script, not a slip of the fingers
    assert typos(text) == []


@pytest.mark.parametrize("text, typo", [
    ("Israeli Prime Minister Benjamin Netanyuhu met the envoy on Monday.", "Netanyuhu"),
    ("Supreme Leader Ali Khamenie said talks would not resume.", "Khamenie"),
])
def test_a_slip_in_a_foreign_name_is_still_flagged(text, typo):
    assert typo in " ".join(typos(text))
