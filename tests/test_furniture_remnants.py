"""What a page's markup and embeds leave behind as lines of the copy (invented fixtures): an
image's Markdown or tag with its picture lost, a data URI, an embedded post's signature, a
gallery's position, a player's loading text, a logo's or an author's picture alt text, the
corrections prompt and the web editor's credit; with story lines of the same look left alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings

HEAD, LEAD, MID, END = FERRY_STORY


def _lines(text: str, rules) -> list[int]:
    return [f[0] for f in debris_findings(text, rules)]


def _between(line: str) -> str:
    """The leftover between the lead and the rest of the story (on line 5)."""
    return f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MID}\n\n{END}"


@pytest.mark.parametrize("line", [
    "![]()",
    "![]() |",
    "![Pier at dawn](https://example.org/media/pier-dawn.jpg)",
    '<image>data:image/svg+xml,%3Csvg%20xmlns%3D%22%22%3E</image>',
    '<img src="https://example.org/media/ferry.png" alt="">',
    '<picture><source srcset="data:image/webp;base64,UklGRh4AAABXRUJQ"></picture>',
    "Crews worked all night to clear the slipway… pic.twitter.com/Xy12Zq9Abc — Tom Okafor (@tomokafor) May 3, 2025",
    "The pier is open again https://t.co/Pq7Rs — Harbour Watch (@harbourwatch) Sept. 14, 2024",
    "Ferries back on the water pic.twitter.com/Lm3Nn4Op — Westbay Port (@westbayport) 2 June 2025",
    "why-it-matters-now",
    "#what-happens-next-week",
    "1 / 21",
    "4 of 12",
    "Getting your Harbourcast audio player ready...",
    "Loading your audio player…",
    "Listen to this article",
    "Loading audio",
    "Westbay Courier Logo",
    "The Harbour Gazette logo",
    "Headshot of Marla Fennick",
    "Author photo of Jo Brandt",
    "To request a correction to this story, contact the standards editor",
    "Spotted an error in this article? Let us know at the desk",
    "(Web editor: Lin Haoran, Peng Yu)",
    "(Editor: Sam Ortiz)",
    "Responsible editor: Wu Jin",
    "Harbour news in your inbox Only harbour news: Sign up to get ferry, weather and tide alerts. SIGN UP "
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Get the morning briefing straight to your inbox. Sign up now",
    "This form is protected by reCAPTCHA and its Privacy Policy applies.",
])
def test_a_markup_or_embed_leftover_between_paragraphs_is_flagged(line, debris_rules):
    assert _lines(_between(line), debris_rules) == [5]


@pytest.mark.parametrize("line", [
    "The vote was 21 / 4 in favour of the plan, the clerk said.",   # a sentence with a ratio
    "21 / 4",
    "well-to-do",                                                    # a hyphenated word, not an id                                                        # more than the total: not a position
    "Listen to this article's critics and you hear the same complaint.",
    "The board's new logo was unveiled at the pier on Monday.",
    "Marla Fennick, the board's editor, said: the plan is sound.",
    "Found a mistake, the auditor said, in the fare tables.",
    "“We will post it — Tom Okafor (@tomokafor) said so,” the clerk added.",
    "Getting the ferries ready took three weeks, the operator said.",
    "Commuters can sign up for alerts sent to your inbox, the operator said on Monday.",
])
def test_a_story_line_of_the_same_look_is_left_alone(line, debris_rules):
    assert _lines(_between(line), debris_rules) == []


@pytest.mark.parametrize("line", [
    "Photo shows the north pier under water on March 2, 2025. (Harbour Board/Facebook)",
    "Divers check the hull of the stranded ferry. (Jo Brandt/Westbay Courier)",
    "Crowds gather at the quay as the first new ferry arrives",
])
def test_a_line_printed_twice_in_a_row_under_a_stamp_is_flagged_at_its_copy(line, debris_rules):
    text = f"{HEAD}\n\nPublished Mar 3, 2025 09:12 am\n{line}\n{line}\n{LEAD}\n\n{MID}\n\n{END}"
    found = debris_findings(text, debris_rules)
    assert (5, "debris.repeated-sentence") in [(n, rule) for n, rule, _ in found]



_LONG = "said on Monday that the harbour board would meet the city council to agree the new ferry timetable"


@pytest.mark.parametrize("line", [
    f"The mayor {_LONG} for 龙腾娱乐bet ports this spring.",
    f"The 40th anniversary of 金沙赌场-UK ties was marked as the mayor {_LONG}.",
    f"The mayor of 바다카지노 {_LONG}.",
    f"Officials {_LONG} for ท่าเรือ residents.",
])
def test_cjk_or_thai_spliced_into_english_prose_is_flagged(line, debris_rules):
    found = [rule for _, rule, _ in debris_findings(f"{HEAD}\n\n{line}\n\n{MID}\n\n{END}", debris_rules)]
    assert found == ["debris.script-injection"]


@pytest.mark.parametrize("line", [
    f"The mayor, Li Wen (李文), {_LONG}.",
    f"The mayor {_LONG}, a plan known locally as “渡轮计划”.",
    "The shop sign reads 海港渡轮 in gold letters.",                       # a short line
    "海港渡轮 Harbour Ferries 海港渡轮公司 timetable 时间表 summer 夏季",       # a bilingual line
])
def test_a_name_with_its_spelling_or_a_bilingual_line_is_left_alone(line, debris_rules):
    found = [rule for _, rule, _ in debris_findings(f"{HEAD}\n\n{line}\n\n{MID}\n\n{END}", debris_rules)]
    assert "debris.script-injection" not in found
