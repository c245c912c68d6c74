"""Gaps filled at stop 26 (rules/people/gaps_s26.toml): Venezuela's foreign ministers after
2017, Argentina's and Brazil's defence ministers and Mexico's secretaries of national
defence, each office complete from 2015. Invented sentences about real office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of

D = dt.date


@pytest.mark.parametrize("text, date", [
    ("Venezuelan Foreign Minister Jorge Arreaza met his counterpart on Tuesday.", D(2019, 5, 5)),
    ("Foreign Minister Félix Plasencia met his counterpart on Tuesday.", D(2022, 2, 5)),
    ("Foreign Minister Carlos Faria met his counterpart on Tuesday.", D(2022, 9, 5)),
    ("Venezuelan Foreign Minister Yvan Gil met his counterpart on Tuesday.", D(2024, 5, 5)),
    ("Argentine Defense Minister Jorge Taiana met the generals on Tuesday.", D(2022, 5, 5)),
    ("Defence Minister Luis Petri met the generals on Tuesday.", D(2024, 5, 5)),
    ("Defense Minister Oscar Aguad met the generals on Tuesday.", D(2018, 5, 5)),
    ("Mexican Defense Secretary Luis Cresencio Sandoval met the generals on Tuesday.", D(2020, 5, 5)),
    ("Secretary of National Defense Ricardo Trevilla met the generals on Tuesday.", D(2025, 5, 5)),
    ("Senator Jorge Taiana met the generals on Tuesday.", D(2020, 5, 5)),  # a post left out by word
    ("Brazilian Defense Minister Walter Braga Netto met the generals on Tuesday.", D(2021, 9, 5)),
    ("Defence Minister José Múcio met the generals on Tuesday.", D(2024, 5, 5)),
    ("Defense Minister Fernando Azevedo e Silva met the generals on Tuesday.", D(2020, 5, 5)),
    ("Swedish Defence Minister Peter Hultqvist met the generals on Tuesday.", D(2019, 5, 5)),
    ("Finance Minister Magdalena Andersson met the bankers on Tuesday.", D(2019, 5, 5)),
    ("Finnish Defence Minister Antti Kaikkonen met the generals on Tuesday.", D(2022, 5, 5)),
    ("Danish Foreign Minister Jeppe Kofod met his counterpart on Tuesday.", D(2021, 5, 5)),
    ("Finance Minister Kristian Jensen met the bankers on Tuesday.", D(2018, 5, 5)),
])
def test_holders_of_the_day_are_left_alone(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date, rule", [
    # another holder of the same office on that date
    ("Venezuelan Foreign Minister Yvan Gil met his counterpart on Tuesday.", D(2019, 5, 5), "title.wrong-office"),
    ("Mexican Defense Secretary Ricardo Trevilla met the generals on Tuesday.", D(2020, 5, 5), "title.wrong-office"),
    ("Brazilian Defense Minister José Múcio met the generals on Tuesday.", D(2021, 5, 5), "title.wrong-office"),
    ("Swedish Finance Minister Mikael Damberg met the bankers on Tuesday.", D(2024, 5, 5), "title.missing-former"),
    ("Finnish Defence Minister Antti Häkkänen met the generals on Tuesday.", D(2021, 5, 5), "title.wrong-office"),
    ("Danish Foreign Minister Kristian Jensen met his counterpart on Tuesday.", D(2018, 5, 5),
     "title.missing-former"),
    ("Danish Finance Minister Anders Samuelsen met the bankers on Tuesday.", D(2018, 5, 5), "title.wrong-office"),
    # a ministry the person never held
    ("Swedish Finance Minister Pål Jonson met the bankers on Tuesday.", D(2024, 5, 5), "title.wrong-office"),
    ("Brazilian Foreign Minister Walter Braga Netto met his counterpart on Tuesday.", D(2021, 9, 5),
     "title.wrong-office"),
    ("Argentine Foreign Minister Agustín Rossi met his counterpart on Tuesday.", D(2020, 5, 5), "title.wrong-office"),
    ("Mexican Finance Secretary Luis Cresencio Sandoval met the bankers on Tuesday.", D(2020, 5, 5),
     "title.wrong-office"),
    # a past office without "former"
    ("Defense Minister Oscar Aguad met the generals on Tuesday.", D(2021, 5, 5), "title.missing-former"),
    ("Venezuelan Foreign Minister Jorge Arreaza met his counterpart on Tuesday.", D(2022, 5, 5),
     "title.missing-former"),
])
def test_wrong_or_outdated_titles_are_flagged(text, date, rule):
    assert rules_of(text, date) == [rule]
