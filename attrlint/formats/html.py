"""HTML via the standard library's HTMLParser, which reports where each piece starts.

Text nodes are mapped character for character; character references map as a whole.
Block elements break paragraphs. Scripts, styles and the head are not linted; <code>
and <pre> text stays in the text but findings inside it are dropped. Publication dates
come from the usual <meta> tags.
"""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

from ..document import Document
from ..offsets import TextBuilder

BLOCK_TAGS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
    "section", "article", "header", "footer", "aside", "figure", "figcaption", "table",
    "tr", "td", "th", "dd", "dt", "hr", "main", "nav", "title", "body", "form",
}
HIDDEN_TAGS = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
CODE_TAGS = {"code", "pre", "kbd", "samp"}
DATE_META = {
    "article:published_time", "og:published_time", "date", "pubdate", "publishdate",
    "dc.date", "dc.date.issued", "dcterms.created", "datepublished", "sailthru.date",
    "parsely-pub-date", "publication_date",
}
_REF_END = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


class _Reader(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
        self.builder = TextBuilder()
        self.paragraphs: list[tuple[int, int]] = []
        self.skip_spans: list[tuple[int, int]] = []
        self.metadata: dict[str, Any] = {}
        self.hidden = 0
        self.code = 0
        self.code_start = 0
        self.para_start = 0

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """A malformed ``<![...`` (not CDATA or a known keyword) makes the standard parser
        raise; a browser reads it as a bogus comment up to the next ``>``, and so do we."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            j = self.rawdata.find(">", i + 3)
            return -1 if j < 0 else j + 1

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _break(self) -> None:
        end = len(self.builder)
        if end > self.para_start:
            self.paragraphs.append((self.para_start, end))
            self.builder.add_synthetic("\n\n")
        self.para_start = len(self.builder)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in DATE_META and a.get("content") and "published_time" not in self.metadata:
                self.metadata["published_time"] = a["content"]
                self.metadata["published_time_source"] = f"meta {key}"
            if key == "og:url" and a.get("content"):
                self.metadata.setdefault("url", a["content"])  # its path may hold the date
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.metadata.setdefault("url", a["href"])
        if tag == "time" and a.get("datetime") and "published_time" not in self.metadata:
            self.metadata["published_time"] = a["datetime"]
            self.metadata["published_time_source"] = "time element"
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in CODE_TAGS:
            if self.code == 0:
                self.code_start = len(self.builder)
            self.code += 1
        if tag in BLOCK_TAGS:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if tag in HIDDEN_TAGS:
            self.hidden -= 1
        elif tag in CODE_TAGS:
            self.code -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in CODE_TAGS and self.code:
            self.code -= 1
            if self.code == 0:
                self.skip_spans.append((self.code_start, len(self.builder)))
        if tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        start = self._offset()
        if self.source.startswith(data, start):
            self.builder.add(data, start)
        else:  # should not happen; keep the text rather than lose it
            self.builder.add_synthetic(data)

    def _ref(self) -> None:
        if self.hidden:
            return
        start = self._offset()
        m = _REF_END.match(self.source, start)
        if not m:
            return
        self.builder.add(unescape(m.group(0)), start, m.end())

    def handle_entityref(self, name: str) -> None:
        self._ref()

    def handle_charref(self, name: str) -> None:
        self._ref()


def read_html(source: str, path: str = "<text>", **kw: Any) -> Document:
    reader = _Reader(source)
    reader.feed(source)
    reader.close()
    reader._break()
    text, offsets = reader.builder.build()
    doc = Document(
        path=path, source=source, text=text, offsets=offsets, format="html",
        metadata=reader.metadata, paragraphs=reader.paragraphs, **kw,
    )
    doc.skip_spans = reader.skip_spans
    return doc
