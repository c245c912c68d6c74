"""Direct quotations, including the British single-quote style.

``Document.quote_spans`` knows double quotation marks; many UK outlets quote with
single curly marks (‘…’), so this module adds those, telling an opening ‘ from an
apostrophe by what stands before it and a closing ’ by what follows it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_OPEN_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=\S)")
_CLOSE_SINGLE = re.compile(r"(?<=\S)’(?=[\s.,;:!?)\]—–-]|$)")


def single_quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = []
    for p_start, p_end in paragraphs:
        pos = p_start
        while True:
            m = _OPEN_SINGLE.search(text, pos, p_end)
            if not m:
                break
            close = _CLOSE_SINGLE.search(text, m.end(), p_end)
            end = close.end() if close else p_end
            spans.append((m.start(), end))
            pos = end
    return spans


class QuoteSpans(list):
    """Quotation spans sorted by start, with what lets a sentence find the few that reach
    it by bisection: asking every quotation for every sentence was quadratic in a long
    story."""

    def __init__(self, spans):
        super().__init__(sorted(spans))
        self.starts = [s for s, _ in self]
        self.reach: list[int] = []  # the furthest end of any span up to each index
        for _, e in self:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def reaching(self, start: int, end: int):
        """The spans that may overlap [start, end)."""
        i = bisect_left(self.starts, end)
        while i > 0 and self.reach[i - 1] > start:
            i -= 1
            yield self[i]


def quote_spans(doc) -> QuoteSpans:
    """Every direct quotation in ``doc.text``, double or single marks, sorted."""
    spans = [_doubled_close(doc.text, s, e) for s, e in doc.quote_spans]
    for s, e in single_quote_spans(doc.text, doc.paragraphs):
        if not any(a <= s < b for a, b in spans):
            spans.append((s, e))
    return QuoteSpans(spans)


_DOUBLED_CLOSE = re.compile(r"(?<=\S)(?:’’|'')(?=\s|$)")


def _doubled_close(text: str, s: int, e: int) -> tuple[int, int]:
    """A “ closed by two apostrophes (“…,’’ Name said), a mark some systems emit for ”:
    without it the quotation would run on to the paragraph's end and swallow its speaker."""
    if text[s] != "“" or "”" in text[s + 1 : e]:
        return s, e
    m = _DOUBLED_CLOSE.search(text, s + 1, e)
    return (s, m.end()) if m else (s, e)


def _near(spans, start: int, end: int):
    return spans.reaching(start, end) if isinstance(spans, QuoteSpans) else spans


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in _near(spans, start - 1, max(end, start + 1)))


def quoted_share(spans: list[tuple[int, int]], start: int, end: int) -> float:
    """The share of [start, end) that lies inside quotation marks."""
    if end <= start:
        return 0.0
    inside = sum(max(0, min(e, end) - max(s, start)) for s, e in _near(spans, start, end))
    return inside / (end - start)


#: a sentence end inside running text: terminal punctuation, maybe a closing mark, a space
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)\]]*\s+")


def speaker_in_reach(doc, qs: int, qe: int, cue_lemmas) -> bool:
    """Whether the quotation at [qs, qe) has its speaker where real copy puts it, beyond
    its own line and sentence:

    * the paragraph before introduces it and ends in a colon or a comma ("Cardoso said:",
      "In his words,");
    * a speech verb follows it in the same paragraph before the next sentence, across a
      hard line break ('"…for now," Lind⏎said in an email');
    * a speech verb stands in the sentence just before it in the same paragraph ("a friend
      of the singer tells the magazine. “She was…”");
    * the quotation runs on into the next paragraphs and is attributed where it finally
      closes ('"…united. ⏎ "We cannot afford to break," he added.').
    """
    text = doc.text
    p_start, p_end = doc.paragraph_at(qs)
    if not text[p_start:qs].strip():
        prev = _previous_paragraph(doc, p_start)
        if prev is not None and text[prev[0] : prev[1]].rstrip().endswith((":", ",")):
            return True
        if _continues_open_quote(doc, p_start):
            return True
    last_end = _run_end(doc, qe)
    close_par_end = doc.paragraph_at(max(last_end - 1, 0))[1]
    after_end = min(close_par_end, last_end + 80)
    stop = _SENTENCE_BREAK.search(text, last_end, after_end)
    if _speech_verb(doc, last_end, stop.start() + 1 if stop else after_end, cue_lemmas):
        return True
    lo = max(p_start, qs - 300)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, qs) if m.end() <= qs]
    if breaks:
        sent_start = breaks[-2] if len(breaks) > 1 else lo
        return _speech_verb(doc, sent_start, breaks[-1], cue_lemmas)
    return False


def _run_end(doc, qe: int) -> int:
    """Where a quotation ending at ``qe`` finally closes: a quotation left open at its
    paragraph's end continues in the next paragraph's quotation (opened by a mark, or run
    on without one), up to the first that closes before its paragraph ends."""
    spans = sorted(doc.quote_spans)
    for _ in range(8):
        p_start, p_end = doc.paragraph_at(max(qe - 1, 0))
        if qe < p_end:
            return qe  # closed inside its paragraph
        nxt = next((p for p in doc.paragraphs if p[0] >= p_end and doc.text[p[0] : p[1]].strip()), None)
        if nxt is None:
            return qe
        cont = next((e for s, e in spans if s == nxt[0]), None)
        if cont is None:
            return qe  # the next paragraph does not continue the quotation
        qe = cont
    return qe


#: a line that cannot be the end of a paragraph of copy: a caption ending in a credit
#: "(Image: X)", or a line with no closing punctuation ("Advertisement", "SEE MORE: …")
_SPLICED = re.compile(r"(?:\)|[^.!?\"”’:,)])\s*$")


def _continues_open_quote(doc, p_start: int) -> bool:
    """The paragraph goes on with a quotation that an earlier paragraph opened and left
    open ("…said: “These rioters … acts." ⏎ caption ⏎ Advertisement ⏎ “Other than…”):
    spliced furniture (captions, one-line labels; at most four) is stepped over."""
    text = doc.text
    for _ in range(5):
        prev = _previous_paragraph(doc, p_start)
        if prev is None:
            return False
        body = text[prev[0] : prev[1]].strip()
        if _left_open(body):
            return True
        if not _SPLICED.search(body):
            return False  # a finished paragraph of copy: the quotation is a new one
        p_start = prev[0]
    return False


def _left_open(body: str) -> bool:
    """A paragraph whose last quotation mark opens a quotation it never closes."""
    last_open = body.rfind("“")
    last_close = body.rfind("”")
    if last_open >= 0 or last_close >= 0:
        return last_open > last_close
    return body.count('"') % 2 == 1


def _previous_paragraph(doc, p_start: int) -> tuple[int, int] | None:
    before = [p for p in doc.paragraphs if p[1] <= p_start and doc.text[p[0] : p[1]].strip()]
    return before[-1] if before else None


def _speech_verb(doc, start: int, end: int, cue_lemmas) -> bool:
    if end <= start:
        return False
    span = doc.spacy.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in cue_lemmas and t.pos_ in ("VERB", "AUX") for t in span)
