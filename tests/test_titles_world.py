"""The world's heads of state and government (rules/people/states_*.toml): one invented
sentence per person added, right or wrong on its date, through the whole title rule.

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

EUROPE = [
    (D(2016, 3, 2), "Austrian Chancellor Werner Faymann", False),
    (D(2016, 9, 2), "Austrian Chancellor Werner Faymann", True),
    (D(2016, 5, 12), "Acting Chancellor Reinhold Mitterlehner", False),
    (D(2019, 5, 30), "Acting Chancellor Hartwig Löger", False),
    (D(2019, 9, 1), "Austrian Chancellor Brigitte Bierlein", False),
    (D(2018, 9, 1), "Austrian Chancellor Brigitte Bierlein", True),
    (D(2021, 11, 1), "Austrian Chancellor Alexander Schallenberg", False),
    (D(2023, 11, 1), "Austrian Chancellor Alexander Schallenberg", True),
    (D(2020, 11, 1), "Foreign Minister Alexander Schallenberg", False),
    (D(2023, 3, 1), "Austrian Chancellor Karl Nehammer", False),
    (D(2025, 6, 1), "Austrian Chancellor Karl Nehammer", True),
    (D(2025, 6, 1), "Austrian Chancellor Christian Stocker", False),
    (D(2015, 6, 1), "Austrian President Heinz Fischer", False),
    (D(2017, 6, 1), "Austrian President Heinz Fischer", True),
    (D(2020, 4, 1), "Belgian Prime Minister Sophie Wilmès", False),
    (D(2022, 4, 1), "Belgian Prime Minister Alexander De Croo", False),
    (D(2025, 4, 1), "Belgian Prime Minister Alexander De Croo", True),
    (D(2025, 4, 1), "Belgian Prime Minister Bart De Wever", False),
    (D(2019, 4, 1), "Luxembourg Prime Minister Xavier Bettel", False),
    (D(2024, 4, 1), "Luxembourg Prime Minister Luc Frieden", False),
    (D(2015, 4, 1), "Portuguese Prime Minister Pedro Passos Coelho", False),
    (D(2024, 9, 1), "Portuguese Prime Minister Luís Montenegro", False),
    (D(2018, 9, 1), "Portuguese President Aníbal Cavaco Silva", True),
    (D(2015, 9, 1), "Greek Prime Minister Antonis Samaras", True),
    (D(2015, 9, 1), "Caretaker Prime Minister Vassiliki Thanou", False),
    (D(2021, 9, 1), "Greek Prime Minister Kyriakos Mitsotakis", False),
    (D(2018, 9, 1), "Greek Prime Minister Kyriakos Mitsotakis", True),
    (D(2023, 6, 1), "Caretaker Prime Minister Ioannis Sarmas", False),
    (D(2015, 2, 1), "Greek President Karolos Papoulias", False),
    (D(2022, 2, 1), "Greek President Katerina Sakellaropoulou", False),
    (D(2025, 6, 1), "Greek President Konstantinos Tasoulas", False),
    (D(2024, 6, 1), "Cypriot President Nikos Christodoulides", False),
    (D(2021, 6, 1), "Maltese Prime Minister Robert Abela", False),
    (D(2016, 6, 1), "Danish Prime Minister Helle Thorning-Schmidt", True),
    (D(2020, 6, 1), "Danish Prime Minister Mette Frederiksen", False),
    (D(2019, 9, 2), "Danish President Mette Frederiksen", True),
    (D(2022, 6, 1), "Swedish Prime Minister Magdalena Andersson", False),
    (D(2023, 9, 2), "Swedish Prime Minister Magdalena Andersson", True),
    (D(2023, 6, 1), "Swedish Prime Minister Ulf Kristersson", False),
    (D(2024, 9, 2), "Finnish President Alexander Stubb", False),
    (D(2017, 9, 2), "Finnish President Alexander Stubb", True),
    (D(2019, 9, 2), "Finnish Prime Minister Antti Rinne", False),
    (D(2022, 9, 2), "Finnish Prime Minister Sanna Marin", False),
    (D(2024, 9, 2), "Finnish Prime Minister Sanna Marin", True),
    (D(2024, 9, 2), "Finnish Prime Minister Petteri Orpo", False),
    (D(2016, 3, 2), "Estonian Prime Minister Taavi Rõivas", False),
    (D(2018, 3, 2), "Estonian Prime Minister Jüri Ratas", False),
    (D(2025, 3, 2), "Estonian Prime Minister Kristen Michal", False),
    (D(2015, 3, 2), "Estonian President Toomas Hendrik Ilves", False),
    (D(2018, 3, 2), "Estonian President Kersti Kaljulaid", False),
    (D(2023, 3, 2), "Estonian President Kersti Kaljulaid", True),
    (D(2023, 3, 2), "Estonian President Alar Karis", False),
    (D(2015, 3, 2), "Latvian Prime Minister Laimdota Straujuma", False),
    (D(2017, 3, 2), "Latvian Prime Minister Māris Kučinskis", False),
    (D(2020, 3, 2), "Latvian Prime Minister Krišjānis Kariņš", False),
    (D(2024, 3, 2), "Latvian Prime Minister Evika Siliņa", False),
    (D(2015, 3, 2), "Latvian President Andris Bērziņš", False),
    (D(2017, 3, 2), "Latvian President Raimonds Vējonis", False),
    (D(2021, 3, 2), "Latvian President Egils Levits", False),
    (D(2024, 3, 2), "Latvian President Edgars Rinkēvičs", False),
    (D(2020, 3, 2), "Latvian President Edgars Rinkēvičs", True),
    (D(2015, 3, 2), "Lithuanian Prime Minister Algirdas Butkevičius", False),
    (D(2018, 3, 2), "Lithuanian Prime Minister Saulius Skvernelis", False),
    (D(2022, 3, 2), "Lithuanian Prime Minister Ingrida Šimonytė", False),
    (D(2025, 3, 2), "Lithuanian Prime Minister Gintautas Paluckas", False),
    (D(2021, 3, 2), "Lithuanian President Gitanas Nausėda", False),
    (D(2022, 3, 2), "Czech Prime Minister Petr Fiala", False),
    (D(2024, 3, 2), "Czech President Petr Pavel", False),
    (D(2021, 3, 2), "Czech President Petr Pavel", True),
    (D(2019, 3, 2), "Slovak Prime Minister Peter Pellegrini", False),
    (D(2024, 9, 2), "Slovak President Peter Pellegrini", False),
    (D(2020, 9, 2), "Slovak Prime Minister Igor Matovič", False),
    (D(2022, 9, 2), "Slovak Prime Minister Eduard Heger", False),
    (D(2023, 9, 2), "Slovak Prime Minister Ľudovít Ódor", False),
    (D(2017, 9, 2), "Slovak President Andrej Kiska", False),
    (D(2020, 9, 2), "Slovak President Zuzana Čaputová", False),
    (D(2025, 9, 2), "Slovak President Zuzana Čaputová", True),
    (D(2020, 9, 2), "Hungarian President János Áder", False),
    (D(2023, 9, 2), "Hungarian President Katalin Novák", False),
    (D(2025, 3, 2), "Hungarian President Tamás Sulyok", False),
    (D(2015, 3, 2), "Romanian Prime Minister Victor Ponta", False),
    (D(2016, 3, 2), "Romanian Prime Minister Dacian Cioloș", False),
    (D(2017, 9, 2), "Romanian Prime Minister Mihai Tudose", False),
    (D(2018, 9, 2), "Romanian Prime Minister Viorica Dăncilă", False),
    (D(2020, 9, 2), "Romanian Prime Minister Ludovic Orban", False),
    (D(2021, 3, 2), "Romanian Prime Minister Florin Cîțu", False),
    (D(2022, 3, 2), "Romanian Prime Minister Nicolae Ciucă", False),
    (D(2024, 3, 2), "Romanian Prime Minister Marcel Ciolacu", False),
    (D(2025, 3, 2), "Acting President Ilie Bolojan", False),
    (D(2025, 8, 2), "Romanian President Nicușor Dan", False),
    (D(2023, 8, 2), "Romanian President Nicușor Dan", True),
    (D(2015, 8, 2), "Croatian Prime Minister Zoran Milanović", False),
    (D(2021, 8, 2), "Croatian President Zoran Milanović", False),
    (D(2016, 8, 2), "Croatian Prime Minister Tihomir Orešković", False),
    (D(2015, 1, 20), "Croatian President Ivo Josipović", False),
    (D(2016, 8, 2), "Slovenian Prime Minister Miro Cerar", False),
    (D(2019, 8, 2), "Slovenian Prime Minister Marjan Šarec", False),
    (D(2021, 8, 2), "Slovenian Prime Minister Janez Janša", False),
    (D(2023, 8, 2), "Slovenian Prime Minister Robert Golob", False),
    (D(2018, 8, 2), "Slovenian President Borut Pahor", False),
    (D(2023, 8, 2), "Slovenian President Nataša Pirc Musar", False),
    (D(2016, 8, 2), "Serbian President Tomislav Nikolić", False),
    (D(2016, 8, 2), "Serbian Prime Minister Aleksandar Vučić", False),
    (D(2019, 8, 2), "Serbian Prime Minister Ana Brnabić", False),
    (D(2024, 8, 2), "Serbian Prime Minister Miloš Vučević", False),
    (D(2025, 6, 2), "Serbian Prime Minister Đuro Macut", False),
    (D(2016, 8, 2), "Albanian President Bujar Nishani", False),
    (D(2019, 8, 2), "Albanian President Ilir Meta", False),
    (D(2023, 8, 2), "Albanian President Bajram Begaj", False),
    (D(2015, 8, 2), "Georgian Prime Minister Irakli Garibashvili", False),
    (D(2021, 9, 2), "Georgian President Irakli Garibashvili", True),
    (D(2017, 8, 2), "Georgian Prime Minister Giorgi Kvirikashvili", False),
    (D(2018, 8, 2), "Georgian Prime Minister Mamuka Bakhtadze", False),
    (D(2020, 8, 2), "Georgian Prime Minister Giorgi Gakharia", False),
    (D(2024, 8, 2), "Georgian Prime Minister Irakli Kobakhidze", False),
    (D(2016, 8, 2), "Georgian President Giorgi Margvelashvili", False),
    (D(2020, 8, 2), "Georgian President Salome Zourabichvili", False),
    (D(2025, 8, 2), "Georgian President Mikheil Kavelashvili", False),
]

AMERICAS = [
    (D(2015, 6, 1), "Peruvian President Ollanta Humala", False),
    (D(2017, 6, 1), "Peruvian President Ollanta Humala", True),
    (D(2020, 11, 12), "Peru's interim President Manuel Merino", False),
    (D(2021, 3, 1), "Interim President Francisco Sagasti", False),
    (D(2022, 3, 1), "Peruvian President Pedro Castillo", False),
    (D(2023, 3, 1), "Peruvian President Pedro Castillo", True),
    (D(2024, 3, 1), "Peruvian President Dina Boluarte", False),
    (D(2022, 3, 1), "Ecuadorean President Guillermo Lasso", False),
    (D(2024, 3, 1), "Ecuadorean President Daniel Noboa", False),
    (D(2022, 3, 1), "Ecuadorean President Daniel Noboa", True),
    (D(2020, 3, 1), "Interim President Jeanine Áñez", False),
    (D(2022, 3, 1), "Bolivian President Luis Arce", False),
    (D(2019, 3, 1), "Bolivian President Luis Arce", True),
    (D(2015, 2, 1), "Uruguayan President José Mujica", False),
    (D(2017, 2, 1), "Uruguayan President Tabaré Vázquez", False),
    (D(2021, 2, 1), "Uruguayan President Luis Lacalle Pou", False),
    (D(2025, 5, 1), "Uruguayan President Yamandú Orsi", False),
    (D(2016, 5, 1), "Paraguayan President Horacio Cartes", False),
    (D(2020, 5, 1), "Paraguayan President Mario Abdo Benítez", False),
    (D(2024, 5, 1), "Paraguayan President Santiago Peña", False),
    (D(2020, 5, 1), "Paraguayan President Santiago Peña", True),
    (D(2015, 5, 1), "Guatemalan President Otto Pérez Molina", False),
    (D(2015, 11, 1), "Guatemalan President Alejandro Maldonado", False),
    (D(2021, 11, 1), "Guatemalan President Alejandro Giammattei", False),
    (D(2024, 11, 1), "Guatemalan President Bernardo Arévalo", False),
    (D(2023, 11, 1), "Guatemalan President Bernardo Arévalo", True),
    (D(2023, 11, 1), "Honduran President Xiomara Castro", False),
    (D(2017, 11, 1), "Salvadoran President Salvador Sánchez Cerén", False),
    (D(2017, 11, 1), "Panamanian President Juan Carlos Varela", False),
    (D(2021, 11, 1), "Panamanian President Laurentino Cortizo", False),
    (D(2024, 11, 1), "Panamanian President José Raúl Mulino", False),
    (D(2016, 11, 1), "Costa Rican President Luis Guillermo Solís", False),
    (D(2020, 11, 1), "Costa Rican President Carlos Alvarado Quesada", False),
    (D(2023, 11, 1), "Costa Rican President Rodrigo Chaves", False),
    (D(2018, 11, 1), "Dominican President Danilo Medina", False),
    (D(2021, 11, 1), "Dominican President Luis Abinader", False),
    (D(2018, 11, 1), "Dominican President Luis Abinader", True),
    (D(2015, 11, 1), "Jamaican Prime Minister Portia Simpson-Miller", False),
    (D(2019, 11, 1), "Jamaican Prime Minister Andrew Holness", False),
    (D(2019, 11, 1), "Jamaican President Andrew Holness", True),
    (D(2025, 10, 25), "Bolivia's President-elect Rodrigo Paz", False),
]

CASES = EUROPE + AMERICAS


def _flagged(date: dt.date, mention: str) -> bool:
    text = f"{mention} said on Tuesday that the talks would go on."
    found = lint_text(text, config=Config(date=date), rules=RULES)
    return any(text[f.start:f.end] in mention or mention in text[f.start:f.end] for f in found)


@pytest.mark.parametrize("date, mention, wrong", CASES, ids=[f"{d}-{m}" for d, m, _ in CASES])
def test_world_leaders(date, mention, wrong):
    assert _flagged(date, mention) == wrong


def test_the_set_has_both_kinds():
    assert sum(w for _, _, w in CASES) >= 10 and sum(not w for _, _, w in CASES) >= 50
