"""Furniture at the edges of the copy (invented fixtures): an author's name run into the
dateline, a section label beside the headline, the page's date under the last sentence,
author boxes; and the story lines of the same shape that are left alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings

from attrlint.furniture.runin import author_run_in
from attrlint.linter import lint_text

HEAD, LEAD, _, END = FERRY_STORY


findings = debris_findings


# --- an author's name run into the dateline ---------------------------------------------
@pytest.mark.parametrize("text, name", [
    (f"{HEAD}\n\nMary Jones Portsmouth: {LEAD}\n\n{END}", "Mary Jones"),
    (f"{HEAD}\n\nMARY JONES, Portsmouth — {LEAD}\n\n{END}", "MARY JONES,"),
    (f"By Mary Jones, Nairobi: {LEAD}\n\n{END}", "By Mary Jones,"),
    (f"{HEAD}\n\nTom Okoro New York: {LEAD}\n\n{END}", "Tom Okoro"),
])
def test_author_name_run_into_the_dateline(text, name, debris_rules):
    hits = [f for f in findings(text, debris_rules) if f[1] == "debris.run-in-tag"]
    assert len(hits) == 1 and hits[0][2].strip() == name


@pytest.mark.parametrize("line", [
    "PORTSMOUTH, England — " + LEAD,                       # a dateline alone
    "MOUNTAIN VIEW, Calif. — " + LEAD,                      # a two-word place in capitals
    "Port Harcourt, Rivers — " + LEAD,                      # a place and its state
    "Prime Minister Jane Doe London: " + LEAD,              # a title, not a byline
    "Paris Orly Airport: Father of suspect says son is innocent",  # a headline with a colon
    "Carey Island, Malaysia - " + LEAD,                     # an island's name
    "WAD MADANI, Sudan: " + LEAD,                           # a city in capitals no list knows, its country
    "Mary Jones Portsmouth: the council voted on Tuesday.",  # no capital after the colon
])
def test_datelines_and_headlines_are_not_author_run_ins(line):
    assert author_run_in(line) is None


def test_author_run_in_only_opens_the_lead(debris_rules):
    text = f"{LEAD}\n\n{END}\n\nMary Jones Portsmouth: {LEAD}"
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.run-in-tag"]


# --- section labels beside the headline ----------------------------------------------------
@pytest.mark.parametrize("text, line", [
    (f"Politics\n\n{HEAD}\n\n{LEAD}\n\n{END}", 1),
    (f"{HEAD}\nNews\n\n{LEAD}\n\n{END}", 2),
    (f"Harbour Daily News\n\nCoast politics and council news\n\n{HEAD}\n\n{LEAD}\n\n{END}", 1),
])
def test_section_label_beside_the_headline(text, line, debris_rules):
    assert any(f[0] == line and f[1] == "debris.page-furniture" for f in findings(text, debris_rules))


@pytest.mark.parametrize("text", [
    f"{HEAD}\n\n{LEAD}\n\nPolitics\n\n{END}",         # a crosshead inside the story
    f"{HEAD}\n\n{LEAD}\n\nGood news\n\n{END}",
    f"{LEAD}\n\n{END}\n\nBusiness news",                 # not at the top
])
def test_labels_inside_or_after_the_story_are_left_alone(text, debris_rules):
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


# --- the page's date under the story ------------------------------------------------------
@pytest.mark.parametrize("date", ["April 03, 2022", "03/04/2022", "Tuesday, 3 May 2022"])
def test_date_alone_under_the_last_sentence(date, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{END}\n\n{date}"
    assert [f[0] for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"] == [7]


@pytest.mark.parametrize("text", [
    f"April 03, 2022\n\n{HEAD}\n\n{LEAD}\n\n{END}",          # the draft's own date line, on top
    f"{HEAD}\n\n{LEAD}\n\n{END}\n\nThe vote is on April 3, 2022",  # a sentence with a date
    f"{HEAD}\n\n{LEAD}\n\nApril 03, 2022\n\n{END}",          # a date inside the story
])
def test_dates_elsewhere_are_left_alone(text, debris_rules):
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


# --- author boxes -----------------------------------------------------------------------------
def test_author_box_after_the_story(debris_rules):
    text = (f"{HEAD}\n\n{LEAD}\n\n{END}\n\nMary Jones is a reporter covering local government "
            "for the Harbour Post. Contact her at mjones@example.com.")
    assert [f[0] for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"] == [7]


def test_contact_line_alone_is_an_author_box(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{END}\n\nFollow him on X at @harbourwriter."
    assert [f[0] for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"] == [7]


def test_author_description_under_a_byline(debris_rules):
    text = (f"{HEAD}\n\nBy Mary Jones\n\nMedia consultant at Example Partners and former editor of the "
            f"Harbour Post.\n\n{LEAD}\n\n{END}")
    hits = [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]
    assert [f[0] for f in hits] == [3]


@pytest.mark.parametrize("text", [
    # a reporter in the story is news, not an author box
    f"{HEAD}\n\n{LEAD}\n\nMary Jones is a reporter for the Harbour Post who was injured at the pier "
    f"last year.\n\n{END}",
    # the lead under a byline names an economist who speaks
    f"{HEAD}\n\nBy Mary Jones\n\nEconomist Tom Okoro warned on Tuesday that closing the pier would "
    f"cost the town its ferry trade.\n\n{END}",
    # a role line that is a sentence
    f"{HEAD}\n\nBy Mary Jones\n\nFormer editor of the Harbour Post, Tom Okoro, said the pier was unsafe.\n\n{END}",
])
def test_story_lines_about_journalists_are_left_alone(text, debris_rules):
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


def test_an_appeal_in_the_story_is_not_a_contact_line(debris_rules):
    text = (f"{HEAD}\n\n{LEAD}\n\nPolice asked witnesses to come forward. Contact them at the harbour "
            f"station or call 101.\n\n{END}")
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


# --- a caption repeated with a full stop above the story ------------------------------------
def test_caption_repeated_with_a_full_stop_above_the_story(debris_rules):
    text = (f"Harbour master Jane Doe at the pier\n\n{HEAD}\n\nHarbour master Jane Doe at the pier.\n\n"
            f"{LEAD}\n\n{END}")
    assert [f[0] for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"] == [5]


def test_a_story_sentence_echoing_the_headline_is_left_alone(debris_rules):
    text = f"Xenophobia has no place here\n\n{LEAD}\n\nXenophobia has no place here.\n\n{END}"
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


# --- the page's meta lines: dated bylines, staff bylines, wire slugs ------------------------
@pytest.mark.parametrize("line", [
    "By Tess Lane - 11/19/19 06:56 AM EST",
    "by Tess Lane @tesslane February 1, 2016: 12:41 PM ET",
    "Posted on July 29, 2016 by Tess Lane in News, Local // 0 Comments",
    "By HARBOUR POST STAFF",
    "Our Foreign Staff",
    "AP-US--Harbour-Ferry, 2nd Ld-Writethru",
    "191119052250266",
    "20 Nov, 2019 05:47",
])
def test_page_meta_lines_above_the_story(line, debris_rules):
    text = f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{END}"
    assert [f[0] for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"] == [3]


@pytest.mark.parametrize("line", [
    "By Tess Lane",                                      # an author's credit stays (a draft's own)
    "By March 2024, the pier had been closed for a year",  # "By" and a month: a sentence
    "Tuesday 4 March 2025",                               # a draft's date line
    "AP-1 will carry the ferry traffic",                  # not a slug
])
def test_credits_and_sentences_like_meta_lines_are_left_alone(line, debris_rules):
    text = f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{END}"
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


# --- a related headline in capitals between paragraphs --------------------------------------
def test_capital_headline_between_paragraphs(debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\nFERRY OPERATOR WARNS OF LONG DELAYS AFTER PIER CLOSURE\n\n{END}"
    assert [f[0] for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"] == [5]


@pytest.mark.parametrize("line", [
    "'HARBOUR WATCH' HOST OPENS UP ABOUT LIFE AFTER THE SHOW",      # opens with a show's name
    "“HARBOUR WATCH”: PRESENTER IS CHANNELING HER GRIEF INTO A NEW SERIES",
    "FERRY CREW CLEARED TO SAIL AT REGATTA AMID ROW WITH MPs",      # an acronym's plural
    "IS THE FERRY PIER CLOSING FOR GOOD? HERE'S THE LATEST ...",   # a question cut off as a teaser
    "WILL THE OLD PIER REOPEN THIS SUMMER? UPDATE …",
])
def test_capital_headline_shapes_a_scraper_leaves(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{END}"
    assert [f[0] for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"] == [5]


@pytest.mark.parametrize("line", [
    "WHAT HAPPENS NEXT",                                   # a crosshead of a few words
    "“WE WILL NOT LET THE PIER FALL INTO THE SEA”",        # a quotation
    "'WE WILL NOT LET THE PIER FALL,' SAID THE MAYOR.",    # a quotation, then a sentence
    "THE COUNCIL VOTED TO CLOSE THE PIER AFTER CRACKS WERE FOUND.",  # a sentence
    "THE COUNCIL VOTED TO CLOSE THE PIER AFTER CRACKS WERE FOUND. IT WILL STAY SHUT.",
])
def test_capital_crossheads_and_quotes_are_left_alone(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{END}"
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


@pytest.mark.parametrize("line", [
    "WE ARE LOSING THE PIER — AND THE FERRIES WITH IT",     # a speaker's words as a pull quote
    "I WILL NOT LET THE HARBOUR DIE, SAYS MAYOR",
])
def test_a_pull_quote_in_capitals_is_left_alone(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{END}"
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


def test_a_roundups_capital_crossheads_are_left_alone(debris_rules):
    text = (f"{HEAD}\n\n{LEAD}\n\nFERRY CREWS STAND DOWN ON THE ISLAND ROUTE\n\n{LEAD}\n\n"
            f"STORM DAMAGE CLOSES THE NORTH QUAY\n\n{END}")
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


def test_a_story_all_in_capitals_is_not_a_run_of_links(debris_rules):
    shout = "THE HARBOUR COUNCIL VOTED ON TUESDAY TO CLOSE THE OLD FERRY PIER AFTER CRACKS"
    text = f"{HEAD}\n\n{LEAD}\n\n{shout}\n\n{shout.upper()} WERE FOUND\n\n{END.upper()}"
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


# --- reader prompts and widgets -------------------------------------------------------------------
@pytest.mark.parametrize("text, rule", [
    (f"{LEAD}\n\nShould the pier close? Sound off in the comments below!", "debris.promo"),
    (f"{LEAD}\n\nLet us know what you think in the comments section below.", "debris.promo"),
    (f"{LEAD}\n\nFor more, pick up the new issue of Harbour Weekly, on newsstands now.", "debris.promo"),
    (f"{LEAD}\n\nShare permalink\n\n{END}", "debris.widget-line"),
])
def test_reader_prompts_and_widgets(text, rule, debris_rules):
    assert rule in [f[1] for f in findings(text, debris_rules)]


def test_comments_in_a_story_are_left_alone(debris_rules):
    text = f"{LEAD}\n\nThe mayor said residents could leave comments at the town hall below the clock tower."
    assert not findings(text, debris_rules)


def test_a_name_over_the_page_stamp_is_the_byline(debris_rules):
    text = f"{HEAD}\nTess Lane\n4 Mar 2025, 19:09\n\n{LEAD}\n\n{END}"
    assert [f[0] for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"] == [2]


def test_a_name_over_a_date_line_is_left_alone(debris_rules):
    text = f"{HEAD}\nTess Lane\n4 March 2025\n\n{LEAD}\n\n{END}"
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


def test_a_link_label_line_is_one_finding(debris_rules):
    text = f"{LEAD}\n\n>> Read more trending news\n\n{END}"
    assert [f[1] for f in findings(text, debris_rules)] == ["debris.link-label"]


# --- a links label between paragraphs, over headlines of other stories ----------------------
@pytest.mark.parametrize("label", ["More:", "Also on harbourwatch.com", "Related links", "More from Harbour Weekly"])
def test_links_label_over_headlines_between_paragraphs(label, debris_rules):
    links = ("Ferry crews, port staff must be heard on closures: union\n"
             "Regatta moved to the east quay while the pier is shut")
    text = f"{HEAD}\n\n{LEAD}\n\n{label}\n{links}\n\n{END}"
    hits = [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]
    assert [h[0] for h in hits] == [5]


@pytest.mark.parametrize("label, after", [
    ("More", LEAD),                                       # a gallery button over a sentence
    ("More", "Harbour pier"),                             # over a two-word crosshead
    ("Also on Tuesday", "The council said it would meet again next week."),
    ("Related links", "The council voted again on Tuesday to close the ferry pier."),
])
def test_links_label_without_a_headline_under_it_is_left_alone(label, after, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{label}\n{after}\n\n{END}"
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture" and f[0] == 5]


# --- counters: numbers alone on their lines beside furniture -------------------------------
@pytest.mark.parametrize("top", ["4553\nSubscribe", "1\n/\n8\nBack to Gallery"])
def test_a_counter_beside_a_widget_is_in_the_block(top, debris_rules):
    text = f"{top}\n{HEAD}\n\n{LEAD}\n\n{END}"
    assert [f[0] for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"] == [1]


@pytest.mark.parametrize("text", [
    f"{HEAD}\n\n{LEAD}\n\n42\n\n{END}",                     # a number alone, prose around it
    f"1\n\n{HEAD}\n\n{LEAD}\n\n{END}",                      # a number over the headline
])
def test_a_number_away_from_furniture_is_left_alone(text, debris_rules):
    assert not [f for f in findings(text, debris_rules) if f[1] == "debris.page-furniture"]


def test_a_year_alone_is_not_a_counter(debris_rules):
    text = f"{HEAD}\nMarch 3\n2019\nPrint This Article\n\n{LEAD}\n\n{END}"
    messages = [f.message for f in lint_text(text, path="draft.txt", rules=debris_rules)
                if f.rule == "debris.page-furniture"]
    assert not any("a page counter" in m for m in messages)
    top = "4553\nSubscribe\n"  # the same check sees a counter where there is one
    assert any("a page counter" in f.message for f in lint_text(top + text, path="draft.txt", rules=debris_rules))
