"""Whole paragraphs given twice (invented fixtures): a paragraph that quotes someone is still a
leftover when it is given again in full, far from its first copy or with only its closing full
stop or spacing changed; a quotation repeated inside a new sentence, and a short quoted line,
are left alone."""
from __future__ import annotations

from attrlint.linter import lint_text

HEAD = "Coastal town votes to close its pier after storm damage"
LEAD = ("The town council voted on Tuesday to close the old pier for the winter after a survey "
        "found storm damage, in what the harbour master called \"a sad but necessary step.\"")
MID = "Engineers will return in March to decide whether the pier can be repaired or must come down."
MID2 = "Local traders said the closure would cost them visitors during the quiet months of the year."
END = "The council said it would publish the survey in full on its website next week."


def repeats(text, rules):
    return [f.location.line for f in lint_text(text, path="draft.txt", rules=rules)
            if f.rule == "debris.repeated-sentence"]


def test_a_lead_with_a_quote_given_again_further_down_is_reported(debris_rules):
    text = "\n\n".join([HEAD, LEAD, MID, MID2, LEAD, END])
    assert repeats(text, debris_rules) == [9]


def test_a_copy_that_lacks_only_its_full_stop_is_the_same_paragraph(debris_rules):
    para = ("On Friday, the minister signed the order that sends \"emergency funds\" to the flooded "
            "valley, and a decree that lets farmers delay their tax returns until the spring")
    text = "\n\n".join([HEAD, MID, para, para + ".", END])
    assert repeats(text, debris_rules) == [7]


def test_a_copy_with_other_spacing_and_curly_quotes_is_the_same_paragraph(debris_rules):
    para = ("Rescue crews worked through the night to reach the village, where residents described "
            "the flood as \u201cthe worst in living memory\u201d and asked for more boats.")
    text = "\n\n".join([HEAD, para, MID, MID2, "  " + para.replace(", where", ",  where") + "  ", END])
    assert repeats(text, debris_rules) == [9]


def test_a_quote_repeated_inside_a_new_sentence_is_left_alone(debris_rules):
    quote = "\"We will not let this town be forgotten, whatever the storms bring us next winter,\" she said."
    later = ("Asked again at the evening meeting, she repeated: \"We will not let this town be forgotten, "
             "whatever the storms bring us next winter.\"")
    text = "\n\n".join([HEAD, LEAD, quote, MID, later, END])
    assert repeats(text, debris_rules) == []


def test_a_short_quoted_line_given_twice_is_left_alone(debris_rules):
    pull = "\"It is a sad day for the town and for everyone who fished from that pier,\" the mayor said."
    text = "\n\n".join([HEAD, pull, LEAD, MID, pull, END])
    assert repeats(text, debris_rules) == []


def test_different_paragraphs_sharing_an_opening_are_left_alone(debris_rules):
    a = ("The council voted on Tuesday to close the old pier for the winter after a survey found "
         "storm damage to its supports.")
    b = ("The council voted on Tuesday to close the old pier for the winter and to reopen the "
         "promenade cafe by Easter.")
    text = "\n\n".join([HEAD, a, MID, b, END])
    assert repeats(text, debris_rules) == []
