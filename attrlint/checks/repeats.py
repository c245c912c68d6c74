"""``debris.repeated-sentence``: a headline or sentence repeated verbatim, as happens when a
page is scraped with its headline twice or a paragraph is pasted twice; when the first copy
is a wire's cut-off teaser or a summary lifted from the story, that copy is the debris."""
from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule
from ..furniture import analyse
from .repeats_deck import page_copy
from .repeats_para import repeated_paragraphs


def overlaps_quote(doc: Document, start: int, end: int) -> bool:
    """True when the span touches a quotation (a quote may fairly be repeated). One look-up
    in the quotations' starts: a rule asking for every sentence of a long draft full of
    quotations would otherwise walk every quotation each time."""
    starts, reach = doc.shared("quote-reach", lambda: _quote_reach(doc.quote_spans))
    k = bisect.bisect_left(starts, end)  # the quotations that start before the span ends
    return k > 0 and reach[k - 1] > start


def _quote_reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The quotations' starts in order and, for each, the furthest end of any quotation
    starting there or before."""
    ordered = sorted(spans)
    return [s for s, _ in ordered], list(accumulate((e for _, e in ordered), max))


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
        starts = [w[0] for w in words]
        lines = _Lines(doc.text)
        teasers: set[tuple[int, int]] = set()
        yield from self._paragraphs(doc, repeats)
        for s, e, first in _merge_adjacent(doc.text, repeats):
            crumbs = _breadcrumb_line(lines, first, s, e)
            if crumbs is not None:
                if crumbs not in teasers:
                    teasers.add(crumbs)
                    yield self._breadcrumb_finding(doc, crumbs, s)
                continue
            if _deck_reworded(lines, first, s, e):
                continue
            teaser = (_cut_teaser(lines, words, starts, first, s)
                      or _lifted_line(lines, words, starts, first, s, e)
                      or _prefixed_summary(doc, lines, words, starts, first, s, e)
                      or page_copy(doc, first, s, e))
            if teaser is not None:
                if teaser not in teasers:
                    teasers.add(teaser)
                    yield self._teaser_finding(doc, teaser, s)
                continue
            if _inside_sentence(doc.text, s):
                continue
            line = doc.line_index.line_col(doc.source_span(first, first)[0])[0]
            yield self.finding(
                doc, s, e,
                f"This repeats, word for word, text already on line {line}: delete the repeat "
                "(or rewrite it if both places need the point).",
                suggestions=["delete the repeat"],
                evidence=f"first occurrence on line {line}",
            )

    def _paragraphs(self, doc: Document, repeats: list[tuple[int, int, int]]) -> Iterator[Finding]:
        """Whole paragraphs given again that the sentence pass left out (they quote someone):
        the later copy is flagged, unless the sentence pass already judged either copy."""
        judged = [(s, e) for s, e, _ in repeats] + [(f, f + (e - s)) for s, e, f in repeats]
        for s, e, first in repeated_paragraphs(doc.text):
            if any(a < e and s < b or a < first + (e - s) and first < b for a, b in judged):
                continue
            line = doc.line_index.line_col(doc.source_span(first, first)[0])[0]
            yield self.finding(
                doc, s, e,
                f"This paragraph repeats, word for word, the paragraph on line {line}: delete the repeat.",
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

    def _breadcrumb_finding(self, doc: Document, crumbs: tuple[int, int], headline: int) -> Finding:
        line = doc.line_index.line_col(doc.source_span(headline, headline)[0])[0]
        return self.finding(
            doc, crumbs[0], crumbs[1],
            f"This is the page's breadcrumb trail (its sections, then the headline given on line {line}): "
            "delete it here.",
            suggestions=["delete the breadcrumb trail"],
            evidence=f"headline on line {line}",
        )

    def _repeats(self, doc: Document, words, min_words: int) -> list[tuple[int, int, int]]:
        """(start, end, start of the first occurrence) of every later copy of a sentence:
        an earlier sentence found again (alone or inside a longer one), and a later
        sentence that was already part of an earlier, longer one. Linear in the repeats:
        a draft with one paragraph pasted many times must not cost their square."""
        norm = [w[2] for w in words]
        units = self._sentences(doc, words, min_words)
        out = self._earlier_found_later(doc, words, norm, units)
        # the copies found so far neither overlap nor nest: in order, their ends rise too
        flagged_starts = [s for s, _, _ in out]
        flagged_ends = [e for _, e, _ in out]
        # where each sentence's first words recur (only a sentence's first words are
        # looked up: a word that opens no sentence is passed over without a key)
        keys = {tuple(norm[first:first + _KEY_WORDS]) for first, _ in units}
        openers = {key[0] for key in keys}
        at: dict[tuple[str, ...], list[int]] = {}
        for i in range(len(norm) - _KEY_WORDS + 1):
            if norm[i] in openers:
                key = tuple(norm[i:i + _KEY_WORDS])
                if key in keys:
                    at.setdefault(key, []).append(i)
        # per sentence text: where its earlier copy is (None: none yet) and how far the
        # places its first words recur have been read, so a sentence given again reads on
        # from there instead of from the start
        seen: dict[tuple[str, ...], tuple[int | None, int]] = {}
        for first, last in units:
            n = last - first
            s, e = words[first][0], words[last - 1][1]
            k = bisect.bisect_left(flagged_starts, e)
            if k and flagged_ends[k - 1] > s:
                continue  # inside a copy already found
            sentence = tuple(norm[first:last])
            found, j = seen.get(sentence, (None, 0))
            places = at.get(tuple(norm[first:first + _KEY_WORDS]), [])
            while found is None and j < len(places) and places[j] + n <= first:
                p = places[j]
                if norm[p:p + n] == norm[first:last] and not overlaps_quote(doc, words[p][0], words[p + n - 1][1]):
                    found = p
                else:
                    j += 1
            seen[sentence] = (found, j)
            if found is not None:
                out.append((s, e, words[found][0]))
        return sorted(out)

    def _earlier_found_later(self, doc: Document, words, norm, units) -> list[tuple[int, int, int]]:
        """Copies of earlier sentences, each the longest that fits, in order. Sentences are
        grouped by their text: of a sentence given many times only its first place counts."""
        index: dict[tuple[str, ...], dict[tuple[str, ...], tuple[int, int]]] = {}
        for first, last in units:
            index.setdefault(tuple(norm[first:first + _KEY_WORDS]), {}).setdefault(tuple(norm[first:last]), (first, last))
        openers = {norm[first] for first, _ in units}
        out = []
        i = 0
        while i < len(words):
            if norm[i] not in openers:
                i += 1
                continue
            best = None
            for sentence, (first, last) in index.get(tuple(norm[i:i + _KEY_WORDS]), {}).items():
                n = last - first
                if last <= i and (best is None or n > best[1] - best[0]) and tuple(norm[i:i + n]) == sentence:
                    best = (first, last)
            if best is None:
                i += 1
                continue
            n = best[1] - best[0]
            s, e = words[i][0], words[i + n - 1][1]
            if overlaps_quote(doc, s, e):
                i += 1
                continue
            out.append((s, e, words[best[0]][0]))
            i += n
        return out

    def _sentences(self, doc: Document, words, min_words: int) -> list[tuple[int, int]]:
        """Sentences as [first, last) word indexes: lines split at sentence ends; long
        enough, and not quotations."""
        bounds = sorted({0, len(doc.text)} | {m.end() for m in _SENTENCE_END.finditer(doc.text)}
                        | {m.start() for m in re.finditer("\n", doc.text)})
        starts = [w[0] for w in words]
        units = []
        for a, b in zip(bounds, bounds[1:]):
            first, last = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            if last - first < min_words or doc.text[a:b].rstrip(" \t\n\"”’)").endswith("?"):
                continue
            if overlaps_quote(doc, words[first][0], words[last - 1][1]):
                continue
            units.append((first, last))
        return units


class _Lines:
    """The text with its line breaks, found by bisection: a draft of one endless line would
    otherwise be searched end to end for every repeat."""

    def __init__(self, text: str):
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]

    def start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts (as ``text.rfind("\\n", 0, pos) + 1``)."""
        k = bisect.bisect_left(self.breaks, pos)
        return self.breaks[k - 1] + 1 if k else 0

    def end(self, pos: int) -> int:
        """The first line break at or after ``pos``, else the text's end."""
        k = bisect.bisect_left(self.breaks, pos)
        return self.breaks[k] if k < len(self.breaks) else len(self.text)

    def filled(self, start: int, end: int) -> bool:
        """Something other than white space between ``start`` and ``end`` (as
        ``text[start:end].strip()``, without copying a long line)."""
        return _NOT_SPACE.search(self.text, start, end) is not None


#: what ``str.strip`` keeps (the standard library's \s is ``str.isspace``)
_NOT_SPACE = re.compile(r"\S")
_CUT = regex.compile(r"(?:\.\.\.|…)[\"”’)\]]*[ \t]*$")
#: lines read below the first copy for the teaser's cut-off end
_TEASER_LINES = 2


def _cut_teaser(lines: _Lines, words, starts: list[int], first: int, later: int) -> tuple[int, int] | None:
    """A wire page shows its lead twice: first as a teaser cut off with '...' (under it the
    page's Email and Print buttons), then in full. Of the two copies the teaser is the
    leftover, not the full lead: (start, end) of the teaser's lines when the first copy's
    line, or one of the next lines, ends cut off with an ellipsis and is itself the start of
    text found again from the later copy on; None otherwise."""
    text = lines.text
    start = lines.start(first)
    pos, seen = start, 0
    while pos < later and seen <= _TEASER_LINES:
        end = lines.end(pos)
        if end > later:
            return None  # the later copy's own line (never blank: a word starts it)
        line = text[pos:end].rstrip("\r")
        if not line.strip():
            if seen:
                return None  # the teaser is one paragraph (two lines at most)
            pos = end + 1
            continue
        if _CUT.search(line):
            cut = [m.group(0).replace("’", "'").lower() for m in _WORD.finditer(line)]
            if len(cut) >= 2 and _starts_again(cut, [w[2] for w in words[bisect.bisect_left(starts, later):]]):
                return start, pos + len(line.rstrip())
            return None
        seen += 1
        pos = end + 1
    return None


#: the section names before the headline in a breadcrumb trail: a few words, no sentence
#: ending or clause punctuation (separators such as '>' or '|' allowed)
_TRAIL = regex.compile(r"^[^\S\n]*(?:[\p{Lu}\d][\w'’&-]*[^\S\n]*(?:[>|/»›·•][^\S\n]*)?){2,8}$")
_TRAIL_JOINERS = regex.compile(r"(?:\b(?:and|of|the)\b|&)[^\S\n]*")


def _breadcrumb_line(lines: _Lines, first: int, later: int, later_end: int) -> tuple[int, int] | None:
    """A scraped page's breadcrumb trail ends with the headline ('Home News Markets <headline>'),
    and the headline follows alone on its own line: the trail is the leftover, not the
    headline. (start, end) of the trail's line when the first copy closes its line after a
    few capitalised section names and the later copy is a line of its own; None otherwise."""
    text = lines.text
    ls, le = lines.start(first), lines.end(first)
    copy_len = later_end - later
    if lines.filled(first + copy_len, le):
        return None  # the copy does not close the trail's line
    trail = _TRAIL_JOINERS.sub("", text[ls:first])
    if not trail.strip() or not _TRAIL.match(trail):
        return None
    ps, pe = lines.start(later), lines.end(later_end)
    if lines.filled(ps, later) or lines.filled(later_end, pe):
        return None  # the later copy is not a line (a headline) of its own
    return ls, len(text[:le].rstrip())


_WORD_CHAR = regex.compile(r"\w")
#: what may follow a caption on its line: a credit in brackets, or an agency's or a picture
#: library's name ('… uniforms. Getty Images', '… quay. Jane Doe/Reuters')
_LINE_CREDIT = regex.compile(
    r"^[\s.,;:–—-]*(?:\([^()\n]{1,80}\)"
    r"|(?:[A-Z][\w.'’-]{0,20}[ \t]+){0,3}(?:[A-Z][\w.'’-]{0,20}[ \t]?/[ \t]?|via[ \t]+)?"
    r"(?:Getty[ \t]+Images|AFP|Reuters|REUTERS|AP|EPA|Shutterstock|Alamy|PA[ \t]+(?:Images|Wire)|Bloomberg|iStock"
    r"|Xinhua|Anadolu|Sipa[ \t]+USA|SIPA)(?:[ \t]+via[ \t]+Getty[ \t]+Images)?)?[\s.]*$"
)


def _deck_reworded(lines: _Lines, first: int, later: int, later_end: int) -> bool:
    """The standfirst under the headline (the text's second line) taken up again inside a
    longer sentence of the story ('New details come as …' / 'The new details come as … after
    a tour …'): the story's own writing, neither copy a leftover."""
    text = lines.text
    ls = lines.start(first)
    above = text[:ls].strip()
    if not above or "\n" in above or lines.filled(first + (later_end - later), lines.end(first)) or lines.filled(ls, first):
        return False  # not the second line, or the first copy is not the whole line
    ps, pe = lines.start(later), lines.end(later_end)
    return ps > ls and len(_WORD.findall(text[ps:later] + " " + text[later_end:pe])) >= 3


def _prefixed_summary(doc: Document, lines: _Lines, words, starts: list[int], first: int, later: int,
                      later_end: int) -> tuple[int, int] | None:
    """A scraped page whose first line is its metadata (' date 2021-03-17 ') and then the
    page's description, sentences lifted from the story: the copy there is the leftover, not
    the story's paragraph further down. (start, end) of the first copy, else None."""
    if analyse(doc).prefix is None or lines.start(first) != 0 or lines.start(later) == 0:
        return None
    i = bisect.bisect_left(starts, first)
    n = bisect.bisect_left(starts, later_end) - bisect.bisect_left(starts, later)
    if n <= 0 or i + n > len(words):
        return None
    return first, words[i + n - 1][1]


def _lifted_line(lines: _Lines, words, starts: list[int], first: int, later: int, later_end: int) -> tuple[int, int] | None:
    """A line that is nothing but a passage the copy gives again inside a longer paragraph
    (a summary, a pull quote or a photo's caption lifted from the story; a credit in brackets
    may follow it): the line is the leftover, not the paragraph. The story's headline (the
    first line) is left to the usual rule."""
    i = bisect.bisect_left(starts, first)
    n = bisect.bisect_left(starts, later_end) - bisect.bisect_left(starts, later)
    if i + n > len(words) or n <= 0:
        return None
    first_end = words[i + n - 1][1]
    text = lines.text
    ls, le = lines.start(first), lines.end(first_end)
    if not lines.filled(0, ls):
        return None  # the headline
    if _WORD_CHAR.search(text, ls, first) or not _LINE_CREDIT.match(text[first_end:le]):
        return None
    ps, pe = lines.start(later), lines.end(later_end)
    if first_end > ps:
        return None
    rest = text[ps:later] + " " + text[later_end:pe]
    if len(_WORD.findall(rest)) < 3:
        return None  # the same paragraph twice: the later copy is the repeat
    if _reads_as_caption(text[ps:pe], last=not text[pe:].strip()):
        return None  # a photo's caption that opens with the lead: the caption is the repeat
    return ls, len(text[:le].rstrip())


_CAPTION_CUE = regex.compile(r"\((?:pictured|above|below|left|right|centre|center)\)|\bpictured\b|\bseen here\b", regex.I)


def _reads_as_caption(paragraph: str, last: bool) -> bool:
    """A caption points at its picture ('pictured') or ends without a full stop; a story's
    paragraph ends on a sentence's closing mark (unless it is the last line, cut off)."""
    body = paragraph.rstrip()
    if _CAPTION_CUE.search(body):
        return True
    return not last and not regex.search(r"[.!?…][\"”’)\]]*$", body)


def _starts_again(cut: list[str], later: list[str]) -> bool:
    """The cut-off words occur in ``later`` (the last one may be cut mid-word)."""
    head, tail = cut[:-1], cut[-1]
    n = len(head)
    for i in range(len(later) - n):
        if later[i] == head[0] and later[i:i + n] == head and later[i + n].startswith(tail):
            return True
    return False


def _inside_sentence(text: str, s: int) -> bool:
    """A copy that opens in lower case after other words on its line is a clause of a longer
    sentence ('… stated that the board has reserved its decision …' after 'The board has
    reserved its decision …'; a company's slogan, given as its title, inside the sentence that
    describes it): the writer's wording, not a pasted sentence or headline."""
    return text[s:s + 1].islower() and bool(text[text.rfind("\n", 0, s) + 1:s].strip())


def _merge_adjacent(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """A pasted-twice paragraph is one problem, not one per sentence."""
    merged: list[tuple[int, int, int]] = []
    for s, e, first in spans:
        if merged and not regex.search(r"\w", text[merged[-1][1]:s]):
            merged[-1] = (merged[-1][0], e, merged[-1][2])
        else:
            merged.append((s, e, first))
    return merged
