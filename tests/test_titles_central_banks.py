"""Central bank governors added in rules/people/central_banks_more.toml: right and wrong
titles across dates. Invented sentences about real office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of


D = dt.date


@pytest.mark.parametrize("text, date, expected", [
    ("CBN Governor Godwin Emefiele said rates would rise.", D(2022, 5, 10), []),
    ("CBN Governor Godwin Emefiele said rates would rise.", D(2024, 5, 10), ["title.missing-former"]),
    ("CBN Governor Olayemi Cardoso said rates would rise.", D(2024, 5, 10), []),
    ("Finance Minister Olayemi Cardoso said rates would rise.", D(2024, 5, 10), ["title.wrong-office"]),
    ("Nigeria's central bank governor, Olayemi Cardoso, said rates would rise.", D(2022, 5, 10),
     ["title.wrong-office"]),  # not yet governor: the list of governors is complete
    ("Kenyan central bank governor Kamau Thugge said rates would rise.", D(2024, 5, 10), []),
    ("Kenyan central bank governor Patrick Njoroge said rates would rise.", D(2024, 5, 10), ["title.missing-former"]),
    ("Argentine central bank president Santiago Bausili said rates would rise.", D(2024, 5, 10), []),
    ("Argentine central bank president Miguel Pesce said rates would rise.", D(2024, 5, 10), ["title.missing-former"]),
    ("SBP Governor Reza Baqir said rates would rise.", D(2021, 5, 10), []),
    ("Prime Minister Reza Baqir said rates would rise.", D(2021, 5, 10), ["title.wrong-office"]),
    ("BSP Governor Eli Remolona said rates would rise.", D(2024, 5, 10), []),
])
def test_central_bank_governors(text, date, expected):
    assert rules_of(text, date) == expected


def test_an_uncertain_term_is_never_the_basis():
    # Egypt: when Hassan Abdalla's acting appointment became full is not verified
    assert rules_of("Acting central bank governor Hassan Abdalla spoke.", D(2025, 3, 1)) == []
    assert rules_of("Egyptian central bank governor Hassan Abdalla spoke.", D(2023, 3, 1)) == []


@pytest.mark.parametrize("text, date, expected", [
    ("IOC President Kirsty Coventry opened the session.", D(2025, 8, 10), []),
    ("IOC President-elect Kirsty Coventry opened the session.", D(2025, 4, 10), []),
    ("IOC President Kirsty Coventry opened the session.", D(2025, 4, 10), ["title.wrong-office"]),  # not yet
    ("IOC President Thomas Bach said on Monday the Games would go ahead.", D(2025, 8, 10), ["title.missing-former"]),
    ("Prime Minister Kirsty Coventry opened the session.", D(2025, 8, 10), ["title.wrong-office"]),
    ("Zimbabwe's sports minister Kirsty Coventry opened the session.", D(2023, 8, 10), []),
])
def test_the_ioc_presidency(text, date, expected):
    assert rules_of(text, date) == expected
