"""A person sitting in a listed office on a date before their record claims to be complete
(kb/seated.py): what they cannot have held at the same time is still judged. Invented
sentences about real office holders, dated inside and outside their terms."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in titles.rules()}
D = dt.date
SAID = " told a meeting of donors in the capital on Tuesday."


def found(text: str, date: dt.date) -> list:
    return lint_text(text, config=Config(date=date), rules=RULES)


@pytest.mark.parametrize("title, name, date, why", [
    # (people whose records are claimed complete only from 2015: years_complete*.toml move
    # many claims back, and a claimed record is judged by the complete-record check instead)
    # an international body's full-time head, named by the body
    ("ECB President", "Jim Risch", D(2010, 7, 2), "body's office"),
    ("NATO Secretary-General", "Jim Risch", D(2010, 7, 2), "body's office"),
    ("IMF Managing Director", "Yoshihide Suga", D(2013, 9, 10), "body's office"),
    # a one-country title of another country
    ("Chancellor of the Exchequer", "Yoshihide Suga", D(2013, 9, 10), "body's office"),
    ("Fed Chair", "Itsunori Onodera", D(2013, 6, 6), "body's office"),
    # the United States has no office called a minister
    ("Trade Minister", "Jim Risch", D(2010, 7, 2), "called a minister"),
    ("South Dakota Defence Minister", "Dennis Daugaard", D(2012, 12, 31), "called a minister"),
    # a sitting member of Congress holds no other federal or state office
    ("Energy Secretary", "Jim Risch", D(2010, 7, 2), "member of Congress"),
    ("Governor", "Bennie Thompson", D(2008, 1, 2), "member of Congress"),
    ("Rep.", "Jim Risch", D(2010, 7, 2), "member of Congress"),
    ("Speaker", "Jim Risch", D(2010, 7, 2), "member of Congress"),
    ("Attorney General", "Bennie Thompson", D(2008, 1, 2), "member of Congress"),
    # a holder of another listed office is no speaker, monarch, ambassador or governor
    ("Speaker", "Yoshihide Suga", D(2013, 9, 10), "not held alongside"),
    ("King", "Ueli Maurer", D(2014, 9, 7), "not held alongside"),
    ("Speaker", "Pam Bondi", D(2014, 5, 3), "not held alongside"),
    # a sitting president who is head of state
    ("Senator", "Jose Eduardo dos Santos", D(2007, 7, 2), "head of state"),
    ("Vice President", "Jose Eduardo dos Santos", D(2013, 6, 6), "the office itself"),  # the deputy of his own office (kb/promoted.py)
    ("Prime Minister", "Jose Eduardo dos Santos", D(2013, 6, 6), "head of state"),
])
def test_an_office_that_cannot_be_held_alongside_the_one_on_record(title, name, date, why):
    got = found(f"{title} {name}{SAID}", date)
    assert [f.rule for f in got] == ["title.wrong-office"]
    assert why in got[0].message


@pytest.mark.parametrize("text, date", [
    # the office held
    ("Senator Jim Risch" + SAID, D(2010, 7, 2)),
    ("Rep. Bennie Thompson" + SAID, D(2008, 1, 2)),
    ("President Jose Eduardo dos Santos" + SAID, D(2013, 6, 6)),
    ("Chief Cabinet Secretary Yoshihide Suga" + SAID, D(2013, 9, 10)),
    # the House elects its Speaker from its members: not ruled out for a representative
    # (in 1999, before the Speaker's holders are all listed: from 2000 the office-level
    # check judges "Speaker Adam Schiff", see test_titles_2000s_more.py)
    ("Speaker Bennie Thompson" + SAID, D(1999, 6, 1)),
    # a post many countries have: other holders are not all modelled
    ("Health Minister Yoshihide Suga" + SAID, D(2013, 9, 10)),
    # the Eurogroup's president is a sitting finance minister
    ("Eurogroup President Yoshihide Suga" + SAID, D(2013, 9, 10)),
    # titles that name no office, and roles in lower case
    ("keynote speaker Jim Risch" + SAID, D(2010, 7, 2)),
    ("Chairman Jim Risch" + SAID, D(2010, 7, 2)),
    # a bare surname may be another person
    ("Governor Thompson" + SAID, D(2008, 1, 2)),
    # before the term starts, or close to its ends, the office held is not known
    ("Governor Bennie Thompson" + SAID, D(1993, 1, 2)),
    ("Governor Bennie Thompson" + SAID, D(1993, 5, 1)),
    # US honorifics are kept for life: not ruled out for a US official outside Congress
    ("Senator Pam Bondi" + SAID, D(2014, 5, 3)),
    ("Governor Pam Bondi" + SAID, D(2014, 5, 3)),
    # titles kept for life: a former envoy made minister is often still "Ambassador"
    ("Ambassador Ueli Maurer" + SAID, D(2014, 9, 7)),
    ("Governor Yoshihide Suga" + SAID, D(2013, 9, 10)),
    # an office on record carries the word: a central bank's governor
    ("Governor Erdem Basci" + SAID, D(2013, 9, 7)),
])
def test_left_alone(text, date):
    assert found(text, date) == []


@pytest.mark.parametrize("text, date, flagged", [
    # rules/people/years_complete.toml: records complete from the start of the one office
    ("Foreign Minister Michael D. Higgins" + SAID, D(2013, 6, 6), True),
    ("President Haidar al-Abadi" + SAID, D(2014, 11, 4), True),
    ("Defence Minister Juan Manuel Santos" + SAID, D(2013, 6, 6), True),
    ("Interior Minister Erna Solberg" + SAID, D(2014, 5, 24), True),
    # the office held, and one held before the claim starts
    ("Prime Minister Haidar al-Abadi" + SAID, D(2014, 11, 4), False),
    ("Defence Minister Juan Manuel Santos" + SAID, D(2008, 6, 6), False),
    # a head of government who also held ministries: those are left out
    ("Finance Minister Najib Razak" + SAID, D(2012, 2, 16), False),
])
def test_records_complete_from_an_earlier_date(text, date, flagged):
    assert bool(found(text, date)) == flagged
