"""Blocks split at a blank line that are one box of the page (attrlint/furniture/footer_joins.py):
a footer's heading (other stories, the comment form) under the leftover above it, and the web
editor's credit under the copied story's source credit. What stays apart: a share bar or a
tag list's label with a colon under a leftover, a story paragraph above a footer heading.

Every article here is invented.
"""
from __future__ import annotations

import pytest

from tests.conftest import debris_findings
from tests.harbour_story import block_lines, story


@pytest.mark.parametrize("after", [
    ("About quayside_admin", "Related Posts", "Night buses return to the east quay", "The council said the buses would …"),
    ("About quayside_admin", "Recent Stories", "Night buses return to the east quay"),
    ("Tags:", "You might also like"),
    ("Source link", "Leave a Comment",
     "Your email address will not be published. Required fields are marked *"),
])
def test_footer_heading_joins_the_leftover_above(after, debris_rules):
    text = story(*after)
    first = 9  # headline, three paragraphs, each followed by a blank line
    found = debris_findings(text, debris_rules)
    assert [f[0] for f in found] == [first], found
    assert block_lines(text)[-1] == (first, first + 2 * (len(after) - 1))


def test_editor_credit_under_source_credit_is_one_box(debris_rules):
    text = story(before=("Source: Lagoon News Agency", "Editor: jdoe", "2025-03-04 10:42:00"))
    assert [f[0] for f in debris_findings(text, debris_rules)] == [3]
    assert block_lines(text) == [(3, 7)]


@pytest.mark.parametrize("after", [
    ("Source: Lagoon News Agency", "Spread the News"),  # a share bar under a credit: another thing
    ("About quayside_admin", "Tags: ferries, council"),  # a tag list under the author box: another list
])
def test_other_kinds_stay_apart(after, debris_rules):
    text = story(*after)
    blocks = block_lines(text)
    assert all(b[0] != 9 or b[1] == 9 for b in blocks), blocks


def test_story_paragraph_above_a_footer_heading_is_not_taken(debris_rules):
    text = story("Related Posts", "Night buses return to the east quay", "The council said the buses would …")
    found = debris_findings(text, debris_rules)
    assert [f[0] for f in found] == [9], found  # the heading's block, not the last paragraph


def test_a_source_credit_still_closes_over_a_sentence(debris_rules):
    text = story(before=("Source: Lagoon News Agency", "Editor: the ferry plan was agreed after long talks."))
    assert (3, 5) not in block_lines(text)
