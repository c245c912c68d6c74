"""US House members ("Rep.", "Congressman") and senators: their seats judged across dates,
and "Rep." given to someone holding another listed office. Invented sentences, real people."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of

from attrlint.kb.model import Person

D = dt.date


@pytest.mark.parametrize("text, date", [
    ("Rep. Devin Nunes said the panel would meet again.", D(2017, 3, 1)),
    ("U.S. Rep. Jason Chaffetz wrote to the agency on Monday.", D(2017, 3, 1)),
    ("Congressman Jason Chaffetz wrote to the agency on Monday.", D(2017, 3, 1)),
    ("Congresswoman Elise Stefanik spoke at the hearing.", D(2023, 5, 1)),
    ("Rep. Ron DeSantis spoke at the hearing.", D(2017, 3, 1)),  # a House member before governor
    ("Rep. Mike Pompeo spoke at the hearing.", D(2016, 11, 20)),  # before the CIA
    ("Rep. Hakeem Jeffries spoke at the hearing.", D(2024, 3, 1)),  # minority leader and a House member
    ("Rep. Kevin McCarthy spoke at the hearing.", D(2023, 3, 1)),  # speaker and a House member
    ("Sen. Richard Blumenthal spoke at the hearing.", D(2017, 3, 1)),
    ("Sen. Chris Van Hollen spoke at the hearing.", D(2018, 3, 1)),
    ("Gov. Jeanne Shaheen spoke at the hearing.", D(2021, 3, 1)),  # a former governor keeps the style
    ("The sales rep Devin Nunes met the buyers.", D(2017, 3, 1)),  # a role, not the office
])
def test_seats_held_on_the_date_pass(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date, rule", [
    ("Sen. Devin Nunes said the panel would meet again.", D(2017, 3, 1), "title.wrong-office"),
    ("Governor Devin Nunes said the panel would meet again.", D(2017, 3, 1), "title.wrong-office"),
    ("Rep. Richard Blumenthal spoke at the hearing.", D(2017, 3, 1), "title.wrong-office"),
    ("Rep. Antony Blinken spoke at the hearing.", D(2023, 3, 1), "title.wrong-office"),  # secretary of state
    ("Rep. Devin Nunes spoke at the hearing.", D(2023, 3, 1), "title.missing-former"),  # left in 2022
    ("Rep. Mike Pompeo spoke at the hearing.", D(2018, 6, 1), "title.missing-former"),
    ("Rep. Ron DeSantis spoke at the hearing.", D(2019, 3, 1), "title.missing-former"),
    ("Sen. Chris Van Hollen spoke at the hearing.", D(2016, 3, 1), "title.wrong-office"),  # still in the House
    ("Gov. Ben Sasse spoke at the hearing.", D(2021, 3, 1), "title.wrong-office"),
])
def test_wrong_or_outdated_seats_are_flagged(text, date, rule):
    assert rules_of(text, date) == [rule]


def test_a_common_name_makes_no_claim_beyond_its_terms():
    # Tim Scott: a common name; his Senate seat is checked, no other office is ruled out
    assert rules_of("Sen. Tim Scott spoke at the hearing.", D(2017, 3, 1)) == []
    assert rules_of("Rep. Tim Scott spoke at the hearing.", D(2017, 3, 1)) == ["title.missing-former"]
    assert rules_of("Governor Tim Scott spoke at the hearing.", D(2017, 3, 1)) == []


def test_abbreviated_titles_count_as_their_word_in_complete_except():
    p = Person(id="x", name="X Y", complete_since=D(2015, 1, 1), complete_except=("governor", "representative"))
    assert not p.complete_for("gov") and not p.complete_for("governor")
    assert not p.complete_for("rep") and not p.complete_for("congressman")
    assert p.complete_for("senator") and p.complete_for("sen")
