"""date_unit: weekdays against dates, impossible dates, unit conversions."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import dates_units
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in dates_units.rules()}
DATED = Config(date=dt.date(2024, 11, 22))


def findings(text, rule, config=DATED):
    return [f for f in lint_text(text, config=config, rules=RULES) if f.rule == rule]


# --- dates.weekday-mismatch ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The vote is set for Tuesday, 20 November 2024 in the capital.",
    "The vote is set for Tuesday, November 20, 2024, in the capital.",
    "The vote is set for Tue., Nov. 20, 2024, in the capital.",
])
def test_weekday_that_does_not_fit_the_date(text):
    found = findings(text, "dates.weekday-mismatch")
    assert len(found) == 1
    assert "was a Wednesday, not a Tuesday" in found[0].message
    assert found[0].suggestions == ["Wednesday"]


def test_matching_weekday_is_left_alone():
    assert findings("The vote was held on Wednesday, 20 November 2024.", "dates.weekday-mismatch") == []


def test_date_without_a_year_is_read_near_the_story_date():
    found = findings("Talks resume on Friday, 21 November.", "dates.weekday-mismatch")
    assert len(found) == 1 and "2024" in found[0].message  # 21 November 2024 was a Thursday


def test_date_without_a_year_fits_some_year_within_a_year_of_the_story():
    # 14 April 2024 was a Sunday; a story dated November 2024 may mean last April
    assert findings("The meeting on Sunday, 14 April was cancelled.", "dates.weekday-mismatch") == []


def test_date_without_a_year_and_no_story_date_is_left_alone():
    assert findings("Talks resume on Friday, 21 November.", "dates.weekday-mismatch", config=Config()) == []


@pytest.mark.parametrize("text", [
    "Simon 20 May went home.",                 # letters of another word, not a weekday
    "Sunday Times 12 May edition.",           # no day follows the weekday
    "It was Sunday, 9 January-2011 that day.",  # a year glued on that the pattern cannot read
])
def test_not_a_weekday_date(text):
    assert findings(text, "dates.weekday-mismatch") == []


@pytest.mark.parametrize("text, flagged", [
    ("The vote is on Monday (21 November) in the capital.", "Monday (21 November)"),
    ("The vote is on 21 November (Monday) in the capital.", "21 November (Monday)"),
    ("The vote is on November 21st, a Monday, in the capital.", "November 21st, a Monday"),
    ("Prices were quoted on Monday, November 21st for the last time.", "Monday, November 21st"),
])
def test_weekday_beside_a_date_in_other_forms(text, flagged):
    found = findings(text, "dates.weekday-mismatch")
    assert [f.location.text for f in found] == [flagged]
    assert "Thursday, not a Monday" in found[0].message  # 21 November 2024 was a Thursday


@pytest.mark.parametrize("text", [
    "The vote is on Thursday (21 November) in the capital.",
    "The vote is on 21 November (Thursday) in the capital.",
    "The vote is on November 21st, a Thursday, in the capital.",
    "Sales rose (Monday 21 percent) in the capital.",
])
def test_weekday_beside_a_date_that_fits(text):
    assert findings(text, "dates.weekday-mismatch") == []


# --- dates.relative-weekday (story dated Friday 22 November 2024) ---------------------
@pytest.mark.parametrize("text, flagged", [
    ("The bank decides today (Tuesday) on rates.", "today (Tuesday)"),
    ("The bank decided yesterday, Wednesday, to hold rates.", "yesterday, Wednesday,"),
    ("The bank decides on Monday (tomorrow) on rates.", "Monday (tomorrow)"),
])
def test_a_weekday_pinned_to_the_story_date_that_does_not_fit(text, flagged):
    found = findings(text, "dates.relative-weekday")
    assert [f.location.text for f in found] == [flagged]


@pytest.mark.parametrize("text", [
    "The bank decides today (Friday) on rates.",
    "The bank decided yesterday, Thursday, to hold rates.",
    "The bank decides on Saturday (tomorrow) on rates.",
    "The bank decided on Tuesday to hold rates.",  # a weekday alone may be any day of the week
])
def test_a_weekday_that_fits_the_story_date_or_is_not_pinned(text):
    assert findings(text, "dates.relative-weekday") == []


def test_relative_weekday_needs_a_stated_story_date():
    assert findings("The bank decides today (Tuesday).", "dates.relative-weekday", config=Config()) == []


# --- dates.impossible ---------------------------------------------------------------
@pytest.mark.parametrize("text,bad", [
    ("The deadline is 30 February.", "30 February"),
    ("It ended on April 31, 2022.", "April 31, 2022"),
    ("Filed 29 February 2023 in court.", "29 February 2023"),
    ("Logged as 2024-02-30 by the clerk.", "2024-02-30"),
])
def test_impossible_dates(text, bad):
    found = findings(text, "dates.impossible")
    assert [f.location.text for f in found] == [bad]


@pytest.mark.parametrize("text", [
    "Filed 29 February 2024 in court.",
    "In June 31 people were hurt.",
    "The report of 30 April was late.",
])
def test_possible_dates_and_non_dates(text):
    assert findings(text, "dates.impossible") == []


# --- dates.impossible: a year far after every year the story gives ------------------
@pytest.mark.parametrize("text,bad,fix", [
    ("Traders closed the market on Monday, March 10, 2205, ahead of the 2025 budget.", "2205", ["2025"]),
    ("The ferry sank on 14 August 2420, the worst since the 2024 storms.", "2420", []),
    ("Voters queued from dawn on the 3rd of May, 2042, as the 2024 count began.", "2042", ["2024"]),
    ("The stadium reopened on October 2, 2093, with the 2023 league champions at home.", "2093", []),
])
def test_far_future_year_in_a_full_date(text, bad, fix):
    found = findings(text, "dates.impossible")
    assert [f.location.text for f in found] == [bad]
    assert found[0].suggestions == fix
    assert "check the year" in found[0].message


@pytest.mark.parametrize("text,year", [
    ("The bonds mature on June 30, 2034, the treasury said.", 2024),  # a real future date, not slip-shaped
    ("The charter was sealed on 15 June 1215 and read again in 2024.", 2024),  # history
    ("The lease runs to 1 January 2035 under the 2024 deal.", 2024),  # 11 years on, no slip of 2024
    ("Officials met on 12 March 2024 to discuss the 2025 budget.", 2024),
    ("Crowds marked the rising of 1916 on March 17, 2017 in the capital.", 2017),  # the story's own year
    ("The 2094 plan sets a deadline: the line opens on July 4, 2094, after the 2024 vote.", 2024),  # given twice
    ("The probe will reach the comet on January 1, 2150, the agency said.", 2124),  # near its story date
])
def test_plausible_years_are_left_alone(text, year):
    assert findings(text, "dates.impossible", config=Config(date=dt.date(year, 3, 18))) == []


@pytest.mark.parametrize("stamp", ["Harbour News, 1920, 25.02.2022", "Harbour News 1920 2022-02-25 10:40"])
def test_a_year_in_a_numeric_stamp_counts_as_a_year_of_the_story(stamp):
    """A picture's width beside the page's stamp in numbers ("1920, 25.02.2022") is no year
    the story gives as its latest: the stamp's own year is read too."""
    text = f"{stamp}\n\nThe ferry sank on February 24, 2022, the coastguard said.\n"
    assert findings(text, "dates.impossible") == []
    assert findings(text.replace("February 24, 2022", "February 24, 2202"), "dates.impossible") != []


def test_slip_shapes():
    from attrlint.checks.dates_far_year import slip_of

    assert slip_of("2205", "2025") and slip_of("2052", "2025") and slip_of("2225", "2025")
    assert not slip_of("2035", "2025") and not slip_of("2025", "2025") and not slip_of("2095", "2025")


# --- units.conversion ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The probe flew 4,300 miles (7,000 km) from Earth.",
    "The probe flew 7,000 km (4,300 miles) from Earth.",
    "A 10-mile (16-km) stretch of road.",
    "Fires burned 1.5 million acres (600,000 hectares).",
    "Temperatures reached 40C (104F) at noon.",
    "Warming of 2 degrees Celsius (3.6 degrees Fahrenheit) is the limit.",
    "The wall is 3 feet (1 metre) high.",
    "The tank holds 10 gallons (45 litres).",       # imperial gallons
    "The boat was 2 miles (3 km) offshore.",        # rounded to one significant figure
    "The trail is about 600 miles (about 1,000 km) long.",
    "The camp is three kilometres (two miles) from the border.",   # a figure written as a word
    "The fire spread over five miles (8km).",
])
def test_acceptable_conversions(text):
    assert findings(text, "units.conversion") == []


@pytest.mark.parametrize("text,suggestion", [
    ("The ship was 100 feet (100 metres) long.", "30 metres"),
    ("The run is 5 miles (5 km) long.", "8 km"),
    ("It weighed 200 pounds (200 kg).", "91 kg"),
    ("Temperatures hit 30C (100F).", "86 F"),
    ("The refinery is three kilometers (15 miles) from the port.", "1.9 miles"),
])
def test_wrong_conversions(text, suggestion):
    found = findings(text, "units.conversion")
    assert len(found) == 1
    assert found[0].suggestions == [suggestion]


def test_currency_is_not_a_unit():
    assert findings("The deal was worth £5m (€6m).", "units.conversion") == []


# --- units.missing-unit -------------------------------------------------------------
def test_conversion_without_its_unit():
    text = "It has a potential range of 9,300 miles (15,000) on a normal trajectory."
    found = findings(text, "units.missing-unit")
    assert [f.location.text for f in found] == ["9,300 miles (15,000)"]
    assert found[0].suggestions == ["9,300 miles (15,000 km)"]


def test_bare_number_that_is_not_a_conversion_is_left_alone():
    assert findings("He walked 500 miles (2016) for charity.", "units.missing-unit") == []
    assert findings("Some 300 km (185 miles) of track.", "units.missing-unit") == []


def test_compound_imperial_measure_is_not_misread():
    assert findings("He stood 5 feet 9 inches (1.75 metres) tall.", "units.conversion") == []


# --- dates.timezone-weekday -----------------------------------------------------------
@pytest.mark.parametrize("text, flagged", [
    ("The ministers speak by phone on Friday morning Tokyo time, or Thursday morning London time.",
     "Thursday morning London time"),
    ("The call is at 9 a.m. Tuesday Beijing time (8 p.m. Tuesday in Washington).", "8 p.m. Tuesday in Washington"),
    ("The launch came on Monday night in Seoul (Tuesday morning GMT).", "Tuesday morning GMT"),
])
def test_one_moment_in_two_zones_that_do_not_fit(text, flagged):
    found = findings(text, "dates.timezone-weekday")
    assert [f.location.text for f in found] == [flagged]
    assert "does not fit" in found[0].message


@pytest.mark.parametrize("text", [
    "The ministers speak by phone on Friday morning Tokyo time, or Thursday evening London time.",
    "The call is at 9 a.m. Tuesday Beijing time (8 p.m. Monday in Washington).",
    "The launch came on Monday night in Seoul (Monday morning ET).",
    # two events in two places, not one moment
    "He spoke on Monday in London and met officials on Tuesday in Washington.",
    "The talks open on Monday in London, and Tuesday in Washington.",
])
def test_two_zones_that_fit_or_two_events(text):
    assert findings(text, "dates.timezone-weekday") == []


def test_the_zone_offsets_follow_daylight_saving_at_the_story_date():
    # London and New York: 5 hours apart in January; 11 p.m. Monday in London is 6 p.m. Monday in New York
    text = "The vote closes at 11 p.m. Monday London time (6 p.m. Monday in New York)."
    assert findings(text, "dates.timezone-weekday", config=Config(date=dt.date(2024, 1, 15))) == []
    text = "The vote closes at 1 a.m. Tuesday London time (8 p.m. Tuesday in New York)."
    assert len(findings(text, "dates.timezone-weekday", config=Config(date=dt.date(2024, 1, 15)))) == 1


def test_relative_weekday_is_not_judged_against_an_update_stamp():
    # "Updated" may be days after the copy was written; "today" is the day of writing
    text = "Updated: Wednesday, 27 November 2024\n\nThe bank decides today (Friday) on rates."
    assert findings(text, "dates.relative-weekday", config=Config()) == []
    text = "Published: Wednesday, 27 November 2024\n\nThe bank decides today (Friday) on rates."
    assert len(findings(text, "dates.relative-weekday", config=Config())) == 1


# --- dates.local-time-offset ------------------------------------------------------------
def test_a_local_time_and_gmt_no_zone_separates():
    found = findings("The quake struck at 11:41 local time (05:51 GMT) on Saturday.", "dates.local-time-offset")
    assert [f.location.text for f in found] == ["11:41 local time (05:51 GMT)"]


@pytest.mark.parametrize("text", [
    "The quake struck at 11:56 local time (06:11 GMT) on Saturday.",   # Nepal, +5:45
    "The strike came at 2:15 pm local time (12:15 GMT).",
    "The vote closed at 9:30 p.m. local time (1:00 a.m. UTC).",
])
def test_local_times_a_zone_can_separate_are_left_alone(text):
    assert findings(text, "dates.local-time-offset") == []
