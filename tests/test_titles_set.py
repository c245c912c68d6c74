"""A labelled set of realistic (fictional) news sentences about real people.

Each case says whether the title is wrong or outdated on the story date. The set measures
precision and recall of the title rules as a whole; the thresholds are the project's
targets (precision >= 0.95, recall >= 0.90 on wrong or outdated titles of known people).
"""
from __future__ import annotations

import datetime as dt

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in titles.rules()}
D = dt.date

#: (story date, sentence, the flagged text or None when the sentence is right)
CASES = [
    # right
    (D(2024, 11, 21), "Russian President Vladimir Putin said the new missile would be tested again.", None),
    (D(2024, 11, 21), "Russian Foreign Minister Sergey Lavrov told reporters in Rio that the West wanted escalation.", None),
    (D(2024, 11, 21), "North Korean Foreign Minister Choe Son Hui met Mr Putin in the Kremlin.", None),
    (D(2024, 11, 21), "Ukraine's foreign minister, Andrii Sybiha, called the strike a provocation.", None),
    (D(2024, 11, 21), "Outgoing US President Joe Biden approved the use of ATACMS.", None),
    (D(2024, 11, 21), "President-elect Donald Trump has promised to end the war quickly.", None),
    (D(2024, 11, 21), "Defence Minister Rustem Umerov visited Washington last week.", None),
    (D(2024, 11, 21), "German Chancellor Olaf Scholz spoke to Mr Putin by phone for the first time in two years.", None),
    (D(2024, 11, 21), "NATO Secretary General Mark Rutte met the Ukrainian delegation.", None),
    (D(2024, 11, 21), "South Korean President Yoon Suk Yeol warned of consequences.", None),
    (D(2024, 11, 21), "Kim Jong Un, the North Korean leader, inspected drone tests.", None),
    (D(2024, 11, 21), "British Prime Minister Keir Starmer said the UK would back Kyiv.", None),
    (D(2024, 11, 21), "Chinese President Xi Jinping met Mr Biden in Lima.", None),
    (D(2024, 11, 21), "Israeli Prime Minister Benjamin Netanyahu rejected the court's warrant.", None),
    (D(2024, 11, 21), "Former Defence Minister Yoav Gallant was also named in the warrant.", None),
    (D(2025, 3, 20), "Canadian Prime Minister Mark Carney said Canada would respond.", None),
    (D(2025, 3, 20), "Treasury Secretary Scott Bessent defended the tariffs on Sunday.", None),
    (D(2025, 3, 20), "White House press secretary Karoline Leavitt said the talks went well.", None),
    (D(2025, 3, 20), "Secretary of State Marco Rubio arrived in Jeddah.", None),
    (D(2025, 3, 20), "Former President Joe Biden made his first public remarks since leaving office.", None),
    (D(2025, 3, 20), "Vice President JD Vance criticised European leaders in Munich.", None),
    (D(2025, 3, 20), "European Commission President Ursula von der Leyen announced a defence plan.", None),
    (D(2025, 3, 20), "The plan was drawn up by the EU's foreign policy chief, Kaja Kallas.", None),
    (D(2025, 3, 20), "Iran's Supreme Leader Ayatollah Ali Khamenei rejected talks.", None),
    (D(2025, 6, 10), "South Korea's new president, Lee Jae-myung, called for dialogue.", None),
    (D(2025, 6, 10), "German Chancellor Friedrich Merz met President Donald Trump at the White House.", None),
    (D(2026, 11, 23), "Former Chancellor Olaf Scholz gave a lecture in Hamburg.", None),
    (D(2026, 11, 23), "Defense Secretary Pete Hegseth, now also styled Secretary of War, spoke at the Pentagon.", None),
    (D(2019, 6, 1), "Ukrainian President Volodymyr Zelenskiy dissolved parliament.", None),
    (D(2019, 6, 1), "Prime Minister Volodymyr Groysman said he would resign.", None),
    (D(2017, 2, 1), "President Donald Trump signed the order on Friday.", None),
    (D(2017, 2, 1), "Secretary of State Rex Tillerson was sworn in on Wednesday.", None),
    (D(2016, 12, 1), "President Barack Obama and Vice President Joe Biden met President-elect Donald Trump.", None),
    (D(2016, 12, 1), "Vice President-elect Mike Pence, the governor of Indiana, attended.", None),
    (D(2016, 12, 1), "UN Secretary-General Ban Ki-moon urged restraint.", None),
    (D(2016, 12, 1), "Chinese Premier Li Keqiang and Indian Prime Minister Narendra Modi spoke by phone.", None),
    # wrong or outdated
    (D(2024, 11, 21), "But Ukrainian Prime Minister Volodymyr Zelensky has remained adamant.", "Prime Minister Volodymyr Zelensky"),
    (D(2024, 11, 21), "Russian Defence Minister Sergei Shoigu inspected the troops.", "Russian Defence Minister Sergei Shoigu"),
    (D(2024, 11, 21), "President Donald Trump has promised to end the war quickly.", "President Donald Trump"),
    (D(2024, 11, 21), "Foreign Minister Dmytro Kuleba met his Polish counterpart on Monday.", "Foreign Minister Dmytro Kuleba"),
    (D(2024, 11, 21), "NATO Secretary General Jens Stoltenberg met the Ukrainian delegation.", "NATO Secretary General Jens Stoltenberg"),
    (D(2024, 11, 21), "Sergei Lavrov, Russia's defence minister, said the attack was a provocation.", "Russia's defence minister"),
    (D(2024, 11, 21), "South Korean Prime Minister Yoon Suk Yeol warned of consequences.", "Prime Minister Yoon Suk Yeol"),
    (D(2025, 3, 20), "President Joe Biden made his first public remarks on Tuesday.", "President Joe Biden"),
    (D(2025, 3, 20), "Canadian Prime Minister Justin Trudeau said Canada would respond.", "Canadian Prime Minister Justin Trudeau"),
    (D(2025, 3, 20), "Secretary of State Antony Blinken arrived in Jeddah on Tuesday.", "Secretary of State Antony Blinken"),
    (D(2025, 3, 20), "Former Secretary of State Marco Rubio arrived in Jeddah.", "Former Secretary of State Marco Rubio"),
    (D(2025, 3, 20), "German Chancellor Friedrich Merz met President Donald Trump.", "Chancellor Friedrich Merz"),
    (D(2025, 3, 20), "Iranian President Ebrahim Raisi rejected talks.", "Iranian President Ebrahim Raisi"),
    (D(2025, 9, 1), "Ukrainian Prime Minister Denys Shmyhal announced new sanctions.", "Ukrainian Prime Minister Denys Shmyhal"),
    (D(2026, 11, 23), "President Joe Biden said on Monday that democracy was at stake.", "President Joe Biden"),
    (D(2026, 11, 23), "Former President Donald Trump said on Monday that he would veto it.", "Former President Donald Trump"),
    (D(2026, 11, 23), "Japanese Prime Minister Fumio Kishida met the delegation.", "Japanese Prime Minister Fumio Kishida"),
    (D(2019, 6, 1), "Ukrainian Prime Minister Volodymyr Zelenskiy dissolved parliament.", "Prime Minister Volodymyr Zelenskiy"),
    (D(2019, 3, 1), "President Volodymyr Zelensky promised to end the war.", "President Volodymyr Zelensky"),
    (D(2017, 2, 1), "President-elect Donald Trump signed the order on Friday.", "President-elect Donald Trump"),
    (D(2016, 12, 1), "President Joe Biden and Secretary of State John Kerry met the delegation.", "President Joe Biden"),
    (D(2016, 12, 1), "Secretary of State Rex Tillerson urged restraint.", "Secretary of State Rex Tillerson"),
    (D(2016, 12, 1), "UN Secretary-General António Guterres urged restraint.", "UN Secretary-General António Guterres"),
    (D(2016, 12, 1), "Chinese President Li Keqiang spoke by phone.", "Chinese President Li Keqiang"),
    # 2016-17, invented sentences: swapped titles of another country's or their own country's offices
    (D(2017, 3, 2), "Chancellor Angela Merkel told reporters in Berlin that the talks would go on.", None),
    (D(2017, 3, 2), "Prime Minister Angela Merkel told reporters in Berlin that the talks would go on.", "Prime Minister Angela Merkel"),
    (D(2016, 10, 7), "Canadian Prime Minister Justin Trudeau arrived in Ottawa late on Friday.", None),
    (D(2016, 10, 7), "President Justin Trudeau arrived in Ottawa late on Friday.", "President Justin Trudeau"),
    (D(2017, 2, 2), "Defense Secretary James Mattis landed in Seoul on Thursday.", None),
    (D(2017, 2, 2), "Foreign Secretary James Mattis landed in Seoul on Thursday.", "Foreign Secretary James Mattis"),
    (D(2017, 4, 3), "Chinese President Xi Jinping will fly to Florida this week.", None),
    (D(2017, 4, 3), "Chinese Defense Secretary Xi Jinping will fly to Florida this week.", "Defense Secretary Xi Jinping"),
    (D(2017, 3, 7), "Press Secretary Sean Spicer declined to say more on Tuesday.", None),
    (D(2017, 3, 7), "Treasury Secretary Sean Spicer declined to say more on Tuesday.", "Treasury Secretary Sean Spicer"),
    (D(2017, 3, 20), "Bank of Russia Governor Elvira Nabiullina kept rates on hold on Friday.", None),
    (D(2017, 3, 20), "Finance Minister Elvira Nabiullina kept rates on hold on Friday.", "Finance Minister Elvira Nabiullina"),
    (D(2017, 3, 20), "Turkish Foreign Minister Mevlut Cavusoglu said Ankara would respond.", None),
    (D(2017, 3, 20), "Turkish Prime Minister Mevlut Cavusoglu said Ankara would respond.", "Prime Minister Mevlut Cavusoglu"),
    (D(2017, 3, 20), "Riots in 2005 spurred Nicolas Sarkozy, then interior minister, to act.", None),
]


def evaluate():
    tp = fp = fn = 0
    errors = []
    for date, text, wrong in CASES:
        found = lint_text(text, config=Config(date=date), rules=RULES)
        spans = [text[f.start:f.end] for f in found]
        hit = wrong is not None and any(wrong in s or s in wrong for s in spans)
        tp += hit
        fn += wrong is not None and not hit
        extra = [s for s in spans if wrong is None or not (wrong in s or s in wrong)]
        fp += len(extra)
        if extra or (wrong is not None and not hit):
            errors.append((date, text, spans))
    return tp, fp, fn, errors


def test_precision_and_recall_on_the_labelled_set():
    tp, fp, fn, errors = evaluate()
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn)
    assert precision >= 0.95 and recall >= 0.90, errors


def test_the_set_has_both_kinds():
    assert sum(w is None for _, _, w in CASES) >= 30
    assert sum(w is not None for _, _, w in CASES) >= 20
