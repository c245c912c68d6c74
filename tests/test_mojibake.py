"""debris.mojibake: words garbled by a wrong character encoding are flagged (with what they
were when ftfy can tell); real accented names and symbols in their place are left alone.
Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.mojibake import Mojibake
from attrlint.config import Config
from attrlint.linter import lint_text


def run(text: str):
    return lint_text(text, path="story.txt", config=Config(), rules={Mojibake.id: Mojibake()})


def found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in run(text)]


@pytest.mark.parametrize("text,span,fix", [
    ("The new cafÃ© on the quay opened on Monday.", "cafÃ©", "café"),
    ("The mayor said she wouldnâ€™t seek a third term.", "wouldnâ€™t", "wouldn’t"),
    ("The delegation flew on to DÃ¼sseldorf for talks.", "DÃ¼sseldorf", "Düsseldorf"),
    ("The fund raised Â£40 million from donors.", "Â£40", "£40"),
    ("The 2019 â€“ 2020 season ended early.", "â€“", "–"),  # a dash whose last byte reads as a quotation mark
    ("Rallies in SÃ£o Paulo drew thousands.", "SÃ£o", "São"),
    ("The ferry left Ð¡Ð¾Ñ‡Ð¸ at dawn.", "Ð¡Ð¾Ñ‡Ð¸", "Сочи"),
])
def test_utf8_read_as_latin1_is_flagged_with_the_repair(text, span, fix):
    out = run(text)
    assert [text[f.start:f.end] for f in out] == [span]
    assert out[0].suggestions == [fix]
    assert f"“{fix}”" in out[0].message


def test_a_run_of_latin1_symbols_that_is_no_word_is_flagged():
    text = "ÐÂ¶Ç³Ì¨\n\nThe ÐÂ¶Ç³Ì¨’s viewers rose by a third last year."
    out = run(text)
    assert [text[f.start:f.end] for f in out] == ["ÐÂ¶Ç³Ì¨", "ÐÂ¶Ç³Ì¨’s"]
    assert all(f.category == "debris" and "encoding" in f.message for f in out)


def test_garbled_text_with_a_lost_byte_is_flagged_without_a_repair():
    text = "The minister said â€œnoâ€ twice."
    out = run(text)
    assert [text[f.start:f.end] for f in out] == ["â€œnoâ€"]
    assert out[0].suggestions == [] and "lost" in out[0].message


@pytest.mark.parametrize("text", [
    "Atatürk's mausoleum in Ankara drew crowds; São Paulo, Łódź and Gdańsk held rallies.",
    "A naïve plan for the Zürich café cost £5 million, €10 a head, ½ of the budget.",
    "Temperatures hit 41°C in Sevilla and Córdoba; © 2024 Ærøskøbing Ferries.",
    "The Ñandú river report quoted the Société Générale and Åsa Öberg.",
    "Plain ASCII copy with \"quoted\" words and a ? in it.",
])
def test_real_accents_and_symbols_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text,span,fix", [
    ("The council鈥檚 budget was passed on Monday after a long debate.", "council鈥檚", "council’s"),
    ("鈥淥ur bridge will be rebuilt, the mayor told reporters.", "鈥淥ur", "“Our"),
    ("The union said it wouldn鈥檛 strike before the spring talks.", "wouldn鈥檛", "wouldn’t"),
    ("She called the plan 鈥渞eckless and late, and left.", "鈥渞eckless", "“reckless"),
])
def test_utf8_punctuation_read_as_an_east_asian_code_page_is_flagged_once_with_the_repair(text, span, fix):
    out = run(text)
    assert [text[f.start:f.end] for f in out] == [span]
    assert out[0].suggestions == [fix] and "GBK" in out[0].message
    assert out[0].category == "debris"


@pytest.mark.parametrize("text,span", [
    ("Prices rose 4 per cent 鈥 the steepest rise in a decade.", "鈥"),  # a dash (– or —) that lost a byte
    ("The mayor called it a promise kept鈥 and left the stage.", "kept鈥"),  # ” or ’: no telling which
    ("The students鈥 union voted 鈥 by a wide margin 鈥 to strike.", "students鈥"),
])
def test_a_mark_that_lost_its_last_byte_is_flagged_without_a_guess(text, span):
    out = run(text)
    assert [text[f.start:f.end] for f in out][:1] == [span]
    assert all(f.suggestions == [] and "retype the mark" in f.message for f in out)


@pytest.mark.parametrize("text", [
    "Xi Jinping (习近平) met the delegation in Beijing on Tuesday.",
    "The word 关系 means connections, the professor said.",
    "The villagers (村民) said the river had risen after the rain.",
    "The spam line read 皇冠体育app in place of the ministry's name.",
])
def test_real_cjk_words_are_not_taken_for_garbled_punctuation(text):
    assert found(text) == []
