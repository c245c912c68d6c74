"""dates.missing-month: a day and a year after a place's name, the month lost; numbered
names that are no places are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.dates_missing_month import MissingMonth
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[str]:
    out = lint_text(text, path="story.txt", config=Config(), rules={MissingMonth.id: MissingMonth()})
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text,span", [
    ("The chairman spoke to reporters in Kuching 14, 2021, after the vote.", "Kuching 14, 2021"),
    ("The ceremony was held in Lusaka 3, 2019, under heavy rain.", "Lusaka 3, 2019"),
    ("Delegates met at Geneva 22, 2023 to sign the accord.", "Geneva 22, 2023"),
])
def test_date_without_month_after_place_is_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "The Apollo 11, 1969 landing is still celebrated.",
    "The firm filed for Chapter 11, 2020 records show.",
    "Windows 10, 2015 was its last big release.",
    "The chairman spoke in Kuching on March 14, 2021.",
    "KUCHING, March 14 (Reuters) - The chairman spoke.",
])
def test_numbered_names_and_full_dates_left_alone(text):
    assert found(text) == []
