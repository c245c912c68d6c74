"""Heads of government of 2000-2014 of eleven EU and NATO members
(rules/people/years_2000_2014_heads.toml): every holder since 2000 is listed, so the office
is judged for any known person in copy of those years. Invented sentences about real
office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of

from attrlint.kb import load_kb

D = dt.date
HEADS = ("nl.pm", "be.pm", "se.pm", "gr.pm", "pt.pm", "at.chancellor", "hu.pm", "fi.pm", "dk.pm", "no.pm", "pl.pm")


@pytest.mark.parametrize("text, date", [
    ("Dutch Prime Minister Jan Peter Balkenende opened the summit on Tuesday.", D(2005, 6, 7)),
    ("Austrian Chancellor Wolfgang Schüssel opened the summit on Tuesday.", D(2005, 6, 7)),
    ("Greek Prime Minister George Papandreou opened the summit on Tuesday.", D(2010, 6, 8)),
    ("Polish Prime Minister Jarosław Kaczyński opened the summit on Tuesday.", D(2007, 3, 6)),
    ("Finnish Prime Minister Matti Vanhanen opened the summit on Tuesday.", D(2008, 3, 4)),
])
def test_the_holder_on_the_date_passes(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date, rule", [
    ("Prime Minister Wolfgang Schüssel opened the summit on Tuesday.", D(2005, 6, 7), "title.wrong-office"),
    ("President Jan Peter Balkenende opened the summit on Tuesday.", D(2005, 6, 7), "title.wrong-office"),
    # another known Greek in a year whose prime ministers are all listed
    ("Greek Prime Minister Lucas Papademos opened the summit on Tuesday.", D(2010, 6, 8), "title.wrong-office"),
    ("Dutch Prime Minister Mark Rutte opened the summit on Tuesday.", D(2005, 6, 7), "title.wrong-office"),
    ("Prime Minister Guy Verhofstadt opened the summit on Tuesday.", D(2010, 6, 8), "title.missing-former"),
])
def test_wrong_or_outdated_titles_are_flagged(text, date, rule):
    assert rules_of(text, date) == [rule]


def test_the_lists_have_no_gap_from_2000():
    kb = load_kb()
    for oid in HEADS:
        assert kb.offices[oid].complete_since == D(2000, 1, 1)
        spans = sorted((t.start, t.end or kb.verified_through) for p in kb.people.values() for t in p.terms
                       if t.office == oid and t.start)
        reached = D(2000, 1, 1)
        for start, end in spans:
            assert start - reached <= dt.timedelta(days=21), (oid, reached, start)
            reached = max(reached, end)
        assert reached >= kb.verified_through
