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


@pytest.mark.parametrize("text, typed, fix", [
    # a long word nobody writes, a finger slip of a place or firm running text names, beside
    # a word that is somebody's name ("Bayer", "Moor", "Neft" is none of the lists')
    ("Fans of Bayer Leverkuusen packed the stadium on Sunday.", "Leverkuusen", "Leverkusen"),
    ("She grew up near Dewsburry Moor in the north.", "Dewsburry", "Dewsbury"),
    ("She grew up near Dewsbry Moor in the north.", "Dewsbry", "Dewsbury"),
])
def test_a_long_finger_slip_of_a_named_place_or_firm_beside_a_name_is_flagged(text, typed, fix):
    found = lint(text)
    assert typed in found, found
    assert found[typed].suggestions[0] == fix


@pytest.mark.parametrize("text", [
    "The mayor, Lumberto Okafor, was re-elected.",  # a given name, a place's last letter short
    "Fans of Bayer Leverkusen packed the stadium on Sunday.",
])
def test_given_names_and_the_places_themselves_are_left_alone(text):
    assert not lint(text)
