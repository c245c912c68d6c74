"""Stories dated 2000-2014 (rules/people/years_2000_2014.toml): the main offices' holders of
those years, the earlier terms of people in office later, and offices whose every holder
is listed from 2000. Invented sentences about real office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of

from attrlint.kb.analysis import analyzer

D = dt.date


@pytest.mark.parametrize("text, date", [
    ("President George W. Bush spoke to reporters on Monday.", D(2005, 3, 10)),
    ("Vice President Dick Cheney spoke to reporters on Monday.", D(2005, 3, 10)),
    ("Secretary of State Colin Powell spoke to reporters on Monday.", D(2003, 2, 5)),
    ("Secretary of State Condoleezza Rice spoke to reporters on Monday.", D(2007, 2, 5)),
    ("National Security Adviser Condoleezza Rice spoke to reporters on Monday.", D(2002, 2, 5)),
    ("Defense Secretary Donald Rumsfeld spoke to reporters on Monday.", D(2004, 2, 5)),
    ("Treasury Secretary Henry Paulson spoke to reporters on Monday.", D(2008, 10, 1)),
    ("Fed Chairman Alan Greenspan spoke to reporters on Monday.", D(2004, 10, 1)),
    ("British Prime Minister Tony Blair spoke to reporters on Monday.", D(2003, 3, 20)),
    ("Chancellor of the Exchequer Gordon Brown spoke to reporters on Monday.", D(2003, 3, 20)),
    ("Foreign Secretary Jack Straw spoke to reporters on Monday.", D(2003, 3, 20)),
    ("German Chancellor Gerhard Schröder spoke to reporters on Monday.", D(2003, 3, 20)),
    ("French President Jacques Chirac spoke to reporters on Monday.", D(2003, 3, 20)),
    ("Russian President Vladimir Putin spoke to reporters on Monday.", D(2003, 3, 20)),
    ("Russian Prime Minister Vladimir Putin spoke to reporters on Monday.", D(2010, 3, 20)),
    ("Chinese Premier Wen Jiabao spoke to reporters on Monday.", D(2010, 3, 20)),
    ("Japanese Prime Minister Junichiro Koizumi spoke to reporters on Monday.", D(2004, 3, 20)),
    ("Indian Prime Minister Manmohan Singh spoke to reporters on Monday.", D(2010, 3, 20)),
    ("Australian Prime Minister Julia Gillard spoke to reporters on Monday.", D(2012, 3, 20)),
    ("UN Secretary-General Kofi Annan spoke to reporters on Monday.", D(2004, 3, 20)),
    ("NATO Secretary-General Anders Fogh Rasmussen spoke to reporters on Monday.", D(2012, 3, 20)),
    ("ECB President Jean-Claude Trichet spoke to reporters on Monday.", D(2010, 3, 20)),
    ("Turkish Foreign Minister Abdullah Gül spoke to reporters on Monday.", D(2005, 3, 20)),
    ("Egyptian President Mohamed Morsi spoke to reporters on Monday.", D(2013, 1, 20)),
])
def test_titles_held_on_the_date_pass(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date, rule", [
    # another country's office, for a record complete from 2000
    ("Prime Minister George W. Bush spoke to reporters on Monday.", D(2005, 3, 10), "title.wrong-office"),
    ("Chancellor Tony Blair spoke to reporters on Monday.", D(2005, 3, 10), "title.wrong-office"),
    ("President Gerhard Schröder spoke to reporters on Monday.", D(2003, 3, 20), "title.wrong-office"),
    ("Indian President Manmohan Singh spoke to reporters on Monday.", D(2010, 3, 20), "title.wrong-office"),
    ("Chinese President Wen Jiabao spoke to reporters on Monday.", D(2010, 3, 20), "title.wrong-office"),
    # an office of their own country whose holders from 2000 are all listed
    ("Foreign Minister Tony Blair spoke to reporters on Monday.", D(2005, 3, 10), "title.wrong-office"),
    ("Secretary of State Donald Rumsfeld spoke to reporters on Monday.", D(2004, 2, 5), "title.wrong-office"),
    ("Treasury Secretary Ben Bernanke spoke to reporters on Monday.", D(2007, 7, 2), "title.wrong-office"),
    # the earlier terms of people in office later
    ("President Dmitry Medvedev spoke to reporters on Monday.", D(2005, 3, 20), "title.wrong-office"),
    ("Chancellor Angela Merkel spoke to reporters on Monday.", D(2003, 3, 20), "title.wrong-office"),
    ("Prime Minister Recep Tayyip Erdogan spoke to reporters on Monday.", D(2001, 3, 20), "title.wrong-office"),
    # outdated in its year
    ("President Jacques Chirac spoke to reporters on Monday.", D(2009, 3, 20), "title.missing-former"),
    ("Prime Minister Tony Blair spoke to reporters on Monday.", D(2008, 3, 20), "title.missing-former"),
])
def test_wrong_or_outdated_titles_are_flagged(text, date, rule):
    assert rules_of(text, date) == [rule]


def test_common_names_make_no_claim():
    """People whose names others share (John Howard, Paul Martin, John Snow) are judged
    only by the offices they held, never by a complete record."""
    kb = analyzer().kb
    for pid in ("john-howard", "paul-martin", "john-snow", "robin-cook", "igor-ivanov", "sergei-ivanov"):
        assert kb.people[pid].complete_since is None, pid
    assert rules_of("Defence Minister John Howard spoke to reporters on Monday.", D(2005, 3, 10)) == []


def test_claims_moved_back_keep_the_earlier_offices():
    """A person defined elsewhere keeps their terms; the later file adds earlier ones."""
    kb = analyzer().kb
    hu = kb.people["hu-jintao"]
    assert hu.complete_since == D(2000, 1, 1)
    assert {t.office for t in hu.terms} >= {"cn.vp", "cn.president", "cn.general_secretary"}
    assert rules_of("Vice President Hu Jintao spoke to reporters on Monday.", D(2001, 3, 20)) == []
    assert kb.offices["us.president"].complete_since == D(2000, 1, 1)
    assert kb.offices["eu.council_president"].complete_since == D(2009, 12, 1)


def test_before_the_record_starts_nothing_is_claimed():
    """Before a person's claimed date nothing is ruled out by the record alone."""
    assert rules_of("Governor Ben Bernanke spoke to reporters on Monday.", D(2004, 3, 20)) == []
    assert rules_of("Prime Minister Ariel Sharon spoke to reporters on Monday.", D(2002, 3, 20)) == []


def test_a_leaning_is_not_the_office_country():
    """"pro-Russian President" describes the person: the office is their own country's,
    and a "former" before it is still read."""
    text = "Officials tied to former pro-Russian President Viktor Yanukovych were sacked."
    assert rules_of(text, D(2017, 2, 8)) == []
    assert rules_of(text, D(2012, 2, 8)) == ["title.former-incumbent"]
    assert rules_of("Officials tied to pro-Russian President Viktor Yanukovych were sacked.", D(2012, 2, 8)) == []
    assert rules_of("Officials tied to Russian President Viktor Yanukovych were sacked.", D(2012, 2, 8)) == [
        "title.wrong-office"]


@pytest.mark.parametrize("text, date, expected", [
    # a full term (four years) and more out of office: the title of the time in an account of the past
    ("Talks between Israeli Prime Minister Ehud Barak and Yasser Arafat failed.", D(2017, 2, 8), []),
    ("Left: President George W. Bush greets troops.", D(2017, 3, 18), []),
    # within four years the title may be taken as current: "former" is asked for
    ("President George W. Bush greets troops.", D(2010, 3, 18), ["title.missing-former"]),
    ("President George W. Bush greets troops.", D(2012, 12, 18), ["title.missing-former"]),
    ("President George W. Bush greets troops.", D(2013, 3, 18), []),
    ("Prime Minister Tony Blair said he would stay.", D(2009, 2, 8), ["title.missing-former"]),
    # a title never held stays wrong however long ago
    ("Left: Prime Minister George W. Bush greets troops.", D(2017, 3, 18), ["title.wrong-office"]),
])
def test_long_left_offices_keep_the_title_of_the_time(text, date, expected):
    assert rules_of(text, date) == expected


@pytest.mark.parametrize("text, expected", [
    ("He is a former chief of programmes in President Hamid Karzai's office.", []),
    ("She was a former adviser to President Hamid Karzai on security.", []),
    ("Later, President Hamid Karzai said the talks would go on.", ["title.missing-former"]),
    ("The former minister met President Hamid Karzai in Kabul.", ["title.missing-former"]),
])
def test_a_past_role_in_the_holders_service_keeps_the_title_of_the_time(text, expected):
    assert rules_of(text, D(2017, 2, 7)) == expected


@pytest.mark.parametrize("text, date, expected", [
    # before a record's claimed date (2015 for these): a head's title the person's country
    # does not have, or a title only another country uses
    ("Prime Minister Adam Schiff spoke on Monday.", D(2008, 1, 2), ["title.wrong-office"]),
    ("Supreme Leader Lindsey Graham spoke on Monday.", D(2009, 1, 2), ["title.wrong-office"]),
    ("President Mark Rutte spoke on Monday.", D(2012, 1, 2), ["title.wrong-office"]),
    # left alone: posts other countries have, or that the person's country may have had
    ("Home Secretary Itsunori Onodera spoke on Monday.", D(2013, 6, 6), []),
    # ... unless the record is claimed complete from earlier (years_complete.toml: he was
    # President of Ireland from 2011)
    ("Home Secretary Michael D Higgins spoke on Monday.", D(2013, 6, 6), ["title.wrong-office"]),
    ("Secretary of State Mark Rutte spoke on Monday.", D(2004, 6, 6), []),  # a Dutch junior minister
    ("Prime Minister Ri Yong Ho spoke on Monday.", D(2013, 1, 2), []),  # North Korea has a premier
    # a record claimed from 2000 (years_2000_2014.toml) rules it out: he was never premier
    ("Prime Minister Kim Jong Un spoke on Monday.", D(2013, 1, 2), ["title.wrong-office"]),
    ("Senator Lindsey Graham spoke on Monday.", D(2009, 1, 2), []),
    ("Rep. Adam Schiff spoke on Monday.", D(2008, 1, 2), []),
])
def test_before_the_record_another_countrys_office(text, date, expected):
    assert rules_of(text, date) == expected


def test_absent_offices_are_real_countries():
    from attrlint.data import load_data
    kb = analyzer().kb
    absent = load_data("absent_offices.toml")["absent"]
    for codes in absent.values():
        assert set(codes) <= set(kb.jurisdictions)
    # a country with a modelled office of that name cannot be listed as lacking it
    for title, codes in absent.items():
        for o in kb.offices_by_title.get(title, []):
            assert o.jurisdiction not in codes, (title, o.id)
