"""A commercial page's notices and a page head's boxes (invented fixtures): affiliate and
sponsor disclosures, deal terms, sponsor labels, pitches for the site's subscription,
newsletter or app, labelled field lines, forms and polls, price buttons, the page's date
line alone in its head, a year run into the time, summary-box labels, tables of contents
and a writer's name with title over the date. With the story lines that look like them
and are left alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY

from attrlint.furniture import analyse_text, notices

HEAD, LEAD, MID, END = FERRY_STORY


def starts(text: str) -> list[int]:
    return [b.lines[0].n + 1 for b in analyse_text(text).blocks]


def families(text: str) -> list[list[str]]:
    return [b.families for b in analyse_text(text).blocks]


@pytest.mark.parametrize("line", [
    "This post contains affiliate links. If you buy something through them, we may earn a commission.",
    "Each gadget below was independently selected by our editors; prices were accurate at the time of publishing.",
    "Offer pricing and availability subject to change after time of publication.",
    "If you purchase a product through this page, the Example Gazette and its partners may get paid.",
])
def test_disclosures_are_the_pages(line):
    assert notices.is_disclosure(line)
    assert starts("\n".join([HEAD, LEAD, line, MID, END])) == [3]


@pytest.mark.parametrize("line", [
    "Critics say affiliate marketing, in which sites earn a commission on sales, misleads readers.",
    "\"We may earn a commission,\" the notice said, but readers rarely saw it.",
    "Fuel prices and availability varied across the region during the strike.",
])
def test_reports_about_commissions_are_story(line):
    assert not notices.is_disclosure(line)
    assert starts("\n".join([HEAD, LEAD, line, MID, END])) == []


@pytest.mark.parametrize("line", ["• SPONSORED •", "Paid Partnership", "— Partner content —"])
def test_sponsor_labels(line):
    assert notices.is_sponsor_label(line)


def test_sponsored_word_in_a_sentence_is_not_a_label():
    assert not notices.is_sponsor_label("Sponsored by the council, the fair drew crowds.")


@pytest.mark.parametrize("line", [
    "Keep up with the harbour story and more by subscribing today",
    "Subscribe now for more reporting like this",
    "Download the new Example News app to get alerts on your phone. It is free for readers.",
    "Like ferries? The Gazette's Harbour Notes newsletter brings the week's news, delivered right to your inbox.",
])
def test_pitches_in_the_body(line):
    assert notices.is_pitch(line)
    assert starts("\n".join([HEAD, LEAD, MID, line, END])) == [4]


@pytest.mark.parametrize("line", [
    "Download speeds on the new app fell sharply after the update.",
    "Subscribers to the newsletter fell by a third, the publisher said.",
    "Join the queue early, the operator advised passengers on Monday.",
    "The council's newsletter goes to every household in the borough.",
])
def test_story_lines_about_apps_and_newsletters_are_left_alone(line):
    assert not notices.is_pitch(line)


def test_labelled_fields_and_font_switch():
    line = "2024-03-02 10:15:00 [Source: Example Agency] [Editor: Jane Doe] Font: [large medium small]"
    assert notices.is_fields(line)
    assert starts("\n".join([HEAD, line, LEAD, MID, END])) == [2]
    assert not notices.is_fields("The board [of the harbour] met [on Monday] to agree the plan.")


def test_poll_widget_is_one_block():
    text = "\n".join([HEAD, LEAD, "take our poll - story continues below",
                      "Which ferry route should reopen first?", "Which ferry route should reopen first?",
                      "* North Quay South Quay Island Pier", "Email *",
                      "This field is for validation purposes and should be left unchanged.",
                      "You may opt out at any time.", MID, END])
    assert starts(text) == [3]
    assert len(analyse_text(text).blocks[0].lines) == 7


def test_a_question_in_the_story_is_not_a_poll():
    text = "\n".join([HEAD, LEAD, "Will fares rise next year?", MID, END])
    assert starts(text) == []


def test_price_buttons_make_a_block_together_not_alone():
    assert starts("\n".join([HEAD, LEAD, "Retailer $19.34", "Shopsite $25.00", MID, END])) == [3]
    assert starts("\n".join([HEAD, LEAD, "$19.34", MID, END])) == []


MENU = ["Sign in", "Subscribe"]


@pytest.mark.parametrize("date", ["Fri, 19th Dec 2025", "19 Dec, 2025", "April 29, 2014"])
def test_date_line_in_a_scraped_pages_head_is_the_pages(date):
    assert starts("\n".join([*MENU, HEAD, date, LEAD, MID, END])) == [1, 4]


def test_date_line_without_year_without_page_or_after_the_story_began_is_left_alone():
    assert starts("\n".join([*MENU, HEAD, "Monday, May 4", LEAD, MID, END])) == [1]
    assert starts("\n".join([HEAD, "April 29, 2014", LEAD, MID, END])) == []  # a draft's own date
    assert starts("\n".join([*MENU, HEAD, LEAD, MID, "April 29, 2014", END, END])) == [1]


def test_year_run_into_the_time():
    assert starts("\n".join([HEAD, "October 17, 20236:01 PM ET", LEAD, MID, END])) == [2]


def test_field_label_alone_over_the_date():
    assert starts("\n".join([HEAD, LEAD, "Updated:", "May 3, 2024", MID, END])) == [3]


@pytest.mark.parametrize("label", ["Synopsis", "Key Takeaways", "TL;DR"])
def test_summary_box_label(label):
    text = "\n".join([HEAD, label, "The board agreed a new timetable that starts in May.", LEAD, MID, END])
    assert starts(text) == [2]
    assert families(text) == [["highlights"]]


def test_synopsis_as_a_late_crosshead_is_left_alone():
    text = "\n".join([HEAD, LEAD, MID, END, MID, END, LEAD, MID, "Synopsis", END, MID, END, MID, END, LEAD])
    assert starts(text) == []


def test_table_of_contents():
    text = "\n".join([HEAD, LEAD, "Contents", "Why the timetable changed", "What fares will cost",
                      "When the new ferries sail", MID, END])
    assert starts(text) == [3]
    assert families(text) == [["contents"]]


def test_contents_word_over_sentences_is_left_alone():
    text = "\n".join([HEAD, LEAD, "Contents", MID, END, LEAD])
    assert starts(text) == []


def test_name_and_title_over_the_date():
    text = "\n".join([*MENU, HEAD, "Jane Doe, Senior Staff Writer", "May 31, 2024", LEAD, MID, END])
    assert starts(text) == [1, 4]


def test_desk_site_and_stamp_in_fields():
    line = "Example Health Desk / example.in / Updated: Mar 4, 2025, 21:47 IST"
    assert starts("\n".join([HEAD, line, LEAD, MID, END])) == [2]
    # a path of the site's sections with a date is not a stamp
    assert starts("\n".join([HEAD, LEAD, "Ferries / Timetables / May 2024", MID, END])) == []


@pytest.mark.parametrize(("first", "tail"), [
    ("Harbour board agrees timetable - Example News Network", " - Example News Network"),
    ("Harbour board agrees timetable- Example Observer Network-Professional harbour news website",
     "- Example Observer Network-Professional harbour news website"),
    ("Harbour board agrees timetable - 示例网 - 示例新闻网站", " - 示例网 - 示例新闻网站"),
])
def test_site_tail_of_a_page_title(first, tail):
    text = "\n".join([first, LEAD, MID, END])
    s, e = analyse_text(text).title_suffix
    assert text[s:e] == tail


def test_site_tail_under_a_kicker():
    text = "\n".join(["Cheaper crossings?", "Harbour board agrees timetable - Example News Network", LEAD, MID])
    s, e = analyse_text(text).title_suffix
    assert text[s:e] == " - Example News Network"


@pytest.mark.parametrize("first", ["Storm - What it means for the rail network", "Hackers hit the hospital network"])
def test_headline_about_a_network_keeps_its_words(first):
    assert analyse_text("\n".join([first, LEAD, MID, END])).title_suffix is None


def test_reporter_credit_run_into_the_lead():
    lead = "Example Harbour Network Reporter Ms. Jane Doe On March 4, the harbour board agreed a plan."
    tag = analyse_text("\n".join([HEAD, lead, MID, END])).tag
    assert tag is not None and tag[2] == "byline"
    text = "\n".join([HEAD, lead, MID, END])
    assert text[tag[0]:tag[1]] == "Example Harbour Network Reporter Ms. Jane Doe"


def test_reporters_in_the_story_are_not_a_credit():
    lead = "Court reporters In the city walked out on Monday, the union said."
    assert analyse_text("\n".join([HEAD, lead, MID, END])).tag is None


def test_trending_searches_over_the_headline():
    tags = ["Winter Tyres", "Ferry Times", "Tide Tables", "Harbour Walks", "Lighthouse Tours"]
    assert starts("\n".join([*tags, HEAD, LEAD, MID, END])) == [1]


def test_two_short_capitalised_lines_over_the_headline_are_left_alone():
    # a kicker and a strap are not a list of searches
    assert starts("\n".join(["Harbour Special", "Ferry Week", HEAD, LEAD, MID, END])) == []


def test_survey_with_its_thanks_is_a_widget():
    text = "\n".join([HEAD, LEAD, "Survey", "✅ Thank you for completing the survey!", MID, END])
    assert starts(text) == [3]
    assert starts("\n".join([HEAD, LEAD, "Survey", MID, END])) == []


@pytest.mark.parametrize("line", ["Manage alerts for this article", "Add as a preferred source on Google"])
def test_story_buttons(line):
    from attrlint.furniture.media_lines import line_kind
    assert line_kind(line) == "interface"


def test_landmark_label_heads_the_menu_under_it():
    menu = ["Sign in", "Subscribe", "Breadcrumb", "Ferries", "Timetables"]
    assert starts("\n".join([*menu, HEAD, LEAD, MID, END])) == [1, 3]


def test_edition_notice_is_a_pitch():
    assert notices.is_pitch("The Example Times daily newspaper is available online now.")
    assert not notices.is_pitch("The newspaper is available in 40 shops across the region.")


def test_caption_toggle_is_a_box_of_its_own():
    text = "\n".join([HEAD, LEAD, "By Jane Doe", "March 4, 2025, 10:42 am", "Show Caption", "Hide Caption", MID, END])
    assert starts(text) == [3, 5]


def test_pitch_closing_a_story_paragraph_is_its_own_span():
    para = "All of these figures come from the harbour board's own records. Subscribe today for more reports like this"
    text = "\n".join([HEAD, LEAD, para, MID, END])
    a = analyse_text(text)
    assert a.blocks == []
    [(s, e, family)] = a.trailing
    assert text[s:e] == "Subscribe today for more reports like this" and family == "promotion"


def test_story_paragraph_ending_on_an_app_is_left_alone():
    para = "The board met on Monday to agree the plan. Download speeds on the booking app fell sharply."
    assert analyse_text("\n".join([HEAD, LEAD, para, MID, END])).trailing == []


def test_page_furniture_rule_reports_the_closing_pitch(debris_rules):
    from attrlint.linter import lint_text
    rules = {k: v for k, v in debris_rules.items() if k == "debris.page-furniture"}
    para = "All of these figures come from the harbour board's own records. Subscribe today for more reports like this"
    found = lint_text("\n".join([HEAD, LEAD, para, MID, END]), path="draft.txt", rules=rules)
    assert [(f.location.line, f.location.text) for f in found] == [(3, "Subscribe today for more reports like this")]
    assert "promotion" in found[0].message
    quoted = f'“{para},” the harbour master joked.'
    assert lint_text("\n".join([HEAD, LEAD, quoted, MID, END]), path="draft.txt", rules=rules) == []


def test_button_broken_over_two_lines():
    text = "\n".join([HEAD, LEAD, "Add", "As A Preferred Source On Example", MID, END])
    assert starts(text) == [3]
    # a word over a button that does not read with it stays
    assert starts("\n".join([HEAD, LEAD, "Harbour", "Manage alerts for this article", MID, END])) == [4]


def test_poll_slot_run_into_its_question():
    text = "\n".join([HEAD, LEAD, "take our poll - story continues below Which route should reopen first?",
                      "Which route should reopen first?", "* North Quay", "Email *", MID, END])
    assert starts(text) == [3]


def test_audio_player_under_the_byline_box_is_a_box_of_its_own():
    text = "\n".join([HEAD, LEAD, "By Jane Doe", "March 4, 2025, 10:42 am", "Listen", "·", "3:51", MID, END])
    assert starts(text) == [3, 5]
    # 'Listen' alone, with no running time, is not a player
    assert starts("\n".join([HEAD, LEAD, "Listen", MID, END])) == []


def test_page_stamp_under_the_site_menu_is_a_block_apart():
    menu = ["Sign in", "Subscribe", "News", "Sport"]
    assert starts("\n".join([*menu, "Sat, 20 Dec, 2025 - 06:36", HEAD, LEAD, MID, END])) == [1, 5]


def test_page_stamp_under_a_button_or_two_stays_in_their_block():
    assert starts("\n".join(["Close", "HARBOUR NEWS", "", "Mar 30, 2024", HEAD, LEAD, MID, END])) == [1]


@pytest.mark.parametrize("line", ["Enlarge Image", "View Full Image", "Click for larger image", "| Permanent Link",
                                  "Comments (0)", "Video muted: click volume for sound"])
def test_photo_player_and_post_buttons(line):
    from attrlint.furniture.media_lines import line_kind
    assert line_kind(line) == "interface"
    assert starts("\n".join([HEAD, LEAD, line, MID, END])) == [3]


def test_sentences_with_the_same_words_are_left_alone():
    from attrlint.furniture.media_lines import line_kind
    assert line_kind("Enlarge the image of the harbour before printing it.") is None
    assert line_kind("Comments (0) were received by the board.") is None
