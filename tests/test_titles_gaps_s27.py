"""Gaps filled at stop 27 (rules/people/gaps_s27.toml): Norway's foreign and defence
ministers, the Dutch and Belgian defence ministers, Belgium's and Luxembourg's foreign
ministers, Monaco's Minister of State, San Marino's foreign secretary, Bosnia's chair of the
Council of Ministers, spokespeople of the major governments, Turkey's MIT chief since 2023,
and the Finnish defence minister's parental leave of 2023. Invented sentences about real
office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of

D = dt.date


@pytest.mark.parametrize("text, date", [
    ("Norwegian Foreign Minister Espen Barth Eide met his counterpart on Tuesday.", D(2024, 5, 5)),
    ("Defence Minister Ine Eriksen Søreide met the generals on Tuesday.", D(2016, 5, 5)),
    ("Foreign Minister Ine Eriksen Soreide met her counterpart on Tuesday.", D(2019, 5, 5)),
    ("Norway's Defence Minister Bjørn Arild Gram met the generals on Tuesday.", D(2023, 5, 5)),
    ("Dutch Defence Minister Kajsa Ollongren met the generals on Tuesday.", D(2023, 5, 5)),
    ("Interior Minister Kajsa Ollongren met the mayors on Tuesday.", D(2019, 5, 5)),  # left out by word
    ("Belgian Foreign Minister Hadja Lahbib met her counterpart on Tuesday.", D(2023, 5, 5)),
    ("Foreign Minister Sophie Wilmès met her counterpart on Tuesday.", D(2021, 5, 5)),
    ("Defence Minister Theo Francken met the generals on Tuesday.", D(2025, 5, 5)),
    ("Luxembourg Foreign Minister Jean Asselborn met his counterpart on Tuesday.", D(2019, 5, 5)),
    ("Monaco's Prime Minister Pierre Dartout opened the fair on Tuesday.", D(2022, 5, 5)),
    ("Minister of State Pierre Dartout opened the fair on Tuesday.", D(2022, 5, 5)),
    ("Agriculture Minister Didier Guillaume visited the farms on Tuesday.", D(2019, 5, 5)),
    ("Secretary of State for Foreign Affairs Luca Beccari met the envoys on Tuesday.", D(2022, 5, 5)),
    ("Bosnian Prime Minister Borjana Krišto met the envoys on Tuesday.", D(2024, 5, 5)),
    ("Finance Minister Zoran Tegeltija met the bankers on Tuesday.", D(2024, 5, 5)),
    ("State Department spokesman Matthew Miller told reporters on Tuesday.", D(2024, 5, 5)),
    ("Rear Admiral John Kirby told reporters on Tuesday.", D(2023, 5, 5)),
    ("Maj. Gen. Pat Ryder told reporters on Tuesday.", D(2024, 5, 5)),
    ("Chinese Foreign Ministry spokesperson Zhao Lijian told reporters on Tuesday.", D(2021, 5, 5)),
    ("Government spokesman Steffen Hebestreit told reporters on Tuesday.", D(2023, 5, 5)),
    ("MIT chief Ibrahim Kalin met his counterpart on Tuesday.", D(2024, 5, 5)),
    ("Finnish Defence Minister Mikko Savola met the generals on Tuesday.", D(2023, 2, 1)),
    ("Finnish Foreign Minister Pekka Haavisto met his counterpart on Tuesday.", D(2021, 5, 5)),
    ("Foreign Minister Elina Valtonen met her counterpart on Tuesday.", D(2024, 5, 5)),
    ("Belgian Defence Minister Ludivine Dedonder met the generals on Tuesday.", D(2022, 5, 5)),
    ("Ukrainian Interior Minister Ihor Klymenko visited the site on Tuesday.", D(2024, 5, 5)),
    ("Acting Interior Minister Ihor Klymenko visited the site on Tuesday.", D(2023, 1, 25)),
    ("Finance Minister Wale Edun met the bankers on Tuesday.", D(2024, 5, 5)),
    ("Interior Minister Mohsin Naqvi met the police chiefs on Tuesday.", D(2024, 5, 5)),
    ("Moroccan Foreign Minister Nasser Bourita met his counterpart on Tuesday.", D(2023, 5, 5)),
    ("Irish Foreign Minister Simon Coveney met his counterpart on Tuesday.", D(2019, 5, 5)),
    ("Austrian Foreign Minister Karin Kneissl met her counterpart on Tuesday.", D(2018, 5, 5)),
    ("Swedish Foreign Minister Ann Linde met her counterpart on Tuesday.", D(2021, 5, 5)),
])
def test_holders_of_the_day_are_left_alone(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date, rule", [
    ("Defence Minister Espen Barth Eide met the generals on Tuesday.", D(2024, 5, 5), "title.wrong-office"),
    ("Norwegian Foreign Minister Anniken Huitfeldt met her counterpart on Tuesday.", D(2024, 5, 5), "title.missing-former"),
    ("President Borjana Krišto met the envoys on Tuesday.", D(2024, 5, 5), "title.wrong-office"),
    ("Foreign Minister Zhao Lijian told reporters on Tuesday.", D(2021, 5, 5), "title.wrong-office"),
    ("Prime Minister Hadja Lahbib met her counterpart on Tuesday.", D(2023, 5, 5), "title.wrong-office"),
    ("Defence Minister Ibrahim Kalin met his counterpart on Tuesday.", D(2024, 5, 5), "title.wrong-office"),
    ("Foreign Minister Steffen Seibert met his counterpart on Tuesday.", D(2019, 5, 5), "title.wrong-office"),
    ("Interior Minister Tammy Bruce told reporters on Tuesday.", D(2025, 5, 5), "title.wrong-office"),
    ("President Pierre Dartout opened the fair on Tuesday.", D(2022, 5, 5), "title.wrong-office"),
    ("Defence Minister Elina Valtonen met her counterpart on Tuesday.", D(2024, 5, 5), "title.wrong-office"),
    ("Belgian Defence Minister Alexander De Croo met the generals on Tuesday.", D(2022, 5, 5), "title.wrong-office"),
    ("Foreign Minister Mohsin Naqvi met his counterpart on Tuesday.", D(2024, 5, 5), "title.wrong-office"),
    ("Prime Minister Ahmed Attaf met his counterpart on Tuesday.", D(2024, 5, 5), "title.wrong-office"),
    ("Irish Foreign Minister Leo Varadkar met his counterpart on Tuesday.", D(2018, 3, 1), "title.wrong-office"),
    # Kaikkonen was on parental leave, Savola held the post
    ("Finnish Defence Minister Antti Kaikkonen met the generals on Tuesday.", D(2023, 2, 1), "title.missing-former"),
])
def test_wrong_titles_are_flagged(text, date, rule):
    assert rule in rules_of(text, date)


@pytest.mark.parametrize("text, date", [
    # spokesmen's titles name a post in many countries: not read as the new offices'
    ("Russian presidential spokesman Dmitry Peskov told reporters on Tuesday.", D(2017, 2, 7)),
    ("Foreign Ministry spokeswoman Maria Zakharova told reporters on Tuesday.", D(2019, 5, 5)),
    ("Foreign Ministry spokesman Nasser Kanaani told reporters on Tuesday.", D(2023, 5, 5)),
    ("Chinese Foreign Ministry spokeswoman Hua Chunying told reporters on Tuesday.", D(2019, 5, 5)),
    ("German government spokesman Steffen Seibert told reporters on Tuesday.", D(2019, 5, 5)),
    ("Pentagon Press Secretary John Kirby told reporters on Tuesday.", D(2021, 5, 5)),
    ("National Security Council spokesman John Kirby told reporters on Tuesday.", D(2023, 5, 5)),
    ("Belgian Immigration Minister Theo Francken spoke on Tuesday.", D(2017, 2, 7)),
])
def test_spokesmen_and_excepted_posts_are_left_alone(text, date):
    assert rules_of(text, date) == []


def test_former_is_not_faulted_on_the_day_of_a_handover():
    text = "Former Prime Minister Stefan Lofven spoke on Tuesday."
    assert rules_of(text, D(2021, 11, 30)) == []  # his successor took office that day
    assert rules_of(text, D(2021, 11, 20)) == ["title.former-incumbent"]


def test_a_chair_elected_by_parliament_holds_the_title_at_once():
    text = "The newly elected prime minister Borjana Kristo thanked the deputies."
    assert rules_of(text, D(2022, 12, 28)) == []
