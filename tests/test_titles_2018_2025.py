"""Holders of 2018-2025 (rules/people/years_2018_2025.toml): offices whose lists stopped at
the people of 2016-17 now list their later holders, so a title of those years is judged.
Invented sentences about real office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of

from attrlint.kb import load_kb

D = dt.date


@pytest.mark.parametrize("text, date", [
    ("Brazilian Foreign Minister Ernesto Araújo met his counterpart on Tuesday.", D(2020, 5, 5)),
    ("Foreign Minister Celso Amorim met his counterpart on Tuesday.", D(2007, 5, 5)),
    ("Economy Minister Paulo Guedes met the bankers on Tuesday.", D(2020, 5, 5)),
    ("Finance Minister Fernando Haddad met the bankers on Tuesday.", D(2024, 5, 5)),
    ("Vice President Geraldo Alckmin met the bankers on Tuesday.", D(2024, 5, 5)),
    ("Mexican Foreign Minister Marcelo Ebrard met his counterpart on Tuesday.", D(2021, 5, 5)),
    ("Dutch Foreign Minister Wopke Hoekstra met his counterpart on Tuesday.", D(2022, 5, 5)),
    ("Polish Foreign Minister Radosław Sikorski met his counterpart on Tuesday.", D(2024, 5, 5)),
    ("Finance Minister Enoch Godongwana met the bankers on Tuesday.", D(2023, 5, 5)),
    ("Deputy President Paul Mashatile met the bankers on Tuesday.", D(2024, 5, 5)),
    ("Commons Speaker Lindsay Hoyle met the clerks on Tuesday.", D(2022, 5, 5)),
    ("First Minister John Swinney met the clerks on Tuesday.", D(2025, 5, 5)),
    ("Premier Cho Jung-tai met the clerks on Tuesday.", D(2025, 5, 5)),
    ("EU Commissioner Valdis Dombrovskis met the bankers on Tuesday.", D(2025, 5, 5)),
    ("Economy Commissioner Paolo Gentiloni met the bankers on Tuesday.", D(2021, 5, 5)),
    # a post the record leaves out by word: Coveney was also defence minister
    ("Defence Minister Simon Coveney met the clerks on Tuesday.", D(2021, 5, 5)),
    # the second batch: finance and defence ministries
    ("Finance Minister Bill English met the bankers on Tuesday.", D(2015, 5, 5)),  # a false alarm before
    ("Turkish Finance Minister Mehmet Şimşek met the bankers on Tuesday.", D(2024, 5, 5)),
    ("South Korean Defense Minister Suh Wook met the generals on Tuesday.", D(2021, 5, 5)),
    ("Finance Minister Choi Sang-mok met the bankers on Tuesday.", D(2024, 5, 5)),
    ("Saudi Finance Minister Mohammed al-Jadaan met the bankers on Tuesday.", D(2020, 5, 5)),
    ("New Zealand Foreign Minister Winston Peters met his counterpart on Tuesday.", D(2024, 5, 5)),
])
def test_the_holder_on_the_date_passes(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date, rule", [
    ("Brazilian Prime Minister Ernesto Araújo met his counterpart on Tuesday.", D(2020, 5, 5), "title.wrong-office"),
    ("Foreign Minister Paulo Guedes met his counterpart on Tuesday.", D(2020, 5, 5), "title.wrong-office"),
    # Brazil's foreign ministry lists every holder from 2000: another Brazilian is wrong
    ("Brazilian Foreign Minister Fernando Haddad met his counterpart on Tuesday.", D(2024, 5, 5), "title.wrong-office"),
    ("President Marcelo Ebrard met his counterpart on Tuesday.", D(2021, 5, 5), "title.wrong-office"),
    ("Dutch Prime Minister Wopke Hoekstra met his counterpart on Tuesday.", D(2022, 5, 5), "title.wrong-office"),
    ("Defence Minister Radosław Sikorski met his counterpart on Tuesday.", D(2024, 5, 5), "title.wrong-office"),
    ("Taoiseach Simon Coveney met the clerks on Tuesday.", D(2021, 5, 5), "title.wrong-office"),
    ("President Su Tseng-chang met the clerks on Tuesday.", D(2022, 5, 5), "title.wrong-office"),
    ("Deputy President David Mabuza met the bankers on Tuesday.", D(2024, 5, 5), "title.missing-former"),
    ("First Minister Humza Yousaf met the clerks on Tuesday.", D(2025, 5, 5), "title.missing-former"),
    ("Foreign Minister Mehmet Şimşek met the bankers on Tuesday.", D(2024, 5, 5), "title.wrong-office"),
    ("Prime Minister Grant Robertson met the bankers on Tuesday.", D(2020, 5, 5), "title.wrong-office"),
    # Saudi Arabia's finance ministry lists every holder from 2015: another Saudi is wrong
    ("Saudi Finance Minister Adel al-Jubeir met the bankers on Tuesday.", D(2017, 5, 5), "title.wrong-office"),
    ("New Zealand Finance Minister Grant Robertson met the bankers on Tuesday.", D(2024, 5, 5),
     "title.missing-former"),
])
def test_wrong_or_outdated_titles_are_flagged(text, date, rule):
    assert rules_of(text, date) == [rule]


def test_the_new_complete_lists_have_no_gap():
    """Every day from the claimed date to the last verified one has a listed holder."""
    kb = load_kb()
    for oid in ("br.foreign", "uk-sct.first_minister", "za.deputy_president", "nz.foreign", "nz.finance",
                "sa.defence", "sa.finance"):
        since = kb.offices[oid].complete_since
        assert since is not None
        spans = sorted((t.start, t.end or kb.verified_through) for p in kb.people.values() for t in p.terms
                       if t.office == oid and t.start)
        reached = since
        for start, end in spans:
            assert start - reached <= dt.timedelta(days=21), (oid, reached, start)  # a vacancy or an acting holder
            reached = max(reached, end)
        assert reached >= kb.verified_through
