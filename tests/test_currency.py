"""units.currency-conversion: an amount's equivalent in another currency off by far more
than the year's exchange rate. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks.currency import amounts, conversions, rates, rules
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in rules()}
D = dt.date


def found(text: str, date: dt.date | None):
    return lint_text(text, config=Config(date=date) if date else Config(), rules=RULES)


@pytest.mark.parametrize("text, date, near", [
    # a slipped power of ten, in machine-translated and in edited copy
    ("The company gave each family 4 thousand yuan, equivalent to more than N20 million.", D(2020, 8, 1), "naira"),
    ("The city will spend $300 million (€27 million) on the new bridge.", D(2019, 5, 2), "27 million"),
    ("The ministry fined the importer 40,000 roubles (about $6,500) last week.", D(2018, 6, 3), "US dollars"),
    ("A farmer was paid 2 billion yuan ($290 billion) for the land.", D(2016, 6, 3), "billion"),
    ("The bank seized HK$50 million (US$64 million) from the account.", D(2021, 2, 2), "US dollars"),
    ("The chain changed hands for $2 billion (190 million euros).", D(2017, 3, 1), "billion euros"),
    # no date: only an amount off for every year since 2000
    ("The watch sold for 3 million yen (about $2.7 million) at auction.", None, "US dollars"),
])
def test_flags_a_conversion_off_by_a_power_of_ten(text, date, near):
    got = found(text, date)
    assert [f.rule for f in got] == ["units.currency-conversion"]
    assert near in got[0].message and "factor" in got[0].message


@pytest.mark.parametrize("text, date", [
    ("The company gave each family 4 thousand yuan, equivalent to more than N220,000.", D(2020, 8, 1)),
    ("The city will spend $300 million (€270 million) on the new bridge.", D(2019, 5, 2)),
    ("The bank seized HK$50 million (US$6.4 million) from the account.", D(2021, 2, 2)),
    ("The watch sold for 3 million yen (about $27,000) at auction.", None),
    # a rate that moved within the band: the naira in 2016 and in 2024
    ("Each bag cost N10,000 ($50) in the market.", D(2016, 3, 1)),
    ("Each bag cost N10,000 ($7) in the market.", D(2024, 3, 1)),
    # a list of amounts, not a conversion
    ("The fund raised €5m, $30m and £2m in three rounds.", D(2019, 3, 1)),
    # the ends of two ranges
    ("a fine of 5,000 to 30,000 rubles (roughly $85 - 500) or community service", D(2017, 3, 1)),
    # a scale joined by a hyphen
    ("a line costing almost 14 billion euros ($15-billion) to build", D(2017, 3, 1)),
    # names shared by currencies of very different value, and letters before numbers
    ("Tickets cost 500 rupees ($7.50) at the gate.", D(2016, 3, 1)),
    ("The shop sold N95 masks for $2 each.", D(2020, 3, 1)),
    ("It cost 50 pounds ($3) in Cairo.", D(2020, 3, 1)),
    # a currency not judged
    ("Prices reached Z$35 million ($1) a loaf.", D(2008, 7, 1)),
    # a bare "$" in a story naming a place whose own dollar it may be
    ("The Hong Kong chain changed hands for $2 billion (190 million euros).", D(2017, 3, 1)),
    ("In Zimbabwe a loaf cost $2 million (3 euros) that week.", D(2008, 7, 1)),
])
def test_leaves_right_or_unjudged_amounts_alone(text, date):
    assert found(text, date) == []


def test_reads_amounts_and_their_currency():
    got = [(a.value, a.currency) for a in amounts("It paid $2.5bn, 3 thousand Yuan and N16 million to NT$400.")]
    assert got == [(2.5e9, "USD"), (3000.0, "CNY"), (16e6, "NGN"), (400.0, "TWD")]
    assert [(a.currency, b.currency) for a, b in conversions("£50m (about $65m)")] == [("GBP", "USD")]


def test_rates_interpolate_and_start_at_the_first_year():
    tab = rates()
    assert tab.per_usd("USD", 2015) == 1.0
    assert tab.per_usd("GHS", 2005) is None  # the cedi was redenominated in 2007
    eur = tab.per_usd("EUR", 2013)
    assert eur is not None and 1.25 < eur < 1.40
    cfa = tab.per_usd("XOF", 2019)
    assert cfa is not None and abs(cfa * 655.957 - tab.per_usd("EUR", 2019)) < 1e-9
