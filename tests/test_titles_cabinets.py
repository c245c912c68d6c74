"""Cabinets, juntas, governors and senators added to the knowledge base
(rules/people/uk_cabinet.toml, states_gaps.toml, cabinets_more.toml, us_states.toml, ministers_more.toml, foreign_ministers.toml,
states_small.toml): invented sentences with the right and the wrong title across dates,
through the whole title rule.

Each row: story date, the titled mention, and whether it is wrong or outdated then. The
mention is set in a neutral invented sentence ("... said on Tuesday that talks would go on.").
"""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in titles.rules()}
D = dt.date

UK_CABINET = [
    # right on the date
    (D(2019, 3, 12), "Health Secretary Matt Hancock", False),
    (D(2017, 3, 12), "Health Secretary Jeremy Hunt", False),
    (D(2022, 8, 1), "Health Secretary Steve Barclay", False),
    (D(2024, 9, 1), "Health Secretary Wes Streeting", False),
    (D(2018, 3, 1), "Transport Secretary Chris Grayling", False),
    (D(2021, 3, 1), "Transport Secretary Grant Shapps", False),
    (D(2017, 3, 1), "Education Secretary Justine Greening", False),
    (D(2020, 6, 1), "Education Secretary Gavin Williamson", False),
    (D(2018, 9, 1), "Environment Secretary Michael Gove", False),
    (D(2018, 9, 1), "Justice Secretary David Gauke", False),
    (D(2020, 6, 1), "Justice Secretary Robert Buckland", False),
    (D(2016, 9, 1), "Business Secretary Greg Clark", False),
    (D(2021, 6, 1), "Business Secretary Kwasi Kwarteng", False),
    (D(2021, 6, 1), "Energy Secretary Kwasi Kwarteng", False),  # the BEIS secretary held energy
    (D(2023, 6, 1), "Business and Trade Secretary Kemi Badenoch", False),
    (D(2017, 9, 1), "International Trade Secretary Liam Fox", False),
    (D(2019, 9, 1), "Brexit Secretary Stephen Barclay", False),
    (D(2017, 2, 1), "Work and Pensions Secretary Damian Green", False),
    (D(2020, 6, 1), "Work and Pensions Secretary Thérèse Coffey", False),
    (D(2017, 2, 1), "Culture Secretary Karen Bradley", False),
    (D(2018, 9, 1), "Northern Ireland Secretary Karen Bradley", False),
    (D(2017, 2, 1), "Communities Secretary Sajid Javid", False),
    (D(2020, 6, 1), "Housing Secretary Robert Jenrick", False),
    (D(2018, 9, 1), "Scotland Secretary David Mundell", False),
    (D(2017, 2, 1), "International Development Secretary Priti Patel", False),
    (D(2022, 10, 21), "Home Secretary Grant Shapps", False),
    (D(2016, 2, 1), "Energy Secretary Amber Rudd", False),
    (D(2024, 9, 1), "Energy Secretary Ed Miliband", False),
    # an office the person never held
    (D(2019, 3, 12), "Home Secretary Matt Hancock", True),
    (D(2019, 3, 12), "Health Secretary Chris Grayling", True),
    (D(2019, 3, 12), "Prime Minister David Gauke", True),
    (D(2019, 3, 12), "President Damian Hinds", True),
    (D(2019, 3, 12), "Transport Secretary Michael Gove", True),
    (D(2019, 3, 12), "Defence Secretary Karen Bradley", True),
    (D(2019, 3, 12), "Chancellor Matt Hancock", True),
    (D(2017, 2, 1), "Foreign Secretary Justine Greening", True),
    (D(2023, 6, 1), "Education Secretary Kemi Badenoch", True),
    (D(2024, 9, 1), "Environment Secretary Wes Streeting", True),
    # held at another time: outdated or not yet
    (D(2023, 6, 1), "Health Secretary Matt Hancock", True),
    (D(2016, 2, 1), "Health Secretary Matt Hancock", True),
    (D(2021, 6, 1), "Environment Secretary Michael Gove", True),
    (D(2023, 6, 1), "Levelling Up Secretary Michael Gove", False),
    # a minister's office before the lists start (Education Secretary 2010-2014) is not ruled out
    (D(2017, 3, 18), "The former education secretary Michael Gove", False),
    (D(2022, 5, 1), "then-Prime Minister Volodymyr Zelensky", True),  # leaders' earlier terms are recorded
    # British copy calls a department's junior ministers "justice minister": not judged
    (D(2016, 3, 1), "Justice Minister Dominic Raab", False),
]

GAPS = [
    # Bulgaria's prime ministers and presidents
    (D(2019, 6, 1), "Bulgarian Prime Minister Boyko Borissov", False),
    (D(2022, 3, 1), "Bulgarian Prime Minister Kiril Petkov", False),
    (D(2022, 3, 1), "Bulgarian Prime Minister Boyko Borisov", True),
    (D(2023, 9, 1), "Prime Minister Nikolai Denkov", False),
    (D(2023, 9, 1), "President Nikolai Denkov", True),
    (D(2024, 9, 1), "Caretaker Prime Minister Dimitar Glavchev", False),
    (D(2016, 6, 1), "Bulgarian President Rosen Plevneliev", False),
    (D(2018, 6, 1), "Bulgarian President Rosen Plevneliev", True),
    # military rulers
    (D(2022, 3, 1), "Senior General Min Aung Hlaing", False),
    (D(2022, 3, 1), "Myanmar Prime Minister Min Aung Hlaing", False),
    (D(2022, 3, 1), "President Min Aung Hlaing", True),  # Myint Swe was acting president
    (D(2025, 1, 1), "Acting President Min Aung Hlaing", False),
    (D(2019, 3, 1), "Myanmar President Win Myint", False),
    (D(2022, 3, 1), "Myanmar President Win Myint", True),
    (D(2022, 3, 1), "Mali's President Assimi Goïta", False),
    (D(2021, 1, 1), "Mali's President Assimi Goïta", True),  # Bah Ndaw was
    (D(2021, 1, 1), "Prime Minister Assimi Goita", True),
    (D(2023, 3, 1), "Burkina Faso President Ibrahim Traoré", False),
    (D(2023, 3, 1), "Burkinabe Prime Minister Ibrahim Traoré", True),
    (D(2021, 3, 1), "President Paul-Henri Damiba", True),
    (D(2024, 3, 1), "Niger's President Abdourahamane Tchiani", False),
    (D(2022, 3, 1), "Niger's President Abdourahamane Tchiani", True),
    (D(2022, 3, 1), "Guinean President Mamady Doumbouya", False),
    (D(2019, 3, 1), "Guinean President Alpha Condé", False),
    (D(2022, 3, 1), "Guinean President Alpha Condé", True),
    (D(2019, 3, 1), "Guinean Prime Minister Alpha Condé", True),
    (D(2019, 3, 1), "Equatorial Guinean President Teodoro Obiang", False),
    (D(2022, 3, 1), "Sudanese leader Abdel Fattah al-Burhan", False),
    (D(2022, 3, 1), "Prime Minister Abdel Fattah al-Burhan", True),
    # Switzerland: the yearly presidency and the departments
    (D(2023, 6, 1), "Swiss President Alain Berset", False),
    (D(2022, 6, 1), "Swiss President Alain Berset", True),
    (D(2022, 6, 1), "Swiss President Ignazio Cassis", False),
    (D(2022, 6, 1), "Swiss Foreign Minister Ignazio Cassis", False),
    (D(2016, 6, 1), "Swiss Foreign Minister Ignazio Cassis", True),
    (D(2020, 6, 1), "Swiss Finance Minister Ueli Maurer", False),
    (D(2020, 6, 1), "Swiss Defence Minister Ueli Maurer", True),
    (D(2024, 6, 1), "Swiss President Viola Amherd", False),
    (D(2016, 6, 1), "Economy Minister Johann Schneider-Ammann", False),  # the department he headed
    (D(2016, 6, 1), "Prime Minister Johann Schneider-Ammann", True),
    (D(2020, 6, 1), "Justice Minister Simonetta Sommaruga", False),
    (D(2023, 6, 1), "Health Minister Alain Berset", False),
    (D(2023, 6, 1), "Foreign Minister Alain Berset", True),
]

MORE = [
    (D(2017, 4, 10), "French Interior Minister Matthias Fekl", False),
    (D(2018, 10, 10), "Acting Interior Minister Édouard Philippe", False),
    (D(2024, 12, 1), "Finance Minister Bruno Retailleau", True),
    (D(2020, 4, 1), "German Interior Minister Thomas de Maizière", True),
    (D(2025, 1, 10), "German Justice Minister Volker Wissing", False),
    (D(2019, 1, 10), "Vice Chancellor Olaf Scholz", False),
    (D(2019, 1, 10), "Vice Chancellor Heiko Maas", True),
    (D(2017, 1, 10), "Italian Interior Minister Marco Minniti", False),
    (D(2016, 1, 10), "Spanish Foreign Minister José Manuel García-Margallo", False),
    (D(2016, 1, 10), "Spanish Defence Minister José Manuel García-Margallo", True),
    (D(2019, 12, 10), "Acting Foreign Minister Margarita Robles", False),
    (D(2020, 5, 10), "Spanish Economy Minister Nadia Calviño", False),
    (D(2024, 5, 10), "EIB President Nadia Calviño", False),  # an office the record leaves out
    (D(2017, 5, 10), "Economy Minister Cristóbal Montoro", True),
    (D(2020, 5, 10), "Deputy Prime Minister Bill Blair", True),
    (D(2019, 5, 10), "EPA Administrator Andrew Wheeler", False),
    (D(2017, 5, 10), "EPA Administrator Andrew Wheeler", True),
    (D(2019, 5, 10), "Trade Representative Robert Lighthizer", False),
    (D(2019, 5, 10), "Commerce Secretary Robert Lighthizer", True),
    (D(2019, 5, 10), "Budget Director Mick Mulvaney", False),
    (D(2019, 5, 10), "Acting Budget Director Russ Vought", False),
    (D(2019, 5, 10), "Treasury Secretary Larry Kudlow", True),
    (D(2019, 5, 10), "Fed Chair Lael Brainard", True),
    (D(2019, 5, 10), "Eurogroup President Mário Centeno", False),
    (D(2019, 5, 10), "Eurogroup President Paschal Donohoe", True),
    (D(2021, 5, 10), "WTO Director-General Roberto Azevêdo", True),
]

US_STATES = [
    (D(2020, 5, 1), "Gov. Ron DeSantis", False),
    (D(2020, 5, 1), "Sen. Ron DeSantis", True),
    (D(2017, 5, 1), "Gov. Ron DeSantis", True),  # Rick Scott was governor
    (D(2020, 5, 1), "Sen. Ted Cruz", False),
    (D(2020, 5, 1), "Gov. Ted Cruz", True),
    (D(2020, 5, 1), "Texas Gov. Greg Abbott", False),
    (D(2020, 5, 1), "President Greg Abbott", True),
    (D(2019, 5, 1), "Lt. Gov. Kathy Hochul", False),  # the abbreviation's full stop inside the title
    (D(2019, 5, 1), "Gov. Kathy Hochul", True),
    (D(2022, 5, 1), "Gov. Kathy Hochul", False),
    (D(2016, 5, 1), "Secretary of State Brian Kemp", False),  # Georgia's, not the US one
    (D(2020, 5, 1), "Georgia Gov. Brian Kemp", False),
    (D(2020, 5, 1), "Georgian President Salome Zourabichvili", False),  # Georgia is still the country
    (D(2016, 5, 1), "West Virginia Sen. Joe Manchin", False),
    (D(2019, 5, 1), "Pennsylvania Attorney General Josh Shapiro", False),
    (D(2016, 5, 1), "Secretary of State Bernie Sanders", True),
    (D(2020, 5, 1), "Governor Elizabeth Warren", True),
    (D(2024, 5, 1), "Arkansas Gov. Sarah Huckabee Sanders", False),
    (D(2024, 5, 1), "Sen. Sarah Huckabee Sanders", True),
    (D(2017, 5, 1), "Lt. Gov. Gavin Newsom", False),
    (D(2017, 5, 1), "Gov. Gavin Newsom", True),
    (D(2016, 5, 1), "Senator Mitt Romney", True),
    (D(2020, 5, 1), "Senator Mitt Romney", False),
    (D(2019, 5, 1), "Lt. Gov. Donald Trump", True),
]

MINISTERS = [
    (D(2024, 5, 1), "Turkish Foreign Minister Hakan Fidan", False),
    (D(2020, 5, 1), "Turkish Foreign Minister Hakan Fidan", True),
    (D(2016, 5, 1), "Turkish army chief Hulusi Akar", False),
    (D(2015, 10, 1), "Turkish Foreign Minister Feridun Sinirlioglu", False),
    (D(2015, 10, 1), "Turkish Foreign Minister Mevlut Cavusoglu", True),  # the interim government's
    (D(2016, 5, 1), "Indian Defence Minister Manohar Parrikar", False),
    (D(2018, 6, 1), "Interim Finance Minister Piyush Goyal", False),
    (D(2022, 6, 1), "South Korean Foreign Minister Park Jin", False),
    (D(2018, 6, 1), "Chief Cabinet Secretary Yoshihide Suga", False),
    (D(2022, 6, 1), "Chief Cabinet Secretary Yoshihide Suga", True),
    (D(2024, 6, 1), "Pakistani President Asif Ali Zardari", False),
    (D(2022, 6, 1), "Pakistani President Asif Ali Zardari", True),
    (D(2024, 6, 1), "Prime Minister Asif Ali Zardari", True),
]

FOREIGN = [
    (D(2022, 5, 1), "Saudi Foreign Minister Prince Faisal bin Farhan", False),
    (D(2017, 5, 1), "Saudi Foreign Minister Faisal bin Farhan", True),
    (D(2022, 5, 1), "UAE Foreign Minister Sheikh Abdullah bin Zayed", False),
    (D(2024, 5, 1), "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani", False),
    (D(2021, 5, 1), "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani", True),
    (D(2023, 2, 5), "Egyptian Foreign Minister Badr Abdelatty", True),
    (D(2020, 2, 5), "Philippine Foreign Secretary Teodoro Locsin", False),
    (D(2019, 6, 5), "Pakistani army chief Asim Munir", True),
    (D(2019, 6, 5), "National Security Adviser Ajit Doval", False),  # India's, not the US one
    (D(2023, 6, 5), "Defence Minister Itamar Ben-Gvir", True),
    (D(2018, 6, 5), "Russian UN Ambassador Vassily Nebenzia", False),
    # died in office: the reporting on the death keeps the title for a while
    (D(2017, 2, 24), "Russia's Ambassador to the United Nations Vitaly Churkin", False),
    (D(2017, 6, 24), "Russia's Ambassador to the United Nations Vitaly Churkin", True),
    (D(2018, 9, 1), "Sen. John McCain", False),
    (D(2022, 6, 5), "Afghan Foreign Minister Amir Khan Muttaqi", False),
    (D(2022, 6, 5), "President Hibatullah Akhundzada", True),
]

SMALL_STATES = [
    (D(2020, 5, 1), "Barbados Prime Minister Mia Mottley", False),
    (D(2016, 5, 1), "Barbados Prime Minister Mia Mottley", True),
    (D(2020, 5, 1), "President Mia Mottley", True),
    (D(2022, 5, 1), "Guyanese President Irfaan Ali", False),
    (D(2022, 5, 1), "Prime Minister Irfaan Ali", True),
    (D(2020, 5, 1), "Central African Republic President Faustin-Archange Touadéra", False),
    (D(2016, 5, 1), "Malagasy President Andry Rajoelina", True),
    (D(2023, 5, 1), "Timor-Leste President José Ramos-Horta", False),
    (D(2020, 5, 1), "Maltese President George Vella", False),
    (D(2020, 5, 1), "Maltese Prime Minister George Vella", True),
]

CASES = UK_CABINET + GAPS + MORE + US_STATES + MINISTERS + FOREIGN + SMALL_STATES


def _flagged(date: dt.date, mention: str) -> bool:
    text = f"{mention} said on Tuesday that the talks would go on."
    found = lint_text(text, config=Config(date=date), rules=RULES)
    return any(text[f.start:f.end] in mention or mention in text[f.start:f.end] for f in found)


@pytest.mark.parametrize("date, mention, wrong", CASES, ids=[f"{d}-{m}" for d, m, _ in CASES])
def test_cabinets_and_juntas(date, mention, wrong):
    assert _flagged(date, mention) == wrong
