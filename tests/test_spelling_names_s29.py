"""Stop 29: a Pinyin-shaped slip of a famous place beside a word that is also somebody's
name ("Civil", "Center", "Daily"). The sentences are invented."""
from __future__ import annotations

import pytest

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text

WORD_RULES = {r.id: r for r in spelling.rules() if not r.needs}


def lint(text: str):
    return {f.location.text: f for f in lint_text(text, path="story.txt", config=Config(), rules=WORD_RULES)}


@pytest.mark.parametrize("text, typed, fix", [
    # "Amerian" is made of Pinyin syllables (a-me-ri-an); "Civil" and "Center" are in the name
    # lists, but a dictionary word beside it does not make it a Chinese given name
    ("The Amerian Civil Rights Council filed a brief on Monday.", "Amerian", "American"),
    ("Staff at the Amerian Center for Trade were told on Friday.", "Amerian", "American"),
])
def test_a_pinyin_shaped_slip_of_a_famous_place_beside_a_word_is_flagged(text, typed, fix):
    found = lint(text)
    assert typed in found, found
    assert found[typed].suggestions[0] == fix


@pytest.mark.parametrize("text", [
    "The delegation was led by Huang Meiran and two aides.",   # a given name beside a family name
    "Reporters Zhou Lianhan and Guo Jinrui spent a month there.",
])
def test_chinese_names_beside_names_are_left_alone(text):
    assert not lint(text)
