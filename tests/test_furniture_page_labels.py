"""The page's labels, notes and prompts kept as lines of the copy (invented fixtures): an
archive page's label, an edition switcher, the site's name over the headline, a byline printed
twice, a layout note and a photo's alt text, a shop's label, a push prompt, a translation
badge, a tag list's 'SEE MORE ABOUT:' label, the reader's question and prompt, a footer in
another script; with story lines of the same look that are left alone, and a data table."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings

from attrlint.furniture import analyse_text

HEAD, LEAD, MID, END = FERRY_STORY
BODY = f"{LEAD}\n\n{MID}\n\n{END}"


def _lines(text: str, rules) -> list[int]:
    return [f[0] for f in debris_findings(text, rules)]


@pytest.mark.parametrize("label", [
    "Tag Archives: #ferries",
    "Category Archives: Harbour News",
    "Posts tagged ‘timetable’",
    "Archive for the ‘Harbour’ Category",
    "Edition: English | Español | 中文 | Русский",
    "Stories in English",
    "Jane Roe Jane Roe",          # a byline printed twice
    "Showing posts with label Harbour. Show all posts",   # a blog platform's listing label
    "Showing posts sorted by relevance for query ferry. Sort by date",
])
def test_a_page_label_on_the_first_line_is_flagged(label, debris_rules):
    text = f"{label}\n\n{HEAD}\n\n{BODY}"
    assert _lines(text, debris_rules) == [1]


def test_the_sites_name_over_the_headline_and_the_pages_stamp_is_flagged(debris_rules):
    text = f"Harbourside Sport\n\n{HEAD}\n\nMarch 4, 2025 10:42 AM\n\n{BODY}"
    assert _lines(text, debris_rules)[:1] == [1]


def test_a_short_headline_over_its_standfirst_and_the_lead_is_left_alone(debris_rules):
    text = f"Harbour Fury\n\nCrews angry at the new ferry timetable and the fares\n\n{BODY}"
    assert _lines(text, debris_rules) == []


@pytest.mark.parametrize("first", [
    "Ferry Fares Frozen",                          # a short headline over the lead
    "Archives reveal how the pier was built",      # a headline about archives
])
def test_a_short_headline_over_the_lead_is_left_alone(first, debris_rules):
    text = f"{first}\n\n{BODY}"
    assert _lines(text, debris_rules) == []


def test_a_layout_note_and_the_alt_text_between_paragraphs_are_flagged(debris_rules):
    text = (f"{HEAD}\n\n{LEAD}\n\n(story continues below photo)\n\n"
            "photo of the new ferry leaving the quay at dawn\n"
            "The new ferry leaves the quay on its first crossing.\n"
            f"image of the timetable board at the terminal\n{MID}\n\n{END}")
    assert _lines(text, debris_rules) == [5, 7, 9]


def test_a_lower_case_line_that_continues_a_wrapped_sentence_is_left_alone(debris_rules):
    text = (f"{HEAD}\n\nThe board published a long report and an\n"
            "illustration of the new terminal building on\n"
            "Monday, which the operators welcomed at once.\n\n"
            f"{MID}\n\nThe council will print a\nmap of the routes for the\nharbour office in May.")
    assert _lines(text, debris_rules) == []


@pytest.mark.parametrize("line", [
    "Stories You Might Also Like",
    "Products We Think You Will Love",
    "Get breaking harbour news as it happens, right on your browser",
    "Turn on push notifications for the latest updates",
    "Beta 2.1 - Powered by automated translation",
    "This article was machine translated from Portuguese.",
])
def test_a_widget_label_or_prompt_between_paragraphs_is_flagged(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}"
    assert _lines(text, debris_rules) == [5]


@pytest.mark.parametrize("line", [
    "Operators say passengers may like the new timetable, the board said.",
    "The ferry company said it would get updates to passengers on their phones.",
    "The text was translated by the council's own staff into three languages.",
])
def test_story_sentences_with_the_same_words_are_left_alone(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}"
    assert _lines(text, debris_rules) == []


def test_the_readers_question_and_prompt_are_one_block_at_the_question(debris_rules):
    text = (f"{HEAD}\n\n{BODY}\n\nWhat do you think of the new ferry timetable?\n"
            "Let us know in the comments below or by emailing [email protected]\n"
            "You can also follow @harbourdesk on")
    assert _lines(text, debris_rules) == [9]


def test_a_question_in_the_story_is_left_alone(debris_rules):
    text = (f"{HEAD}\n\n{LEAD}\n\nWhat do you think will happen to the fares next year?\n"
            f"That is the question the operators asked the board on Monday.\n\n{END}")
    assert _lines(text, debris_rules) == []


def test_a_stamp_with_leading_punctuation_under_a_push_prompt_is_its_own_block(debris_rules):
    text = (f"Get the latest harbour news as we post it, right on your browser\n\n"
            f". Last Updated: 03/14/2019\n\n{HEAD}\n\n{BODY}")
    assert _lines(text, debris_rules) == [1, 3]


def test_a_tag_list_label_and_the_links_under_it_are_two_blocks(debris_rules):
    text = (f"{HEAD}\n{BODY}\n(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)\n"
            "- SEE MORE ABOUT:\n- Harbour Board\n- Ferries\n- Timetables\nALSO READ\n"
            "Harbour board elects new chair after long vote\nFerry crews plan strike over pay in June\n"
            "Pier reopens after months of repairs to its pillars")
    assert _lines(text, debris_rules) == [7, 8, 12]


def test_a_footer_in_another_script_on_the_last_line_is_flagged(debris_rules):
    text = f"{HEAD}\n\n{BODY}\n\nЧитайте на example.ru"
    assert _lines(text, debris_rules) == [9]


def test_a_data_table_of_numbers_is_content():
    text = (f"{HEAD}\n{LEAD}\nRoute | Sailings | Passengers | Share |\n1 | North | 120 | 45 |\n"
            f"2 | South | 98 | 37 |\n3 | East | 48 | 18 |\nTOTAL | 266 | 100 |\n{END}")
    a = analyse_text(text)
    assert a.blocks == []
    assert all(ln.kind != "furniture" for ln in a.lines)



@pytest.mark.parametrize("line", [
    "Harbour Live: Catch all the latest news updates on the ferry strike here",
    "Follow the latest updates on the storm here",
    "There are new articles available, click to refresh the page.",
])
def test_a_live_page_promo_or_a_readers_notice_is_flagged(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}"
    assert _lines(text, debris_rules) == [5]


def test_a_story_sentence_about_following_updates_is_left_alone(debris_rules):
    line = "Passengers can follow the latest updates on the board's website, the operators said."
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}"
    assert _lines(text, debris_rules) == []


def test_a_section_crumb_glued_to_the_headline_is_flagged(debris_rules):
    text = f"Harbour Board / Ferry fares frozen for a year after long talks\n\n{BODY}"
    found = debris_findings(text, debris_rules)
    assert [(f[0], f[2]) for f in found] == [(1, "Harbour Board /")]


@pytest.mark.parametrize("first", [
    "Ferries / Trains: what the strike means",     # too short after the slash: a headline
    "Ferry fares frozen for a year / Harbour Board",
])
def test_a_headline_with_a_slash_is_left_alone(first, debris_rules):
    text = f"{first}\n\n{BODY}"
    assert _lines(text, debris_rules) == []


@pytest.mark.parametrize("line", [
    "Featured image via Example Commons",
    "Screenshot via YouTube",
    "Already a subscriber? Log in",
    "This content is for subscribers only",
    "Subscribe to continue reading",
    "Was this article helpful?",
    "Toggle navigation",
    "Click to expand",
    "Watch the full interview below",
    "(Content continues below)",
])
def test_a_credit_a_paywall_or_a_button_between_paragraphs_is_flagged(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}"
    assert _lines(text, debris_rules) == [5]


@pytest.mark.parametrize("line", [
    "You are here: Home / News / Harbour",
    "Search Results for: ferry",
    "Author Archives: Jane Doe",
])
def test_a_page_path_or_a_search_page_label_on_top_is_flagged(line, debris_rules):
    text = f"{line}\n\n{HEAD}\n\n{BODY}"
    assert _lines(text, debris_rules) == [1]


@pytest.mark.parametrize("line", ["Filed Under: Harbour, Ferries", "About the Author"])
def test_a_field_after_the_story_is_flagged(line, debris_rules):
    text = f"{HEAD}\n\n{BODY}\n\n{line}"
    assert _lines(text, debris_rules) == [9]


@pytest.mark.parametrize("line", [
    "The council said it would toggle the navigation lights on the pier at night.",
    "Subscribe to continue reading, the paper told its readers in a notice that angered many.",
    "Filed under pressure, the report was incomplete.",
    "You are here because the board voted for it, the chair told the crews.",
    "Watch the video above to see the crews at work, the board said on its website.",
    "Search results for the ferry route showed no cheaper option, the report said.",
    "Image from the camera shows the ferry leaving at dawn.",
])
def test_story_sentences_with_button_words_are_left_alone(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}"
    assert _lines(text, debris_rules) == []


def test_the_sites_name_on_top_named_again_in_the_copyright_line_is_flagged(debris_rules):
    text = f"Harbourside Post\n\n{BODY}\n\n© 2024 Harbourside Post. All rights reserved."
    assert 1 in _lines(text, debris_rules)


def test_a_short_line_on_top_not_named_again_is_left_alone(debris_rules):
    text = f"Harbourside Quay\n\n{BODY}\n\n© 2024 Example Media. All rights reserved."
    assert 1 not in _lines(text, debris_rules)


def test_the_sites_address_alone_under_the_headline_is_flagged(debris_rules):
    text = f"{HEAD}\n\nHARBOURSIDE.COM\n\n{BODY}"
    assert _lines(text, debris_rules) == [3]


def test_a_short_line_with_a_protected_address_is_flagged(debris_rules):
    text = f"{HEAD}\n\n{BODY}\n\nFor news tips write to [email protected]"
    assert _lines(text, debris_rules) == [9]


@pytest.mark.parametrize("label", [
    "HomeTopicsPosts tagged with “ferries”",          # the trail run into it, separators lost
    "Home » Tags » Posts tagged ‘timetable’",
])
def test_an_archive_label_behind_the_trail_to_it_is_flagged(label, debris_rules):
    text = f"{label}\n\n{HEAD}\n\n{BODY}"
    assert _lines(text, debris_rules) == [1]


def test_home_as_a_word_before_a_label_like_phrase_is_left_alone(debris_rules):
    text = f"Home Secretary Posts tagged warnings on ferry safety\n\n{BODY}"
    assert _lines(text, debris_rules) == []


def test_a_trail_run_into_a_title_cut_with_an_ellipsis_leaves_the_headline_under_it(debris_rules):
    head = "Harbour Council Approves Late Ferry For Shift Workers After Long Campaign"
    text = f"Home Local news {head[:50]}...\n\n{head}\n\n{BODY}"
    found = debris_findings(text, debris_rules)
    assert [f[0] for f in found] == [1]
    assert analyse_text(text).blocks == []  # the headline is not taken for a related link


@pytest.mark.parametrize("line", [
    "Hit play to listen to this article",         # an audio player's line
    "Tap the play button to listen to the story",
    "Written by on March 14, 2023",             # the author field left empty
    "By | March 3, 2024",
])
def test_a_player_line_and_an_empty_author_field_under_the_headline_are_flagged(line, debris_rules):
    text = f"{HEAD}\n\n{line}\n\n{BODY}"
    assert _lines(text, debris_rules) == [3]


@pytest.mark.parametrize("line", [
    "kb/jr (Reuters, AFP)",                        # the editors' initials and the agencies
    "rt/jp (Reuters, AFP, dpa, AP)",
    "dj/ng",
])
def test_the_desks_sign_off_after_the_story_is_flagged(line, debris_rules):
    text = f"{HEAD}\n\n{BODY}\n\n{line}\n"
    assert _lines(text, debris_rules) == [9]


@pytest.mark.parametrize("line", [
    "Written by Ama Boateng on March 14, 2023, the report found the ferry ran late.",
    "By the time the ferry left, on March 3, the quay was empty.",
    "Listeners said the broadcast was clear.",
    "The fares rose and/or the timetable changed (Reuters, AFP said).",
])
def test_story_lines_of_the_same_look_are_left_alone(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}"
    assert _lines(text, debris_rules) == []


def test_the_storys_own_list_under_its_lead_in_is_left_alone(debris_rules):
    # short capitalised items under a sentence ending in a colon: districts, not signatures
    items = "\n".join(f"– {name}" for name in ("Harbour North", "Quay West", "Saltmarsh",
                                                "Old Town East", "Ferryside", "Kelp Point"))
    text = f"{HEAD}\n\n{LEAD}\n\nThe six wards still waiting for the new ferry stop are:\n{items}\n\n{MID}\n\n{END}"
    assert _lines(text, debris_rules) == []



def test_the_same_lines_without_a_lead_in_are_still_flagged(debris_rules):
    items = "\n".join(f"– {name}" for name in ("Harbour North", "Quay West", "Saltmarsh",
                                                "Old Town East", "Ferryside", "Kelp Point"))
    text = f"{HEAD}\n\n{LEAD}\n\n{MID}\n{items}\n\n{END}"
    assert _lines(text, debris_rules)
