"""Debris: scraping and CMS leftovers that need the document's structure to be seen.

Phrases that are debris anywhere ("Exit mobile version") live in the TOML pack
``rules/packs/debris.toml``. The rules here need more than a word list:

* ``debris.widget-line``: words that are ordinary prose ("Share", "Read more",
  "Related") but debris when they make up a line of their own, or trail a paragraph.
* ``debris.link-label``: "READ MORE: …" labels that introduce a cross-promoted link.
* ``debris.photo-caption``: caption text and picture credits in the body; in HTML a
  ``<figcaption>`` is where they belong, so they are left alone there.
* ``debris.html-markup``: HTML tags and entities left in text that is not HTML.
* ``debris.repeated-sentence``: a headline or sentence repeated verbatim, as happens
  when a page is scraped with its headline twice or a paragraph is pasted twice.
"""
from __future__ import annotations

import bisect
import html.entities
from typing import Iterator

import regex

from ..data import load_data
from ..document import Document
from ..finding import Finding, Severity
from ..furniture import widgets
from ..furniture.html import inside_html_element
from ..rule import BaseRule, ExistenceRule
from . import furniture

_BULLETS = widgets.BULLETS
_alternation = widgets.alternation


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line in ``text``, without the line break (CRLF too)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line.rstrip("\r"))
        pos += len(line) + 1


def _overlaps_quote(doc: Document, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in doc.quote_spans)


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
                if not _overlaps_quote(doc, s, e):
                    yield self.finding(
                        doc, s, e,
                        f"“{m.group('body')}” is a leftover page widget (share buttons, navigation or a "
                        "section label), not part of the story: delete the line.",
                        suggestions=["delete the line"],
                    )
                continue
            t = self._trailing.search(line)
            if t and not _overlaps_quote(doc, start + t.start(), start + t.end()):
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
        labels = load_data("debris.toml")["label-line"]["labels"]
        self._re = regex.compile(
            rf"(?m)^[ \t]*(?:{_BULLETS}[ \t]*)?(?P<label>(?:{_alternation(labels)})[ \t]*(?::|»|>>|›|\|))[ \t]*(?=\S)|"
            # after an arrow marker the label needs no colon: ">> Read more trending news"
            rf"^[ \t]*(?:>>|»|►|▶)[ \t]*(?P<label>(?:{_alternation(labels)}))(?=[ \t]+\S)|"
            # a title-case label run into the linked headline: "Read More Storm closes port"
            r"^[ \t]*(?P<label>Read More|READ MORE|Also Read|ALSO READ|Read Also|READ ALSO|See Also|SEE ALSO)"
            r"(?=[ \t]+[A-Z0-9“\"‘])",
            regex.M,
        )

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self._re.finditer(doc.text):
            s, e = m.span("label")
            if doc.in_quote(s, e):
                continue
            yield self.finding(
                doc, s, e,
                f"“{m.group('label')}” introduces a link to another story, left over from the web page: "
                "delete the label and the linked headline.",
                suggestions=["delete the line"],
            )


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
        for m in self._words.matches(doc):
            if doc.format == "html" and inside_html_element(doc, m.start(), "figcaption"):
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"Photo caption or credit “{m.group(0)}” left in the copy: delete it or move it to the caption field.",
                suggestions=["delete it", "move it to the caption"],
            )


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

    def check(self, doc: Document) -> Iterator[Finding]:
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
_WORD = regex.compile(r"[\w]+(?:['’][\w]+)*")
_SENTENCE_END = regex.compile(r"(?<=[.!?…])[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_KEY_WORDS = 4


class RepeatedSentence(BaseRule):
    """A headline or sentence that appears twice: a scraper caught the headline twice, or
    an editor pasted a paragraph twice. Short sentences and quotations are left alone
    (a quote may fairly be repeated, and "He declined to comment." is a formula)."""

    id = "debris.repeated-sentence"
    category = "debris"
    severity = Severity.WARNING
    description = "A headline or sentence repeated verbatim in the same document (the second copy is flagged)."

    def check(self, doc: Document) -> Iterator[Finding]:
        min_words = int(self.options(doc).get("min-words", 8))
        words = [(m.start(), m.end(), m.group(0).replace("’", "'").lower()) for m in _WORD.finditer(doc.text)]
        if len(words) < 2 * min_words:
            return
        repeats = self._repeats(doc, words, min_words)
        teasers: set[tuple[int, int]] = set()
        for s, e, first in _merge_adjacent(doc.text, repeats):
            teaser = _cut_teaser(doc.text, words, first, s) or _lifted_line(doc.text, words, first, s, e)
            if teaser is not None:
                if teaser not in teasers:
                    teasers.add(teaser)
                    yield self._teaser_finding(doc, teaser, s)
                continue
            line = doc.line_index.line_col(doc.source_span(first, first)[0])[0]
            yield self.finding(
                doc, s, e,
                f"This repeats, word for word, text already on line {line}: delete the repeat "
                "(or rewrite it if both places need the point).",
                suggestions=["delete the repeat"],
                evidence=f"first occurrence on line {line}",
            )

    def _teaser_finding(self, doc: Document, teaser: tuple[int, int], full: int) -> Finding:
        line = doc.line_index.line_col(doc.source_span(full, full)[0])[0]
        return self.finding(
            doc, teaser[0], teaser[1],
            f"This is the page's teaser, summary or caption of the story: its text is given in full on "
            f"line {line}: delete it here.",
            suggestions=["delete the teaser"],
            evidence=f"full text on line {line}",
        )

    def _repeats(self, doc: Document, words, min_words: int) -> list[tuple[int, int, int]]:
        """(start, end, start of the first occurrence) of every later copy of a sentence:
        an earlier sentence found again (alone or inside a longer one), and a later
        sentence that was already part of an earlier, longer one."""
        norm = [w[2] for w in words]
        units = self._sentences(doc, words, min_words)
        out = self._earlier_found_later(doc, words, norm, units)
        flagged = [(s, e) for s, e, _ in out]
        at: dict[tuple[str, ...], list[int]] = {}
        for i in range(len(norm) - _KEY_WORDS + 1):
            at.setdefault(tuple(norm[i:i + _KEY_WORDS]), []).append(i)
        for first, last in units:
            n = last - first
            s, e = words[first][0], words[last - 1][1]
            if any(fs < e and s < fe for fs, fe in flagged):
                continue
            for p in at.get(tuple(norm[first:first + _KEY_WORDS]), ()):
                if p + n > first:
                    break
                if norm[p:p + n] == norm[first:last] and not _overlaps_quote(doc, words[p][0], words[p + n - 1][1]):
                    out.append((s, e, words[p][0]))
                    break
        return sorted(out)

    def _earlier_found_later(self, doc: Document, words, norm, units) -> list[tuple[int, int, int]]:
        index: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for first, last in units:
            index.setdefault(tuple(norm[first:first + _KEY_WORDS]), []).append((first, last))
        out = []
        i = 0
        while i < len(words):
            best = None
            for first, last in index.get(tuple(norm[i:i + _KEY_WORDS]), ()):
                n = last - first
                if last <= i and norm[i:i + n] == norm[first:last] and (best is None or n > best[1] - best[0]):
                    best = (first, last)
            if best is None:
                i += 1
                continue
            n = best[1] - best[0]
            s, e = words[i][0], words[i + n - 1][1]
            if _overlaps_quote(doc, s, e):
                i += 1
                continue
            out.append((s, e, words[best[0]][0]))
            i += n
        return out

    def _sentences(self, doc: Document, words, min_words: int) -> list[tuple[int, int]]:
        """Sentences as [first, last) word indexes: lines split at sentence ends; long
        enough, and not quotations."""
        bounds = sorted({0, len(doc.text)} | {m.end() for m in _SENTENCE_END.finditer(doc.text)}
                        | {i for i, ch in enumerate(doc.text) if ch == "\n"})
        starts = [w[0] for w in words]
        units = []
        for a, b in zip(bounds, bounds[1:]):
            first, last = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            if last - first < min_words or doc.text[a:b].rstrip(" \t\n\"”’)").endswith("?"):
                continue
            if _overlaps_quote(doc, words[first][0], words[last - 1][1]):
                continue
            units.append((first, last))
        return units


_CUT = regex.compile(r"(?:\.\.\.|…)[\"”’)\]]*[ \t]*$")
#: lines read below the first copy for the teaser's cut-off end
_TEASER_LINES = 2


def _cut_teaser(text: str, words, first: int, later: int) -> tuple[int, int] | None:
    """A wire page shows its lead twice: first as a teaser cut off with '...' (under it the
    page's Email and Print buttons), then in full. Of the two copies the teaser is the
    leftover, not the full lead: (start, end) of the teaser's lines when the first copy's
    line, or one of the next lines, ends cut off with an ellipsis and is itself the start of
    text found again from the later copy on; None otherwise."""
    start = text.rfind("\n", 0, first) + 1
    later_words = [w[2] for w in words if w[0] >= later]
    pos, seen = start, 0
    while pos < later and seen <= _TEASER_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].rstrip("\r")
        if not line.strip():
            if seen:
                return None  # the teaser is one paragraph (two lines at most)
            pos = end + 1
            continue
        if end > later:
            return None
        if _CUT.search(line):
            cut = [m.group(0).replace("’", "'").lower() for m in _WORD.finditer(line)]
            if len(cut) >= 2 and _starts_again(cut, later_words):
                return start, pos + len(line.rstrip())
            return None
        seen += 1
        pos = end + 1
    return None


_LINE_CREDIT = regex.compile(r"^[\s.,;:–—-]*(?:\([^()\n]{1,80}\))?[\s.]*$")


def _lifted_line(text: str, words, first: int, later: int, later_end: int) -> tuple[int, int] | None:
    """A line that is nothing but a passage the copy gives again inside a longer paragraph
    (a summary, a pull quote or a photo's caption lifted from the story; a credit in brackets
    may follow it): the line is the leftover, not the paragraph. The story's headline (the
    first line) is left to the usual rule."""
    starts = [w[0] for w in words]
    i = bisect.bisect_left(starts, first)
    n = bisect.bisect_left(starts, later_end) - bisect.bisect_left(starts, later)
    if i + n > len(words) or n <= 0:
        return None
    first_end = words[i + n - 1][1]
    ls = text.rfind("\n", 0, first) + 1
    le = text.find("\n", first_end)
    le = len(text) if le < 0 else le
    if not text[:ls].strip():
        return None  # the headline
    if regex.search(r"\w", text[ls:first]) or not _LINE_CREDIT.match(text[first_end:le]):
        return None
    ps = text.rfind("\n", 0, later) + 1
    pe = text.find("\n", later_end)
    pe = len(text) if pe < 0 else pe
    if first_end > ps:
        return None
    rest = text[ps:later] + " " + text[later_end:pe]
    if len(_WORD.findall(rest)) < 3:
        return None  # the same paragraph twice: the later copy is the repeat
    return ls, len(text[:le].rstrip())


def _starts_again(cut: list[str], later: list[str]) -> bool:
    """The cut-off words occur in ``later`` (the last one may be cut mid-word)."""
    head, tail = cut[:-1], cut[-1]
    n = len(head)
    for i in range(len(later) - n):
        if later[i:i + n] == head and later[i + n].startswith(tail):
            return True
    return False


def _merge_adjacent(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """A pasted-twice paragraph is one problem, not one per sentence."""
    merged: list[tuple[int, int, int]] = []
    for s, e, first in spans:
        if merged and not regex.search(r"\w", text[merged[-1][1]:s]):
            merged[-1] = (merged[-1][0], e, merged[-1][2])
        else:
            merged.append((s, e, first))
    return merged


def rules():
    return [WidgetLine(), LinkLabel(), PhotoCaption(), HtmlMarkup(), RepeatedSentence(), *furniture.rules()]
