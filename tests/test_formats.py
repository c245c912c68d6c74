"""Positions in Markdown and HTML point at the words in the source, not at stripped text."""
import datetime as dt

import pytest

from attrlint.formats import read_document
from attrlint.formats.markdown import MarkdownError
from attrlint.linter import lint_text


def source_of(doc, word):
    i = doc.text.index(word)
    s, e = doc.source_span(i, i + len(word))
    return doc.source[s:e]


MD = """---
title: A test
date: 2024-11-20
---
# A *bold* headline

The **ministry** [conceded](https://example.org/a_(b)) that it &amp; its `code_span` partners
> gloated about it
> in a quote block

- a list item that conceded
"""


def test_markdown_text_maps_back_to_source():
    doc = read_document(MD, "story.md")
    for word in ("headline", "ministry", "conceded", "gloated", "&", "list item"):
        got = source_of(doc, word)
        assert got.replace("&amp;", "&") == word
    assert source_of(doc, "&") == "&amp;"
    assert "https://example.org" not in doc.text
    assert doc.metadata["date"] == dt.date(2024, 11, 20)
    assert doc.story_date.source == "front matter"


def test_markdown_findings_point_at_source(pack_rules):
    findings = lint_text(MD, path="story.md", rules=pack_rules)
    texts = [f.location.text for f in findings]
    assert texts == ["conceded", "gloated", "conceded"]
    first = findings[0].location
    line = MD.splitlines()[first.line - 1]
    assert line[first.column - 1:first.end_column - 1] == "conceded"
    assert MD[first.start:first.end] == "conceded"


def test_markdown_inline_code_is_not_linted(pack_rules):
    findings = lint_text("We use `conceded` as a variable.\n", path="a.md", rules=pack_rules)
    assert findings == []


def test_bad_front_matter_is_an_error():
    with pytest.raises(MarkdownError):
        read_document("---\ndate: [unclosed\n---\nText\n", "a.md")


HTML = """<!doctype html>
<html><head><title>Ignored</title>
<meta property="article:published_time" content="2017-01-10T09:00:00Z">
<script>var conceded = 1;</script></head>
<body><h1>Minister &amp; aides</h1>
<p>The minister <em>conceded</em>&nbsp;nothing, and then she gloated.</p>
<pre>conceded</pre>
</body></html>
"""


def test_html_positions_entities_and_hidden_text(pack_rules):
    doc = read_document(HTML, "story.html")
    assert "var conceded" not in doc.text
    assert source_of(doc, "&") == "&amp;"
    assert doc.story_date.date == dt.date(2017, 1, 10)
    assert doc.story_date.source.startswith("meta")
    findings = lint_text(HTML, path="story.html", rules=pack_rules)
    assert [HTML[f.location.start:f.location.end] for f in findings] == ["conceded", "gloated"]


def test_plain_text_paragraphs_one_per_line_or_blank_separated():
    one_per_line = "First sentence here.\nSecond one here.\n"
    assert len(read_document(one_per_line, "a.txt").paragraphs) == 2
    wrapped = "A paragraph that is wrapped\nover two lines.\n\nAnother paragraph.\n"
    assert len(read_document(wrapped, "a.txt").paragraphs) == 2


def test_quote_spans_continue_over_paragraphs():
    text = "“This is the first part,\n\n“and this is the second,” she said.\n"
    doc = read_document(text, "a.txt")
    assert doc.in_quote(text.index("first"), text.index("first") + 5)
    assert doc.in_quote(text.index("second"), text.index("second") + 6)
    assert not doc.in_quote(text.index("she"), text.index("she") + 3)


def test_in_quote_answers_as_a_walk_over_every_quotation_would():
    """in_quote looks the quotations up by start: the answers must be those of checking each
    quotation in turn, for every span of a text with several quotations and a nested one."""
    text = ('He said "one, two" and then "three".\n\n'
            '“A long one ‘with a nested’ part,” she said. “Last”\n')
    doc = read_document(text, "a.txt")
    spans = doc.quote_spans
    assert len(spans) >= 3
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 40) + 1):
            walked = any(s <= start and end <= e for s, e in spans)
            assert doc.in_quote(start, end) is walked, (start, end)
    assert not read_document("No quotations here.\n", "a.txt").in_quote(3)


def test_british_single_quotes_are_quotations_but_apostrophes_are_not():
    text = "She called it ‘a farce’ and said the players’ union won’t ‘back down’.\n"
    doc = read_document(text, "a.txt")
    assert [text[s:e] for s, e in doc.quote_spans] == ["‘a farce’", "‘back down’"]
    assert read_document("The ‘90s were loud.\n", "a.txt").quote_spans == []


@pytest.mark.parametrize(
    "source, text",
    [
        ("<p>Before</p><![bogus]>After", "Before\n\nAfter"),  # a bogus comment, as a browser reads it
        ("Shown <![alt](img.png) on", "Shown <![alt](img.png) on"),  # never closed: kept as text
    ],
)
def test_html_malformed_marked_section_is_read_not_raised(source, text):
    doc = read_document(source, "x.html", "html")
    assert doc.text.strip() == text
    for i, ch in enumerate(doc.text):
        s, _ = doc.source_span(i, i + 1)
        if ch.strip():
            assert doc.source[s] == ch
