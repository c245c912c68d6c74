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
from .repeats_deck import page_copy
from .repeats_para import repeated_paragraphs
from .repeats_teasers import (
    _WORD, _Lines, _breadcrumb_line, _cut_teaser, _deck_reworded, _lifted_line, _prefixed_summary,
)


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


def _inside_sentence(text: str, s: int) -> bool:
    """A copy that opens in lower case after other words on its line is a clause of a longer
    sentence ('… stated that the board has reserved its decision …' after 'The board has
    reserved its decision …'; a company's slogan, given as its title, inside the sentence that
    describes it): the writer's wording, not a pasted sentence or headline."""
    return text[s:s + 1].islower() and bool(text[text.rfind("\n", 0, s) + 1:s].strip())


def _merge_adjacent(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """A pasted-twice paragraph is one problem, not one per sentence; so is a pasted-twice
    block whose copy keeps, between two repeated sentences, the same text as the original
    (a quotation the sentence pass leaves out)."""
    merged: list[tuple[int, int, int]] = []
    for s, e, first in spans:
        if merged and (not regex.search(r"\w", text[merged[-1][1]:s]) or _same_gap(text, merged[-1], (s, e, first))):
            merged[-1] = (merged[-1][0], e, merged[-1][2])
        else:
            merged.append((s, e, first))
    return merged


def _same_gap(text: str, a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Repeats ``a`` and ``b`` copy one block: the originals stand as far apart as the
    copies, with the same text between (and no more than two short paragraphs of it)."""
    (s1, e1, f1), (s2, _, f2) = a, b
    gap = s2 - e1
    return (0 < gap <= 600 and f2 - f1 == s2 - s1 and f1 + (e1 - s1) <= f2 <= s1
            and text[e1:s2] == text[f1 + (e1 - s1):f2])
