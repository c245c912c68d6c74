"""Furniture inside a line and lone buttons (invented fixtures): the page's stamp, section and
share button run into the copy of a page saved as one line, the site's channel promotion, a
comment box's buttons and a link label between two sentences, a breadcrumb trail run into the
headline, ad-network labels, a lone button between paragraphs or on the first line, and a
headline in title case between paragraphs; and the story text that looks like them."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings

from attrlint.furniture import analyse_text

HEAD, LEAD, MID, END = FERRY_STORY


findings = debris_findings


def flagged(text: str, rules: dict) -> list[tuple[int, str, str]]:
    return [(n, r, t.strip()) for n, r, t in findings(text, rules)]


@pytest.mark.parametrize("stamp, tag", [
    ("4 March 2025, 10:42 AM NEWS SHARE By Our Correspondent, Portsmouth Photo: Collected",
     "4 March 2025, 10:42 AM NEWS SHARE By Our Correspondent, Portsmouth Photo: Collected"),
    ("4 March 2025, 15:08 PM ARTS & CULTURE SHARE By Arts Desk", "4 March 2025, 15:08 PM ARTS & CULTURE SHARE By Arts Desk"),
    ("March 4, 2025, 09:24 AM SPORTS SHARE By AFP, Lisbon", "March 4, 2025, 09:24 AM SPORTS SHARE By AFP, Lisbon"),
    ("4 March 2025, 10:42 AM NEWS SHARE", "4 March 2025, 10:42 AM NEWS SHARE"),
])
def test_a_stamp_and_share_button_run_into_the_copy(stamp, tag, debris_rules):
    text = f"{HEAD}\n\t\t{stamp} {LEAD} {MID}"
    hits = [t for n, r, t in flagged(text, debris_rules) if r == "debris.run-in-tag"]
    assert hits == [tag]


def test_promotion_comment_buttons_and_link_label_inside_one_line(debris_rules):
    line = (f"{LEAD} For all latest news, follow The Harbour Post's Google News channel. {MID} "
            f"Read more Pier Closes After Cracks Found Later that week the board met again. "
            f"{END} SHARE Click to comment Comments")
    got = {r: t for n, r, t in flagged(f"{HEAD}\n{line}", debris_rules)}
    assert got["debris.promo"] == "For all latest news, follow The Harbour Post's Google News channel"
    assert got["debris.navigation"] in ("Read more", "SHARE Click to comment Comments")
    assert sorted(t for n, r, t in flagged(f"{HEAD}\n{line}", debris_rules) if r == "debris.navigation") == [
        "Read more", "SHARE Click to comment Comments"]


@pytest.mark.parametrize("first, crumb", [
    ("Home » News » Pier closes after cracks found in pillars", "Home » News »"),
    ("HomeLatest NewsPier closes after cracks found in pillars", "HomeLatest News"),
    ("HomeLOCAL NEWSPier closes after cracks found in", "HomeLOCAL NEWS"),
])
def test_a_breadcrumb_run_into_the_headline(first, crumb, debris_rules):
    text = f"{first}\nPier closes after cracks found in pillars\n{LEAD}\n{MID}"
    assert [t for n, r, t in flagged(text, debris_rules) if r == "debris.run-in-tag"] == [crumb]


@pytest.mark.parametrize("line", ["by Taboola by Taboola", "Powered by ExampleRates.com", "Sponsored by Outbrain"])
def test_ad_network_labels(line, debris_rules):
    text = f"{HEAD}\n{LEAD}\n{MID}\n{line}\n{END}"
    assert [n for n, _, _ in flagged(text, debris_rules)] == [4]


@pytest.mark.parametrize("word", ["Video", "Close", "EMAIL", "Follow"])
def test_a_lone_button_between_two_paragraphs(word, debris_rules):
    text = f"{HEAD}\n{LEAD}\n{word}\n{MID}\n{END}"
    assert [n for n, _, _ in flagged(text, debris_rules)] == [3]


def test_a_lone_button_on_the_first_line():
    text = f"EMAIL\n{HEAD}\n{LEAD}\n{MID}\n{END}"
    assert [(b.lines[0].n, b.lines[-1].n) for b in analyse_text(text).blocks] == [(0, 0)]


def test_a_title_case_headline_between_paragraphs(debris_rules):
    text = f"{HEAD}\n{LEAD}\nHarbour Board To Close Pier After Cracks Found In Pillars\n{MID}\n{END}"
    assert [n for n, _, _ in flagged(text, debris_rules)] == [3]


@pytest.mark.parametrize("text", [
    # a crosshead, a sentence and a button word at the end of a sentence
    f"{HEAD}\n{LEAD}\nWhat Happens Next\n{MID}\n{END}",
    f"{HEAD}\n{LEAD}\nVideo\nWhat the board decided next\n{END}",       # not between two paragraphs
    f"{HEAD}\n{LEAD} Read more about the plan on the board's website.\n{MID}\n{END}",
    f"{HEAD}\n{LEAD} Read more. Books help, the teacher said.\n{MID}\n{END}",
    f"{HEAD}\n{LEAD} Fans can follow the club's YouTube channel for match clips, it said.\n{END}",
    f"{HEAD}\n{LEAD}\nThe Board Said It Would Meet Again In May.\n{MID}\n{END}",   # a sentence
    f"Home secretary visits the harbour after the storm\nHome secretary visits harbour\n{LEAD}\n{END}",
    f"{HEAD}\nMarch 4, 2025\n{LEAD} The share price rose 4%. {MID}",
    f"{HEAD}\n{LEAD}\nThe article was powered by data from the port.\n{END}",
])
def test_story_text_like_inline_furniture_is_left_alone(text, debris_rules):
    assert flagged(text, debris_rules) == []


@pytest.mark.parametrize("line, phrase", [
    ("Did the board get it right? Tell us below.", "Tell us below"),
    ("Questions? Comments? Email us at desk@example.com", "Questions? Comments? Email us"),
    ("62% of readers think this story is Fact. Add your two cents.", "of readers think this story is Fact"),
])
def test_reader_prompts_and_polls(line, phrase, debris_rules):
    text = f"{HEAD}\n{LEAD}\n{MID}\n{line}\n{END}"
    assert phrase in [t for n, r, t in flagged(text, debris_rules) if n == 4]


@pytest.mark.parametrize("top", ["You are here", "Breadcrumb", "Home"])
def test_navigation_words_alone_on_the_first_line(top):
    text = f"{top}\n{HEAD}\n{LEAD}\n{MID}\n{END}"
    assert [(b.lines[0].n, b.lines[-1].n) for b in analyse_text(text).blocks] == [(0, 0)]


@pytest.mark.parametrize("text", [
    f"{HEAD}\n{LEAD}\nTell us what you think, the board asked residents at the meeting.\n{END}",
    f"{HEAD}\n{LEAD}\nHome\nWhat the board decided next\n{END}",   # a one-word crosshead over a heading
    f"{HEAD}\n{LEAD} Most readers think this story is far from over.\n{END}",
])
def test_story_lines_like_prompts_and_navigation_are_left_alone(text, debris_rules):
    assert flagged(text, debris_rules) == []
