"""A document to lint: the original source, the lintable text, and what we know about it.

Rules read ``Document.text`` and return spans in it; the offset map carries them back to
the source. Paragraphs, quotations and the story date are computed here once, so that
every rule sees the same structure.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from itertools import accumulate
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from . import timings
from .dates import (copy_is_later, earlier_header_date, date_from_url, find_dateline_date, find_story_date, find_written_date, parse_date,
                    re_lower)
from .offsets import LineIndex, OffsetMap
from .paragraphs import plain_paragraphs

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc as SpacyDoc

    from .cut_end import CutEnd

    from .config import Config

T = TypeVar("T")

OPENING_QUOTES = "\"“„«"
CLOSING_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»"}
#: the marks that may open a quotation: ``quote_spans`` jumps from one to the next
#: instead of looking at every character of the text in Python
_QUOTE_MARK = re.compile("[" + OPENING_QUOTES + "‘]|''")


@dataclass
class StoryDate:
    """The date a story is judged at, and where that date came from."""

    date: dt.date
    source: str  # "option", "front matter", "meta", "dateline", "url", "scrape metadata", ..., "today"

    @property
    def assumed(self) -> bool:
        """No date was found: the story is judged at today's date."""
        return self.source == "today"


@dataclass
class Document:
    path: str
    source: str
    text: str
    offsets: OffsetMap
    format: str = "text"
    metadata: dict[str, Any] = field(default_factory=dict)
    #: paragraph spans in ``text``
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    #: spans in ``text`` (inline code and the like) where findings are dropped
    skip_spans: list[tuple[int, int]] = field(default_factory=list)
    config: "Config | None" = None
    encoding: str = "utf-8"
    _spacy: "SpacyDoc | None" = field(default=None, repr=False)
    _shared: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", **kw: Any) -> "Document":
        """A plain-text document whose lintable text is the source itself."""
        return cls(
            path=path,
            source=text,
            text=text,
            offsets=OffsetMap.identity(len(text)),
            format="text",
            paragraphs=plain_paragraphs(text),
            **kw,
        )

    # --- positions -------------------------------------------------------------------
    @cached_property
    def line_index(self) -> LineIndex:
        return LineIndex(self.source)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span_to_source(start, end)

    @cached_property
    def folded(self) -> str:
        """``text`` as literal prefilters compare it (``rule.WordListRule``): case-folded,
        and the dotless i read as i, which a case-blind ``regex`` search matches to 'I'
        though ``str.casefold`` keeps them apart."""
        folded = self.text.casefold()
        return folded.replace("ı", "i") if "ı" in folded else folded

    @cached_property
    def re_lower(self) -> str:
        """``text`` lower-cased as the standard library's case-blind ``re`` reads an ASCII
        letter (``dates.re_lower``): a story whose ``re_lower`` lacks an ASCII word cannot
        hold a case-blind ``re`` match of it (a prefilter)."""
        return re_lower(self.text)

    # --- structure -------------------------------------------------------------------
    def paragraph_at(self, pos: int) -> tuple[int, int]:
        for p in self.paragraphs:
            if p[0] <= pos < p[1]:
                return p
        return (pos, pos)

    @cached_property
    def quote_spans(self) -> list[tuple[int, int]]:
        """Spans (including the marks) of direct quotations in ``text``.

        Double quotes (straight or curly, „…“, «…»), two single marks typed for a double
        one (''…'', ‘‘…’’, and "…'' or ''…" where a feed mixed them) and British single
        quotes ‘…’. A
        quotation left open at the end of a paragraph runs to the paragraph's end (the
        news convention continues it in the next paragraph, which opens with a mark).
        A single ‘ opens a quotation only when a closing ’ that is not an apostrophe
        follows in the paragraph, or the paragraph after opens with ‘ too. A quotation
        that runs on over paragraphs without marks and closes later covers them too.
        """
        spans: list[tuple[int, int]] = []
        text = self.text
        for n, (p_start, p_end) in enumerate(self.paragraphs):
            i = p_start
            while i < p_end:
                mark = _QUOTE_MARK.search(text, i, p_end)
                if mark is None:
                    break
                i = mark.start()
                ch = text[i]
                end = None
                if text.startswith(("''", "‘‘"), i) and _opens_doubled(text, i, p_start):
                    j = _close_doubled(text, i + 2, p_end)
                    end = p_end if j == -1 else j + 1
                elif ch in OPENING_QUOTES and _opens_quote(text, i):
                    j = _close_straight(text, i + 1, p_end) if ch == '"' else text.find(CLOSING_QUOTES[ch], i + 1, p_end)
                    if ch == '"':  # a straight mark closed by a curly one ("…,” she said): feeds mix them
                        k = text.find("”", i + 1, p_end)
                        if k != -1 and (j == -1 or k < j) and "“" not in text[i + 1:k] and text[k - 1] in ",.!?":
                            j = k
                    if ch == "“":  # or the ’’ some wire systems type for ”
                        from .quotation import close_curly

                        j = close_curly(text, i + 1, p_end)
                    end = p_end if j == -1 else j + 1
                elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
                    j = _closing_single_quote(text, i + 1, p_end)
                    if j is not None:
                        end = j + 1
                    elif n + 1 < len(self.paragraphs) and text[self.paragraphs[n + 1][0]] == "‘":
                        end = p_end
                if end is None:
                    i += 1
                    continue
                spans.append((i, end))
                i = end
        from .quotation import with_run_ons

        return with_run_ons(text, self.paragraphs, spans)

    @cached_property
    def cut_end(self) -> "CutEnd | None":
        """Where the text stops mid-sentence (an excerpt cut at a length), if it does; an
        uncertain one (``certain`` false) only marks a last word that may be cut."""
        from .cut_end import find_cut_end

        return find_cut_end(self.text, self.paragraphs)

    @cached_property
    def _quote_reach(self) -> tuple[list[int], list[int]]:
        """The quotations' starts in order and, for each, the furthest end of any quotation
        starting there or before: one look-up answers ``in_quote`` (a rule asking for
        every word of a long text would otherwise walk every quotation each time)."""
        spans = sorted(self.quote_spans)
        return [s for s, _ in spans], list(accumulate((e for _, e in spans), max))

    def in_quote(self, start: int, end: int | None = None) -> bool:
        end = start if end is None else end
        starts, reach = self._quote_reach
        k = bisect_right(starts, start)
        return k > 0 and end <= reach[k - 1]

    # --- metadata --------------------------------------------------------------------
    @cached_property
    def story_date(self) -> StoryDate:
        """The date the story is judged at: option, front matter, meta, dateline, the
        article URL, the page's own stamp (scrape prefix, "Published" line, dated line near
        the top or bottom), a date early in the text, else today (``assumed``)."""
        cfg_date = getattr(self.config, "date", None) if self.config else None
        if cfg_date:
            return StoryDate(cfg_date, "option")
        for key, where in (("date", "front matter"), ("published_time", "meta")):
            if key in self.metadata:
                d = parse_date(self.metadata[key])
                if d:
                    return StoryDate(d, self.metadata.get(f"{key}_source", where))
        head = self.text[:1000]
        found = find_dateline_date(head)
        if found:
            return StoryDate(found[0], "dateline")
        url_date = date_from_url(str(self.metadata["url"])) if self.metadata.get("url") else None
        if url_date:
            return StoryDate(url_date, "url")
        stamped = find_story_date(self.text)
        if stamped:
            return StoryDate(*stamped)
        found = find_written_date(head[:300])
        if found and not copy_is_later(self.text, found[1].group(0), found[0]):
            return StoryDate(earlier_header_date(head, found[0]) or found[0], "dated line")
        return StoryDate(dt.date.today(), "today")

    # --- language analysis -----------------------------------------------------------
    @property
    def spacy(self) -> "SpacyDoc":
        """The spaCy parse of ``text``; the linter fills this in batches with nlp.pipe."""
        if self._spacy is None:
            from . import nlp

            self._spacy = nlp.get_pipeline().make_doc("") if not self.text else nlp.parse(self.text)
        return self._spacy

    def set_spacy(self, parsed: "SpacyDoc") -> None:
        self._spacy = parsed

    def release(self) -> None:
        """Free the parse and the shared analyses once the rules have run (a long run of
        many files); both are computed again if something reads them later."""
        self._spacy = None
        self._shared.clear()

    def shared(self, key: str, compute: Callable[[], T]) -> T:
        """An analysis several rules of one family read (spelling verdicts, attribution,
        titled mentions), computed once per document and kept with it."""
        if key not in self._shared:
            if timings.ACTIVE is None:
                self._shared[key] = compute()
            else:  # its time is its own, not the time of the rule that asked first
                with timings.part(timings.SHARED_PREFIX + key):
                    self._shared[key] = compute()
        return self._shared[key]


_WORDCHAR = re.compile(r"\w")
_CLOSING_SINGLE = re.compile(r"(?<=\S)’(?![^\W\d_])")


def _closing_single_quote(text: str, start: int, end: int) -> int | None:
    """A ’ that ends a quotation: after a non-space, not followed by a letter (don’t)."""
    m = _CLOSING_SINGLE.search(text, start, end)
    return m.start() if m else None


def _opens_quote(text: str, i: int) -> bool:
    """A straight double quote opens a quotation when it is not glued to a word before it."""
    if text[i] != '"':
        return True
    return i == 0 or not _WORDCHAR.match(text[i - 1]) or text[i - 1] in "([{"


#: two single marks typed for a double one (''like this'', ‘‘like this’’), or a straight
#: double mark, closing a quotation: after a character that is not a space or a figure
#: (not the inch mark of 5'8''), before a space, a mark or the end
_DOUBLED_CLOSE = re.compile(r"(?<=[^\s\d])(?:''|’’|\")(?=[\s.,;:!?)\]]|$)")


def _close_straight(text: str, start: int, end: int) -> int:
    """The index of the mark that closes a quotation opened with a straight double mark:
    the next straight mark, or the '' a feed typed for it if that comes first; -1 when
    nothing does."""
    j = text.find('"', start, end)
    k = text.find("''", start, j if j != -1 else end)
    return k + 1 if k != -1 and _DOUBLED_CLOSE.match(text, k) else j


def _opens_doubled(text: str, i: int, p_start: int) -> bool:
    """Two single marks open a quotation at the paragraph's start or after a space or a
    bracket, before a word (not the '' of 5'8'', not an empty '')."""
    before_ok = i == p_start or text[i - 1].isspace() or text[i - 1] in "([{"
    return before_ok and i + 2 < len(text) and text[i + 2].isalnum()


def _close_doubled(text: str, start: int, end: int) -> int:
    """The last index of the '', ’’ or straight double mark that closes a quotation opened
    with two single marks; -1 when nothing in the paragraph does."""
    m = _DOUBLED_CLOSE.search(text, start, end)
    return -1 if m is None else m.end() - 1
