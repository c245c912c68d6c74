"""The one-letter slips added to the confusion sets in session 19 (bother/brother,
effects/affects, were/where, every/ever, personal/personnel, roll/role, hole/whole,
their/there, sell/sale, pubic/public, wander/wonder, forth/fourth,
illicit/elicit, waist/waste) and the
guards that keep their right uses quiet ("a bother", "were he to", a name before "were").

Invented sentences only; the decisions come from the shipped bigram counts.
"""
from __future__ import annotations

import pytest

from attrlint.checks import confusables
from attrlint.config import Config
from attrlint.grammar.confusion import judge
from attrlint.linter import lint_text

RULE = {"grammar.confusable": confusables.Confusable()}


def flagged(text: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules=RULE)
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text,word,want", [
    ("Her older bother was waiting outside the court.", "bother", "brother"),
    ("The farmer said his bother and a neighbour had found the calf.", "bother", "brother"),
    ("Doctors said it effects the liver within days.", "effects", "affects"),
    ("She reached an age were they let her drive the tractor alone.", "were", "where"),
    ("Nothing like this has every happened in the valley.", "every", "ever"),
    ("Prices are higher than every before, the baker said.", "every", "ever"),
    ("Military personal were sent to the flooded town on Tuesday.", "personal", "personnel"),
    ("The mayor played a key roll in the harbour deal.", "roll", "role"),
    ("The hole thing was over in ten minutes, a witness said.", "hole", "whole"),
    ("The warden said their is no sign of the missing boat.", "their", "there"),
    ("The old mill has been up for sell since spring.", "sell", "sale"),
    ("Spending on the pubic health service will rise, the minister said.", "pubic", "public"),
    ("I wander if the council has read it, she said.", "wander", "wonder"),
    ("It was the forth time the bridge had flooded.", "forth", "fourth"),
    ("Tickets, badges and so fourth were on sale.", "fourth", "forth"),
    ("The letter was meant to illicit a reply from the board.", "illicit", "elicit"),
    ("The new car park is a waist of money, residents say.", "waist", "waste"),
])
def test_slip_is_flagged_with_the_fitting_word(text, word, want):
    assert flagged(text) == [(word, [want])]


@pytest.mark.parametrize("text", [
    # the written word in its own right
    "Her older brother was waiting outside the court.",
    "It was no bother at all, the volunteer said.",
    "The queue was a bother on them, but they stayed.",
    "Nobody wanted to bother the neighbours that late.",
    "The side effects of the drug were mild, doctors said.",
    "The infection affects the liver within days.",
    "The officers were told to wait outside.",
    "The town where they grew up has one school.",
    "Every morning the ferry leaves at six.",
    "Has anyone ever seen such a storm?",
    "The personal data of 300 customers was taken.",
    "The lorry began to roll down the hill.",
    "Workers filled a hole in the road overnight.",
    "The warden said their boat was found at dawn.",
    "Residents asked what was up there, and nobody knew.",
    "The shop plans to sell the mill next spring.",
    "The phones go back on sale next week.",
    "The scan showed a fracture of the pubic bone.",
    "Goats wander the hills above the village.",
    "The ferry made its fourth crossing of the day.",
    "Lorries drove back and forth all night.",
    "Police seized illicit tobacco at the port.",
    "The belt was too tight around his waist.",
    # a construction the bigrams cannot see: the subjunctive inversion
    "The club would be the only one were he to leave in March.",
    "It would be the first town were it not for the new bypass.",
    # a name before "were": the counts of the common noun do not describe it
    "The ferries at Salt Point were cancelled on Monday.",
])
def test_right_use_is_left_alone(text):
    assert flagged(text) == []


def test_guards_come_from_the_rule_data():
    after, unless, name, need = confusables._guards()["bother"]
    assert "a" in after and unless is None and not name and not need
    after, unless, name, need = confusables._guards()["were"]
    assert unless is not None and unless.match(" he to quit") and name
    assert confusables._guards()["pubic"][3]


def test_need_next_keeps_a_word_judged_on_its_left_neighbour_alone_quiet():
    # the counts alone read "the pubic bone" as "the public": need_next is what keeps it quiet
    assert judge("the", "pubic", "bone") is not None
    assert flagged("The scan showed a fracture of the pubic bone.") == []
    # the next word is read as the counts spell it, past a closing quotation mark
    assert flagged("Its papers are 'in the pubic domain' now.") == [("pubic", ["public"])]


def test_without_the_guards_the_counts_alone_would_flag_the_subjunctive():
    # "one were he", "town were it": the bigrams read "where"; unless_next keeps them quiet
    assert judge("one", "were", "he") is not None
    assert judge("town", "were", "it") is not None


def test_without_the_guard_the_counts_alone_would_flag_the_noun_use():
    # "a bother on" is an idiom the bigrams read as "a brother on": the not_after guard is
    # what keeps it quiet, so this checks the guard is needed and working
    v = judge("a", "bother", "on")
    assert v is not None and v.better == "brother"
    assert flagged("There was not a bother on them after the match.") == []


@pytest.mark.parametrize("text", [
    "At no point were the ministers told about the loan.",
    "The report found that at no point were they asked to leave.",
    "Officials knew of the leak, but at no point were any steps taken.",
    "Only at that point were the pumps switched back on.",
    "“At no point were the ministers told about the loan,” she said.",  # inside a quotation
])
def test_were_after_a_negative_adverbial_is_an_inversion_not_where(text):
    # "point were" alone reads as "point where"; the clause's opening makes it an inversion
    assert judge("point", "were", text.split(" point were ")[1].split()[0]) is not None
    assert flagged(text) == []


def test_were_after_point_without_the_inversion_is_still_where():
    assert flagged("They reached the point were they could not pay the rent.") == [("were", ["where"])]
