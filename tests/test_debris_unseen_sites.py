"""Debris seen on unseen sites (stop 31): a read-also label alone or in the site's own
language. All texts are invented.
"""
from __future__ import annotations

import pytest

from attrlint.linter import lint_text
from conftest import debris_findings


def found(text, rules):
    return [(f.rule, f.location.text) for f in lint_text(text, path="draft.txt", rules=rules)]


HEAD = "Harbour council approves new ferry timetable\n"
LEAD = "The Harbour council voted on Monday to add two evening ferries to the island route.\n"
MORE = "Councillor Ada Brook said the change would help shift workers get home safely.\n"


@pytest.mark.parametrize("label", ["Read also", "READ ALSO", "• Read also", "Lire aussi", "Baca juga"])
def test_read_also_label_alone_under_the_headline_is_a_widget(debris_rules, label):
    hits = found(HEAD + label + "\n" + LEAD + "\n" + MORE, debris_rules)
    assert ("debris.widget-line", label.lstrip("• ")) in hits, hits


@pytest.mark.parametrize("label", ["Baca juga:", "Lea también:", "Leggi anche:", "Lesen Sie auch:"])
def test_read_also_in_another_language_opens_a_linked_headline(debris_rules, label):
    text = HEAD + "\n" + LEAD + "\n" + label + "  Island bakery wins regional bread prize\n\n" + MORE
    hits = found(text, debris_rules)
    assert ("debris.link-label", label) in hits, hits


@pytest.mark.parametrize("prose", [
    "Residents can read also the minutes of the meeting on the council website.",
    "Read also the notes below, the chair told councillors before the vote on Monday.",
    "Lire aussi is the name of the island's new French bookshop, which opened on Monday.",
])
def test_read_also_words_in_a_sentence_are_left_alone(debris_rules, prose):
    hits = found(HEAD + "\n" + LEAD + "\n" + prose + "\n\n" + MORE, debris_rules)
    assert hits == [], hits


# --- a line in another script in English copy ---------------------------------------------
STORY = (
    "Harbour board agrees new ferry timetable after long talks\n\n"
    "The harbour board met on Monday to discuss the new ferry timetable and agreed a plan.\n\n"
    "Ferry operators welcomed the decision, saying it would end months of uncertainty.\n\n"
    "The board said the timetable would start in May, and fares would not rise this year.\n\n"
    "Councillor Ada Brook said the change would help shift workers get home safely at night.\n"
)


def _lines(text, rules):
    return sorted({line for line, rule, _ in debris_findings(text, rules)})


@pytest.mark.parametrize("line", ["港湾新闻网", "Паром вернулся в гавань: новости дня", "الأحدث الأقدم", "ข่าวท่าเรือวันนี้"])
def test_a_line_in_another_script_on_top_is_flagged_apart_from_the_menu_under_it(line, debris_rules):
    text = line + "\n\nSkip to main content\n\n" + STORY
    assert _lines(text, debris_rules) == [1, 3]


@pytest.mark.parametrize("line", ["Паром вернулся в гавань: новости дня", "港湾董事会同意新的渡轮时刻表"])
def test_an_untranslated_headline_between_paragraphs_is_flagged(line, debris_rules):
    head, lead, rest = STORY.split("\n\n", 2)
    text = f"{head}\n\n{lead}\n\n{line}\n\n{rest}"
    assert _lines(text, debris_rules) == [5]


@pytest.mark.parametrize("line", [
    "“港湾是我们的家,”",  # a quotation in the original: the story's own
    "Li Wen (李文) chairs the harbour board.",  # a name with its spelling
    "(渡轮时刻表)",
])
def test_a_quotation_or_a_name_in_its_script_is_left_alone(line, debris_rules):
    head, lead, rest = STORY.split("\n\n", 2)
    assert _lines(f"{head}\n\n{lead}\n\n{line}\n\n{rest}", debris_rules) == []


def test_copy_in_another_language_is_not_read_as_english_with_a_foreign_line(debris_rules):
    text = ("Паром вернулся в гавань\n\n"
            "Совет гавани в понедельник утвердил новое расписание паромов и план работ на год.\n\n"
            "Операторы паромов приветствовали решение, сказав, что оно положит конец неопределенности.\n")
    assert _lines(text, debris_rules) == []


# --- a topic's follow button and a template's block id ------------------------------------
@pytest.mark.parametrize("line", ["Follow this news feed: Harbour Affairs", "Follow the topic:", "Follow this feed: Ferries"])
def test_a_follow_this_feed_button_after_the_story_is_flagged(line, debris_rules):
    assert _lines(STORY + "\n" + line + "\n", debris_rules) == [11]


@pytest.mark.parametrize("line", [
    "Follow this feed of updates, the board told residents on Monday.",
    "Follow the money, the councillor said.",
])
def test_follow_in_a_sentence_is_left_alone(line, debris_rules):
    assert _lines(STORY + "\n" + line + "\n", debris_rules) == []


@pytest.mark.parametrize("line", ["main-story-block.skip-nav", "site-header.nav_menu", "page_body-main.article-top"])
def test_a_template_block_id_on_top_is_flagged(line, debris_rules):
    assert _lines(line + "\n" + STORY, debris_rules) == [1]


@pytest.mark.parametrize("line", ["www.harbour-news.com", "harbour-news.co.uk", "v1.2.3"])
def test_an_address_or_a_version_is_not_a_block_id(line, debris_rules):
    from attrlint.furniture.remnants import ANCHOR_ID

    assert not ANCHOR_ID.match(line)


# --- a points label between the story's own lines ------------------------------------------
@pytest.mark.parametrize("label", ["Key quotes", "Key points", "Key Facts"])
def test_a_points_label_under_a_paragraph_over_the_points_is_the_story_crosshead(label, debris_rules):
    head, lead, rest = STORY.split("\n\n", 2)
    points = ("Fares stay the same for a year.\nTwo evening sailings are added.\n"
              "The new timetable starts in May.\n")
    text = f"{head}\n\n{lead}\n\n{label}\n{points}\n{rest}"
    assert _lines(text, debris_rules) == []


def test_a_summary_label_on_top_of_the_copy_is_still_flagged(debris_rules):
    head, lead, rest = STORY.split("\n\n", 2)
    text = f"{head}\n\nKey Takeaways\n{lead}\n\n{rest}"
    assert _lines(text, debris_rules) == [3]


# --- a breadcrumb trail run into the headline, behind its label -----------------------------
@pytest.mark.parametrize("first,crumb", [
    ("Current:Home > FerriesHarbour board agrees new ferry timetable after long talks - Harbour Weekly",
     "Current:Home > Ferries"),
    ("Current page: Home > Local NewsHarbour board agrees new ferry timetable after long talks",
     "Current page: Home > Local News"),
])
def test_a_labelled_breadcrumb_run_into_the_headline_is_flagged(first, crumb, debris_rules):
    text = first + "\n" + STORY
    hits = debris_findings(text, debris_rules)
    assert (1, "debris.run-in-tag", crumb) in hits, hits


def test_a_headline_opening_with_home_is_left_alone(debris_rules):
    text = ("Home Secretary Jane Doe backs new ferry timetable after long talks - Harbour Weekly\n"
            "Jane Doe backs new ferry timetable after long talks\n\n" + STORY.split("\n\n", 1)[1])
    assert not [h for h in debris_findings(text, debris_rules) if h[1] == "debris.run-in-tag"]


# --- punctuation read as a Chinese code page is debris.mojibake's, not a spliced script -----
@pytest.mark.parametrize("line", [
    "The harbour board鈥檚 new ferry timetable starts on Monday, and officials expect more riders over the summer months.",
    "鈥淲e will keep fares at the same level for a year,鈥 the harbour board chair told reporters at the quay.",
    "The council鈥檚 budget was passed on Monday after a long debate in the chamber.",
    "Prices rose 4 per cent 鈥 the steepest rise in a decade 鈥 the bureau reported.",
])
def test_garbled_punctuation_is_not_reported_as_a_spliced_script(line, debris_rules):
    head, lead, rest = STORY.split("\n\n", 2)
    rules = [r for r, _ in found(f"{head}\n\n{lead}\n\n{line}\n\n{rest}", debris_rules)]
    assert "debris.script-injection" not in rules, rules


def test_a_spam_run_in_cjk_is_still_reported(debris_rules):
    line = "The ferry service marked its 20th year of 皇冠体育app sailings with a parade along the quay on Sunday."
    head, lead, rest = STORY.split("\n\n", 2)
    hits = found(f"{head}\n\n{lead}\n\n{line}\n\n{rest}", debris_rules)
    assert ("debris.script-injection", "皇冠体育app") in hits, hits


# --- what a stripped link leaves in brackets --------------------------------------------------
@pytest.mark.parametrize("line,remnant", [
    ("Harbour Holdings (NYSE:), which runs the ferries, said profit rose in the first quarter.", "(NYSE:)"),
    ("Fuel costs rose when oil (XBR1: ) climbed above $90 a barrel in the spring, the operator said.", "(XBR1: )"),
    ("(Graphic: http://example.com/g/ferry-fares )", "(Graphic: http://example.com/g/ferry-fares )"),
    ("The board has about 400 staff on two islands. (Logo:\nhttp://example.com/media/logo.png ) Fares stay the same.",
     "(Logo: http://example.com/media/logo.png )"),
])
def test_a_stripped_link_left_in_brackets_is_flagged(line, remnant, debris_rules):
    head, lead, rest = STORY.split("\n\n", 2)
    hits = [(r, " ".join(t.split())) for r, t in found(f"{head}\n\n{lead}\n\n{line}\n\n{rest}", debris_rules)]
    assert ("debris.html-markup", remnant) in hits, hits


@pytest.mark.parametrize("line", [
    "Harbour Holdings (NYSE: HHX), which runs the ferries, said profit rose in the first quarter.",
    "The plan (Note: fares will not rise) was agreed on Monday after a long debate in the chamber.",
    "(Photo: Jane Doe)",
    "The timetable is online (see: harbour board website) and at the quay office.",
])
def test_a_ticker_or_a_bracketed_note_with_its_text_is_left_alone(line, debris_rules):
    head, lead, rest = STORY.split("\n\n", 2)
    hits = found(f"{head}\n\n{lead}\n\n{line}\n\n{rest}", debris_rules)
    assert "debris.html-markup" not in [r for r, _ in hits], hits


# --- the line model leaves a box under a reported breadcrumb to that finding ------------------
CRUMB_PAGE = (
    "Current:Home > FerriesHarbour board agrees new ferry timetable after long talks - Harbour Weekly\n"
    "Harbour board agrees new ferry timetable after long talks\n"
    "View\n"
    "Date:2025-03-04 10:42:17\n"
    "The harbour board met on Monday to discuss the new ferry timetable and agreed a plan for the summer.\n"
    "Ferry operators welcomed the decision, saying it would end months of uncertainty for their crews.\n"
    "The board said the timetable would start in May, and fares would not rise this year or next.\n"
    "Councillor Ada Brook said the change would help shift workers get home safely at night.\n"
)


def test_the_page_header_under_a_breadcrumb_is_one_finding(debris_rules):
    assert _lines(CRUMB_PAGE, debris_rules) == [1]


def test_without_the_breadcrumb_reported_the_model_would_start_a_box_of_its_own():
    from attrlint.furniture import analyse_text
    from attrlint.furniture.learned import learned_blocks

    a = analyse_text(CRUMB_PAGE, learned=False)
    assert a.tag is not None and a.tag[2] == "breadcrumb"
    assert [b.lines[0].n for b in learned_blocks(a.lines, a.blocks)] == [2]
    b = analyse_text(CRUMB_PAGE, learned=False)  # learned_blocks marks the lines it takes
    assert learned_blocks(b.lines, b.blocks, frozenset({0})) == []
