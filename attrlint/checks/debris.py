"""Debris: scraping and CMS leftovers that need the document's structure to be seen.

Phrases that are debris anywhere ("Exit mobile version") live in the TOML pack
``rules/packs/debris.toml``. The rules here need more than a word list:

* ``debris.widget-line``: words that are ordinary prose ("Share", "Read more",
  "Related") but debris when they make up a line of their own, or trail a paragraph.
* ``debris.link-label``: "READ MORE: …" labels that introduce a cross-promoted link.
* ``debris.photo-caption``: caption text and picture credits in the body; in HTML a
  ``<figcaption>`` is where they belong, so they are left alone there.
* ``debris.html-markup``: HTML tags and entities left in text that is not HTML.
* ``debris.repeated-sentence`` (``repeats.py``): a headline or sentence repeated verbatim,
  as happens when a page is scraped with its headline twice or a paragraph is pasted twice.
"""
from __future__ import annotations

import html.entities
from typing import Iterator

import regex

from ..data import load_data
from ..document import Document
from ..finding import Finding, Severity
from ..furniture import Analysis, Line
from ..furniture import analyse as furniture_analysis
from ..furniture import widgets
from ..furniture.caption_box import caption_above, credit_only
from ..furniture.html import inside_html_element
from ..rule import BaseRule, ExistenceRule
from . import debris_cards, debris_ids, debris_runin_headline, debris_script, furniture
from .repeats import RepeatedSentence, overlaps_quote

_BULLETS = widgets.BULLETS
_alternation = widgets.alternation


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line in ``text``, without the line break (CRLF too)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line.rstrip("\r"))
        pos += len(line) + 1


class WidgetLine(BaseRule):
    """Interface words that make up a whole line: buttons and section headings of the page
    the text was scraped from. In a sentence the same words are prose, so they are left alone."""

    id = "debris.widget-line"
    category = "debris"
    severity = Severity.WARNING
    description = "A line made only of share buttons, navigation or section labels ('Share.', 'Read more', 'Related articles')."

    def __init__(self) -> None:
        m = widgets.matcher()
        self._line, self._trailing = m.line, m.trailing

    def check(self, doc: Document) -> Iterator[Finding]:
        for start, end in _lines(doc.text):
            line = doc.text[start:end]
            if not line.strip():
                continue
            m = self._line.match(line)
            if m and self._counts(m.group("body")) and not _link_label().match(line):
                s, e = start + m.start("body"), start + m.end("body")
                if not overlaps_quote(doc, s, e):
                    yield self.finding(
                        doc, s, e,
                        f"“{m.group('body')}” is a leftover page widget (share buttons, navigation or a "
                        "section label), not part of the story: delete the line.",
                        suggestions=["delete the line"],
                    )
                continue
            t = self._trailing.search(line)
            if t and not overlaps_quote(doc, start + t.start(), start + t.end()):
                yield self.finding(
                    doc, start + t.start(), start + t.end(),
                    f"“{t.group(0).strip()}” after the last sentence is a leftover page widget: delete it.",
                    suggestions=["delete it"],
                )

    def _counts(self, body: str) -> bool:
        return widgets.matcher().counts(body)


def _link_label():
    """The link-label rule's pattern: a line it reports ('>> Read more trending news') is
    one finding, not a widget line too."""
    global _LINK_LABEL
    if _LINK_LABEL is None:
        _LINK_LABEL = LinkLabel()._re
    return _LINK_LABEL


_LINK_LABEL = None


class LinkLabel(BaseRule):
    """'READ MORE: <headline of another story>' is a cross-promotion block from the web page."""

    id = "debris.link-label"
    category = "debris"
    severity = Severity.WARNING
    description = "A 'READ MORE:' / 'RELATED:' label introducing a link to another story."

    def __init__(self) -> None:
        labels = _case_forms(load_data("debris.toml")["label-line"]["labels"])
        one = _alternation(labels)
        # two labels in one: "MORE/VIDEO: …", "Watch & Listen: …"
        compound = rf"(?:{one})(?:[ \t]*[/&][ \t]*(?:{one}))*"
        self._re = regex.compile(
            rf"(?m)^[ \t]*(?:{_BULLETS}[ \t]*)?(?P<label>{compound}[ \t]*(?::|»|>>|›|\|))[ \t]*(?=\S)|"
            # after an arrow marker the label needs no colon: ">> Read more trending news"
            rf"^[ \t]*(?:>>|»|►|▶)[ \t]*(?P<label>(?:{_alternation(labels)}))(?=[ \t]+\S)|"
            # a title-case label run into the linked headline: "Read More Storm closes port"
            r"^[ \t]*(?P<label>Read More|READ MORE|Also Read|ALSO READ|Read Also|READ ALSO|See Also|SEE ALSO)"
            r"(?=[ \t]+[A-Z0-9“\"‘])|"
            # inside a paragraph a scrape joined, after a sentence: "… he said. READ MORE: Harbour
            # Pier Closes Again The minister …" (the label with its colon; the headline's end is unknown)
            r"(?<=[.!?”\"’)][ \t]{1,3})(?P<label>(?:Read more|READ MORE|Read More|See also|SEE ALSO|See Also|"
            r"Also read|ALSO READ|Also Read|Read also|READ ALSO|Read Also)[ \t]*:)(?=[ \t]*[A-Z0-9‘“\"'])",
            regex.M,
        )

    def check(self, doc: Document) -> Iterator[Finding]:
        head = len(doc.text) - len(doc.text.lstrip())  # where the first line with text starts
        for m in self._re.finditer(doc.text):
            s, e = m.span("label")
            if doc.in_quote(s, e):
                continue
            if s - head <= 2 and _MEDIA_PREFIX.fullmatch(m.group("label").rstrip(" \t:»>|›")):
                continue  # "WATCH: Minister …" on the first line: the headline's prefix for a video story
            yield self.finding(
                doc, s, e,
                f"“{m.group('label')}” introduces a link to another story, left over from the web page: "
                "delete the label and the linked headline.",
                suggestions=["delete the line"],
            )


def _case_forms(labels: list[str]) -> list[str]:
    """Each label as a site may print it: as listed, in capitals, in title case ("Read Also")
    and with only its first word capitalised ("Also read")."""
    forms = set()
    for label in labels:
        forms.update({label, label.upper(), label.title(), label[:1].upper() + label[1:].lower()})
    return sorted(forms)


#: labels that also open a headline of a video or audio story ("WATCH: …", "LISTEN: …")
_MEDIA_PREFIX = regex.compile(r"(?i)watch|listen|video")


class PhotoCaption(BaseRule):
    """'File image shows …', 'Photo: … /Reuters', 'Getty Images': a caption or credit that
    a scraper or a paste pulled into the body text."""

    id = "debris.photo-caption"
    category = "debris"
    severity = Severity.WARNING
    description = "Photo captions and picture credits left in the body text ('File image shows', 'Getty Images')."

    def __init__(self) -> None:
        data = load_data("debris.toml")["photo-caption"]
        self._words = ExistenceRule(
            id=self.id, category=self.category, phrases=data["phrases"], patterns=data["patterns"],
            ignore_case=False,
        )

    def check(self, doc: Document) -> Iterator[Finding]:
        # one finding a line (a credit naming two agencies is one credit), started at the
        # caption when the credit sits under it: the box an editor deletes
        by_line: dict[int, list] = {}
        for m in self._words.matches(doc):
            if doc.format == "html" and inside_html_element(doc, m.start(), "figcaption"):
                continue
            by_line.setdefault(doc.text.count("\n", 0, m.start()), []).append(m)
        if not by_line:
            return
        a = furniture_analysis(doc)
        for n, ms in sorted(by_line.items()):
            s, e = ms[0].start(), ms[-1].end()
            words = "”, “".join(dict.fromkeys(m.group(0) for m in ms))
            above = self._caption(a, n, e)
            if above is not None and a.block_at(above.start) is not None:
                continue  # the caption's block is reported already: one finding a box
            if above is None:
                yield self.finding(
                    doc, s, e,
                    f"Photo caption or credit “{words}” left in the copy: delete it or move it to the caption field.",
                    suggestions=["delete it", "move it to the caption"],
                )
                continue
            yield self.finding(
                doc, above.start, e,
                f"Lines {above.n + 1}–{n + 1} are a photo caption and its credit “{words}” left in the copy: "
                "delete them or move them to the caption field.",
                suggestions=["delete the caption and credit", "move them to the caption"],
                evidence=f"lines {above.n + 1}–{n + 1}",
            )

    @staticmethod
    def _caption(a: Analysis, n: int, end: int) -> Line | None:
        """The caption line over line ``n``'s credit, when the credit is the line or ends it."""
        if n >= len(a.lines):
            return None
        ln = a.lines[n]
        if not (credit_only(ln.text) or end >= ln.start + len(ln.text.rstrip()) - 2):
            return None
        return caption_above(a.lines, ln)


_TAG_NAMES = (
    "p|div|span|strong|em|b|i|u|s|a|br|hr|h[1-6]|ul|ol|li|blockquote|img|figure|figcaption|"
    "iframe|script|style|table|thead|tbody|tr|td|th|section|article|header|footer|nav|aside|"
    "small|sup|sub|center|font|noscript|button|input|form|label|source|video|audio|picture|"
    "meta|link|caption|cite|q|mark|del|ins|pre|code|abbr|time"
)
_TAG = rf"</?(?:{_TAG_NAMES})(?:\s[^<>\n]{{0,300}})?\s*/?>"
_ENTITY = r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"


class HtmlMarkup(BaseRule):
    """Tags and entities in text that is not HTML are markup from a copy-paste or a
    broken export; readers see them literally."""

    id = "debris.html-markup"
    category = "debris"
    severity = Severity.WARNING
    description = "HTML tags (<p><strong>) or entities (&nbsp;) left in the text."

    _tags = regex.compile(rf"{_TAG}(?:[ \t]*{_TAG})*", regex.I)
    _entities = regex.compile(_ENTITY)
    # what is left of a tag whose start was cut: 'src="" class="wp-post-image" alt="…" />'
    _attrs = regex.compile(
        r'(?:\b(?:src|class|alt|href|width|height|style|decoding|loading|srcset|sizes|title|id|'
        r'data-[a-z-]{1,30})="[^"\n]{0,300}"[ \t]*){2,}/?>?'
    )
    # an entity that lost its ampersand or was escaped twice: ",quot;", "&amp;quot;"
    _broken_entities = regex.compile(
        r"&amp;(?:quot|apos|amp|nbsp|#0?39|#82(?:1[6-9]|2[01]));|"
        r"(?<![&\w])(?:quot|nbsp|apos|rsquo|lsquo|rdquo|ldquo|ndash|mdash|hellip|#0?39|#82(?:1[6-9]|2[01]));"
    )

    # what a stripped link leaves in brackets: an exchange ticker whose symbol was the link's
    # text ("(NYSE:)", "(CMCU3: )"), a wire's pointer to a graphic or a logo, its address kept
    # ("(Graphic: http://…)", "(Logo:\nhttp://… )"). Rows in fresh29, fresh30, fresh31 (stop 31)
    _link_remnants = regex.compile(
        r"\((?:[A-Z][A-Za-z0-9.]{1,11}:[ \t]*|(?:Graphic|Graphics|Logo|Photo|Photos|Video|Chart|Map|"
        r"Interactive|Factbox|Image)[ \t]*:[ \t\n]*https?://[^\s()]{1,300}[ \t\n]*)\)"
    )

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self._link_remnants.finditer(doc.text):
            empty = "http" not in m.group(0)
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{' '.join(m.group(0).split())}” is what a stripped link left in the copy"
                + (" (the ticker's symbol was the link): add the symbol or delete the brackets."
                   if empty else " (a pointer to a graphic or a logo on the web page): delete it."),
                suggestions=["delete it"],
            )
        for m in self._tags.finditer(doc.text):
            yield self.finding(
                doc, m.start(), m.end(),
                f"Stray HTML markup “{m.group(0)}” in the text: delete the tags (keep the words they wrap).",
                suggestions=["delete the tags"],
            )
        for m in self._attrs.finditer(doc.text):
            yield self.finding(
                doc, m.start(), m.end(),
                "HTML attributes left from a broken tag in the text: delete them.",
                suggestions=["delete them"],
            )
        broken = []
        for m in self._broken_entities.finditer(doc.text):
            broken.append(m.span())
            body = m.group(0).removeprefix("&amp;")
            char = _decode_entity("&" + body)
            shown = f"“{char}”" if char and char.strip() else "the character it stands for"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}” is a broken HTML entity (its ampersand lost or escaped twice): "
                f"replace it with {shown}.",
                suggestions=[char] if char and char.strip() else [],
            )
        for m in self._entities.finditer(doc.text):
            if any(s <= m.start() < e for s, e in broken):
                continue
            char = _decode_entity(m.group(0))
            if char is None:
                continue
            shown = {"\u00a0": "a space", " ": "a space"}.get(char, f"“{char}”")
            yield self.finding(
                doc, m.start(), m.end(),
                f"Stray HTML entity “{m.group(0)}” in the text: replace it with {shown}.",
                suggestions=[" " if char == "\u00a0" else char],
                # in plain text the replacement is exact; in Markdown/HTML the span maps to
                # escaped source, so a human should look
                fix=(" " if char == "\u00a0" else char) if doc.format == "text" else None,
            )


def _decode_entity(entity: str) -> str | None:
    body = entity[1:-1]
    try:
        if body.startswith(("#x", "#X")):
            return chr(int(body[2:], 16))
        if body.startswith("#"):
            return chr(int(body[1:]))
    except (ValueError, OverflowError):
        return None
    return html.entities.html5.get(body + ";")


# --- repeated sentences ------------------------------------------------------------------
def rules():
    return [WidgetLine(), LinkLabel(), PhotoCaption(), HtmlMarkup(), RepeatedSentence(), *furniture.rules(),
            *debris_script.rules(), *debris_ids.rules(), *debris_cards.rules(), *debris_runin_headline.rules()]
