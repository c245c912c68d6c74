"""Findings inside the page's furniture (invented fixtures): a block to delete hides the
other categories' findings in it, except a typo in a photo's caption, which the desk fixes
(the caption is published under the photo); the caption's credit stays hidden."""
from __future__ import annotations

import pytest

from attrlint.linter import lint_text
from attrlint.registry import discover

LEAD = ("The harbour board agreed a new ferry timetable on Monday after months of complaints "
        "from island residents about late sailings.")
END = "Fares will not rise this year, the board said in a statement after the meeting on Monday evening."


@pytest.fixture(scope="module")
def rules():
    return {rid: r for rid, r in discover().items()
            if rid.startswith(("debris.", "spelling.", "vague-source.", "attribution."))}


def _page(caption: str, above: str = "Share this") -> str:
    return f"Harbour board agrees new ferry timetable\n\n{LEAD}\n\n{above}\n{caption}\nRelated Topics\n\n{END}"


def test_a_typo_in_a_caption_inside_a_block_is_reported(rules):
    text = _page("Ferry passengers wait at the quay in teh rain on Monday (Photo: Jane Doe/Example Agency)")
    found = [(f.category, text[f.start:f.end]) for f in lint_text(text, rules=rules)]
    assert ("typo", "teh") in found
    assert any(cat == "debris" for cat, _ in found)


def test_a_typo_in_the_captions_credit_stays_hidden(rules):
    text = _page("Ferry passengers wait at the quay in the rain on Monday (Photo: teh Example Agency)")
    assert [f for f in lint_text(text, rules=rules) if f.category == "typo"] == []


def test_a_typo_in_a_block_line_that_is_no_caption_stays_hidden(rules):
    text = _page("Follow our harbour coverage on teh app here:", above="Share this\nComments")
    found = lint_text(text, rules=rules)
    assert any(f.category == "debris" for f in found)
    assert [f for f in found if f.category == "typo"] == []


def test_other_categories_in_a_caption_stay_hidden(rules):
    text = _page("Ferry passengers reportedly waited at the quay in the rain (Photo: Jane Doe/Example Agency)")
    found = lint_text(text, rules=rules)
    assert any(f.category == "debris" for f in found)
    assert [f for f in found if f.category not in ("debris", "typo")] == []
