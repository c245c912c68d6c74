"""Stop 31: a name a scrape wrote without the letters it could not encode ("Orbn"),
beside the same name written whole, is one name spelt two ways. Invented sentences."""
from __future__ import annotations

import pytest

from attrlint.checks import consistency
from attrlint.config import Config
from attrlint.linter import lint_text


def _inconsistent(text: str):
    rules = {r.id: r for r in consistency.rules() if r.id == "names.inconsistent"}
    return [f for f in lint_text(text, path="story.txt", config=Config(), rules=rules)]


def test_a_name_with_deleted_letters_beside_its_whole_spelling_is_inconsistent():
    text = ("Hungarian Prime Minister Viktor Orbn met EU leaders on Monday. Viktor Orbn said the talks "
            "went well.\n\nLater, Orban told reporters that the veto stood.")
    found = _inconsistent(text)
    assert [(f.location.text, f.suggestions[0]) for f in found] == [("Orbn", "Orban")]


@pytest.mark.parametrize("text", [
    # one name is the other with letters left out, but no well-known name has accented letters there
    "Coach Dan Kimber praised the squad. Dan Kimer, his brother, was not there.",
    "Viktor Orban met EU leaders on Monday. Orban said the talks went well.",
    # a word of its own: the month, beside a name it is a deletion of (Nová)
    "Filming of Nova began on 3 Nov. Nova star Jana Pekar said the shoot was hard. Nova opens in May.",
])
def test_other_short_forms_are_not_deleted_letters(text):
    assert not [f for f in _inconsistent(text) if "deleted" in f.message]
