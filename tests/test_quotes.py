"""Quotation marks (category typo): openers used as apostrophes, unbalanced quotes."""
from __future__ import annotations

import pytest

from attrlint.checks import quotes
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in quotes.rules()}


def findings(text, rule):
    return [f for f in lint_text(text, rules=RULES) if f.rule == rule]


# --- quotes.apostrophe --------------------------------------------------------------
@pytest.mark.parametrize("text,word,fixed", [
    ("The plan had Ankara‘s backing.", "Ankara‘s", "Ankara’s"),
    ("They don‘t agree.", "don‘t", "don’t"),
    ("A hit of the ‘80s returned.", "‘80s", "’80s"),
])
def test_opening_quote_as_apostrophe(text, word, fixed):
    found = findings(text, "quotes.apostrophe")
    assert [f.location.text for f in found] == [word]
    assert found[0].fix == fixed
    assert found[0].category == "typo"


def test_real_opening_quotes_and_apostrophes_are_left_alone():
    assert findings("She called it ‘a grave mistake’ and left Ankara’s office.", "quotes.apostrophe") == []


# --- quotes.unbalanced --------------------------------------------------------------
def test_quote_never_closed_in_its_paragraph():
    text = "The minister said: “We will not retreat from the city.\n\nOther officials disagreed.\n"
    found = findings(text, "quotes.unbalanced")
    assert len(found) == 1
    assert found[0].location.text.startswith("“We will")


def test_quote_continued_into_the_next_paragraph_is_not_closed_by_convention():
    text = (
        "The minister said: “We will not retreat from the city.\n\n"
        "“We will defend every street,” he added.\n"
    )
    assert findings(text, "quotes.unbalanced") == []


def test_continuation_across_a_caption_line():
    text = (
        "He said: ‘We know where the troops are gathering.\n\n"
        "File photo shows a parade in the capital\n\n"
        "‘We could act if we had the means.’\n"
    )
    assert findings(text, "quotes.unbalanced") == []


def test_closing_mark_that_closes_nothing():
    text = "The council approved the plan” on Monday, officials said.\n"
    found = findings(text, "quotes.unbalanced")
    assert len(found) == 1 and "no opening mark" in found[0].message


def test_straight_quotes_balanced_and_inch_marks():
    text = 'He said "we are ready" and showed a 12" ruler.\n\nShe replied "fine."\n'
    assert findings(text, "quotes.unbalanced") == []


def test_quote_ending_in_a_figure_is_closed():
    text = 'A report says "Russia is unlikely to attack in 2017" and officials agreed.\n'
    assert findings(text, "quotes.unbalanced") == []


def test_straight_quote_left_open():
    text = 'The chairman said "the budget is final and closed the session.\n\nMembers left.\n'
    assert len(findings(text, "quotes.unbalanced")) == 1


def test_single_quote_closed_by_possessive_is_not_judged():
    text = "He warned of ‘a growing alliance between the two countries’ leaders.\n\nNo reply came.\n"
    assert findings(text, "quotes.unbalanced") == []


def test_text_with_damaged_straight_quotes_is_not_judged():
    # a conversion turned apostrophes and dashes into straight quotes (don"t, "?)
    text = 'He said "we don"t know"?and left. The law "was unfair.\n\nNext.\n'
    assert findings(text, "quotes.unbalanced") == []


def test_apostrophe_misuse_is_not_also_an_unclosed_quote():
    text = "The plan had Ankara‘s backing.\n\nNo one objected.\n"
    assert findings(text, "quotes.unbalanced") == []


def test_missing_space_before_a_quote_is_not_an_apostrophe():
    assert findings("He said‘We will stay’ and left.", "quotes.apostrophe") == []


# --- quotations over several paragraphs ---------------------------------------------
def test_a_quotation_over_paragraphs_without_marks_closes_in_a_later_one():
    # transcripts often drop the mark that opens each paragraph; the last one closes it
    text = (
        "In her words,\n\n“We need a budget that lasts. And we need it soon.\n\n"
        "The first part is about the roads.\n\n"
        "The second part is about the schools, which have waited long enough.”\n\n"
        "She left the room after that.\n"
    )
    assert findings(text, "quotes.unbalanced") == []


def test_a_quotation_that_never_closes_over_paragraphs_is_still_reported():
    text = (
        "The mayor said: “We need a budget that lasts.\n\nThe council met later.\n\n"
        "Members then spoke about the “new” plan for the roads.\n\nNo vote was taken.\n"
    )
    found = findings(text, "quotes.unbalanced")
    assert len(found) == 1 and found[0].location.text.startswith("“We need")


def test_a_closing_mark_long_after_an_open_quotation_is_stray():
    text = "“We need a budget.\n\n" + "The council met.\n\n" * 7 + "It was over.”\n"
    found = findings(text, "quotes.unbalanced")
    assert len(found) == 2


# --- quotes.mismatched ----------------------------------------------------------------
@pytest.mark.parametrize("text, flagged", [
    ("He called it ‘a grave mistake' and left.", "‘a grave mistake'"),
    ("It was ‘a mess”, she said.", "‘a mess”"),
    ("The paper's aim was ‘stopping ‘local rivals.'” on Monday.", "‘stopping ‘local rivals.'”"),
    ("’We will win,’ he said.", "’We"),
    ("”We will win,” he said.", "”We"),
])
def test_mismatched_quotation_marks(text, flagged):
    found = findings(text, "quotes.mismatched")
    assert [f.location.text for f in found] == [flagged]
    assert findings(text, "quotes.unbalanced") == []  # reported once, by the mismatch rule


@pytest.mark.parametrize("text", [
    "He called it ‘a grave mistake’ and left.",
    "He said ‘the workers' rights matter’ today.",
    "He cited ‘the “new” plan’ again.",
    "’Tis the season, he said.",
    "He said ‘the soldiers’ families’ wait.",
    "A hit of the ’90s returned.",
    "“We will win,” he said.",
])
def test_matching_marks_and_apostrophes_are_left_alone(text):
    assert findings(text, "quotes.mismatched") == []


def test_a_closing_mark_used_to_open_gets_a_fix():
    found = findings("’We will win,’ he said.", "quotes.mismatched")
    assert found[0].fix == "‘We"


# --- the speaker of a quotation, where real copy puts it (attribution.unattributed-quote)
def _orphans(text):
    return [f.location.line for f in lint_text(text, config=Config(select=["ALL", "attribution.unattributed-quote"]))  # opt-in
            if f.rule == "attribution.unattributed-quote"]


@pytest.mark.parametrize("text", [
    # the paragraph before introduces the quotation with a colon or a comma
    "The harbour master spoke at length.\n\nIn her words,\n\n“We have never seen damage like this in forty years here.”\n",
    "The mayor answered questions for an hour.\n\nAsked about the quay, Ruiz said:\n\n"
    "“We will rebuild it before the summer season starts, whatever it costs.”\n",
    # hard-wrapped copy: the speaker is on the next line
    'The council met late on Monday.\n"We will rebuild the quay before the summer season," Ruiz\n'
    "said in a statement.\n",
    # the quotation runs on into the next paragraph and is attributed where it closes
    "The council met on Monday.\n\n“We will rebuild the quay before the summer season.\n\n"
    "“It will cost more than we hoped, but it must be done,” the mayor added.\n",
    'The council met on Monday.\n\n"We will rebuild the quay before the summer season.\n\n'
    'The cost will be higher than we hoped, but it must be done," the mayor added.\n',
    # the sentence before names the speaker
    "The storm was the worst in decades, a harbour official told the local radio station. "
    "“We have never seen damage like this in forty years of work.”\n",
])
def test_a_speaker_in_reach_attributes_the_quotation(text):
    assert _orphans(text) == []


def test_a_quotation_over_paragraphs_with_no_speaker_is_still_reported():
    text = ("The storm hit the harbour on Monday and destroyed the quay.\n\n"
            "“We have never seen damage like this in forty years of work.\n\n"
            "“The quay will have to be rebuilt from the sea bed up.”\n\n"
            "The quay will be rebuilt in the spring.\n")
    assert 3 in _orphans(text)


def test_a_quotation_with_no_speaker_anywhere_is_still_reported():
    text = ("The storm hit the harbour on Monday and destroyed the quay.\n\n"
            "“We have never seen damage like this in forty years of work.”\n\n"
            "The quay will be rebuilt in the spring.\n")
    assert _orphans(text) == [3]


def test_a_continued_quotation_that_never_closes_is_reported_where_it_last_opens():
    text = ("The mayor said: “We will not retreat.\n\n“We will defend every street.\n\n"
            "Officials left the hall after the speech.\n")
    found = findings(text, "quotes.unbalanced")
    assert [f.location.text for f in found] == ["“We will defend every street."]


def test_straight_quotes_continued_over_paragraphs():
    text = ('The mayor said: "We will not retreat.\n\n"We will defend every street.\n\n'
            '"And we will win," he added.\n')
    assert findings(text, "quotes.unbalanced") == []


def test_a_quotation_running_on_over_unmarked_paragraphs_is_one_quotation():
    from attrlint.document import Document

    text = (
        "In her words,\n\n“We need a budget that lasts.\n\nThe first part is about the roads.\n\n"
        "The second part is about the schools.”\n\nShe left the room after that.\n"
    )
    doc = Document.from_text(text)
    assert doc.in_quote(text.index("The first part"), text.index("roads.") + 6)
    assert doc.in_quote(text.index("The second"), text.index("schools.”") + 9)
    assert not doc.in_quote(text.index("She left"), text.index("She left") + 8)


def test_paragraphs_after_an_unclosed_quotation_that_never_closes_are_not_quoted():
    from attrlint.document import Document

    text = "He said: “We need a budget.\n\nThe council met later.\n\nMembers said “no” to it.\n"
    doc = Document.from_text(text)
    assert not doc.in_quote(text.index("The council"), text.index("The council") + 11)


# --- an opening mark typed as the closing one; an excerpt cut inside a quotation ------
def test_an_opening_mark_that_closes_is_one_mismatch_not_an_open_quotation():
    text = ("The harbour master spoke after the storm. “The pier held. The boats were fine.“\n\n"
            "Crews went home at noon.\n")
    assert findings(text, "quotes.unbalanced") == []
    found = findings(text, "quotes.mismatched")
    assert [f.location.text for f in found] == ["fine.“"]
    assert found[0].fix == "fine.”"


def test_an_opening_mark_closes_a_quotation_carried_from_the_paragraph_before():
    text = ("The mayor wrote on Tuesday. “The tram line opens in May.\n\n"
            "Tickets go on sale next week,“ she said. Crews are still testing.\n")
    assert findings(text, "quotes.unbalanced") == []
    assert [f.location.text for f in findings(text, "quotes.mismatched")] == ["week,“"]


def test_an_opening_mark_that_opens_is_still_an_opening_mark():
    # “ glued to a word but followed by a letter, or with no quotation open, closes nothing
    text = "The coach said “We will play.“ Then she left.\n\nThe club’s “best“ season ended.\n"
    assert [f.location.text for f in findings(text, "quotes.mismatched")] == ["play.“", "“best“"]
    text = "The report is due.“ The board meets today.\n"
    assert findings(text, "quotes.mismatched") == []


def test_a_closing_mark_in_the_first_paragraph_after_a_cut_is_left_alone():
    text = ("and the ferry will run all winter,” said Ana Ruiz, the port director. Work starts soon.\n\n"
            "The board met on Monday.\n")
    assert findings(text, "quotes.unbalanced") == []
    # in a later paragraph, or with no sentence mark before it, it is still a stray mark
    assert len(findings("The board met.\n\n" + text, "quotes.unbalanced")) == 1
    assert len(findings("The council approved the plan” on Monday.\n", "quotes.unbalanced")) == 1


def test_low_opening_marks_close_with_the_high_one():
    # „…“ is the German style: its “ closes and is no mismatch
    text = "Der Minister sagte: „Wir kommen.“ Dann ging er. Sie sagte: „Wir bleiben.“\n"
    assert findings(text, "quotes.mismatched") == []
