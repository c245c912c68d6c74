"""The CMS's fields in a row between bars, the page's date and clock among them, are the
page's stamp; a sentence with bars, or a row without a clock, is not. Invented texts."""
from __future__ import annotations

import pytest

from attrlint.furniture.shape_meta import _fielded_stamp
from attrlint.linter import lint_text

HEAD = "Harbour council opens a new ferry pier"
BODY = (
    "The Harbour council opened its new ferry pier on Tuesday after two years of building work.\n\n"
    "Mayor Ines Okafor said the pier would double the number of crossings in the summer.\n"
)


@pytest.mark.parametrize("line", [
    "Source: Harbour Wire| 2021-04-12 09:15:02|Editor: Lin",
    "Date :Friday, April 9th, 2021 | Time : 18:40 |ID: 99812 | Print",
    "Harbour Desk | Updated: 12-04-2021 09:15 IST | Created: 12-04-2021 08:50 IST",
])
def test_fields_with_the_date_and_clock_are_the_page_stamp(line):
    assert _fielded_stamp(line)
    debris = [f.location.line for f in lint_text(f"{HEAD}\n{line}\n\n{BODY}", path="d.txt") if f.category == "debris"]
    assert debris == [2]


@pytest.mark.parametrize("line", [
    "Harbour | 2021-04-12 | Ferry",                                        # no clock
    "The vote | was held at 10:25 | on April 9, 2021, and | it passed.",   # a sentence with bars
    "Results: 10:25 | 11:40 | 12:05",                                      # times without a date
])
def test_rows_without_a_stamp_are_not(line):
    assert not _fielded_stamp(line)
