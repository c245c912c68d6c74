"""Page furniture reported as blocks: the rules over ``attrlint.furniture``'s analysis.

* ``debris.scrape-prefix``: " date 2021-03-17 " written in front of the text by a scraper.
* ``debris.run-in-tag``: a distributor's tag ("(MENAFN)") or a desk byline ("Our reporter/")
  in front of the story's first words.
* ``debris.page-furniture``: a block of lines that are not story text (section labels,
  time stamps, bylines, toolbars, repeated headlines, captions, tag lists, CMS slugs,
  shortcodes, syndication and press-release boilerplate), one finding per block.
* ``debris.spliced-headline``: the headline of another story between two paragraphs
  (a related link or a spliced item); it needs the tagger to see a headline's verb.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ..data import load_data
from ..document import Document
from ..finding import Finding, Severity
from ..furniture import analyse
from ..furniture import patterns as P
from ..furniture import widgets
from ..furniture.caption_box import CREDIT_FAMILIES, caption_above
from ..furniture.html import inside_html_element
from ..furniture.shape import HEADING, PROSE, Line
from ..furniture.story_lines import points_label
from ..rule import BaseRule
from ..ordering import longest_first

_WHAT = {
    "interface": "buttons and widgets",
    "section label": "a section label",
    "time stamp": "a time stamp",
    "byline": "a byline",
    "name": "an author or photo label",
    "repeated headline": "a repeated headline",
    "doubled line": "a heading or stamp printed twice in one line",
    "caption": "a photo caption",
    "alt text": "an image's alt text",
    "picture credit": "a picture credit",
    "tag list": "a tag list",
    "slug": "a CMS slug or editor's initials",
    "shortcode": "an unexpanded CMS shortcode",
    "syndication note": "a syndication note",
    "wire note": "the wire's note on what this version of the story changed",
    "press-release boilerplate": "press-release boilerplate",
    "promotion": "the website's promotion",
    "site banner": "a site banner",
    "counter": "a page counter",
    "distributor": "a distributor header",
    "ticker": "a ticker slug",
    "related links": "related-story links",
    "post metadata": "the post's categories and tags",
    "teaser": "teasers of other stories",
    "link": "a bare link",
    "link spam": "link-farm spam",
    "site name": "the site's name",
    "publisher line": "the publisher's credit or widget",
    "reading time": "a time stamp with a reading time",
    "page after the story": "the page after the copyright line",
    "comment form": "a comment form",
    "page stamp": "the page's published/updated stamp",
    "date line": "the page's date under the story",
    "author box": "an author box",
    "follow widget": "a follow-us widget",
    "handle": "a social-media handle",
    "embedded post": "an embedded post's credit and buttons",
    "markup": "what is left of an HTML tag",
    "page code": "the page's program code, a script or style sheet",
    "image file": "a photo's file name",
    "advert": "an ad slot's label",
    "dead embed": "an embed that no longer loads",
    "highlights": "a highlights box's label",
    "video": "a video player's title and running time",
    "share buttons": "share buttons",
    "disclosure": "an affiliate or sponsor disclosure",
    "form": "a form's fields",
    "price buttons": "a shop's price buttons",
    "navigation": "the site's menu",
    "contents": "a table of contents",
    "caption toggle": "a photo's caption switch",
    "landmark": "a screen reader's label for the site's menu",
    "player": "an audio or video player",
    "gallery": "a photo gallery's promotion",
    "correction prompt": "the page's prompt to report a mistake",
    "editor credit": "the web editor's credit",
    "source link": "an aggregator's link to the story it copied",
    "appeal": "the site's appeal for donations",
    "source credit": "the copied story's source credit",
    "release tail": "an aggregator's disclaimer under a release",
    "topic line": "the page's topic line of hashtags",
    "forum user": "a forum's member widget",
    "contact address": "the site's contact address",
    "foreign script": "a line in another script (an untranslated headline or the site's name)",
}


class _LeadLeftover(BaseRule):
    """A leftover written in front of the story's first words: one span, found by the
    furniture analysis, to be deleted. Subclasses say which span and what it is."""

    category = "debris"
    severity = Severity.WARNING
    #: a safe fix (delete the span) in plain text
    fixable = False

    def lead(self, doc: Document) -> tuple[int, int, str] | None:
        """(start, end, what it is) of the leftover, or None."""
        raise NotImplementedError

    def check(self, doc: Document) -> Iterator[Finding]:
        found = self.lead(doc)
        if found is None:
            return
        s, e, what = found
        if doc.in_quote(s, e):
            return
        yield self.finding(
            doc, s, e,
            f"“{doc.text[s:e].strip()}” in front of the {what}, not part of the story: delete it.",
            suggestions=["delete it"], fix="" if self.fixable and doc.format == "text" else None,
        )


class ScrapePrefix(_LeadLeftover):
    """A metadata prefix (" date 2021-03-17 ") that a scraper wrote before the first word."""

    id = "debris.scrape-prefix"
    description = "Scrape metadata written in front of the text (' date 2021-03-17 ')."
    fixable = True

    def lead(self, doc: Document) -> tuple[int, int, str] | None:
        a = analyse(doc)
        if a.prefix is None:
            return None
        return a.prefix[0], a.prefix[1], "text is scrape metadata"


_TAG_WHAT = {
    "distributor": "first words is a syndication distributor's tag (credit the original outlet in "
                   "the copy if needed)",
    "byline": "first words is a desk byline (the CMS's author field)",
    "author": "first words is the author's byline run into the dateline (the CMS's author field)",
    "stamp": "first words is the web page's date stamp, section, share button and byline",
    "breadcrumb": "headline is the web page's breadcrumb trail (its place in the site's sections)",
    "section": "headline is the web page's section label, run into it",
}


class RunInTag(_LeadLeftover):
    """A syndication distributor's tag or a byline in front of the story's first words:
    left by the feed or the CMS, it reads as part of the lead ("(MENAFN) The minister …",
    "Our reporter/ The minister …", "Jane Doe Lagos: The minister …")."""

    id = "debris.run-in-tag"
    description = ("A distributor's tag ('(MENAFN)'), a desk byline ('Our reporter/') or an author's "
                   "name run into the copy's dateline.")

    def lead(self, doc: Document) -> tuple[int, int, str] | None:
        a = analyse(doc)
        if a.tag is None:
            return None
        s, e, kind = a.tag
        return s, e, _TAG_WHAT[kind]


class PageFurniture(BaseRule):
    """Lines around or inside the story that are the page's furniture, found by their shape
    and merged into blocks so that a ten-line box is one finding (and one deletion)."""

    id = "debris.page-furniture"
    category = "debris"
    severity = Severity.WARNING
    description = ("A block of page furniture: section labels, time stamps, bylines, toolbars, repeated "
                   "headlines, captions, tag lists, CMS slugs and shortcodes, syndication notes.")

    def check(self, doc: Document) -> Iterator[Finding]:
        a = analyse(doc)
        if a.title_suffix is not None:
            s, e = a.title_suffix
            label = doc.text[s:e].strip(" \t|–—-")
            yield self.finding(
                doc, s, e,
                f"“{label}” after the headline is the web page's site or section name, not part of the "
                "headline: delete it.",
                suggestions=["delete it"],
            )
        for s, e, family in a.trailing or []:
            if doc.in_quote(s, e):
                continue
            yield self.finding(
                doc, s, e,
                f"This sentence is {_WHAT[family]} set into the paragraph, not part of the story: delete it.",
                suggestions=["delete the sentence"],
            )
        for b in a.blocks:
            if len(b.lines) == 1 and (_single_reported(b.lines[0]) or points_label(a.lines, b.lines[0])):
                continue  # reported by a line-level rule, or the story's crosshead over its points
            if doc.format == "html" and _in_figcaption(doc, b.start):
                continue
            if doc.in_quote(b.start, b.end):
                continue  # quoted words are the speaker's, whatever they look like
            start, top = b.start, b.lines[0]
            above = caption_above(a.lines, top) if top.family in CREDIT_FAMILIES else None
            if above is not None:
                if a.block_at(above.start) is not None:
                    continue  # the credit of a caption reported in its own block: one finding a box
                start, top = above.start, above  # the box starts at the caption over its credit
            what = ", ".join(_WHAT.get(f, f) for f in b.families) or "page furniture"
            if above is not None and "caption" not in b.families:
                what = "a photo caption, " + what
            if b.why:  # found by the line model: say what shape gave the lines away
                what = "shaped like the page's furniture, not like the story's lines: " + ", ".join(b.why)
            first, last = top.n + 1, b.lines[-1].n + 1
            where = f"Lines {first}–{last} are" if last > first else "This line is"
            safe = b.only_strong_patterns and doc.format == "text"
            yield self.finding(
                doc, start, b.end,
                f"{where} page furniture ({what}), not part of the story: delete "
                f"{'the block' if last > first else 'the line'}.",
                suggestions=["delete the block" if last > first else "delete the line"],
                evidence=f"lines {first}–{last}" if last > first else None,
                fix="" if safe else None,
            )


def _single_reported(ln: Line) -> bool:
    """A lone line that a line-level rule reports already: a widget or pack phrase, a
    caption credit, a long repeated headline (debris.repeated-sentence)."""
    if P.IMAGE_CREDIT.match(ln.text):
        return False  # "TwitterImage copyrightTWITTER": run together, the caption rule cannot see it
    if widgets.reported_elsewhere(ln.text):
        return True
    return ln.family == "repeated headline" and len(P.WORD.findall(ln.text)) >= 8


def _in_figcaption(doc: Document, pos: int) -> bool:
    return inside_html_element(doc, pos, "figcaption")


_WH = regex.compile(r"(?i)^[ \t]*(?:how|what|why|where|when|who|which|whose)\b")


class SplicedHeadline(BaseRule):
    """A headline-shaped line (no end punctuation, a headline's present-tense verb) sitting
    between two paragraphs: a related-story link or another item spliced into the copy.
    Crossheads are left alone: they are short (under eight words), questions, or have no verb,
    and a text with three or more headline-like lines between paragraphs uses crossheads."""

    id = "debris.spliced-headline"
    category = "debris"
    severity = Severity.WARNING
    description = "The headline of another story between two paragraphs (a related link or a spliced item)."
    needs = frozenset({"tagger"})

    def check(self, doc: Document) -> Iterator[Finding]:
        a = analyse(doc)
        lines = [ln for ln in a.lines if ln.text.strip()]
        if _hard_wrapped(lines):
            return
        between = [i for i in range(1, len(lines) - 1)
                   if lines[i].kind == HEADING and _ends_paragraph(lines[i - 1]) and _starts_paragraph(lines[i + 1])]
        if len(between) >= 3:
            return  # a text written with crossheads: its headline-like lines are its own
        for i in between:
            ln = lines[i]
            if not self._headline_shaped(ln):
                continue
            if doc.in_quote(ln.start, ln.end) or _labelled(ln.text) or not self._headline_verb(doc, ln):
                continue  # a labelled link ('READ ALSO: …') is debris.link-label's finding
            if _introduces(ln.text, lines[i + 1].text):
                continue  # a roundup's crosshead: the paragraph under it opens on its names
            yield self.finding(
                doc, ln.start, ln.end,
                "This line reads as the headline of another story (a related link or a spliced item) "
                "between two paragraphs: delete it, or make it a sentence if it belongs to the story.",
                suggestions=["delete the line"],
            )

    @staticmethod
    def _headline_shaped(ln: Line) -> bool:
        t = ln.text.strip()
        n = len(P.WORD.findall(t))
        return (ln.kind == HEADING and 8 <= n <= 20 and not _WH.match(t) and not P.BULLET.match(t)
                and not t.isupper() and t[:1].isupper())

    @staticmethod
    def _headline_verb(doc: Document, ln: Line) -> bool:
        span = doc.spacy.char_span(ln.start, ln.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        if span[0].tag_ in ("DT", "PRP", "PRP$", "CC", "IN"):
            return False  # a sentence that lost its full stop, not a headline
        return any(t.tag_ in ("VBZ", "VBP") for t in span)


@lru_cache(maxsize=1)
def _label_re() -> regex.Pattern:
    labels = load_data("debris.toml")["label-line"]["labels"]
    alt = "|".join(regex.escape(x).replace("'", "['’]").replace(r"\ ", r"[ \t]+") for x in sorted(labels, key=longest_first))
    return regex.compile(rf"^[ \t]*(?:{alt})[ \t]*(?::|»|>>|›|\|)")


def _labelled(text: str) -> bool:
    """A line that a link label opens ('READ ALSO: Council issues …')."""
    return bool(_label_re().match(text))


#: a capitalised word of a line after its first (the names a headline is about)
_NAME_WORD = regex.compile(r"(?<=\S[ \t]+)\p{Lu}[\p{L}-]+")


def _introduces(heading: str, below: str) -> bool:
    """"Nkunku's move to Bayern stalls" over "Talks between Bayern Munich and Chelsea over
    Christopher Nkunku …": two names or more of the heading, every one of them in the first
    sentence of the paragraph under it. A roundup's crosshead, not another story's headline."""
    names = {m.group(0) for m in _NAME_WORD.finditer(heading)}
    names |= {w for w in P.WORD.findall(heading)[:1] if w[:1].isupper() and w not in ("The", "A", "An")}
    first = regex.split(r"(?<=[.!?])[ \t]", below, maxsplit=1)[0]
    words = set(P.WORD.findall(first))
    return len(names) >= 2 and all(n in words or n.rstrip("s’'") in words for n in names)


def _ends_paragraph(ln: Line) -> bool:
    return ln.kind == PROSE and bool(regex.search(r"[.!?…][\"”’')\]]*[ \t]*$", ln.text))


def _starts_paragraph(ln: Line) -> bool:
    t = ln.text.lstrip()
    return ln.kind in (PROSE, HEADING) and len(P.WORD.findall(t)) >= 5 and (t[:1].isupper() or t[:1] in "\"“‘")


def _hard_wrapped(lines: list[Line]) -> bool:
    """Text broken at a fixed width: most long lines end without punctuation."""
    long_lines = [ln for ln in lines if len(ln.text.strip()) >= 50]
    if len(long_lines) < 4:
        return False
    open_ = sum(not P.END_PUNCT.search(ln.text.strip()) for ln in long_lines)
    return open_ * 10 >= 3 * len(long_lines)


def rules():
    return [ScrapePrefix(), RunInTag(), PageFurniture(), SplicedHeadline()]
