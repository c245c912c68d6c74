"""dates.event-weekday: weekdays named for events that are always held on another day."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import dates_events
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in dates_events.rules()}
RULE = "dates.event-weekday"


def flagged(text, config=None):
    return [(text[f.start : f.end], f) for f in lint_text(text, config=config, rules=RULES) if f.rule == RULE]


@pytest.mark.parametrize(
    "text, span, fix",
    [
        ("Ana Ruiz won the Brazilian election on Monday, by a narrow margin.", "on Monday", "Sunday"),
        ("Turnout was high in Spain's general election on Tuesday, officials said.", "on Tuesday", "Sunday"),
        ("The Japanese upper house election was held on Saturday in heavy rain.", "on Saturday", "Sunday"),
        ("Voters queued early ahead of Friday's Australian federal election.", "Friday", "Saturday"),
        ("Britons went to the polls on Friday to choose a new parliament.", "on Friday", "Thursday"),
        ("Counting began after Monday's presidential run-off in Chile.", "Monday", "Sunday"),
    ],
)
def test_vote_on_a_day_the_place_never_votes(text, span, fix):
    found = flagged(text)
    assert [s for s, _ in found] == [span]
    assert found[0][1].suggestions == [fix]
    assert "does not fit" in found[0][1].message


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz won the Brazilian election on Sunday, by a narrow margin.",
        "Labour won the UK general election on Friday after an overnight count.",  # the count runs into Friday
        "The French vote on the pension bill on Tuesday was close.",  # a vote in parliament
        "Monday's French election results surprised the markets.",  # the results, not the vote
        "Provincial voters in Canada chose a new premier on Thursday.",  # not a federal election
        "“The Brazilian election was held on Monday,” he wrote, wrongly.",  # inside a quotation
        "The US election on Saturday was called for the challenger.",  # practice varies: not listed
    ],
)
def test_votes_on_their_day_or_unjudged_are_left_alone(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("The European Central Bank cut interest rates on Tuesday, its third move this year.", "on Tuesday"),
        ("On Monday, the RBA raised its cash rate by a quarter point.", "On Monday"),
        ("In an announcement on Tuesday, the RBI kept the repo rate at 6.5 per cent.", "on Tuesday"),
    ],
)
def test_rate_decision_on_a_day_the_bank_never_decides(text, span):
    found = flagged(text, Config(date=dt.date(2024, 6, 20)))
    assert [s for s, _ in found] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "The Fed held rates steady on Wednesday, as expected.",
        "Fed chair Jerome Powell said on Tuesday the central bank would cut rates soon.",  # a speech
        "Minutes of the ECB's last meeting, released on Monday, showed support for a rate cut.",
        "The Bank of England, which cut rates in May, published its report on Monday.",
        "The Fed made an emergency rate cut on Sunday to calm markets.",  # off the schedule
        "Markets rose on Friday ahead of the ECB rate decision.",
    ],
)
def test_other_days_in_a_rate_story_are_left_alone(text):
    assert flagged(text, Config(date=dt.date(2024, 6, 20))) == []


def test_the_bank_rule_is_judged_only_in_its_era():
    text = "The RBI kept the repo rate unchanged on Tuesday."
    assert flagged(text, Config(date=dt.date(2015, 6, 2))) == []  # Tuesday reviews were usual then
    assert len(flagged(text, Config(date=dt.date(2023, 6, 20)))) == 1


def test_undated_story_takes_its_era_from_the_years_it_names():
    assert flagged("The RBI kept the repo rate unchanged on Tuesday.") == []  # no year at all
    assert len(flagged("The RBI kept the repo rate unchanged on Tuesday, citing its 2024-25 outlook.")) == 1


def test_an_unscheduled_move_near_the_story_date_is_allowed():
    text = "The Fed cut its benchmark rate by half a point on Tuesday."
    assert flagged(text, Config(date=dt.date(2020, 3, 5))) == []  # the week of a known emergency cut
    assert len(flagged(text, Config(date=dt.date(2023, 3, 5)))) == 1


def test_prefilter_words_are_in_every_form():
    """``_DAY_NAMES`` and ``_VOTE_WORDS`` hold a string of every election form's matches (a
    story without them is not scanned): each form still flags, and a story with a wrong
    weekday but none of the vote words is not an election."""
    for text in ("Ana Ruiz won the Brazilian run-off on Monday.", "Turnout was high in Brazil's runoff on Monday.",
                 "Brazilian voters went to the polls on Monday.", "Monday's Brazilian referendum was calm.",
                 "The Brazilian presidential vote was held on Monday."):
        assert flagged(text), text
    assert not any(w in "Brazil's big day came on Monday." for w in dates_events._VOTE_WORDS)
