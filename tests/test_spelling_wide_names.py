"""Misspelt well-known names outside the knowledge base and the big places: people whose
surname running text knows (not the gazetteer), provinces and counties named as places
("Co Kildare", "Helmand province"), and the places and names that must stay quiet. The
sentences are invented."""
from __future__ import annotations

import pytest

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text
from attrlint.spelling.slips import doubled_letter, lost_letter

WORD_RULES = {r.id: r for r in spelling.rules() if not r.needs}


def lint(text: str):
    return lint_text(text, path="story.txt", config=Config(), rules=WORD_RULES)


def typos(text: str) -> dict:
    return {f.location.text: f for f in lint(text) if f.category == "typo"}


@pytest.mark.parametrize("text, typo, fix", [
    # a long surname that running text knows, a vowel off, after a first name
    ("The investor Mark Zuckerbarg sold part of his stake on Tuesday.", "Zuckerbarg", "Zuckerberg"),
    ("Former first minister Alex Salmund spoke at the rally in Perth.", "Salmund", "Salmond"),
    # an ordinary surname, long and common enough in running text, a letter doubled
    ("Senators questioned Judge Neil Gorssuch for a second day.", "Gorssuch", "Gorsuch"),
    # named as a place: "Co ...", "... province": judged against places, with a place's bar
    ("A tractor overturned on a farm in Co Kildere on Sunday morning.", "Kildere", "Kildare"),
    ("Flooding closed two schools in Co Doneagl.", "Doneagl", "Donegal"),
    ("Two villages in Helmend province were shelled overnight.", "Helmend", "Helmand"),
    ("Factories in Hennan province resumed work after the holiday.", "Hennan", "Henan"),
    # a place running text names, five or six letters, that nobody writes otherwise
    ("Talks resumed in Khersn after a week of shelling.", "Khersn", "Kherson"),
    ("Aid lorries waited at the crossing near Rafha on Thursday.", "Rafha", "Rafah"),
    # a name the news uses often that neither dictionary nor name lists hold, a letter doubled
    ("Cartoonists from Charlie Hebbdo spoke at the festival.", "Hebbdo", "Hebdo"),
    # two famous full names fit: the closer slip wins (a letter typed twice), not the commoner
    ("Senators questioned the former FBI director James Comeyy for hours.", "Comeyy", "Comey"),
])
def test_wide_names_are_flagged_with_the_right_spelling(text, typo, fix):
    found = typos(text)
    assert typo in found, found
    assert found[typo].suggestions[0] == fix


@pytest.mark.parametrize("text", [
    # the names spelt right
    ("The investor Mark Zuckerberg sold part of his stake on Tuesday."),
    ("A tractor overturned on a farm in Co Kildare on Sunday morning."),
    ("Factories in Shandong province resumed work after the holiday."),
    # a double letter spelt single is another language's or family's form, not a slip
    ("The grid operator Rosseti said the line would open in May."),
    # a townland and a district nobody has heard of, named as places, near no known place
    ("The search moved to a lake near Drumkeeran in Co Leitrim."),
    ("Officials in Wutai county said the road had reopened."),
    # long surnames differ from other surnames by a vowel: no slip
    ("Councillor Peter Naughten opened the new library."),
    # a person's rare surname beside a place cue word is still a person
    ("Councillor Maura Tenbrook of Co Sligo backed the motion."),
    # an ordinary surname's other spellings: a letter doubled, a vowel changed
    ("The prosecutor Daniel Haggan told the judge the case was ready."),
    ("Shri Mohan Baglay spoke for the district council."),
    # another last vowel is another place's name; a letter added that is not typed twice
    ("Two rivers, the Hovi and the Maleme, run beside the village."),
    ("The analyst Peter Aisch and a colleague compiled the charts."),
    # a Gaelic surname after its particle written apart: its own spelling
    ("The housing spokesman Eoin O Broin said the plan was failing."),
    ("Councillor Aoife Ni Bhroin chaired the meeting."),
])
def test_real_and_unknown_names_stay_quiet(text):
    assert typos(text) == {}


def test_a_doubled_letter():
    assert doubled_letter("Seyfriedd", "Seyfried")
    assert not doubled_letter("Seyfreid", "Seyfried")


def test_a_lost_letter_is_not_one_of_a_double():
    assert lost_letter("Gorsch", "Gorsuch")
    assert not lost_letter("Rosseti", "Rossetti")
    assert not lost_letter("Faron", "Farron")
    assert not lost_letter("Gorsuch", "Gorsuch")


@pytest.mark.parametrize("text, typo, fix", [
    ("KATHMANNDU, March 3 - Officials said the road had reopened after the landslide.", "KATHMANNDU", "KATHMANDU"),
    ("NAIROBBI (Reuters) - The central bank held its main rate on Tuesday.", "NAIROBBI", "NAIROBI"),
    ("ISLAMABD, Jan 5: Police arrested three men on Sunday.", "ISLAMABD", "ISLAMABAD"),
])
def test_a_slipped_dateline_is_flagged(text, typo, fix):
    found = typos(text)
    assert typo in found, found
    assert found[typo].suggestions[0] == fix


@pytest.mark.parametrize("text", [
    "KATHMANDU, March 3 - Officials said the road had reopened after the landslide.",
    "WASHINGTON (AP) - The Senate passed the bill late on Friday.",
    # a place nobody has heard of, near no known place; an acronym that is no dateline
    "SMALLVILLE, Feb 2 - The council met on Monday night.",
    "NAIROBBI said on Monday that it would appeal.",
])
def test_datelines_spelt_right_or_unknown_stay_quiet(text):
    assert typos(text) == {}
