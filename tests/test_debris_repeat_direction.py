"""Which copy of a repeat to report (invented fixtures): a caption that ends on a picture
library's name is the leftover, not the story's longer sentence; the page's description after
a scrape prefix on the first line is the leftover, not the story's paragraph; a standfirst
taken up inside a longer sentence of the story is nobody's leftover."""
from __future__ import annotations

from attrlint.linter import lint_text

HEAD = "Harbour board agrees new ferry timetable after months of talks"
LEAD = ("The harbour board met on Monday to discuss the new ferry timetable and agreed a plan "
        "that will add two crossings a day from May.")
MID = "Ferry operators welcomed the decision, saying it would end months of uncertainty for crews."
END = "The board said fares would not rise this year, and the timetable would be reviewed in the autumn."


def repeats(text, rules):
    return [f.location.line for f in lint_text(text, path="draft.txt", rules=rules)
            if f.rule == "debris.repeated-sentence"]


def test_a_caption_with_an_agency_credit_is_the_copy_reported(debris_rules):
    caption = "The new ferry leaves the quay on its first crossing of the harbour at dawn. Getty Images"
    story = ("The new ferry leaves the quay on its first crossing of the harbour at dawn, "
             "a sight the crews had waited for since the winter.")
    text = "\n\n".join([HEAD, caption, LEAD, MID, story, END])
    assert repeats(text, debris_rules) == [3]


def test_a_caption_followed_by_ordinary_words_is_not_taken_for_a_credit(debris_rules):
    first = "The new ferry leaves the quay on its first crossing of the harbour at dawn. Crews cheered"
    story = "The new ferry leaves the quay on its first crossing of the harbour at dawn."
    text = "\n\n".join([HEAD, LEAD, first, MID, story, END])
    assert repeats(text, debris_rules) == [9]


def test_the_pages_description_after_a_scrape_prefix_is_the_copy_reported(debris_rules):
    text = (" date 2025-03-04 The board agreed a plan for more crossings after months of hard talks. "
            "Fares stay the same.\n\n" + LEAD + " The board agreed a plan for more crossings after months of hard talks.\n\n"
            + MID + "\n\n" + END)
    assert repeats(text, debris_rules) == [1]


def test_without_the_prefix_the_later_copy_is_reported(debris_rules):
    text = ("The board agreed a plan for more crossings after months of hard talks. Fares stay the same.\n\n"
            + LEAD + "\n\nThe board agreed a plan for more crossings after months of hard talks.\n\n" + END)
    assert repeats(text, debris_rules) == [5]


def test_a_standfirst_taken_up_in_a_longer_sentence_is_left_alone(debris_rules):
    deck = "New ferry crossings come as the harbour board ends months of talks"
    story = ("The new ferry crossings come as the harbour board ends months of talks with the crews "
             "over pay and hours.")
    text = "\n\n".join([HEAD, deck, LEAD, MID, story, END])
    assert repeats(text, debris_rules) == []
