"""A story with no trustworthy date could be of any year: only a title wrong at every date
is reported — an office the person never held on record, or a head's title their countries
have had at no time ("Prime Minister Joe Biden": the United States has no prime minister).
Invented sentences about real office holders."""
from __future__ import annotations

import pytest

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in titles.rules()}


def findings(text: str):
    return lint_text(text, config=Config(), rules=RULES)


@pytest.mark.parametrize("text, title", [
    ("Prime Minister Joe Biden told reporters the aid would continue.", "Prime Minister"),
    ("President Boris Johnson told reporters the aid would continue.", "President"),
    ("Prime Minister Olaf Scholz told reporters the aid would continue.", "Prime Minister"),
    ("Premier Joe Biden told reporters the aid would continue.", "Premier"),
    ("Supreme Leader Lindsey Graham told reporters the aid would continue.", "Supreme Leader"),
])
def test_a_title_wrong_at_any_date_is_reported(text, title):
    got = findings(text)
    assert [f.rule for f in got] == ["title.wrong-office"]
    assert text[got[0].start:got[0].end].startswith(title)
    assert "at any date" in got[0].message  # the message says no date was assumed
    assert not got[0].suggestions  # which office the person held then is not known


@pytest.mark.parametrize("text", [
    "President Joe Biden told reporters the aid would continue.",  # right in some years
    "Former President Joe Biden told reporters the aid would continue.",
    "Prime Minister Boris Johnson told reporters the aid would continue.",
    "Foreign Secretary Boris Johnson told reporters the aid would continue.",
    "Health Minister Boris Johnson told reporters the aid would continue.",  # not on record before his claim
    "Acting Prime Minister Joe Biden told reporters the aid would continue.",  # not judged for acting
])
def test_a_title_right_at_some_date_or_not_certain_is_left_alone(text):
    assert findings(text) == []
