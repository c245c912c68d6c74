"""Which of two spellings of one name the inconsistency finding points at: the rarer
form, and on a tie the one no name list ranks as a well-known person's ("Desantis"
beside "DeSantis"), wherever it stands. The sentences are invented."""
from __future__ import annotations

import pytest

from attrlint.checks.name_variants import stray_first
from attrlint.config import Config
from attrlint.linter import lint_text


def inconsistent(text: str) -> list:
    return [f for f in lint_text(text, path="story.txt", config=Config()) if f.category == "inconsistent_name"]


@pytest.mark.parametrize("text", [
    "The governor, Ron Desantis, vetoed the budget on Friday.\n\nAides said DeSantis would travel.\n",
    "Aides said DeSantis would travel.\n\nThe governor, Ron Desantis, vetoed the budget on Friday.\n",
])
def test_a_tie_points_at_the_spelling_no_list_ranks(text):
    found = inconsistent(text)
    assert [f.location.text for f in found] == ["Desantis"]
    assert found[0].suggestions == ["DeSantis"]


def test_counts_decide_before_renown_and_position_breaks_the_last_tie():
    # the rarer form is the stray whatever the lists say
    assert stray_first("Erdoğan", [(50, 57)], "Erdogan", [(0, 7), (90, 97)])[0] == "Erdoğan"
    # two spellings no list ranks, once each: the later one
    assert stray_first("Vandemeer", [(0, 9)], "VanDemeer", [(40, 49)])[0] == "VanDemeer"
    assert stray_first("VanDemeer", [(40, 49)], "Vandemeer", [(0, 9)])[0] == "VanDemeer"


def test_capitals_of_a_famous_name_win_over_counts():
    # "Desantis" twice and "DeSantis" once: the knowledge base's capitals are the name's own
    assert stray_first("DeSantis", [(50, 58)], "Desantis", [(0, 8), (90, 98)])[0] == "Desantis"
    text = ("Governor Ron Desantis spoke on Friday. Desantis said the bill would pass.\n\n"
            "Critics of DeSantis said it would not.\n")
    found = inconsistent(text)
    assert [(f.location.text, f.suggestions) for f in found] == [("Desantis", ["DeSantis"])]
    # two unranked forms: counts still decide
    assert stray_first("VanDemeer", [(50, 59)], "Vandemeer", [(0, 9), (90, 99)])[0] == "VanDemeer"


def test_an_accent_is_the_name_own_spelling_on_a_tie():
    # once each: the plain form is the stray, whichever comes first
    assert stray_first("Ramírez", [(0, 7)], "Ramirez", [(40, 47)])[0] == "Ramirez"
    assert stray_first("Ramirez", [(0, 7)], "Ramírez", [(40, 47)])[0] == "Ramirez"


def test_a_rarer_accented_form_in_a_story_written_plain_is_left_alone():
    # the story settles on "Sanchez"; one "Sánchez" is the name's own spelling, not a slip
    plain = ("Coach Tomas Sanchez named his squad on Monday. Sanchez said the team was ready.\n\n"
             "“We are ready,” Sánchez told reporters after training. Sanchez left early.\n")
    assert inconsistent(plain) == []
    # the reverse still counts: a plain form once beside the accented spelling
    accented = ("Coach Tomas Sánchez named his squad on Monday. Sánchez said the team was ready.\n\n"
                "“We are ready,” Sanchez told reporters after training. Sánchez left early.\n")
    found = inconsistent(accented)
    assert [(f.location.text, f.suggestions) for f in found] == [("Sanchez", ["Sánchez"])]
