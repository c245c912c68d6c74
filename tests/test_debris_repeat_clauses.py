"""A repeat that opens in lower case after other words on its line is a clause of a longer
sentence, the writer's own wording, not a pasted sentence (attrlint/checks/repeats.py
``_inside_sentence``); a sentence or a headline given again is still reported.

Every text here is invented.
"""
from __future__ import annotations

from attrlint.linter import lint_text

HEAD = "Harbour board agrees new ferry timetable after months of talks"
MID = "Ferry operators welcomed the decision, saying it would end months of uncertainty for crews."
END = "The board said fares would not rise this year, and the timetable would be reviewed in the autumn."


def repeats(text, rules):
    return [f.location.line for f in lint_text(text, path="draft.txt", rules=rules)
            if f.rule == "debris.repeated-sentence"]


def test_a_sentence_taken_up_as_a_clause_later_in_the_paragraph_stays(debris_rules):
    lead = ("The harbour board has put off its ruling on the second ferry licence for the island route. "
            "The chair told members that the harbour board has put off its ruling on the second ferry "
            "licence for the island route until the spring.")
    assert repeats("\n\n".join([HEAD, lead, MID, END]), debris_rules) == []


def test_a_sentence_pasted_twice_is_still_reported(debris_rules):
    again = "The board said fares would not rise this year, and the timetable would be reviewed in the autumn."
    assert repeats("\n\n".join([HEAD, MID, END, again]), debris_rules) == [7]


def test_a_repeat_at_the_start_of_its_line_in_lower_case_is_still_reported(debris_rules):
    line = "the harbour board met on monday and agreed to add two crossings a day from may"
    assert repeats("\n\n".join([HEAD, line, MID, END, line]), debris_rules) == [9]
