"""The page's masthead and author fields found by shape (attrlint/furniture/edges.py site_name,
page_bylines.role_bylines, patterns.BLOG_POSTED): the site's name over the headline, a role
printed as the byline, a blog's 'posted by … on …' line. Each class with invented variants,
and the story lines of the same shape that stay.

Every article here is invented.
"""
from __future__ import annotations

import pytest

from tests.harbour_story import BODY, HEAD, STORY, block_lines


@pytest.mark.parametrize("name", ["HarbourNews", "CoastMail", "KTRWire News", "Lagoon Post"])
def test_site_name_over_the_headline(name):
    assert block_lines(f"{name}\n\n{STORY}") == [(1, 1)]


@pytest.mark.parametrize("name", ["Westbay Mail", "DeltaPost"])
def test_site_name_under_the_date_bar_and_over_a_section(name):
    text = f"Friday, June 6, 2025\n\n{name}\nRegion\n\n{STORY}"
    blocks = block_lines(text)
    assert blocks and blocks[0][1] >= 3  # the name (and the label under it) are the page's


def test_site_name_over_its_feed_promotion():
    text = "Quayside Wire\n\nSubscribe to the Quayside Wire newsletter\n\n" + STORY
    assert (1, 1) in block_lines(text) or (1, 3) in block_lines(text)


@pytest.mark.parametrize("first", [
    "Post Office",          # no headline under it: the story's first paragraph follows
    "Mail Bombs Defused",   # a short headline (a verb's form at the end)
    "McDonald",             # one word, no paper's word in it
    "Ferry Times",          # over the story itself
])
def test_short_lines_that_are_not_a_site_name(first):
    assert block_lines(f"{first}\n\n{BODY}") == []


def test_a_short_headline_with_its_deck_stays():
    text = "Mail Strike Ends\n\nPostal workers return after a week off the rounds\n\n" + BODY
    assert block_lines(text) == []


@pytest.mark.parametrize("byline", [
    "KTR Editor",
    "by Jane Mensah Senior News Editor",
    "Harbour Desk Reporter",
    "By Kofi Owusu Staff Writer",
])
def test_a_role_as_the_byline_under_the_headline(byline):
    assert block_lines(f"{HEAD}\n\n{byline}\n\n{BODY}") == [(3, 3)]


@pytest.mark.parametrize("line", [
    "Letter to the Editor",   # a column's label, not an author field
    "Meet Our New Editor",
])
def test_role_shaped_headings_stay(line):
    assert block_lines(f"{HEAD}\n\n{line}\n\n{BODY}") == []


def test_a_role_line_inside_the_story_stays():
    # below the first paragraph a list of roles is the story's (a masthead announced in the copy)
    text = STORY + "\nThe new team:\n\nJane Mensah Editor\n\nKofi Owusu Deputy Editor\n"
    assert block_lines(text) == []


@pytest.mark.parametrize("line", [
    "Mayor Ama Boateng posted by Kojo Asante on Harbourblog",
    "posted by admin on Quay Gossip",
    "The north quay at dawn posted by Efua Lamptey on Coast Daily",
])
def test_blog_posted_by_line(line):
    assert block_lines(f"{HEAD}\n\n{line}\n\n{BODY}") == [(3, 3)]


@pytest.mark.parametrize("line", [
    "The video was posted by Kojo Asante on Facebook.",           # a sentence of the story
    "The clip was posted by Kojo Asante on Tuesday, June 3, 2025",  # a date after 'on'
])
def test_posted_by_in_the_story_stays(line):
    assert block_lines(f"{HEAD}\n\n{BODY}\n{line}\n\nThe council will meet again in July.\n") == []


@pytest.mark.parametrize("line", [
    "By JANE MENSAH ( Updated: 2024-03-05 18:42",
    "By Kofi Owusu | 2023-11-02 07:15",
    "by Efua Lamptey 2025-01-09T10:30",
])
def test_byline_with_a_cms_date_and_time(line):
    assert block_lines(f"{HEAD}\n\n{line}\n\n{BODY}") == [(3, 3)]


def test_a_draft_byline_without_the_page_stamp_stays():
    assert block_lines(f"{HEAD}\n\nBy Jane Mensah\n\n{BODY}") == []


@pytest.mark.parametrize("widget", [
    "No hay comentarios:\n\nPublicar un comentario",
    "Nenhum comentário:\n\nPostar um comentário",
    "Tidak ada komentar:\n\nPosting Komentar",
])
def test_blog_comment_widget_in_the_blog_language(widget):
    assert block_lines(f"{STORY}\n{widget}\n") == [(9, 11)]


@pytest.mark.parametrize("line", [
    "Read more on harbourpost.co.uk",
    "Source: Read Full Article",
    "Continue reading at The Harbour Post",
    "Read the full story on quaysidewire.com/news/ferry-123",
])
def test_aggregator_link_back_to_the_source(line):
    assert block_lines(f"{STORY}\n{line}\n") == [(9, 9)]


@pytest.mark.parametrize("line", [
    "Read more on page 5.",
    "Read more about the ferry plan in our guide.",
    "Source: the transport office",
])
def test_story_lines_that_mention_reading_stay(line):
    assert block_lines(f"{STORY}\n{line}\n") == []


APPEALS = [
    # a question over the pitch, the button, thanks and the editor's name
    ("Why does this matter?\n\n"
     "Now more than ever, local voices need a newsroom that answers to readers, not owners.\n\n"
     "If you value our reporting on the harbour, please make a small contribution today.\n\n"
     "Any donation you make keeps our harbour coverage going.\n\n"
     "Become a member\n\nThank you,\n\nKwame Adjei, editor\n"),
    # two sentences, no heading
    ("Our coverage is funded by readers like you and stays free for everyone.\n"
     "Please support independent journalism by becoming a member today.\n"),
    # one sentence with the box's button under it
    ("You can help us keep reporting on Harbour by choosing to donate to our newsroom.\n\n"
     "Donate now\n"),
]


@pytest.mark.parametrize("box", APPEALS)
def test_donation_appeal_after_the_story(box):
    text = f"{STORY}\n{box}"
    blocks = block_lines(text)
    assert len(blocks) == 1 and blocks[0][0] >= 9


@pytest.mark.parametrize("line", [
    # the story reports the paper's appeal
    "The Harbour Gazette asked readers to make a small contribution to keep its newsroom open, "
    "and the editor said every dollar would go to reporting.",
    # a quoted appeal
    "“We need you to become a supporter,” the station's manager told the meeting.",
    # one appeal sentence alone in a column
    "I hope you will support local journalism in whatever way you can.",
])
def test_reported_or_lone_appeals_stay(line):
    assert block_lines(f"{STORY}\n{line}\n\nThe council meets again in July.\n") == []


@pytest.mark.parametrize("card", [
    "Quay Bridge Closed After Barge Strikes Pier\nStories You May Like\n\nQuay Bridge Closed After Barge Strikes Pier\n",
    "Night Market Traders Count Their Losses After Fire\n\nRelated\n\nNight Market Traders Count Their Losses After Fire\n",
    "Coast Guard Rescues Six From Sinking Trawler\nCoast Guard Rescues Six From Sinking Trawler\n",
])
def test_related_story_card_between_paragraphs(card):
    text = f"{HEAD}\n\nThe Harbour council voted on Tuesday to run a late ferry.\n\n{card}\n{BODY}"
    blocks = block_lines(text)
    assert blocks and blocks[0][0] == 5


@pytest.mark.parametrize("middle", [
    "What happens next for the ferry\n",                        # a crosshead, printed once
    "The Ferry Plan Explained For Night Workers\n\nThe council said the plan was final.\n\n"
    "Traders welcomed it.\n\nThe Ferry Plan Explained For Night Workers\n",  # far apart: not a card
])
def test_crossheads_are_not_cards(middle):
    text = f"{HEAD}\n\nThe Harbour council voted on Tuesday to run a late ferry.\n\n{middle}\n{BODY}"
    assert not [b for b in block_lines(text) if b[0] == 5]


def test_share_bar_under_an_appeal_is_a_widget_apart():
    text = f"{STORY}\n{APPEALS[0]}\nShare this\n"
    share = text.split("\n").index("Share this") + 1
    assert all(not (a <= share <= b) or a == b == share for a, b in block_lines(text))


@pytest.mark.parametrize("box", [
    "(0) comments\n\nWelcome to the discussion.\n",
    "(12) Comments\n",
    "(1) comment\n\nWelcome to the discussion.\n",
])
def test_comment_count_in_brackets_after_the_story(box):
    blocks = block_lines(f"{STORY}\n{box}")
    assert blocks and blocks[0][0] == 9


def test_a_bracketed_count_in_a_sentence_stays():
    assert block_lines(f"{STORY}\nThe council received (12) comments from traders, the clerk said.\n") == []
