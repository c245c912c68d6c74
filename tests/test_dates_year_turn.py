"""dates.this-year-at-new-year: "earlier this year" a few days into January about the year
before. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks.dates_year_turn import rules
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in rules()}
D = dt.date


def found(text: str, date: dt.date | None):
    return lint_text(text, config=Config(date=date) if date else Config(), rules=RULES)


@pytest.mark.parametrize("text, date", [
    ("The band fell out during their 2025 reunion tour earlier this year, the suit says.", D(2026, 1, 2)),
    ("Prices rose sharply in March earlier this year, the bakers' union said.", D(2024, 1, 5)),
    ("The 2019 floods so far this year have cost the region dearly.", D(2020, 1, 9)),
])
def test_flags_last_years_events_called_this_years(text, date):
    got = found(text, date)
    assert [f.rule for f in got] == ["dates.this-year-at-new-year"]
    assert "last year" in got[0].message


@pytest.mark.parametrize("text, date", [
    # later in January, or another month: the year has run long enough
    ("The band fell out during their 2025 reunion tour earlier this year, the suit says.", D(2026, 1, 20)),
    ("The band fell out during their 2025 reunion tour earlier this year, the suit says.", D(2026, 6, 2)),
    # the story's own year, or no year or month at all
    ("The 2026 budget was tabled earlier this year, the minister said.", D(2026, 1, 8)),
    ("The ferry was suspended earlier this year after the storm.", D(2026, 1, 8)),
    # a sentence told from further back, and a quotation
    ("In 2019 the club said it had lost money earlier this year in 2019 and 2018.", D(2026, 1, 3)),
    ('"We toured the 2025 show earlier this year," she wrote in a note last month.', D(2026, 1, 3)),
    # no story date
    ("The band fell out during their 2025 reunion tour earlier this year, the suit says.", None),
])
def test_leaves_alone(text, date):
    assert found(text, date) == []
