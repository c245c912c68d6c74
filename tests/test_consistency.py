"""inconsistent_name: variant families, house styles, generic variants, across files.

The articles here are invented; the names are real public figures and places because
the rules are about how those names are spelt.
"""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import consistency
from attrlint.house_style import load_style
from attrlint.config import Config
from attrlint.data import DataError
from attrlint.document import Document
from attrlint.linter import lint_documents, lint_text

RULES = {r.id: r for r in consistency.rules() if r.id.startswith("names.")}
RECENT = Config(date=dt.date(2024, 3, 5))


def findings(text, config=RECENT, rule=None):
    found = lint_text(text, config=config, rules=RULES)
    return [f for f in found if rule is None or f.rule == rule]


def texts(found):
    return [f.location.text for f in found]


# --- names.inconsistent: curated families ------------------------------------------
def test_two_spellings_of_one_name_flag_the_minority_form():
    text = (
        "Kim Jong Un inspected a missile factory on Monday.\n\n"
        "State media said Kim Jong Un praised the workers.\n\n"
        "Analysts said Kim Jong-un wanted to impress visitors.\n"
    )
    found = findings(text, rule="names.inconsistent")
    assert texts(found) == ["Kim Jong-un"]
    assert found[0].suggestions == ["Kim Jong Un"]
    assert "twice" in found[0].message


def test_transliterated_first_names_are_one_person():
    text = "Sergei Lavrov met his counterpart. Later Sergey Lavrov told reporters he was pleased.\n"
    found = findings(text, rule="names.inconsistent")
    assert texts(found) == ["Sergey Lavrov"]
    assert found[0].suggestions == ["Sergei Lavrov"]


def test_one_spelling_used_throughout_is_left_alone():
    text = "Zelenskyy spoke in the morning. In the evening Zelenskyy's office issued a statement.\n"
    assert findings(text) == []


def test_different_people_with_one_surname_are_left_alone():
    text = "Kim Jong Un watched the launch. His sister Kim Yo Jong issued a statement.\n"
    assert findings(text) == []


def test_spelling_inside_a_quotation_is_verbatim():
    text = 'Zelensky met the minister. The poster read "Zelenskyy for president".\n'
    assert findings(text, rule="names.inconsistent") == []


# --- names.inconsistent: generic variants ------------------------------------------
def test_hyphenated_and_spaced_romanised_name():
    text = "Choe Son-hui arrived in the capital. Choe Son Hui is the foreign minister. Choe Son Hui smiled.\n"
    found = findings(text, rule="names.inconsistent")
    assert texts(found) == ["Choe Son-hui"]


def test_generic_hyphen_rule_ignores_ordinary_compounds():
    text = (
        "The Secretary-General spoke. The Secretary General of the alliance agreed.\n\n"
        "Fighting in the Asia-Pacific region. Asia Pacific markets fell. Mr-Trump replied.\n"
    )
    assert findings(text, rule="names.inconsistent") == []


def test_inner_capitals_and_transliterated_endings():
    text = (
        "DeSantis signed the bill. Critics said Desantis had overreached. DeSantis disagreed.\n\n"
        "Navalnyy's lawyers appealed. Navalny was in prison. Navalny's wife spoke.\n"
    )
    found = findings(text, rule="names.inconsistent")
    assert sorted(texts(found)) == ["Desantis", "Navalnyy"]


def test_same_first_name_spelt_differently_for_different_people():
    text = "Alexei Pushkarev won the race. Alexey Zaitsev came second.\n"
    assert findings(text, rule="names.inconsistent") == []


def test_pinyin_gloss_is_not_a_variant():
    text = "Hubei (Húběi) and Guangxi (Guǎngxī) are provinces. Hubei is larger.\n"
    assert findings(text, rule="names.inconsistent") == []


# --- names.house-style --------------------------------------------------------------
def test_without_a_style_only_abandoned_forms_are_flagged_once_at_info():
    text = (
        "Embassy closes in Kiev\n\n"
        "The embassy in Kiev closed on Wednesday. Officials in Kiev said little.\n"
    )
    found = findings(text, rule="names.house-style")
    assert texts(found) == ["Kiev"]
    assert found[0].location.line == 1
    assert str(found[0].severity) == "info"
    assert found[0].suggestions == ["Kyiv"]
    assert "3 times" in found[0].message


@pytest.mark.parametrize("text", [
    "He ordered chicken Kiev and a salad.\n",
    "Dynamo Kiev won the match.\n",
    'The book "Letters from Kiev" was reprinted.\n',
    "The Kievan Rus state was founded in the ninth century.\n",
])
def test_fixed_phrases_and_quotations_keep_kiev(text):
    assert findings(text) == []


def test_kiev_in_a_story_dated_before_the_change_is_left_alone():
    assert findings("Talks were held in Kiev on Monday.\n", config=Config(date=dt.date(2017, 2, 1))) == []


@pytest.mark.parametrize("style,expected", [
    ("ap", "Zelenskyy"), ("reuters", "Zelenskiy"), ("guardian", "Zelenskyy"), ("bbc", "Zelensky"),
])
def test_each_style_has_its_own_zelensky(style, expected):
    text = "Zelenskyy, Zelenskiy and Zelensky are one man.\n"
    found = findings(text, config=Config(house_style=style), rule="names.house-style")
    assert sorted(texts(found)) == sorted({"Zelenskyy", "Zelenskiy", "Zelensky"} - {expected})
    assert all(f.fix == expected for f in found)


def test_house_style_form_is_not_also_reported_as_inconsistent():
    text = "Kim Jong-un spoke. Kim Jong Un listened.\n"
    found = findings(text, config=Config(house_style="guardian"))
    assert [(f.rule, f.location.text) for f in found] == [("names.house-style", "Kim Jong Un")]


def test_sentence_initial_capital_is_kept_in_the_fix():
    found = findings("Al Qaeda claimed the attack.\n", config=Config(house_style="ap"), rule="names.house-style")
    assert found[0].fix == "Al-Qaida"


def test_newsroom_pack_by_path_extends_a_bundled_style(tmp_path):
    pack = tmp_path / "desk.toml"
    pack.write_text(
        '[style]\nname = "desk"\nextends = "ap"\n\n'
        '[[family]]\nid = "tbilisi-mayor"\nvariants = ["Kakha Kaladze", "Kakha Kaladse"]\n\n'
        '[prefer]\nzelensky = "Zelensky"\ntbilisi-mayor = "Kakha Kaladze"\n',
        encoding="utf-8",
    )
    cfg = Config(house_style=str(pack))
    found = findings("Zelenskyy met Kakha Kaladse in Kiev.\n", config=cfg, rule="names.house-style")
    assert sorted(f.fix for f in found) == ["Kakha Kaladze", "Kyiv", "Zelensky"]


def test_a_style_that_names_an_unknown_form_is_an_error(tmp_path):
    pack = tmp_path / "bad.toml"
    pack.write_text('[prefer]\nzelensky = "Zelenski"\n', encoding="utf-8")
    with pytest.raises(DataError, match="not one of its variants"):
        load_style(str(pack))
    with pytest.raises(DataError, match="neither a bundled style"):
        load_style("nosuchstyle")


# --- names.inconsistent-across-files ------------------------------------------------
def _doc(tmp_path, name, text, cfg):
    return Document.from_text(text, path=str(tmp_path / name), config=cfg)


def test_files_of_one_publication_that_disagree(tmp_path):
    cfg = Config(path=tmp_path / ".attrlint.toml", date=dt.date(2024, 3, 5))
    docs = [
        _doc(tmp_path, "a.txt", "Sergei Lavrov arrived.\n", cfg),
        _doc(tmp_path, "b.txt", "Sergei Lavrov left.\n", cfg),
        _doc(tmp_path, "c.txt", "Sergey Lavrov spoke.\n", cfg),
    ]
    results = lint_documents(docs, RULES)
    across = [(r.document.path.rsplit("/", 1)[-1], f.location.text) for r in results for f in r.findings
              if f.rule == "names.inconsistent-across-files"]
    assert across == [("c.txt", "Sergey Lavrov")]


def test_files_without_a_shared_configuration_are_not_compared(tmp_path):
    docs = [
        _doc(tmp_path, "a.txt", "Sergei Lavrov arrived.\n", Config()),
        _doc(tmp_path, "b.txt", "Sergey Lavrov spoke.\n", Config()),
    ]
    results = lint_documents(docs, RULES)
    assert [f for r in results for f in r.findings] == []


def test_dateline_in_capitals_is_a_use_of_the_form():
    found = findings("KIEV, Ukraine (AP) - The talks ended.\n", rule="names.house-style")
    assert texts(found) == ["KIEV"]
    assert found[0].suggestions == ["KYIV"]


def test_style_chosen_in_a_configuration_file_by_relative_path(tmp_path):
    from attrlint.config import load_config_file

    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "desk.toml").write_text('[style]\nextends = "reuters"\n', encoding="utf-8")
    (tmp_path / ".attrlint.toml").write_text('house-style = "styles/desk.toml"\n', encoding="utf-8")
    cfg = load_config_file(tmp_path / ".attrlint.toml")
    found = findings("Zelensky arrived.\n", config=cfg, rule="names.house-style")
    assert [f.fix for f in found] == ["Zelenskiy"]


def test_singular_and_plural_of_a_group_are_not_variants():
    assert findings("Houthi rebels fired a missile. The Houthis said it hit a ship.\n") == []
    found = findings("Houthi rebels fired. Huthi fighters said so. Houthi leaders agreed.\n", rule="names.inconsistent")
    assert texts(found) == ["Huthi"]


@pytest.mark.parametrize("name", ["ap", "reuters", "guardian", "bbc"])
def test_bundled_styles_load_and_all_write_kyiv(name):
    from attrlint.house_style import bundled_styles

    assert name in bundled_styles()
    style = load_style(name)
    assert style.prefer["kyiv"] == "Kyiv"


def test_on_a_tie_the_first_reference_sets_the_spelling():
    found = findings("Zelenskiy arrived in the morning. Zelensky left at night.\n", rule="names.inconsistent")
    assert texts(found) == ["Zelensky"]
    assert found[0].suggestions == ["Zelenskiy"]


# --- stop 26: a transcript's speaker label against the prose -------------------------------
TRANSCRIPT = ("The panel was hosted by Dana {prose}, who spoke first about the budget.\n\n"
              "{label}: Good evening and welcome.\n\nGUEST: Thank you.\n\n{label}: Let us begin.")


@pytest.mark.parametrize("label, prose", [
    ("KOWALCZYK", "Kowalcyzk"),  # two letters swapped: no name list knows the prose form
    ("THOMSON", "Thompson"),  # both are names; the label names the speaker
])
def test_a_surname_spelt_otherwise_than_the_speaker_label_is_inconsistent(label, prose):
    found = findings(TRANSCRIPT.format(label=label, prose=prose), rule="names.inconsistent")
    assert texts(found) == [prose]
    assert found[0].suggestions == [label.title()] and "speaker label" in found[0].message


@pytest.mark.parametrize("label, prose", [
    ("GALLAGHER", "Gallagher"),  # the same name
    ("HOST", "Hosts"),  # a label that is a word, not a name
    ("KOWALCZYK", "Kowalski"),  # another name, not one slip
])
def test_a_speaker_label_that_agrees_or_is_no_name_is_left_alone(label, prose):
    assert findings(TRANSCRIPT.format(label=label, prose=prose), rule="names.inconsistent") == []


def test_without_the_label_the_two_known_names_are_not_paired():
    text = "Dana Thompson chaired the panel. Later Thomson, a guest, spoke about the budget."
    assert findings(text, rule="names.inconsistent") == []
