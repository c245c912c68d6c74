"""`title.us-legislator`: a member of Congress given another state or chamber. Invented
sentences about real members (their states and chambers are public record)."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.kb.congress import lookup
from attrlint.linter import lint_text

RULE = next(r for r in titles.rules() if r.id == "title.us-legislator")


def found(text: str, when: dt.date | None = dt.date(2020, 7, 1)):
    return [f for f in lint_text(text, config=Config(date=when), rules={RULE.id: RULE}) if f.rule == RULE.id]


@pytest.mark.parametrize("text, span", [
    ("Vermont Senator Maria Cantwell voted against the bill.", "Vermont Senator Maria Cantwell"),
    ("Sen. Bernie Sanders (D-Mass.) spoke first.", "Sen. Bernie Sanders (D-Mass."),
    ("Rep. Adam Schiff of Nevada asked a question.", "Rep. Adam Schiff of Nevada"),
    ("Senator Ted Cruz, R-Okla., left early.", "Senator Ted Cruz, R-Okla."),
    ("Ohio's Senator Maria Cantwell did not vote.", "Ohio's Senator Maria Cantwell"),
    ("Vermont Democratic Senator Maria Cantwell did not vote.", "Vermont Democratic Senator Maria Cantwell"),
    ("The bill was backed by Bernie Sanders (I-N.H.) alone.", "Bernie Sanders (I-N.H.)"),
])
def test_a_state_the_member_never_represented_is_flagged(text, span):
    (f,) = found(text)
    assert text[f.start:f.end] == span
    assert "Wrong state" in f.message


def test_the_suggestion_names_the_state_on_record():
    (f,) = found("Vermont Senator Maria Cantwell voted against the bill.")
    assert f.suggestions == ["Washington Senator Maria Cantwell"]


def test_a_chamber_the_member_never_sat_in_is_flagged():
    (f,) = found("Sen. Chuck Fleischmann (R-Tenn.) opposed the plan.")
    assert "Wrong chamber" in f.message and "House" in f.message


@pytest.mark.parametrize("text", [
    "Texas Sen. Ted Cruz spoke first.",
    "Sen. Maria Cantwell (D-Wash.) spoke first.",
    "Rep. Bernie Sanders of Vermont spoke first.",  # a sitting senator's past House term
    "Rep. Maria Cantwell (D-Wash.) spoke in 1994.",
    "Ohio Senator Jane Doeington said no.",  # a name the record does not know
    "Ohio state Sen. Maria Cantwell said no.",  # a state legislator: not judged
    'He said: "Vermont Senator Maria Cantwell is wrong."',  # a quotation
    "Washington Senator Maria Cantwell spoke.",
    "The bill was backed by Bernie Sanders (I-Vt.) alone.",
    "Jane Doeington (D-Ore.) spoke.",
])
def test_right_or_unjudged_titles_are_left_alone(text):
    assert found(text) == []


def test_no_chamber_verdict_before_the_first_term():
    assert found("Sen. Chuck Fleischmann (R-Tenn.) opposed the plan.", dt.date(2005, 3, 1)) == []


def test_lookup_reads_middle_initials_and_keeps_partial_records():
    rec = lookup("Maria X. Cantwell")
    assert rec is not None and rec.states == {"WA"} and not rec.partial
    assert lookup("Jane Doeington") is None
