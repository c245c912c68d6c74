"""A page's program code copied with the story (attrlint/furniture/code_lines.py): scripts,
style sheets and data blocks are debris; copy that mentions code, formulas and brackets in
sentences is left alone. Every text here is invented."""
from __future__ import annotations

import pytest

from attrlint.furniture.code_lines import is_code
from attrlint.linter import lint_text

STORY = (
    "Harbour council opens a new ferry pier\n\n"
    "The Harbour council opened its new ferry pier on Tuesday after two years of building work.\n\n"
    "Mayor Ines Okafor said the pier would double the number of crossings in the summer.\n\n"
)
TAIL = "The first ferry will leave the pier at six in the morning, the operator said.\n"

CODE = [
    "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return; "
    "js = d.createElement(s); js.id = id; fjs.parentNode.insertBefore(js, fjs); }(document, 'script', 'harbour-sdk'));",
    "googletag.cmd.push(function() { googletag.display('div-ad-slot-2'); });",
    "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
    "var adSlots = []; adSlots.push('top-banner'); renderSlots(adSlots);",
    ".story-body{margin:0 auto;max-width:640px} .story-body p{font-size:18px;line-height:1.5}",
    '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Pier opens"}',
    "$(document).ready(function() { $('.share-bar').hide(); });",
    "Posted by Harbour News on Saturday, June 3, 2023 (function(d, s, id) { var js = d.createElement(s); "
    "js.src = '//cdn.example/sdk.js'; d.body.appendChild(js); }(document, 'script', 'sdk'));",
]

PROSE = [
    "The engineers said the function of the new pier (and of the old one) was to carry passengers.",
    "In the formula, x = y + 2; the council's auditors said the figure was wrong.",
    "The bug sat in one line, if (fare == null) { return; }, which the operator has now fixed, she said.",
    "A document released on Monday (see below) shows the window for bids closes in May.",
    "Council: {Harbour} Ward: [East] Vote: (12-3)",
    "The council's website, harbour.example, crashed under the load of visitors; it was back by noon.",
    "Results (in %): Yes 54; No 41; Undecided 5.",
]


@pytest.mark.parametrize("line", CODE)
def test_code_lines_are_code(line):
    assert is_code(line)


@pytest.mark.parametrize("line", PROSE)
def test_prose_with_brackets_is_not_code(line):
    assert not is_code(line)


def test_a_script_under_the_story_is_debris_and_hides_its_words(debris_rules):
    text = STORY + CODE[0] + "\n\n" + TAIL
    findings = lint_text(text, path="draft.txt")
    debris = [f for f in findings if f.category == "debris"]
    assert [f.location.line for f in debris] == [7]
    assert "program code" in debris[0].message
    # the script's words ("fjs", "js") are not reported as misspellings
    assert not [f for f in findings if f.category == "typo"]


def test_a_story_that_quotes_a_line_of_code_is_clean():
    text = STORY + PROSE[2] + "\n\n" + TAIL
    assert not [f for f in lint_text(text, path="draft.txt") if f.category == "debris"]
