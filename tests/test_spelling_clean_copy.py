"""Stop 31, round 2: spelling false alarms on carefully edited copy. A brand written in
lower case is told by its own form ("write YouTube"), and a productive derivation of a
common stem is a word. The sentences are invented."""
from __future__ import annotations

import pytest

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text

WORD_RULES = {r.id: r for r in spelling.rules() if not r.needs}


def lint(text: str):
    return list(lint_text(text, path="story.txt", config=Config(), rules=WORD_RULES))


@pytest.mark.parametrize("text, typed, form", [
    ("The band uploaded the new video to youtube on Friday and it was watched widely.", "youtube", "YouTube"),
    ("The seller listed the old guitar on ebay for a fraction of its price, he said.", "ebay", "eBay"),
    ("Fans queued overnight for the new iphone at the shop in the city centre.", "iphone", "iPhone"),
])
def test_a_lower_case_brand_is_told_by_its_own_form(text, typed, form):
    found = [f for f in lint(text) if f.location.text == typed]
    assert found, lint(text)
    assert found[0].suggestions[0] == form
    assert f"write “{form}”" in found[0].message


def test_a_run_of_two_words_is_still_two_words():
    found = [f for f in lint("It is a big problem ofthe city council, the mayor said.") if f.location.text == "ofthe"]
    assert found and found[0].suggestions[0] == "of the"


@pytest.mark.parametrize("text", [
    "Critics described the governor's isolationistic agenda as a danger to local trade.",
    "Only one man could laugh off the sketch: the spoofee himself, who loved it.",
])
def test_a_derivation_of_a_common_stem_is_a_word(text):
    assert not lint(text), lint(text)


@pytest.mark.parametrize("text, typed", [
    ("Protests have occured in the square every week since the vote, officials said.", "occured"),
    ("The council has recieved hundreds of complaints about the new parking rules.", "recieved"),
])
def test_inflection_slips_stay_flagged(text, typed):
    assert any(f.location.text == typed for f in lint(text)), lint(text)


def test_a_run_of_letters_longer_than_any_name_is_not_halved():
    # each halving is a new string: a run of letters with no space would cost its square
    from attrlint.spelling import cased, scrambled
    from attrlint.spelling.lexicon import lexicon

    assert cased.cased_form("a" * (cased.LONGEST_NAME + 1), lexicon()) is None
    assert scrambled.scrambled("a" * (scrambled.MAX_LENGTH + 1), None) is None  # type: ignore[arg-type]
