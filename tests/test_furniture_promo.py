"""Promotion lines, one finding per furniture block, and the pack's reader appeals
(invented fixtures)."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY

from attrlint.furniture import analyse_text
from attrlint.furniture.promo import is_promotion
from attrlint.linter import lint_text

_, LEAD, _, END = FERRY_STORY


def debris_lines(text, rules):
    return [(f.location.line, f.rule) for f in lint_text(text, path="draft.txt", rules=rules)
            if f.category == "debris"]


@pytest.mark.parametrize("line", [
    "Follow-up talks with the ferry's owners are planned, the company said in a statement.",
    "Download speeds on the operator's app doubled last year, according to the regulator.",
    "Get the latest news on the dispute from the union website, a spokesman told members.",
    "Watch what happens on the Channel crossings when the wind drops.",
    "Visit the Channel ports this summer and the queues are obvious.",
    "Join the queue at the ticket office and you wait an hour.",
])
def test_story_sentences_that_start_with_a_promotion_verb_are_left_alone(line):
    assert not is_promotion(line, edge=False)
    assert not is_promotion(line, edge=True)


@pytest.mark.parametrize("line", [
    "Subscribe to our newsletter",
    "Follow us on Twitter",
    "Download our app for the latest news",
    "Join our WhatsApp channel",
    ">> Join our Telegram group for daily updates <<",
    "Catch up with the Harbour Gazette's live coverage of the vote.",
    "Read the full report here.",
])
def test_orders_to_the_reader_about_the_sites_own_things_are_promotion(line):
    assert is_promotion(line, edge=False)


def test_long_paragraph_is_read_on_its_first_sentence_only_at_the_edges():
    blurb = ("Sign up for Harbour Gazette News to receive daily email alerts of island news. "
             "The Gazette is your source for ferries, weather, sport and council news from the "
             "island and beyond, every day of the week.")
    assert is_promotion(blurb, edge=True)
    assert not is_promotion(blurb, edge=False)
    more = "Officials said more crossings may follow."
    text = f"{LEAD}\n\n{END}\n\n{blurb}\n\n{more}\n\n{more}\n"
    a = analyse_text(text)
    assert a.lines[4].family != "promotion"  # mid-story: not the site's blurb
    a = analyse_text(f"{LEAD}\n\n{END}\n\n{blurb}\n")
    assert a.lines[4].family == "promotion"


def test_promo_paragraphs_in_a_story_are_not_reported(debris_rules):
    text = "\n\n".join([
        LEAD,
        "Follow-up talks with the ferry's owners are planned, the company said in a statement.",
        "Visit the Channel ports this summer and the queues are obvious. Traders say sales fell by a third "
        "after the new checks began, and some have closed for the winter.",
        END,
    ]) + "\n"
    assert debris_lines(text, debris_rules) == []


def test_a_block_is_one_finding_at_its_first_line(debris_rules):
    text = (f"{LEAD}\n\n{END}\n\nRelated\nShare this article\nBoard approves new ferry pier\n"
            "Island braces for winter storms\n\nThe pier was last repaired in March.\n")
    found = debris_lines(text, debris_rules)
    assert found == [(5, "debris.page-furniture")]


def test_a_line_level_finding_outside_any_block_stays(debris_rules):
    text = f"{LEAD}\n\nShare this article\n\n{END}\n"
    assert [r for _, r in debris_lines(text, debris_rules)] and all(n == 3 for n, _ in debris_lines(text, debris_rules))
    assert len(debris_lines(text, debris_rules)) == 1


@pytest.mark.parametrize("line", [
    "Please share and comment.",
    "Kindly like, share and subscribe",
    "please kindly share this post",
    "Please share and comm ent",
    "Got a story? Send it to us",
    "Send us your news tips",
    "Click here to watch",
    "See Video Clip",
])
def test_reader_appeals_are_promotion(debris_rules, line):
    text = f"{LEAD}\n\n{line}\n\n{END}\n"
    assert (3, "debris.promo") in debris_lines(text, debris_rules)


@pytest.mark.parametrize("line", [
    "He used to play video games at the club and would watch video of the match later.",
    "Officers asked residents to share photos and to like the council's page, the mayor said.",
    "Residents were told to see the video later and to send the council their views.",
])
def test_prose_with_the_same_words_is_left_alone(debris_rules, line):
    text = f"{LEAD}\n\n{line}\n\n{END}\n"
    assert debris_lines(text, debris_rules) == []
