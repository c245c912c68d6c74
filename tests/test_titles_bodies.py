"""An international body named before a title: the title is judged as that body's office
("WHO Foreign Minister Tedros": the WHO has no foreign minister, and the title cannot mean
the foreign ministry he once held in his own country). Invented sentences."""
from __future__ import annotations

import datetime as dt

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in titles.rules()}
WHEN = dt.date(2021, 5, 4)


def findings(text: str):
    return lint_text(text, config=Config(date=WHEN), rules=RULES)


def test_a_national_office_held_before_is_not_the_bodys():
    text = "WHO Foreign Minister Tedros Adhanom Ghebreyesus warned of a new wave."
    got = findings(text)
    assert [(f.rule, f.severity.name) for f in got] == [("title.wrong-office", "ERROR")]  # not "former"
    assert "in 'World Health Organization'" in got[0].message
    # the suggestion names the body once ("WHO Director-General", not "WHO WHO Director-General")
    assert got[0].suggestions[0].startswith("WHO Director-General Tedros")
    assert text[got[0].start:].startswith("WHO Foreign Minister")


def test_the_bodys_own_titles_pass():
    for text in ("WHO Director-General Tedros Adhanom Ghebreyesus warned of a new wave.",
                 "UN Secretary-General Antonio Guterres warned of a new wave.",
                 "Ethiopia's former foreign minister, Tedros Adhanom Ghebreyesus, warned of a new wave."):
        assert findings(text) == [], text


def test_a_countrys_adjective_is_still_read_as_before():
    # "Ethiopian Foreign Minister" in 2021: his own country's office, left in 2016
    got = findings("Ethiopian Foreign Minister Tedros Adhanom Ghebreyesus warned of a new wave.")
    assert [f.rule for f in got] == ["title.missing-former"]


def test_a_full_stop_after_a_bodys_initials_ends_the_sentence():
    # "EU." closes the sentence: the next title is not the EU's ("U.S." is read as before)
    text = "Officials discussed customs checks after the UK leaves the EU. Brexit secretary David Davis said so."
    assert lint_text(text, config=Config(date=dt.date(2017, 3, 15)), rules=RULES) == []
    got = lint_text("The U.S. Prime Minister Rex Tillerson spoke.", config=Config(date=dt.date(2017, 3, 15)),
                    rules=RULES)
    assert [f.rule for f in got] == ["title.wrong-office"]
