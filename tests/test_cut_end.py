"""Text that stops mid-sentence: found once, reported once (opt-in), and never reported
as a misspelling, an unclosed quotation or a quotation without a speaker."""
from __future__ import annotations

import pytest

from attrlint.config import Config
from attrlint.document import Document
from attrlint.linter import lint_text
from attrlint.registry import discover

FULL = "The council met on Tuesday.\n\nIt approved the budget after a long debate.\n"


@pytest.mark.parametrize("text, why", [
    ("The council met on Tuesday.\n\nIt approved the budget after a long deba", "the last sentence has no end"),
    ("The council met.\n\nA spokesman said: “The vote was a great succ", "a quotation is left open"),
    ("The council met.\n\nThe mayor told reporters:", "it ends in a colon"),
    ("The council met.\n\nThe mayor said the vote was only the start of…", "it trails off"),
])
def test_a_cut_end_is_found(text, why):
    cut = Document.from_text(text).cut_end
    assert cut is not None and cut.why == why and cut.certain
    assert text[cut.start:].strip()  # the unfinished sentence, not the whole text


@pytest.mark.parametrize("text", [
    FULL,
    "The council met.\n\n“We are done,” the mayor said.",
    "The council met.\n\nTags: Council Budget Mayor Town Hall",  # furniture, not a sentence
    "The council met.\n\nFirst Published: Sat, May 4 2019. 10:20 IST",
    "",
])
def test_a_finished_text_or_a_furniture_line_is_not_cut(text):
    cut = Document.from_text(text).cut_end
    assert cut is None or not cut.certain


def test_the_last_word_of_an_unfinished_headline_is_not_a_misspelling():
    text = "The council met on Tuesday.\n\nWill The Council Approve The Budget? - Council evacua"
    cut = Document.from_text(text).cut_end
    assert cut is not None and not cut.certain and text[cut.word_start:] == "evacua"
    assert [f for f in lint_text(text + " now.") if f.category == "typo"]  # a slip when the text goes on
    assert not [f for f in lint_text(text) if f.category == "typo"]
    assert not [f for f in lint_text(text, config=Config(select=["debris.cut-off"])) if f.rule == "debris.cut-off"]


def test_the_cut_word_is_not_a_misspelling():
    text = "The council met on Tuesday.\n\nThe budget vote was close as the deadline approa"
    found = lint_text(text)
    assert not [f for f in found if f.category == "typo"]


def test_a_misspelling_before_the_cut_is_still_reported():
    text = "The councill met on Tuesday.\n\nThe budget vote was close as the deadline approa"
    found = [f for f in lint_text(text) if f.category == "typo"]
    assert [f.location.text for f in found] == ["councill"]


def test_a_quotation_cut_by_the_end_is_neither_unclosed_nor_unattributed():
    text = ("The council met on Tuesday and approved the budget.\n\n"
            "“We have made the hardest choices this town has faced in a generation and we")
    found = lint_text(text)
    assert not [f for f in found if f.rule in ("quotes.unbalanced", "attribution.unattributed-quote")]


def test_an_unclosed_quotation_earlier_in_a_cut_text_is_still_reported():
    text = ("The mayor said: “We will not retreat from the plan.\n\nOther officials disagreed.\n\n"
            "The budget vote was close as the deadline approa")
    found = [f for f in lint_text(text) if f.rule == "quotes.unbalanced"]
    assert len(found) == 1 and found[0].location.text.startswith("“We will")


def test_the_cut_off_rule_is_opt_in_and_speaks_once():
    text = "The council met on Tuesday.\n\nThe budget vote was close as the deadline approa"
    assert not [f for f in lint_text(text) if f.rule == "debris.cut-off"]
    found = [f for f in lint_text(text, config=Config(select=["debris.cut-off"])) if f.rule == "debris.cut-off"]
    assert len(found) == 1
    assert found[0].location.text == "approa"
    assert "stops mid-sentence" in found[0].message
    assert str(found[0].severity) == "info"
    assert "debris.cut-off" in discover()


def test_the_json_report_carries_the_cut_and_the_assumed_date(tmp_path):
    import contextlib
    import io
    import json
    from pathlib import Path

    import jsonschema

    from attrlint.cli import main

    story = tmp_path / "cut.txt"
    story.write_text("The council met.\n\nThe mayor said the vote was close as the deadl", encoding="utf-8")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        main(["check", "--format", "json", str(story)])
    report = json.loads(buf.getvalue())
    schema = json.loads((Path(__file__).parent.parent / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)
    entry = report["files"][0]
    assert entry["cut_end"]["line"] == 3 and entry["cut_end"]["why"] == "the last sentence has no end"
    assert entry["story_date"]["assumed"] is True


def test_a_cut_name_is_not_a_second_spelling_of_the_name():
    text = ("Sergei Lavrov met Antony Blinken in Geneva. Lavrov said the talks were useful and Blinken "
            "agreed.\n\nThe ministers will meet again next month, said Blinkn")
    assert [f.rule for f in lint_text(text + " on Friday.") if f.location.text == "Blinkn"]  # a real slip
    assert not [f for f in lint_text(text) if f.category in ("typo", "inconsistent_name")]


def test_an_orphan_quotation_long_before_the_cut_is_still_reported():
    # one long last paragraph: only the sentences next to the cut lose their speaker
    text = ("The storm hit the harbour on Monday and destroyed the quay. “We have never seen damage like "
            "this in forty years of work.” The quay will be rebuilt in the spring. Boats were moved to the "
            "next bay. Repairs will take months, and the cost is not yet kno")
    found = [f for f in lint_text(text, config=Config(select=["ALL", "attribution.unattributed-quote"]))  # opt-in
             if f.rule == "attribution.unattributed-quote"]
    assert len(found) == 1


def test_a_quotation_just_before_the_cut_may_have_lost_its_speaker():
    text = ("The storm hit the harbour on Monday and destroyed the quay.\n\n"
            "“We have never seen damage like this in forty years of work.” The harbour master, speaking "
            "to reporters on the quay, sa")
    assert not [f for f in lint_text(text) if f.rule == "attribution.unattributed-quote"]


def test_a_finding_that_reaches_into_the_cut_word_is_hidden_one_before_it_is_not():
    text = "The council met on Tuesday.\n\nThe vote on the new court roo"
    cut = Document.from_text(text).cut_end
    court = text.index("court")
    assert cut.hides("grammar.split-compound", "typo", court, text, len(text))  # "court roo"
    assert not cut.hides("spelling.misspelling", "typo", text.index("vote"), text, text.index("vote") + 4)
    assert not cut.hides("loaded_language.label", "loaded_language", court, text, len(text))
