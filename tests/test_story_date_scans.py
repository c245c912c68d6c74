"""The story date's scans cut for speed (stop 31): the label search passes over lines
without a label word, the written date over text without a year."""
from __future__ import annotations

import re
import sys

from attrlint import dates


def test_every_letter_re_reads_as_a_label_letter_is_folded():
    letters = sorted(set("".join(dates._LABEL_WORDS)))
    alike = re.compile("[" + "".join(letters) + "]", re.I)
    every = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for c in alike.findall(every):
        assert c.translate(dates._CASE_ODD).lower() in letters, c


def test_story_date_labels_found_only_where_a_label_word_stands():
    lines = ["Published: 4 May 2019", "By Ana Lorvik | Last modified on 3 June 2020", "POSTED 12 Jan 2021",
             "Original: Dec 21, 2016", "PUBLİSHED 1 May 2020", "poſted on 2 May 2020", "A plain line of copy.",
             "The study was published on 3 May 2015 and updated later."]
    for line in lines:
        assert [m.span() for m in dates._labels(line)] == [m.span() for m in dates._PUBLISHED.finditer(line)], line
    assert not list(dates._labels(lines[6]))
    assert list(dates._labels(lines[4])) and list(dates._labels(lines[5]))


def test_written_date_without_year_digits_is_none_and_with_them_found():
    assert dates.find_written_date("Talks resume on Tuesday 3 March, officials said.") is None
    found = dates.find_written_date("KORVA, Tuesday 3 March 2020 (Wire) - Talks resumed.")
    assert found is not None and found[0].isoformat() == "2020-03-03"


def test_weekday_beside_a_date_needs_a_weekday_name():
    from attrlint.checks import dates_units

    texts = ["The vote is on Monday (26 September), officials said.", "It fell on 26 September, a Monday, again.",
             "The vote is on 26 September (monday).", "No weekday here: 26 September (26 September)."]
    for text in texts:
        want = [m.span() for pat in dates_units._WEEKDAY_BESIDE for m in pat.finditer(text)
                if dates_units._parse_bare(m["date"])]
        assert [m.span() for m, *_ in dates_units._weekday_beside(text)] == want, text
    assert list(dates_units._weekday_beside(texts[0]))
