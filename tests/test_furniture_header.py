"""The page's header and the wire page's teaser (invented fixtures): a section label or
kicker on the first line, a byline run over the page's date, a gallery's position and a
list's label that start blocks of their own, a letter's signature, and the lead shown
first as a cut-off teaser; with the drafts that look like them and are left alone."""
from __future__ import annotations

import pytest
from conftest import debris_findings

from attrlint.furniture import analyse_text

HEAD = "Harbour board agrees new ferry timetable for summer"
LEAD = ("PORTSMOUTH (Wire) - The harbour board agreed a new ferry timetable on Monday after "
        "months of complaints from island residents about late sailings.")
MORE = "The chair said the first sailings under the new plan would leave at six in the morning from May."
END = "Fares will not rise this year, the board said in a statement after the meeting."


findings = debris_findings


def _blocks(text: str) -> list[tuple[int, int]]:
    return [(b.lines[0].n + 1, b.lines[-1].n + 1) for b in analyse_text(text).blocks]


# --- a wire page's teaser ----------------------------------------------------------------
def test_the_cut_off_teaser_is_flagged_not_the_full_lead(debris_rules):
    cut = MORE[:40].rsplit(" ", 1)[0] + "..."
    text = f"{HEAD}\n{LEAD}\n{cut}\nEmail\nPrint\nRelated Topics\nTravel »\n{LEAD}\n{MORE}\n{END}"
    hits = [f for f in findings(text, debris_rules) if f[1] == "debris.repeated-sentence"]
    assert [(ln, t) for ln, _, t in hits] == [(2, f"{LEAD}\n{cut}")]


def test_a_teaser_line_that_ends_cut_off_itself(debris_rules):
    cut = LEAD[:90].rsplit(" ", 1)[0] + "…"
    text = f"{HEAD}\n{cut}\nEmail\nPrint\n{LEAD}\n{MORE}\n{END}"
    hits = [f for f in findings(text, debris_rules) if f[1] == "debris.repeated-sentence"]
    assert [f[0] for f in hits] == [2]


def test_a_paragraph_pasted_twice_still_flags_the_second_copy(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{LEAD}\n\n{END}"
    hits = [f for f in findings(text, debris_rules) if f[1] == "debris.repeated-sentence"]
    assert [f[0] for f in hits] == [7]


def test_an_ellipsis_that_cuts_nothing_repeated_is_no_teaser(debris_rules):
    trail = "And then the ferry left..."
    text = f"{HEAD}\n\n{LEAD}\n{trail}\n\n{MORE}\n\n{LEAD}\n\n{END}"
    hits = [f for f in findings(text, debris_rules) if f[1] == "debris.repeated-sentence"]
    assert [f[0] for f in hits] == [8]


# --- section labels and kickers on the first line ----------------------------------------
@pytest.mark.parametrize("label", ["Columnists", "Letters to the Editor", "Travel Industry", "Español"])
def test_a_section_label_over_the_page_header_is_furniture(label, debris_rules):
    text = f"{label}\n{HEAD}\nPublished March 4, 2025 10:42 AM\n{LEAD}\n{MORE}\n{END}"
    assert (1, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


def test_a_two_word_label_a_blank_line_over_the_pages_header_is_furniture(debris_rules):
    # the skip links' label over the page's section label: one block from the first line
    text = f"Accessibility links\n\nBreaking News\n\n{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{END}"
    assert [f[:2] for f in findings(text, debris_rules) if f[0] in (1, 3)] == [(1, "debris.page-furniture")]
    # a longer headline a blank line over a button is the headline ("Harbour Board statement")
    text = f"Harbour Board statement\n\nMust Read\n\n{LEAD}\n\n{MORE}\n\n{END}"
    assert 1 not in [f[0] for f in findings(text, debris_rules)]


def test_a_breadcrumb_arrow_marks_a_label_over_anything(debris_rules):
    text = f"Business»\nTransport\n{LEAD}\n{MORE}\n{END}"
    assert (1, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


@pytest.mark.parametrize("text", [
    f"Ferry deal\n{HEAD}\n\n{LEAD}\n\n{END}",            # a short headline over a subhead, then the story
    f"Ferry deal\nJane Doe\n\n{LEAD}\n\n{END}",          # a short headline over its author
    f"Ferry deal is agreed\nFerry deal is agreed\n\n{LEAD}\n\n{END}",  # the headline repeated under itself
])
def test_a_short_headline_is_no_section_label(text, debris_rules):
    assert 1 not in [f[0] for f in findings(text, debris_rules)]


# --- a byline over the page's date -------------------------------------------------------
def test_a_byline_run_over_the_date_between_standfirst_and_copy_is_a_block(debris_rules):
    text = f"{HEAD}\nThe board met after months of complaints\nBy Jane Doe\nMonday 3 March 2025\n{LEAD}\n{END}"
    assert (3, "debris.page-furniture") in [f[:2] for f in findings(text, debris_rules)]


def test_a_glued_byline_and_separator_over_the_date_is_a_block(debris_rules):
    text = f"{HEAD}\n\nByJane Doe\n|\nMarch 3, 2025\n\n{LEAD}\n\n{END}"
    assert _blocks(text) == [(3, 5)]


def test_a_drafts_byline_and_date_set_apart_are_left_alone(debris_rules):
    text = f"{HEAD}\n\nBy Jane Doe\nMarch 3, 2025\n\n{LEAD}\n\n{END}"
    assert findings(text, debris_rules) == []


# --- where blocks start ------------------------------------------------------------------
def test_a_gallery_position_heads_its_photo_not_the_toolbar_above(debris_rules):
    text = f"{LEAD}\nEmail\nPrint\n2 of 5.\nThe new ferry at the quay on Monday.\nCredit: Example Agency\n{END}"
    assert _blocks(text)[:2] == [(2, 3), (4, 4)]


def test_a_list_label_under_the_credit_box_opens_its_own_block():
    text = (f"{LEAD}\n{END}\nSource: Example Wire\nMarch 3, 2025 at 08:01PM EST\nRelated:\nFerries,\n"
            "Harbours,\nTimetables,")
    assert [b[0] for b in _blocks(text)] == [3, 5]


def test_a_letter_writers_signature_stays_with_the_letter():
    text = (f"{HEAD}\n\n{LEAD}\n{END}\nJane Doe, Springfield\nTop Picks\nComments\n"
            "To post a comment, log in with your social network and add your comment below.")
    assert [ln for b in analyse_text(text).blocks for ln in range(b.lines[0].n + 1, b.lines[-1].n + 2)] == [6, 7]


def test_the_headline_under_a_navigation_label_is_the_storys(debris_rules):
    text = f"Home\nNews\nLatest News\n{HEAD}\n{HEAD}\n{LEAD}\n{END}"
    assert [f[0] for f in findings(text, debris_rules)] == [1, 5]


def test_a_summary_line_lifted_from_a_longer_paragraph_is_the_leftover(debris_rules):
    summary = LEAD.rstrip(".")
    text = f"{HEAD}\nPublished March 4, 2025 10:42 AM\n{summary}\n{LEAD} {MORE}\n{END}"
    hits = [f for f in findings(text, debris_rules) if f[1] == "debris.repeated-sentence"]
    assert [f[0] for f in hits] == [3]


def test_a_caption_that_opens_with_the_lead_is_the_repeat_not_the_lead(debris_rules):
    caption = f"{LEAD} Island residents, pictured queuing at the quay, had asked for earlier sailings"
    text = f"{HEAD}\nPublished March 4, 2025 10:42 AM\n{LEAD}\n{MORE}\n{caption}\n{END}"
    hits = [f for f in findings(text, debris_rules) if f[1] == "debris.repeated-sentence"]
    assert [f[0] for f in hits] == [5]


def test_the_headline_given_again_inside_the_lead_is_not_a_summary(debris_rules):
    head = "Harbour board agrees a new ferry timetable for the summer season"
    text = f"{head}\n\nThe council said on Monday: harbour board agrees a new ferry timetable for the summer season.\n\n{END}"
    assert 1 not in [f[0] for f in findings(text, debris_rules)]
