"""Debris seen on fresh real excerpts (stop 39), with invented fixtures: a video
promotion's heading, a comment box's label, a share prompt; and story lines using the same
words, left alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings

HEAD, LEAD, MIDDLE, END = FERRY_STORY


@pytest.mark.parametrize("line", [
    "Must Watch", "Your Comment", "Comment Here", "Like this story? Share it with a friend!",
])
def test_widget_labels_on_a_line_of_their_own_are_debris(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MIDDLE}\n\n{END}"
    found = [f[:2] for f in debris_findings(text, debris_rules)]
    assert any(line_no == 5 for line_no, _ in found), found


@pytest.mark.parametrize("line", [
    "Fans said the final was a must watch for anyone who loves the game.",
    "Your comment on the plan is welcome, the council told residents on Monday.",
    "If you like this story, the editor said, share it with a friend who lives nearby.",
])
def test_the_same_words_in_a_sentence_are_left_alone(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MIDDLE}\n\n{END}"
    assert not [f for f in debris_findings(text, debris_rules) if f[0] == 5]


def _rule_spans(text: str, rule_id: str) -> list[str]:
    from attrlint.checks import debris_ids
    from attrlint.linter import lint_text
    rules = {r.id: r for r in debris_ids.rules() if r.id == rule_id}
    return [f.location.text for f in lint_text(text, path="draft.txt", rules=rules)]


def test_initials_after_a_paragraphs_last_sentence_are_debris():
    text = f"{HEAD}\n\n{LEAD}\n\nThe meeting was to be held on November 16. DMS\n\n{END} JK/PR"
    assert _rule_spans(text, "debris.trailing-initials") == ["DMS", "JK/PR"]


@pytest.mark.parametrize("tail", [
    "the leaders of the European Union. EFE",  # a wire's sign-off
    "the treaty was signed by NATO",  # an acronym inside the sentence
    "he said. The board met again in the afternoon",
])
def test_wire_sign_offs_and_acronyms_in_sentences_are_left_alone(tail):
    text = f"{HEAD}\n\n{LEAD}\n\nDelegates included {tail}\n\n{END}"
    assert _rule_spans(text, "debris.trailing-initials") == []


@pytest.mark.parametrize("line", [
    "Date: 15/08/2017 | Source: Harbour.example (En) | Read original version at source",
    "Author: Jane Doe | Category: Local news",
    "March 3, 2026Mar 3, 2026",  # a date widget printing the date twice
    "3 March 20263 Mar 2026",
    "News ID: 57222",
    "Completing this poll grants you access to Harbour Star updates free of charge.",
])
def test_page_fields_glued_dates_and_poll_terms_are_furniture(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MIDDLE}\n\n{END}"
    assert (5, "debris.page-furniture") in [f[:2] for f in debris_findings(text, debris_rules)]


@pytest.mark.parametrize("line", [
    "Note: the board met on March 3, 2026, and agreed the plan | a bar in a sentence.",
    "The timetable changes on March 3, 2026, the board said.",
    "Completing this poll was optional, the council said.",
    "News ID cards will be issued to 57222 reporters, the ministry said.",
])
def test_sentences_with_labels_dates_or_polls_are_left_alone(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MIDDLE}\n\n{END}"
    assert not [f for f in debris_findings(text, debris_rules) if f[0] == 5]


def _run_in(text: str) -> list[str]:
    from attrlint.checks.debris_runin_headline import RunInHeadline
    from attrlint.linter import lint_text
    r = RunInHeadline()
    return [f.location.text for f in lint_text(text, path="draft.txt", rules={r.id: r})]


def test_another_storys_headline_at_a_paragraphs_end_is_debris():
    text = (f"{HEAD}\n\nThe ferry left late on Monday and reached the island by noon, the crew said. "
            "Harbour Board Chief Quits After Long Row Over Timetable.\n\n{END}")
    assert _run_in(text) == ["Harbour Board Chief Quits After Long Row Over Timetable."]


@pytest.mark.parametrize("tail", [
    "Jane Doe is Harbour Team Leader at the Coast Star.",  # a sentence with a verb in lower case
    "Reporting by Jane Doe and John Roe Harbour Desk.",  # a credit
    "Follow Jane Doe on Twitter: @janedoe Source: Coast Star News",
    "The board met again on Tuesday.",
])
def test_sentences_credits_and_labelled_lines_at_a_paragraphs_end_are_left_alone(tail):
    text = f"{HEAD}\n\nThe ferry left late on Monday and reached the island by noon, the crew said. {tail}\n\n{END}"
    assert _run_in(text) == []


def test_a_picture_credit_at_a_paragraphs_end_is_no_headline():
    text = (f"{HEAD}\n\nThe ferry left late on Monday and reached the island by noon, the crew said. "
            "HARBOUR/Jane Doe Acquire Licensing Rights\n\n{END}")
    assert _run_in(text) == []


@pytest.mark.parametrize("line", ["(jh)", "(JK/PR)"])
def test_initials_on_a_line_of_their_own_are_debris(line):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{END}"
    assert _rule_spans(text, "debris.trailing-initials") == [line]


@pytest.mark.parametrize("line", ["(AFP)", "(and)", "as/lds"])  # the last is the furniture's slug line
def test_a_wire_or_words_on_a_line_of_their_own_are_left_alone(line):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{END}"
    assert _rule_spans(text, "debris.trailing-initials") == []


@pytest.mark.parametrize("line", [
    "Follow the Coast Star Facebook page for the latest news and updates.",
    "Coast Star in your inbox",
    "We’re sorry, this feature is currently unavailable. We’re working to restore it.",
])
def test_social_pitches_newsletter_boxes_and_widget_errors_are_debris(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MIDDLE}\n\n{END}"
    assert any(f[0] == 5 for f in debris_findings(text, debris_rules))


@pytest.mark.parametrize("line", [
    "Follow the money, the auditor told the board on Monday.",
    "The council said the leaflet would land in your inbox next week.",
])
def test_the_same_words_in_story_sentences_are_left_alone(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MIDDLE}\n\n{END}"
    assert not [f for f in debris_findings(text, debris_rules) if f[0] == 5]


def test_a_stray_full_stop_after_a_sentence_is_a_hole():
    from attrlint.linter import lint_text
    text = "The talks went well, the envoy said. . The next round is due in May. He paused . . . then left."
    assert [f.location.text for f in lint_text(text) if f.rule == "grammar.dropped-word"] == [" ."]
