"""Holders of 2000-2014 in rules/people/more_years_2000_2014.toml: the US House Speaker,
Ireland's presidents and taoisigh, India's presidents and foreign ministers, and the
foreign ministers of China, France and Australia, the US national security adviser, FBI
director, director of national intelligence and UN ambassador. With every holder listed from 2000, a
known person given the office in a story of those years is judged. Invented sentences
about real office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of


D = dt.date


@pytest.mark.parametrize("text, date", [
    ("House Speaker Dennis Hastert said the vote would go ahead.", D(2005, 3, 1)),
    ("Taoiseach Bertie Ahern said the vote would go ahead.", D(2005, 3, 1)),
    ("Irish Foreign Minister Brian Cowen said the vote would go ahead.", D(2002, 3, 1)),
    ("Irish President Mary McAleese said the vote would go ahead.", D(2005, 3, 1)),
    ("Indian Foreign Minister Pranab Mukherjee said the vote would go ahead.", D(2008, 3, 1)),
    ("Indian Foreign Minister Manmohan Singh said the vote would go ahead.", D(2006, 3, 1)),
    ("Indian President A. P. J. Abdul Kalam said the vote would go ahead.", D(2005, 3, 1)),
    ("Chinese Foreign Minister Yang Jiechi said the vote would go ahead.", D(2010, 3, 1)),
    ("French Foreign Minister Bernard Kouchner said the vote would go ahead.", D(2008, 3, 1)),
    ("Australian Foreign Minister Alexander Downer said the vote would go ahead.", D(2005, 3, 1)),
    ("National Security Adviser Stephen Hadley said the vote would go ahead.", D(2006, 3, 1)),
    ("FBI Director Robert Mueller said the vote would go ahead.", D(2008, 3, 1)),
    ("Director of National Intelligence Mike McConnell said the vote would go ahead.", D(2008, 3, 1)),
    ("UN Ambassador Zalmay Khalilzad said the vote would go ahead.", D(2008, 3, 1)),
    ("Special Counsel Robert Mueller said the vote would go ahead.", D(2018, 3, 1)),
    ("French Finance Minister Pierre Moscovici said the vote would go ahead.", D(2013, 3, 1)),
    ("French Finance Minister Thierry Breton said the vote would go ahead.", D(2006, 3, 1)),
])
def test_the_holder_on_the_date_passes(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date, rule", [
    # a known member of the House called Speaker while Nancy Pelosi held the chair
    ("Speaker Adam Schiff said the vote would go ahead.", D(2008, 3, 1), "title.wrong-office"),
    ("Irish President Bertie Ahern said the vote would go ahead.", D(2005, 3, 1), "title.wrong-office"),
    ("Taoiseach Enda Kenny said the vote would go ahead.", D(2010, 1, 5), "title.wrong-office"),
    ("Indian President Pranab Mukherjee said the vote would go ahead.", D(2008, 3, 1), "title.wrong-office"),
    ("Chinese Foreign Minister Wang Yi said the vote would go ahead.", D(2010, 3, 1), "title.wrong-office"),
    ("Australian Foreign Minister Kevin Rudd said the vote would go ahead.", D(2008, 3, 1), "title.wrong-office"),
    ("Speaker Dennis Hastert said the vote would go ahead.", D(2009, 3, 1), "title.missing-former"),
    ("FBI Director James Comey said the vote would go ahead.", D(2008, 3, 1), "title.wrong-office"),
    ("Director of National Intelligence James Clapper said the vote would go ahead.", D(2008, 3, 1),
     "title.wrong-office"),
    ("National Security Adviser Susan Rice said the vote would go ahead.", D(2012, 3, 1), "title.wrong-office"),
    ("French Finance Minister Christine Lagarde said the vote would go ahead.", D(2006, 3, 1), "title.wrong-office"),
])
def test_wrong_or_outdated_titles_are_flagged(text, date, rule):
    assert rules_of(text, date) == [rule]
