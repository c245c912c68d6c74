"""Ministers of mid-size states added in round 2 of stop 27
(rules/people/gaps_s27_ministers.toml), and records whose bare "minister" exception was
replaced by their portfolios. Invented sentences about real office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import title_rule_ids as rules_of

D = dt.date


@pytest.mark.parametrize("text, date", [
    ("Vietnamese Foreign Minister Bui Thanh Son met his counterpart on Tuesday.", D(2023, 5, 5)),
    ("Defence Minister Phan Van Giang met the generals on Tuesday.", D(2022, 5, 5)),
    ("Malaysian Defence Minister Mohamad Hasan met the generals on Tuesday.", D(2023, 5, 5)),
    ("Foreign Minister Mohamad Hasan met his counterpart on Tuesday.", D(2024, 5, 5)),
    ("Home Minister Saifuddin Nasution Ismail met the police chiefs on Tuesday.", D(2023, 5, 5)),
    ("Defense Secretary Gilberto Teodoro met the generals on Tuesday.", D(2024, 5, 5)),
    ("Foreign Minister A. K. Abdul Momen met his counterpart on Tuesday.", D(2021, 5, 5)),
    ("Interior Cabinet Secretary Kithure Kindiki met the police chiefs on Tuesday.", D(2023, 5, 5)),
    ("Chilean Interior Minister Carolina Tohá met the mayors on Tuesday.", D(2023, 5, 5)),
    ("Greek Defence Minister Nikos Dendias met the generals on Tuesday.", D(2024, 5, 5)),
    ("Portuguese Defence Minister João Gomes Cravinho met the generals on Tuesday.", D(2020, 5, 5)),
    ("Finance Minister Mário Centeno met the bankers on Tuesday.", D(2017, 5, 5)),
    ("Czech Interior Minister Vít Rakušan met the police chiefs on Tuesday.", D(2023, 5, 5)),
    ("Foreign Minister Murat Nurtleu met his counterpart on Tuesday.", D(2024, 5, 5)),
    ("Romanian Foreign Minister Luminița Odobescu met her counterpart on Tuesday.", D(2023, 9, 1)),
    # other portfolios are named word by word, so they stay left alone
    ("Energy Minister Eli Cohen visited the plant on Tuesday.", D(2024, 6, 5)),
    ("Transport Minister Israel Katz opened the line on Tuesday.", D(2017, 5, 5)),
    ("Interior Minister Anutin Charnvirakul met the governors on Tuesday.", D(2024, 5, 5)),
    ("Aviation Minister Khawaja Asif met the airline chiefs on Tuesday.", D(2024, 6, 5)),
    ("Pakistani Defence Minister Khawaja Asif met the generals on Tuesday.", D(2022, 9, 5)),
    ("Labour Minister Süleyman Soylu met the unions on Tuesday.", D(2016, 3, 5)),
    ("Construction Minister Yoav Gallant visited the site on Tuesday.", D(2017, 5, 5)),
    ("Science and Technology Minister Naledi Pandor opened the lab on Tuesday.", D(2016, 5, 5)),
    ("Justice Minister Emmerson Mnangagwa addressed the court on Tuesday.", D(2016, 5, 5)),
    ("Thai Defence Minister Prayut Chan-o-cha met the generals on Tuesday.", D(2021, 5, 5)),
])
def test_holders_of_the_day_are_left_alone(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date", [
    ("Prime Minister Bui Thanh Son met his counterpart on Tuesday.", D(2023, 5, 5)),
    ("Finance Minister Mohamad Hasan met his counterpart on Tuesday.", D(2024, 5, 5)),
    ("President Carolina Tohá met the mayors on Tuesday.", D(2023, 5, 5)),
    ("Defence Minister Jan Lipavský met his counterpart on Tuesday.", D(2023, 5, 5)),
    ("Prime Minister Yusuf Tuggar met his counterpart on Tuesday.", D(2024, 5, 5)),
    # records whose bare "minister" exception hid every portfolio
    ("Finance Minister Khawaja Asif met the bankers on Tuesday.", D(2024, 6, 5)),
    ("Interior Minister Eli Cohen met the police chiefs on Tuesday.", D(2023, 5, 5)),
    ("Defence Minister Anutin Charnvirakul met the generals on Tuesday.", D(2024, 5, 5)),
    ("Defence Minister Mário Centeno met the generals on Tuesday.", D(2018, 5, 5)),
    ("Finance Minister Süleyman Soylu met the bankers on Tuesday.", D(2021, 5, 5)),
    ("Interior Minister Yoav Gallant met the police chiefs on Tuesday.", D(2023, 6, 5)),
    ("Interior Minister Naledi Pandor met the police chiefs on Tuesday.", D(2023, 5, 5)),
    ("Trade Minister Naledi Pandor met the exporters on Tuesday.", D(2023, 3, 1)),  # her portfolios are listed now
    ("Finance Minister Aleksandar Vučić met the bankers on Tuesday.", D(2021, 5, 5)),
])
def test_wrong_titles_are_flagged(text, date):
    assert "title.wrong-office" in rules_of(text, date)


def test_offices_not_marked_complete_do_not_fault_a_past_holder():
    """Only the holders named here are known, not every holder: a past minister called by
    the title after the handover is not faulted, but a title never held still is."""
    assert rules_of("Romanian Foreign Minister Bogdan Aurescu spoke on Tuesday.", D(2023, 9, 1)) == []
    assert "title.wrong-office" in rules_of("Prime Minister Bogdan Aurescu spoke on Tuesday.", D(2023, 9, 1))


@pytest.mark.parametrize("text, date", [
    ("Transport Minister Élisabeth Borne met the unions on Tuesday.", D(2018, 5, 5)),
    ("Education Minister Gabriel Attal visited a school on Tuesday.", D(2023, 10, 5)),
    ("Education Minister Chris Hipkins visited a school on Tuesday.", D(2019, 5, 5)),
    ("Internal Affairs Minister Sanae Takaichi spoke on Tuesday.", D(2016, 5, 5)),
    ("Armed Forces Minister Sébastien Lecornu visited the troops on Tuesday.", D(2023, 5, 5)),
])
def test_leaders_past_portfolios_are_left_alone(text, date):
    assert rules_of(text, date) == []


@pytest.mark.parametrize("text, date", [
    ("Interior Minister Élisabeth Borne met the prefects on Tuesday.", D(2021, 5, 5)),
    ("Foreign Minister Chris Hipkins met his counterpart on Tuesday.", D(2023, 3, 5)),
    ("Finance Minister Naftali Bennett met the bankers on Tuesday.", D(2021, 9, 5)),
    ("Defence Minister Rishi Sunak visited the troops on Tuesday.", D(2023, 3, 5)),
])
def test_leaders_never_held_portfolios_are_flagged(text, date):
    assert "title.wrong-office" in rules_of(text, date)


def test_greek_finance_ministers_are_complete_with_the_caretakers():
    assert rules_of("Greek Finance Minister George Chouliarakis spoke on Tuesday.", D(2015, 9, 5)) == []
    assert rules_of("Greek Finance Minister Theodoros Pelagidis spoke on Tuesday.", D(2023, 6, 5)) == []
    assert rules_of("Greek Finance Minister Kostis Hatzidakis spoke on Tuesday.", D(2024, 6, 5)) == []
    # a past holder called by the title is now faulted: the office lists every holder
    assert rules_of("Greek Finance Minister Euclid Tsakalotos spoke on Tuesday.", D(2021, 5, 5)) == ["title.missing-former"]
