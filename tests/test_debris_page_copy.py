"""Which copy of a repeat is the page's (invented fixtures): a standfirst above the byline box
repeated word for word as the lead, and a page title run into its description above the
story's headline, are reported, not the story's own lead and headline; a headline scraped
twice still has its second copy reported. And 'WATCH:' opening the first line is a video
story's headline prefix, not a link label."""
from __future__ import annotations

from attrlint.linter import lint_text

LEAD = ("The harbour board met on Monday to discuss the new ferry timetable and agreed a plan "
        "that will add two crossings a day from May.")
MID = "Ferry operators welcomed the decision, saying it would end months of uncertainty for crews."
END = "The board said fares would not rise this year, and the timetable would be reviewed in the autumn."


def repeats(text, rules):
    return [(f.location.line, f.message.split(":")[0]) for f in lint_text(text, path="draft.txt", rules=rules)
            if f.rule == "debris.repeated-sentence"]


def test_standfirst_repeated_as_the_lead_reports_the_standfirst(debris_rules):
    text = "\n".join(["Harbour board agrees new ferry timetable", LEAD, "Share", "Tweet", "Email",
                      "By Jane Doe", "March 4, 2025, 10:42 am", LEAD, MID, END])
    found = repeats(text, debris_rules)
    assert [line for line, _ in found] == [2]


def test_page_title_run_into_its_description_is_reported_not_the_headline(debris_rules):
    head = "Harbour board agrees new ferry timetable after months of talks"
    text = "\n".join([head + " The board met on Monday and agreed a plan for more crossings.", "Politics",
                      head, LEAD, MID, END])
    found = repeats(text, debris_rules)
    assert [line for line, _ in found] == [1]


def test_paragraph_pasted_twice_in_the_body_reports_the_second_copy(debris_rules):
    text = "\n".join(["Harbour board agrees new ferry timetable", LEAD, MID, END, MID])
    assert [line for line, _ in repeats(text, debris_rules)] == [5]


def test_watch_prefix_on_the_headline_is_no_link_label(debris_rules):
    text = "\n".join(["WATCH: Harbour board agrees new ferry timetable", LEAD,
                      "WATCH: Ferry crew rescue two swimmers off the point", MID, END])
    labels = [f.location.line for f in lint_text(text, path="draft.txt", rules=debris_rules)
              if f.rule == "debris.link-label"]
    assert labels == [3]
