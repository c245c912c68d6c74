"""An "-elect" title in copy that says the inauguration is still ahead was right when the
copy was written, whatever later date an aggregator's page stamp gives it; without such
words the outdated "-elect" is still reported. Invented sentences about a real office."""
from __future__ import annotations

from attrlint.linter import lint_text


def titles(body: str) -> list[str]:
    text = f"Date: 2025-04-17\n\nBUENOS AIRES — {body}\n"
    return [f.rule for f in lint_text(text, path="draft.txt") if f.category == "title"]


def test_elect_with_the_inauguration_ahead_is_left_alone():
    body = ("Argentina's President-elect Javier Milei named his economy team on Wednesday, "
            "weeks before he takes office on Dec. 10, his spokesman said.")
    assert titles(body) == []


def test_elect_after_the_inauguration_is_still_reported():
    body = "Argentina's President-elect Javier Milei named his economy team on Wednesday, his spokesman said."
    assert titles(body) == ["title.wrong-office"]
