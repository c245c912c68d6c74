"""Furniture of blogs, aggregators and content farms (attrlint/furniture/neighbours.py, links.py, edges.py), the
comment-form pack rule, broken HTML remnants, and findings hidden inside furniture.

Every article here is invented.
"""
from __future__ import annotations


from attrlint.furniture import analyse_text
from attrlint.furniture.hide import outside_furniture
from attrlint.linter import lint_text
from attrlint.registry import discover

HEAD = "Lagoon council approves a new night bus for market traders"
BODY = (
    "The Lagoon council voted on Tuesday to run a night bus between the two market towns.\n\n"
    "Councillor Femi Adeyemi said traders had waited three years for a safe way home.\n\n"
    "The first bus will leave the eastern depot in May, the transport office said.\n"
)
STORY = f"{HEAD}\n\n{BODY}"


def found(text, rules):
    return [(f.rule, f.location.line) for f in lint_text(text, path="draft.txt", rules=rules)]


def block_lines(text):
    return [(b.lines[0].n + 1, b.lines[-1].n + 1) for b in analyse_text(text).blocks]


def test_check_also_with_a_headline_and_its_cut_teaser_is_one_block():
    text = STORY + (
        "\nCheck Also\n\nFarmers protest rising fertiliser prices in the north\n\n"
        "Hundreds of farmers marched to the ministry on Friday to demand that the …\n"
    )
    # lines 9-13: the label, the linked headline and its teaser
    assert (9, 13) in block_lines(text)


def test_teaser_pair_after_the_story_without_a_label():
    text = STORY + (
        "\nFerry operator names a new chief executive from abroad\n"
        "The board of the island ferry company on Monday appointed a former airline [...]\n"
    )
    assert (9, 10) in block_lines(text)


def test_an_ellipsis_inside_the_story_is_left_alone():
    text = (f"{HEAD}\n\nWhat the traders said next\n\n"
            "The market women said they would wait and see...\n\n" + BODY)
    assert block_lines(text) == []


def test_comment_form_lines_are_flagged(debris_rules):
    """The form is one block at its first line (its notices inside it are not repeated)."""
    text = STORY + (
        "\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
        "This site uses Akismet to reduce spam.\n"
    )
    got = found(text, debris_rules)
    assert ("debris.page-furniture", 9) in got
    assert not [g for g in got if g[1] in (11, 13)]


def test_the_comment_sections_buttons_and_its_form_are_one_block(debris_rules):
    """The labelled convention: a box is one finding at its first line; the comment section's
    buttons over its form (blank lines between) are one box, not two."""
    text = STORY + (
        "\nBe the first to comment\n\nLeave a Reply\n\nYour email address will not be published.\n"
    )
    assert block_lines(text) == [(9, 13)]
    got = [g for g in found(text, debris_rules) if g[0] == "debris.page-furniture"]
    assert got == [("debris.page-furniture", 9)]
    # after a paragraph of the story the form is a box of its own
    assert block_lines(STORY + "\nLeave a Reply\n\nYour email address will not be published.\n") == [(9, 11)]


def test_comment_words_in_prose_are_left_alone(debris_rules):
    text = (f"{HEAD}\n\nThe councillor said she would leave a reply to the letter on the "
            "council's website, where required fields are clearly marked.\n\n" + BODY)
    assert [r for r, _ in found(text, debris_rules)] == []


def test_screen_reader_share_buttons_are_widgets(debris_rules):
    text = (f"{HEAD}\n\nBy Ama Mensah\nShares\nfacebook sharing button Share\n"
            "twitter sharing button Tweet\nemail sharing button Email\n\n" + BODY)
    assert (3, 7) in block_lines(text)
    # the block is the one finding: the widget line inside it is not reported again
    assert ("debris.widget-line", 5) not in found(text, debris_rules)


def test_link_spam_above_the_story_is_one_block_and_hides_its_typos():
    text = "situs judi terbaik\n\nbandar slot gacor\n\nhttps://www.example.invalid/\n\n" + STORY
    assert block_lines(text) == [(1, 5)]
    findings = lint_text(text, path="draft.txt", rules=discover())
    assert not [f for f in findings if f.category != "debris" and f.location.line <= 5]
    assert [f.rule for f in findings if f.location.line == 1] == ["debris.page-furniture"]


def test_a_link_in_a_story_line_is_not_spam():
    text = f"{HEAD}\n\nDetails are at https://www.example.invalid/ the council said.\n\n" + BODY
    assert block_lines(text) == []


def test_lone_bullets_with_headlines_after_the_story():
    text = STORY + ("-\nPolice arrest two over cattle theft in the east\n-\n"
                    "Rain expected across the coast on the weekend\n-\nSchool fees frozen for a second year\n")
    blocks = block_lines(text)
    assert blocks and blocks[0][0] == 8 and blocks[-1][1] == 13


def test_teasers_cut_at_one_width_are_furniture():
    cut = [
        "Ministers from the three coastal states met on Sunday to agree a plan for the new po",
        "The singer announced a second concert in the capital after tickets for the first sold",
        "Rice prices rose again this week as traders blamed the cost of diesel and the weak cu",
    ]
    assert len({len(c) for c in cut}) <= 2
    text = STORY + "\n" + "\n".join(cut) + "\n"
    assert (9, 11) in block_lines(text)


def test_hard_wrapped_story_lines_are_not_cut_teasers():
    text = (f"{HEAD}\n\nThe Lagoon council voted on Tuesday to run a night bus between\n"
            "the two market towns, and Councillor Femi Adeyemi said traders had\n"
            "waited three years for a safe way home from the eastern markets.\n")
    assert block_lines(text) == []


def test_site_name_alone_above_the_headline():
    text = "Coastline News Ghana\n\n" + STORY
    assert block_lines(text) == [(1, 1)]


def test_a_short_headline_with_a_paper_word_is_not_a_site_name():
    # the next line is the story, not a headline
    text = "Herald Reporter Honoured\n\n" + BODY
    assert block_lines(text) == []


def test_neighbour_link_run_into_its_headline():
    text = STORY + "\nPrevious articleTraders count losses after market fire\nNext articleBus fares to rise in June\n"
    assert (9, 10) in block_lines(text)


def test_stamp_run_into_a_reading_time():
    text = f"{HEAD}\n\nPublished 2 hours ago4 minute read\n\n" + BODY
    assert block_lines(text) == [(3, 3)]
    # a draft's own date line stays; "Published …" is the page's field, a draft does not know it
    assert block_lines(f"{HEAD}\n\n12 May 2025\n\n" + BODY) == []
    assert block_lines(f"{HEAD}\n\nUpdated 12 May 2025\n\n" + BODY) == []
    assert block_lines(f"{HEAD}\n\nPublished 12 May 2025\n\n" + BODY) == [(3, 3)]


def test_widget_that_left_only_its_brackets():
    text = STORY + "\nVokally (\n\n)\n"
    assert (9, 11) in block_lines(text)
    # a parenthesis closing a line of prose is not a widget
    assert block_lines(STORY + "\nThe new route (east to west) opens in May.\n") == []


def test_promotion_and_content_farm_phrases(debris_rules):
    text = (f"{HEAD}\n\nThis report Click to see Video tells of something that happened today.\n\n"
            + BODY + "\nPlease kindly share and comm ent\n")
    got = found(text, debris_rules)
    assert ("debris.promo", 3) in got
    assert ("debris.promo", 11) in got


def test_broken_entities_and_attribute_remnants(debris_rules):
    text = (f"{HEAD}\n\nThe chairman called it ,quot;a good day,quot; for traders.\n\n"
            'alt="Night bus" decoding="async" />\n\n'
            "She wrote &amp;quot;thank you&amp;quot; on the council page.\n\n" + BODY)
    got = lint_text(text, path="draft.txt", rules=debris_rules)
    spans = [text[f.start:f.end] for f in got if f.rule == "debris.html-markup"]
    assert spans.count("quot;") == 2 and spans.count("&amp;quot;") == 2
    assert 'alt="Night bus" decoding="async" />' in spans
    assert "&amp;" not in spans  # the double escape is one finding, not two
    assert [f.suggestions for f in got if text[f.start:f.end] == "quot;"][0] == ['"']


def test_entity_names_in_prose_are_left_alone(debris_rules):
    text = f"{HEAD}\n\nThe word quot is not an entity; nor is a class=\"x\" on its own.\n\n" + BODY
    assert not [f for f in lint_text(text, path="draft.txt", rules=debris_rules) if f.rule == "debris.html-markup"]


class _F:
    def __init__(self, rule, category, start, end):
        self.rule, self.category, self.start, self.end = rule, category, start, end


def test_outside_furniture_keeps_debris_and_findings_outside_blocks():
    block = _F("debris.page-furniture", "debris", 0, 50)
    inside = _F("spelling.misspelling", "typo", 10, 15)
    outside = _F("spelling.misspelling", "typo", 60, 65)
    line_rule = _F("debris.html-markup", "debris", 70, 80)
    assert outside_furniture([block, inside, outside, line_rule]) == [block, outside, line_rule]
    # a line-level debris finding inside the block is covered by it: one finding per block
    in_block = _F("debris.widget-line", "debris", 0, 6)
    assert outside_furniture([block, in_block, outside]) == [block, outside]
    # a stray entity (not text to delete) hides nothing
    assert outside_furniture([line_rule, _F("x", "typo", 72, 75)])[1].rule == "x"


def test_icon_names_copied_as_text_are_widgets():
    text = "play_arrow\n\nskip_previous skip_next 00:00\n\n" + STORY
    assert block_lines(text) == [(1, 3)]
    # one snake_case word inside a sentence is not a toolbar
    assert block_lines(STORY + "\nThe file was named night_bus_plan by the council.\n") == []


def test_wordpress_feed_footer_is_a_credit_line(debris_rules):
    text = (f"{HEAD}\n\n" + BODY.rstrip("\n")
            + " The post Lagoon council approves a night bus appeared first on Example Daily.\n")
    assert ("debris.credit-line", 7) in found(text, debris_rules)
    # "the post" in prose is not the footer
    text = f"{HEAD}\n\nThe post of mayor appeared first on the agenda in March.\n\n" + BODY
    assert [r for r, _ in found(text, debris_rules)] == []


def test_link_labels_after_an_arrow_or_run_into_the_headline(debris_rules):
    text = STORY + "\n>> Read more coastal news\n\nRead More Storm closes the eastern port for a day\n"
    got = lint_text(text, path="draft.txt", rules=debris_rules)
    labels = [text[f.start:f.end] for f in got if f.rule == "debris.link-label"]
    assert labels == ["Read more", "Read More"]
    # a sentence that starts with the words is prose
    text = f"{HEAD}\n\nRead more about the plan in the council's report.\n\n" + BODY
    assert not [f for f in lint_text(text, path="draft.txt", rules=debris_rules) if f.rule == "debris.link-label"]


def test_promotion_after_an_arrow_and_in_a_long_blurb():
    text = STORY + "\n>>Join our Facebook Group and be part of the community. <<\n"
    assert (9, 9) in block_lines(text)
    blurb = ("Sign up for Example Daily to receive email alerts of breaking news in the region. "
             "Example Daily is your source for all regional news, sport, business, entertainment, "
             "weather and much more about the coast, the islands and the capital.")
    assert (9, 9) in block_lines(STORY + "\n" + blurb + "\n")
    # a story sentence that starts with a verb and mentions a group is prose
    text = (f"{HEAD}\n\nJoin the queue, the drivers told the group of traders waiting at the "
            "depot on Tuesday evening before the first bus left.\n\n" + BODY)
    assert block_lines(text) == []


def test_widget_labels_run_together_and_screen_reader_lists():
    text = STORY + "\nLeave a ReplyCancel reply\n\nPost Comment\n"
    assert (9, 11) in block_lines(text)
    text = (f"{HEAD}\n\n" + BODY + "\nRecommended Stories\n\nlist of 4 itemsend of list\n\n"
            "The depot will open a second gate next year, the office said.\n")
    assert (9, 11) in block_lines(text)
    # camel case inside a story line is not a widget
    assert block_lines(STORY + "\nThe council's new app, BusNow, shows the PayPoint kiosks.\n") == []


def test_read_more_after_a_teaser_ellipsis(debris_rules):
    text = (f"{HEAD}\n\nThe council met on Tuesday and the mayor said that the plan … Read more\n\n" + BODY)
    assert ("debris.widget-line", 3) in found(text, debris_rules)


def test_a_typo_inside_a_leftover_phrase_is_not_reported():
    text = STORY + "\nPlease kindly share and comm ent\n"
    findings = lint_text(text, path="draft.txt", rules=discover())
    assert [f.rule for f in findings if f.location.line == 9] == ["debris.promo"]


def test_a_short_headline_about_a_paper_is_not_its_name():
    text = "Herald Editor Quits\n\nA long-serving editor leaves the paper after twenty years\n\n" + BODY
    assert block_lines(text) == []


def test_a_story_ending_in_an_ellipsis_under_a_crosshead_is_left_alone():
    text = STORY + "\nWhat comes next\n\nThe talks, the mayor said, would go on and on…\n"
    assert block_lines(text) == []
