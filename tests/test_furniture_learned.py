"""The learned line model (attrlint/furniture/line_model.py, learned.py) on invented texts:
page boxes no hand-built family names are found by their shape; story lines of a like
shape (crossheads, one-line quotes, lists, the draft's date line, short paragraphs, a
signature, an agency's credit) are left alone."""
from __future__ import annotations

import json

import pytest

from attrlint.data import rules_dir
from attrlint.furniture import analyse_text, line_model
from attrlint.furniture import patterns as P
from attrlint.linter import lint_text

H = "Harbour board agrees new ferry timetable after long talks"
L = ("The harbour board met on Monday to discuss the new ferry timetable and agreed a plan with "
     "the operators of the three routes.")
M = ("Ferry operators welcomed the decision, saying it would end months of uncertainty for the "
     "crews and for the passengers who rely on them.")
E = ("The board said the timetable would start in May, and fares would not rise this year for "
     "any of the passengers on the routes.")


def _learned(text: str) -> list[tuple[int, int]]:
    return [(b.lines[0].n + 1, b.lines[-1].n + 1) for b in analyse_text(text).blocks if b.why]


@pytest.mark.parametrize("text, span", [
    (f"{H}\n\nSeaview Reader\nAll feeds\nMark all read\n\n{L}\n\n{M}\n\n{E}", (3, 5)),  # a reader's toolbar on top
    (f"{H}\n\n{L}\n\n{M}\n\n{E}\n\nReader Tools\nText size: A- A+\nNight mode: off", (9, 11)),  # a reader's tools under the story
    (f"{H}\n\nThursday, 6 March 2025 | Print Edition | Puzzles & Games\n\n{L}\n\n{M}\n\n{E}", (3, 3)),  # a date bar
    (f"{H}\n\nCoastal News Service | Portside\n\n{L}\n\n{M}\n\n{E}", (3, 3)),  # a site's credit bar
])
def test_page_boxes_found_by_shape(text, span):
    assert _learned(text) == [span]


@pytest.mark.parametrize("middle", [
    f"{L}\n\nWhat happens next\n\n{M}\n\n{E}",                                    # a crosshead
    f"{L}\n\n\"We are delighted.\"\n\n{M}\n\n{E}",                                # a one-line quote
    f"{L}\n\nThe changes:\n- earlier sailings\n- a late boat on Fridays\n- new fares for students\n\n{M}\n\n{E}",
    f"Monday 3 March 2025\n\n{L}\n\n{M}\n\n{E}",                                  # the draft's date line
    f"{L}\n\n{M}\n\n{E}\n\nThe board meets again in June.",                       # a short last paragraph
    f"{L}\n\n{M}\n\n{E}\n\nJane Doe,\nHarbour Master\nPortside Harbour Board",    # a statement's signature
    f"Reuters | Portside\n\n{L}\n\n{M}\n\n{E}",                                   # an agency's credit
    f"{L}\n\n{M}\n\n{E}\n\nBackground\n\nThe harbour has had ferries since 1890.",  # a crosshead near the end
    f"{L}\n\n{M}\n\n{E}\n\nWhi",                                                  # the copy cut off
    f"{L}\n\n{M}\n\n{E}\n\nHarbour\n\nFerries\n\nTransport",                      # three crossheads, no tag list
    f"By Tom Okoro\n4 March 2025\n\n{L}\n\n{M}\n\n{E}",                          # the draft's byline and date
    f"Portsmouth, Harbourland –\n\n{L}\n\n{M}\n\n{E}",                           # a dateline split from its lead
    f"KINGSPORT, Westmark —\n\n{L}\n\n{M}\n\n{E}",
    f"Seaview Bay, Harbourland –\n\n{L}\n\n{M}\n\n{E}",
])
def test_story_lines_of_like_shape_are_left_alone(middle):
    assert _learned(f"{H}\n\n{middle}") == []


def test_the_rules_leave_the_model_out_by_default():
    # switched off at stop 31: on holdouts its training never saw it was mostly wrong
    text = f"{H}\n\nSeaview Reader\nAll feeds\nMark all read\n\n{L}\n\n{M}\n\n{E}"
    assert _learned(text) == [(3, 5)]
    assert [f for f in lint_text(text, path="draft.txt") if f.rule == "debris.page-furniture"] == []


def test_the_finding_says_which_lines_and_what_shape(monkeypatch):
    import attrlint.furniture as furniture

    monkeypatch.setattr(furniture, "USE_LINE_MODEL", True)
    text = f"{H}\n\nSeaview Reader\nAll feeds\nMark all read\n\n{L}\n\n{M}\n\n{E}"
    hits = [f for f in lint_text(text, path="draft.txt") if f.rule == "debris.page-furniture"]
    assert len(hits) == 1 and hits[0].location.line == 3
    assert "Lines 3–5" in hits[0].message and "shaped like the page's furniture" in hits[0].message
    assert "delete the block" in hits[0].message


def test_one_finding_where_a_hand_built_block_is_next_to_it():
    # the byline box is the hand-built rules'; the model adds no second finding beside it
    text = f"{H}\n\n{L}\n\n{M}\n\n{E}\n\nNewsroom Desk\n12 Quay Street, Portside\nOpen Monday to Friday"
    assert _learned(text) == []


def test_a_box_set_apart_from_a_hand_built_block_is_its_own_finding():
    # a blank line between the reader's toolbar and the byline box: two boxes, two findings
    text = f"{H}\n\nSeaview Reader\nAll feeds\nMark all read\n\nBy Jane Doe - 11/19/19 06:56 AM EST\n\n{L}\n\n{M}\n\n{E}"
    assert _learned(text) == [(3, 5)]


def test_a_run_right_against_a_hand_built_block_is_left_to_it():
    # no blank line between them: one box, the byline box's finding covers the place
    text = f"{H}\n\nSeaview Reader\nAll feeds\nMark all read\nBy Jane Doe - 11/19/19 06:56 AM EST\n\n{L}\n\n{M}\n\n{E}"
    assert _learned(text) == []


@pytest.mark.parametrize("text, span", [
    (f"Share this article\n\nHarbourabout 3 hours ago\n\n{L}\n\n{M}\n\n{E}", (3, 3)),  # a label run into its stamp
])
def test_a_label_over_the_lead_with_no_headline_is_the_pages(text, span):
    assert _learned(text) == [span]


@pytest.mark.parametrize("top", ["Share this article\n\nCrash horror", "Ferry Deal Agreed", "By Jane Doe", "Coastnews"])
def test_a_short_headline_or_a_byline_over_the_lead_is_left_alone(top):
    assert _learned(f"{top}\n\n{L}\n\n{M}\n\n{E}") == []


def test_the_weights_match_the_features():
    data = json.loads((rules_dir() / "furniture" / "line_model.json").read_text(encoding="utf-8"))
    assert data["features"] == line_model.FEATURES and len(data["weights"]) == len(line_model.FEATURES)
    assert 0.5 < data["threshold"] < 1


def test_scores_are_probabilities_and_shape_only():
    lines = analyse_text(f"{H}\n\n{L}\n\nAll feeds\n\n{M}", learned=False).lines
    scores = line_model.scores(lines, frozenset(P.lists()["stopwords"]))
    assert all(0.0 <= p <= 1.0 for p in scores.values())
    assert scores[2] < 0.5  # the lead paragraph
