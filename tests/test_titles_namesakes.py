"""A short name shared by two people in the knowledge base ("Bush"): the title is judged
only when it fits none of them on the story's date."""
from __future__ import annotations

import datetime as dt

from conftest import title_rule_ids


def test_father_in_office_is_not_the_son_out_of_it():
    # in 1991 "President Bush" is George H. W. Bush; the short form names his son
    text = "President Bush said on Sunday that the ground war in the Gulf was over.\n"
    assert title_rule_ids(text, dt.date(1991, 3, 3)) == []


def test_a_title_neither_namesake_held_is_still_wrong():
    text = "Prime Minister Bush said on Sunday that the troops would stay in Iraq.\n"
    assert "title.wrong-office" in title_rule_ids(text, dt.date(2005, 3, 3))


def test_the_son_in_office_stays_quiet():
    text = "President Bush said on Sunday that the troops would stay in Iraq.\n"
    assert title_rule_ids(text, dt.date(2005, 3, 3)) == []
