import datetime as dt

import pytest

from attrlint.config import Config
from attrlint.document import Document
from attrlint.formats import read_document


@pytest.mark.parametrize(
    "text, date, source",
    [
        ("Posted on – Monday, 6 January 2025\n\nHeadline\n\nLVIV, 2 January 2025 (dpa) - The city", dt.date(2025, 1, 2), "dateline"),
        ("SEOUL, South Korea, Nov. 4, 2019 (AP) — North Korea said", dt.date(2019, 11, 4), "dateline"),
        ("BRUSSELS, March 9, 2016 - Ministers met", dt.date(2016, 3, 9), "dateline"),
        ("Updated 14 February 2023\nThe council met on Tuesday.", dt.date(2023, 2, 14), "dated line"),
    ],
)
def test_story_date_from_the_text(text, date, source):
    sd = Document.from_text(text).story_date
    assert (sd.date, sd.source) == (date, source)


def test_no_date_falls_back_to_today():
    sd = Document.from_text("The council met on Tuesday to discuss the budget.").story_date
    assert sd == type(sd)(dt.date.today(), "today")


def test_a_date_deep_in_the_body_is_not_the_story_date():
    body = "The council met again. " * 40 + "It first met on 3 May 1999."
    assert Document.from_text(body).story_date.source == "today"


def test_option_beats_front_matter_beats_dateline():
    md = "---\ndate: 2024-11-20\n---\nKYIV, 1 June 2023 (AFP) - Text\n"
    assert read_document(md, "a.md").story_date.source == "front matter"
    doc = read_document(md, "a.md", config=Config(date=dt.date(2017, 1, 19)))
    assert (doc.story_date.date, doc.story_date.source) == (dt.date(2017, 1, 19), "option")


def test_a_weekday_must_be_a_whole_word():
    from attrlint.dates import DAY_MONTH

    assert DAY_MONTH.search("Simon 20 May 2024")["weekday"] is None
    assert DAY_MONTH.search("on Monday, 20 May 2024")["weekday"] == "Mon"
