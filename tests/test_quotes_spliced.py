"""Quotations that a page or a feed breaks up: parts separated by spliced lines (ad labels,
captions, related headlines), sentence-per-line copy, texts cut while a quotation runs on,
and ’’ typed for a closing double mark. Invented fixtures."""
from __future__ import annotations

import pytest

from attrlint.checks import quotes
from attrlint.config import Config
from attrlint.linter import lint_text
from attrlint.quotation import close_curly, interposed

RULES = {r.id: r for r in quotes.rules()}

RELATED = (
    "More from Sport\n"
    "Harbour club appoints new captain after long search for a leader\n"
    "Rovers hold City to a draw in the rain at the old ground\n"
    "Police close coast road after crash near the stadium on Friday\n"
    "Fans queue overnight for cup final tickets outside the ground\n"
    "Six things we learned from the derby at the weekend\n"
    "Keeper signs two-year deal with the league leaders\n"
)


def unbalanced(text):
    return [f for f in lint_text(text, rules=RULES) if f.rule == "quotes.unbalanced"]


@pytest.mark.parametrize("line, spliced", [
    ("Advertisement", True),
    ("Fans queue overnight for cup final tickets outside the ground", True),
    ("The mayor opened the new quay (Photo: Harbour Trust )", True),
    ("— Harbour Rovers (@HarbourRovers) May 3, 2021", True),
    ("The mayor opened the new quay on Friday.", False),
    ("Was it worth it?", False),
    ('The club said: "We are proud', False),
    ("", False),
])
def test_lines_a_page_splices_in(line, spliced):
    assert interposed(line) is spliced


def test_doubled_right_single_marks_close_a_double_quotation():
    text = "“We will rebuild it,’’ she said. “Soon.”"
    assert text[close_curly(text, 1, len(text))] == "’"
    assert close_curly("“Open and never closed", 1, 22) == -1


# --- left alone ------------------------------------------------------------------------
def test_a_quotation_continued_after_an_ad_label_and_related_headlines():
    text = (
        "The new coach said after signing: “I am proud to join a club with such a history.\n"
        "Advertisement\n"
        "“The players here excite me, and the academy is the best I have seen.”\n"
        "The club said in a statement: “Maria is one of the most respected coaches in the game.\n"
        + RELATED +
        "“She has won titles in three countries and has coached at the highest level.”\n"
        "The club posted a photograph of her on its website.\n"
    )
    assert unbalanced(text) == []


def test_a_quotation_continued_on_a_line_under_headlines_run_into_one_paragraph():
    # long headline lines without a full stop read as a hard-wrapped paragraph
    text = (
        "The club said in a statement: “Maria is one of the most respected coaches in the game.\n"
        "Harbour club appoints new captain after long search for a leader\n"
        "Rovers hold City to a draw in the rain at the old ground\n"
        "“She has won titles in three countries and has coached at the highest level.”\n"
        "The club posted a photograph of her on its website.\n"
    )
    assert unbalanced(text) == []


def test_a_quotation_running_over_sentence_per_line_copy_cut_off_mid_sentence():
    text = (
        "The witness described the night to reporters on Friday.\n"
        "“At nine they shut every gate on the avenue, every single one.\n"
        "We watched them chain the gates closed, and then the shooting started.\n"
        "We had only one way out and everyone was just kind of following\n"
    )
    assert unbalanced(text) == []


def test_a_quotation_before_narrative_lines_of_a_cut_off_text_is_reported():
    text = (
        "The witness described the night to reporters on Friday.\n"
        "“At nine they shut every gate on the avenue, every single one.\n"
        "Police said the gates were closed for safety.\n"
        "The inquiry will report next year on what happened that\n"
    )
    assert len(unbalanced(text)) == 1


def test_doubled_right_single_marks_close_the_quotation_in_its_paragraph():
    text = (
        "“It was an attempt to fool the voters,’’ the head of the watchdog told the radio station.\n\n"
        "The party rejected the charge on Wednesday.\n"
    )
    assert unbalanced(text) == []


# --- still reported ----------------------------------------------------------------------
def test_a_quotation_left_open_before_a_paragraph_that_does_not_continue_it():
    text = (
        "The club said in a statement: “Maria is one of the most respected coaches in the game.\n"
        + RELATED +
        "Fans said the “new era” had begun at the ground on Friday.\n"
        "The club posted a photograph of her on its website.\n"
    )
    found = unbalanced(text)
    assert [f.location.text[:12] for f in found] == ["“Maria is on"]


def test_a_mark_opening_a_line_after_prose_in_its_paragraph_does_not_continue():
    # the line before ends no sentence and is long, so the three lines are one paragraph;
    # the first line is prose, so the mark on the third does not open a continuation
    text = (
        "The club said in a statement: “Maria is one of the most respected coaches.\n\n"
        "The club then announced that the season would start in a new stadium with\n"
        "room for forty thousand fans and a new pitch, and the mayor was pleased\n"
        "“with the work” as he put it at the opening on Friday.\n\n"
        "The club posted a photograph of her on its website.\n"
    )
    found = unbalanced(text)
    assert [f.location.text[:12] for f in found] == ["“Maria is on"]


def test_a_quotation_open_at_the_end_of_a_finished_text_is_reported():
    text = (
        "The witness described the night to reporters on Friday.\n"
        "“At nine they shut every gate on the avenue, every single one.\n"
        "They chained the gates closed with fences.\n"
        "We had only one way out.\n"
    )
    found = unbalanced(text)
    assert [f.location.text[:10] for f in found] == ["“At nine t"]


def test_too_many_spliced_lines_end_the_quotation():
    text = (
        "The club said in a statement: “Maria is one of the most respected coaches in the game.\n"
        + RELATED * 3 +
        "“She has won titles in three countries and has coached at the highest level.”\n"
        "The club posted a photograph of her on its website.\n"
    )
    assert len(unbalanced(text)) == 1


# --- the speaker of a broken-up quotation (attribution.unattributed-quote) ---------------
def orphans(text):
    return [f.location.line for f in lint_text(text, config=Config(select=["ALL", "attribution.unattributed-quote"]))
            if f.rule == "attribution.unattributed-quote"]


@pytest.mark.parametrize("text", [
    # the quotation's next part after an ad label
    "The harbour master spoke on Friday.\n"
    "Ines Ruiz, the harbour master, said: “We have never seen damage like this in forty years.\n"
    "Advertisement\n"
    "“The quay will have to be rebuilt from the sea bed up, and that will take two years.”\n",
    # ... after two captions
    "The harbour master spoke on Friday.\n"
    "Ines Ruiz, the harbour master, said: “We have never seen damage like this in forty years.\n"
    "The storm destroyed the old quay (Photo: Harbour Trust )\n"
    "Boats were thrown onto the road (Photo: Harbour Trust )\n"
    "“The quay will have to be rebuilt from the sea bed up, and that will take two years.”\n",
    # ... whose first part has its speaker after it
    "The harbour master spoke on Friday.\n"
    "“We have never seen damage like this in forty years,” Ines Ruiz said. “Not once.\n"
    "Advertisement\n"
    "“The quay will have to be rebuilt from the sea bed up, and that will take two years.”\n",
])
def test_a_continued_quotation_is_judged_where_it_opens(text):
    assert orphans(text) == []


@pytest.mark.parametrize("verb", ["recounted", "detailed", "elaborated", "reminisced"])
def test_any_verb_in_the_speech_frame_after_a_quotation_names_the_speaker(verb):
    text = ("The storm hit the harbour on Monday.\n\n"
            f"“We have never seen damage like this in forty years of work here,” Ruiz {verb}.\n")
    assert orphans(text) == []


def test_an_inverted_speech_frame_names_the_speaker():
    text = ("The storm hit the harbour on Monday.\n\n"
            "“Have we ever seen damage like this in forty years of work here?” recounted Ruiz.\n")
    assert orphans(text) == []


def test_doubled_right_single_marks_end_the_quotation_before_its_speaker():
    text = ("The party changed the name of its account during the debate.\n\n"
            "“It was an attempt to fool the voters in the middle of a debate,’’ Ana Ruiz, head of "
            "the independent watchdog group in the capital, told the radio station.\n")
    assert orphans(text) == []


def test_a_first_person_account_after_a_paragraph_naming_its_witness():
    text = ("The fire broke out at the hotel on Sunday night.\n\n"
            "Ana Ruiz, a cleaner on the night shift at the hotel, saw it all.\n\n"
            "“When I opened the door I saw smoke everywhere and I ran down the stairs to the street.”\n")
    assert orphans(text) == []


# --- still reported ----------------------------------------------------------------------
def test_a_quotation_after_spliced_lines_with_no_speaker_is_reported_where_it_opens():
    text = ("The storm hit the harbour on Monday.\n"
            "“We have never seen damage like this in forty years.\n"
            "Advertisement\n"
            "“The quay will have to be rebuilt from the sea bed up, and that will take two years.”\n")
    assert orphans(text) == [2]


def test_a_quotation_after_a_prose_paragraph_does_not_continue_the_earlier_one():
    text = ("Ines Ruiz, the harbour master, said: “We have never seen damage like this in forty years.\n\n"
            "The storm destroyed the old quay and threw boats onto the coast road.\n\n"
            "The council will meet on Friday to decide what to do.\n\n"
            "“The quay will have to be rebuilt from the sea bed up, and that will take two years.”\n")
    assert orphans(text) == [7]


def test_a_clause_that_is_not_a_speech_frame_does_not_name_a_speaker():
    # the quotation closes on a full stop, and the next clause is narrative
    text = ("The storm hit the harbour on Monday.\n\n"
            "“We have never seen damage like this in forty years of work here.” The boats sank.\n")
    assert orphans(text) == [3]


@pytest.mark.parametrize("before", [
    "The fire broke out at the hotel on Sunday night and spread fast.",  # no one named
    "Ana Ruiz and Tomas Berg, cleaners on the night shift, saw it all.",  # two people
])
def test_a_first_person_account_with_no_single_witness_before_it(before):
    text = (f"The hotel reopened on Friday.\n\n{before}\n\n"
            "“When I opened the door I saw smoke everywhere and I ran down the stairs to the street.”\n")
    assert orphans(text) == [5]


def test_a_quotation_that_is_not_first_person_after_a_named_person():
    text = ("The fire broke out at the hotel on Sunday night.\n\n"
            "Ana Ruiz, a cleaner on the night shift at the hotel, saw it all.\n\n"
            "“The hotel should never have been allowed to open without working fire doors.”\n")
    assert orphans(text) == [5]


# --- quotes.mismatched: ’’ typed for ” ----------------------------------------------------
def mismatched(text):
    return [f for f in lint_text(text, rules=RULES) if f.rule == "quotes.mismatched"]


def test_two_single_marks_closing_a_double_quotation_are_reported_once_a_story():
    text = ("“It was wrong,’’ she said. “We will appeal.”\n\n"
            "“No one asked us,’’ he added.\n")
    found = mismatched(text)
    assert [f.location.text for f in found] == ["wrong,’’"]
    assert found[0].fix == "wrong,”" and "1 more" in found[0].message


@pytest.mark.parametrize("text", [
    "“It was wrong,” she said of the workers’ pay.",
    "The workers’’ union is a typing slip of another kind.",  # no “ opens a quotation
    "“He called it ‘a disgrace’,” she said.",
])
def test_closing_double_marks_and_stray_apostrophes_are_left_alone(text):
    assert mismatched(text) == []
