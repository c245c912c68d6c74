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
        ("Updated 14 February 2023\nThe council met on Tuesday.", dt.date(2023, 2, 14), "updated line"),
        ("Updated 14 February 2023\nPublished 12 February 2023\nThe council met on Tuesday.",
         dt.date(2023, 2, 12), "published line"),
        (" date 2021-03-17 Council delays vote on new library\nThe council met.", dt.date(2021, 3, 17),
         "scrape metadata"),
        ("The council met on Tuesday to vote.\n\nIt approved the budget.\n\n"
         "First Published: Sat, May 4 2019. 18:50 IST", dt.date(2019, 5, 4), "published line"),
        ("Budget passes\nMay 3, 20192019 Elections\nThe council met on Friday to vote.", dt.date(2019, 5, 3),
         "dated line"),
        ("Budget passes\n3.5.2019 14:02:14 CEST | Town Wire | Press release\nThe council met.",
         dt.date(2019, 5, 3), "dated line"),
        ("Budget passes\nBy Jo Bloggs | 3 May 2019\nThe council met on Friday.", dt.date(2019, 5, 3), "dated line"),
        ("Budget passes\nBy Jo Bloggs | Published: 3 May 2019\nThe council met.", dt.date(2019, 5, 3),
         "published line"),
        ("Budget passes\nupdate 2019.05.03 14:35\nThe council met on Friday.", dt.date(2019, 5, 3), "updated line"),
        # the label alone on its line, the date on the next
        ("Budget passes\nPublished:\n29 December 2014\nThe council met on Friday.", dt.date(2014, 12, 29),
         "published line"),
        # "Original:" under an "Updated:" stamp is the story's own date
        ("Author:\nJo Bloggs\nUpdated:\nMar 6, 2018\nOriginal:\nDec 21, 2016\nThe council met on Friday.",
         dt.date(2016, 12, 21), "published line"),
    ],
)
def test_story_date_from_the_text(text, date, source):
    sd = Document.from_text(text).story_date
    assert (sd.date, sd.source) == (date, source)


NAV = "".join(f"Section {n}\n" for n in range(30))  # a scraped page's navigation block (past 300 characters)
BODY = "".join(f"\nThe council met again, for the {n}th time." for n in range(6))  # past the last lines


@pytest.mark.parametrize(
    "text, date",
    [
        # an ISO timestamp opening its line, whatever furniture follows
        ("Headline\n2023-02-11 13:09:10 [Source: Town Wire] [Editor: Jo Bloggs] Font: [large small]\nText.",
         dt.date(2023, 2, 11)),
        ("Headline\nUpdated on 19-Dec-2025\nThe council met on Friday.", dt.date(2025, 12, 19)),
        # below a long navigation block: a date with a clock time, a byline with its date, a label
        (NAV + "Headline\nSat, 20 Dec, 2025 - 06:36" + BODY, dt.date(2025, 12, 20)),
        (NAV + "Headline\nNovember 3, 2025 (8:42 AM ET)" + BODY, dt.date(2025, 11, 3)),
        (NAV + "Headline\nBy Jo Bloggs on Dec. 19, 2025" + BODY, dt.date(2025, 12, 19)),
        (NAV + "Headline\nUpdated on 19-Dec-2025" + BODY, dt.date(2025, 12, 19)),
        # a feed's ISO timestamp below the navigation: the only year on a page whose lead
        # says just "On February 10" (machine-translated feed copy)
        (NAV + "Headline - Town News Network\n2023-02-11 13:09:10 [Source: Town Wire] Font: [large small]"
         "\nOn February 10, the council met." + BODY, dt.date(2023, 2, 11)),
    ],
)
def test_stamps_of_scraped_pages(text, date):
    assert Document.from_text(text).story_date.date == date


@pytest.mark.parametrize(
    "text",
    [
        # below the navigation, a date in a sentence or with other words is not the stamp
        NAV + "Headline\nThe council met on November 3, 2025 at 8:42 to vote.\nMore text.",
        NAV + "Headline\nBy Jo Bloggs on Dec. 19, 2025, the council had voted twice.\nMore text.",
        # an ISO date without a clock time, or not opening its line
        NAV + "Headline\n2023-02-11 was the day the council met.\nMore text.",
        NAV + "Headline\nThe vote of 2023-02-11 13:09 was annulled.\nMore text.",
    ],
)
def test_deep_dates_in_sentences_are_not_stamps(text):
    assert Document.from_text(text).story_date.source == "today"



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


@pytest.mark.parametrize("text", [
    # a date inside a sentence near the top is an event, not the page's stamp
    "Budget passes\n\nThe council, which first met on 3 May 1999 in the old town hall, voted again.",
    # a short sentence with a date is an event too
    "Budget passes\n\nHe left office on 3 May 2017.",
    # "published" inside a sentence dates the thing published, not the page
    "Budget passes\n\nA study published on 3 May 2015 found the council had overspent for years.",
    # a numeric date without a clock time is ambiguous (3.5 could be a figure)
    "Budget passes\n\nGrowth was 3.5.2019 figures show the council met.",
])
def test_a_date_in_a_sentence_is_not_the_page_stamp(text):
    from attrlint.dates import find_story_date

    assert find_story_date(text) is None


def test_story_date_from_the_url_in_html_metadata():
    html = ('<html><head><link rel="canonical" href="https://news.example/2021/11/15/budget-vote/">'
            '</head><body><p>The council met on Monday.</p></body></html>')
    sd = read_document(html, "a.html").story_date
    assert (sd.date, sd.source) == (dt.date(2021, 11, 15), "url")
    html = html.replace('<link rel="canonical" href="https://news.example/2021/11/15/budget-vote/">',
                        '<meta property="og:url" content="https://news.example/2021-11-16-budget.html">')
    assert read_document(html, "a.html").story_date.date == dt.date(2021, 11, 16)


def test_when_no_date_is_found_today_is_assumed_and_said():
    sd = Document.from_text("The council met on Tuesday to discuss the budget.").story_date
    assert sd.assumed
    assert not Document.from_text("BRUSSELS, March 9, 2016 - Ministers met").story_date.assumed


@pytest.mark.parametrize("text", [
    # a forum member's join date over a later story
    "Flood warning for the valley\n\nModerator\nMar 3, 2009\n\nRivers rose on Sunday. The warning ran to June 14, 2022.",
    # an old comment's date at the foot, the copy's dates years later
    "Council votes\n\nThe vote on 12 May 2023 passed. A second vote followed on 19 May 2023.\n\nReply\n4 January 2011",
    "Budget passed\n\nJoined\nSep 9, 2012\n\nThe budget of Feb. 2, 2020 was passed, officials said.",
])
def test_a_dated_line_years_before_every_date_of_the_copy_is_not_the_story_date(text):
    from attrlint.dates import find_story_date

    assert find_story_date(text) is None


def test_a_dated_line_near_the_copy_s_dates_stays_the_story_date():
    from attrlint.dates import find_story_date

    text = "Flood warning\n\nMar 3, 2022\n\nRivers rose on Sunday after rain on Feb. 27, 2022. A plan runs to 2030."
    assert find_story_date(text) == (dt.date(2022, 3, 3), "dated line")


@pytest.mark.parametrize("text, old_year", [
    ("Flood warning for the valley\n\nModerator\nMar 3, 2009\n\nRivers rose on Sunday. The warning ran to June 14, 2022.", 2009),
    ("Budget passed\n\nJoined\nSep 9, 2012\n\nThe budget of Feb. 2, 2020 was passed, officials said.", 2012),
    ("Harbour reopens\nStaff member\nOct 7, 2008\nThe harbour reopened on Aug. 20, 2021, the port said.", 2008),
])
def test_a_document_does_not_take_an_old_widget_date_as_its_story_date(text, old_year):
    """The last fallback (a full date in the first 300 characters) obeys the same rule."""
    assert Document.from_text(text).story_date.date.year != old_year


def _dated_line_unfiltered(line):
    """``dates._dated_line`` without its word-count prefilter: every pattern, every match."""
    from attrlint import dates

    fixed = dates._GLUED_YEAR.sub(r"\1 ", line)
    stamp = dates._ISO_TIMED.match(fixed)
    if stamp:
        return dates._ymd(stamp)
    for pat in (dates.DAY_MONTH, dates.MONTH_DAY, dates.ISO, dates._NUMERIC_TIMED, dates._YEAR_FIRST,
                dates._DMY_HYPHEN):
        for m in pat.finditer(fixed):
            if not m["year"]:
                continue
            rest = (fixed[: m.start()] + " " + fixed[m.end():]).split()
            lower = [w for w in rest if w[:1].islower() and w.lower().strip(".,") not in dates._STAMP_WORDS]
            if len(rest) > dates.DATED_LINE_WORDS or len(lower) > 1 or fixed[m.end():].lstrip()[:1].islower():
                continue
            if lower and line.rstrip().endswith((".", "!", "?", '"', "”")):
                continue
            return dates._ymd(m)
    return None


def test_dated_line_prefilter_keeps_every_answer():
    """The longest written date with eight words beside it is still a dated line; one word
    more and no date form can be (the prefilter skips such lines unscanned): the same answer
    as scanning every match, for every date form and word count around the bound."""
    from attrlint import dates

    forms = ["Tuesday, the 20th of November, 2024", "Tuesday, November 20th, 2024", "2024-11-20",
             "20.11.2024 09:41", "2024/11/20", "20-Nov-2024", "2024-11-20 09:41"]
    words = ["By", "Jo", "Bloggs", "|", "Staff", "Writer", "|", "Town", "Wire", "|", "News", "Desk"]
    for form in forms:
        for n in range(len(words) + 1):
            for line in (" ".join(words[:n] + [form]), " ".join([form] + words[:n])):
                assert dates._dated_line(line) == _dated_line_unfiltered(line), line
    longest = " ".join(words[:8] + [forms[0]])
    assert dates._dated_line(longest) == dt.date(2024, 11, 20)
    assert dates._dated_line(" ".join(words[:9] + [forms[0]])) is None


def test_day_month_prefilter_finds_what_the_scan_finds():
    """``day_month_dates`` skips the scan only where no day stands before a month: on random
    strings of date parts it finds exactly what ``DAY_MONTH.finditer`` finds."""
    import random

    from attrlint import dates

    parts = ["Tuesday", "Tue.,", "the", "20th", "3", "31st", "of", "Nov.", "November", "may", "MAY", "2024,",
             "1999", "Sept", "sept.", "x20", "20x", "on", ",", "\n", "Marching", "2nd", "of\tJune"]
    rng = random.Random(7)
    hits = 0
    for _ in range(3000):
        text = " ".join(rng.choice(parts) for _ in range(rng.randint(1, 8)))
        want = [m.span() for m in dates.DAY_MONTH.finditer(text)]
        assert [m.span() for m in dates.day_month_dates(text)] == want, text
        hits += bool(want)
    assert hits > 300  # the strings hold dates often enough to test both sides
