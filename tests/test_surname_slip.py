"""A surname that running text uses, slipped after a first name or a title
(attrlint/spelling/surname_slip.py). The sentences and the people in them are invented;
the surnames are ones the news writes often, misspelt here on purpose."""
from __future__ import annotations

import pytest

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text
from attrlint.spelling.surname_slip import FAMILY_DOUBLES, _slipped_double, family_doubles

WORD_RULES = {r.id: r for r in spelling.rules() if not r.needs}
MARK = "a surname the news uses often"


def lint(text: str):
    return {f.location.text: f for f in lint_text(text, path="story.txt", config=Config(), rules=WORD_RULES)}


def frame(first: str, typed: str) -> str:
    return f"On Tuesday, {first} {typed} told reporters the plan was sound."


@pytest.mark.parametrize("first, typed, fix", [
    # two letters swapped
    ("James", "Brokwa", "Brokaw"),
    ("Maria", "Hitchnes", "Hitchens"),
    ("Peter", "Gretzyk", "Gretzky"),
    # a letter dropped (not one of a double)
    ("Sarah", "Claptn", "Clapton"),
    ("Laura", "Kubrck", "Kubrick"),
    ("David", "Lagade", "Lagarde"),
    # a letter typed twice at the end, or a consonant pair surnames never have
    ("Laura", "Grishamm", "Grisham"),
    ("David", "Kasichh", "Kasich"),
    ("Anna", "Greenwalld", "Greenwald"),
    # a vowel changed
    ("Robert", "Hemingwoy", "Hemingway"),
    ("David", "Greenspen", "Greenspan"),
    ("Maria", "Tirantino", "Tarantino"),
    # a sound spelt otherwise
    ("James", "Gingrych", "Gingrich"),
    ("Robert", "Tolcien", "Tolkien"),
    ("Maria", "Greenvald", "Greenwald"),
])
def test_a_slipped_surname_in_use_after_a_first_name_is_flagged(first, typed, fix):
    found = lint(frame(first, typed))
    assert typed in found, found
    assert found[typed].suggestions[0] == fix


@pytest.mark.parametrize("text, typed, fix", [
    ("The appeal went to Judge Hitchenz last week.", "Hitchenz", "Hitchens"),
    ("Asked about the merger, Mr Kubrck declined to comment.", "Kubrck", "Kubrick"),
    ("Senator Gingrikh voted against the bill.", "Gingrikh", "Gingrich"),
])
def test_after_a_title_or_honorific(text, typed, fix):
    found = lint(text)
    assert typed in found, found
    assert found[typed].suggestions[0] == fix


def test_the_message_says_what_and_what_to_do():
    f = lint(frame("Laura", "Kubrck"))["Kubrck"]
    assert "Kubrick" in f.message and "check the spelling" in f.message


@pytest.mark.parametrize("text", [
    frame("Laura", "Reevell"),      # a family's own double (ll, ee): Revell's cousins
    frame("Patrick", "Haggann"),    # ... not a slip of anyone the news names often
    frame("Tom", "Buurmann"),       # a doubled vowel: Dutch and transliterated names
    "Reporters Chen Chuhan and Li Meiwen spent a month there.",  # Pinyin given names
    "The envoy Xu Shaoshi met the delegation.",
    frame("Laura", "Ivanovo"),      # another last vowel: another language's form
    "On Tuesday, the Kubrck report was read aloud.",  # no first name before it
    frame("Laura", "Kubrck Smith"),  # not the last word of the name: not its surname
    frame("Laura", "Hubrick"),      # another first letter: another name
    frame("Maria", "Gardan"),       # a slip of a word (garden), not of a surname
    frame("Anna", "Burmma"),        # a place is not what a first name stands before
])
def test_real_rare_names_and_other_frames_are_left_alone(text):
    assert not any(MARK in f.message for f in lint(text).values())


def test_doubled_letters():
    assert _slipped_double("Colvinn", "Colvin")       # at the end
    assert _slipped_double("Whhelan", "Whelan")       # hh: almost no surname has it
    assert not _slipped_double("Reevell", "Revell")   # ee: many surnames do
    assert not _slipped_double("Alldis", "Aldis")     # ll: many surnames do
    assert not _slipped_double("Naadi", "Nadi")       # a doubled vowel
    assert not _slipped_double("Colvin", "Colvin")


def test_the_family_doubles_are_what_the_name_lists_measure():
    assert FAMILY_DOUBLES == family_doubles()


# --- stop 29: long surnames --------------------------------------------------------------
@pytest.mark.parametrize("first, typed, fix", [
    # seven letters or more: a surname the news uses less often (Zipf 2.0 to 2.4) still counts
    ("Travis", "Kalnaick", "Kalanick"),  # two letters swapped
    ("Mikhail", "Bogdanof", "Bogdanov"),
    ("Boris", "Nemtzov", "Nemtsov"),     # a sound spelt otherwise (s/z)
])
def test_a_long_surname_the_news_uses_less_often_is_flagged(first, typed, fix):
    found = lint(frame(first, typed))
    assert typed in found, found
    assert found[typed].suggestions[0] == fix


@pytest.mark.parametrize("text", [
    frame("Laura", "Tuchal"),   # six letters: a vowel from a surname at Zipf 2.1 is too weak
    frame("Laura", "Whellan"),  # a family's own double, even of a common surname (Whelan)
    frame("Travis", "Kalanuck"),  # one vowel for another: long family names differ so too
])
def test_short_rare_surnames_and_family_doubles_are_left_alone(text):
    assert not any(MARK in f.message for f in lint(text).values())
