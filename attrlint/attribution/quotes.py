"""Direct quotations, including the British single-quote style.

``Document.quote_spans`` knows double quotation marks; many UK outlets quote with
single curly marks (‘…’), so this module adds those, telling an opening ‘ from an
apostrophe by what stands before it and a closing ’ by what follows it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..quotation import continued_from

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
    """Every direct quotation in ``doc.text``, double or single marks, the text of
    embedded tweets and the teasers of linked stories, sorted."""
    spans = list(doc.quote_spans)
    for s, e in single_quote_spans(doc.text, doc.paragraphs) + tweet_spans(doc.text) + teaser_spans(doc.text):
        if not any(a <= s < b for a, b in spans):
            spans.append((s, e))
    return QuoteSpans(spans)


#: an embedded tweet's signature: "— Name (@handle) November 15, 2017"
_TWEET_SIGNATURE = re.compile(
    r"\(@\w{1,20}\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},\s+\d{4}")
#: a tweet is at most this long
_TWEET_CHARS = 280


def tweet_spans(text: str) -> list[tuple[int, int]]:
    """The text of embedded tweets: what stands before a signature ('… (@handle) November 15,
    2017') on its line, back to the signature before it (feeds run tweets together), or the
    line above a signature line of its own ('— Name (@handle) …'). Someone else's words,
    like a quotation."""
    spans: list[tuple[int, int]] = []
    prev_end = 0
    for m in _TWEET_SIGNATURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        start = max(line_start, prev_end, m.start() - _TWEET_CHARS)
        head = text[start : m.start()]
        if len(head.split()) >= 4:
            spans.append((start, m.end()))
        elif line_start >= 2 and prev_end < line_start:  # the signature opens its own line
            above = text.rfind("\n", 0, line_start - 1) + 1
            if 0 < line_start - 1 - above <= _TWEET_CHARS:
                spans.append((above, m.end()))
        prev_end = m.end()
    return spans


#: a linked story's date stamp closing its teaser: "… DW examines the issue. (12.03.2015)"
_TEASER_STAMP = re.compile(r"(?<=[.!?\"”’)])\s*\(\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\)")
#: a sentence end inside a teaser
_TEASER_BREAK = re.compile(r"[.!?][\"”’)]*\s+")


def teaser_spans(text: str) -> list[tuple[int, int]]:
    """The teasers of linked stories that a scrape runs into the copy: the one or two
    sentences before a date stamp in parentheses ("Experts say the lake could dry up by
    2025. (07.02.2017)"), back to the stamp before. Another story's words and sourcing,
    not this one's, like a quotation."""
    spans: list[tuple[int, int]] = []
    prev_end = 0
    for m in _TEASER_STAMP.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        lo = max(prev_end, line_start)
        breaks = [b.end() for b in _TEASER_BREAK.finditer(text, lo, m.start())]
        # the stamp's own sentence closes at m.start(): keep it and the one before it
        start = breaks[-2] if len(breaks) >= 2 else lo
        spans.append((start, m.end()))
        prev_end = m.end()
    return spans


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
#: machine translation closes a quotation with another style's mark than it opened with, often
#: with no space before the speech tag ('“We can go! »he launches', '«No, never, ”she said'):
#: a comma, question or exclamation mark, then the foreign closing mark, then a word
_MIXED_CLOSE = re.compile(r"[,!?]\s?[»”\"](?=\s?[a-z])")


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
      closes ('"…united. ⏎ "We cannot afford to break," he added.');
    * it continues a quotation left open in an earlier paragraph, across lines the page
      spliced in between (an ad label, captions, related headlines): the finding, if any,
      belongs where the quotation opened;
    * a clause of a subject and a verb ends the sentence after a quotation that closes on
      a comma ('"…the same things," Ruiz recounted.'): that frame makes any verb a speech
      verb;
    * it is a first-person account that opens its paragraph right after a paragraph
      naming one person and quoting no one ("Ana Ruiz, a guard at the gate, saw it
      all. ⏎ “I heard the first shot and I ran.”").
    """
    text = doc.text
    p_start, p_end = doc.paragraph_at(qs)
    if _continues_open(doc, qs):
        return True
    if not text[p_start:qs].strip():
        prev = _previous_paragraph(doc, p_start)
        if prev is not None and text[prev[0] : prev[1]].rstrip().endswith((":", ",")):
            return True
    last_end = _run_end(doc, qe)
    close_par_end = doc.paragraph_at(max(last_end - 1, 0))[1]
    after_end = min(close_par_end, last_end + 80)
    stop = _SENTENCE_BREAK.search(text, last_end, after_end)
    clause_end = stop.start() + 1 if stop else after_end
    if _speech_verb(doc, last_end, clause_end, cue_lemmas) or _speech_frame(doc, last_end, clause_end):
        return True
    lo = max(p_start, qs - 300)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, qs) if m.end() <= qs]
    if breaks:
        sent_start = breaks[-2] if len(breaks) > 1 else lo
        if _speech_verb(doc, sent_start, breaks[-1], cue_lemmas):
            return True
    mixed = _MIXED_CLOSE.search(text, qs + 1, qe)
    if mixed is not None:  # '“… go there! »he launches to …': a translation closed it another way
        stop = _SENTENCE_BREAK.search(text, mixed.end(), min(p_end, mixed.end() + 80))
        clause_end = stop.start() + 1 if stop else min(p_end, mixed.end() + 80)
        if _speech_verb(doc, mixed.end(), clause_end, cue_lemmas) or _speech_frame(doc, mixed.end(), clause_end):
            return True
    return not text[p_start:qs].strip() and _testimony_after_witness(doc, qs, qe, p_start)


def _continues_open(doc, qs: int) -> bool:
    """The quotation goes on with one an earlier paragraph opened and left open, across
    lines the page spliced in ("…said: “These repairs are urgent. ⏎ Advertisement ⏎
    “If the rain goes on…”"): it is the same quotation, whose speaker (or missing speaker)
    is judged where it opened."""
    k = next((n for n, (a, b) in enumerate(doc.paragraphs) if a <= qs < b), None)
    return k is not None and continued_from(doc.text, doc.paragraphs, k, qs) is not None


def _speech_frame(doc, start: int, end: int) -> bool:
    """'“…,” Ruiz recounted.', '“…?” recounted Ruiz': after a quotation that closes on a
    comma, a question or an exclamation mark, a short clause of a named or pronoun subject
    and a finite verb ends the sentence."""
    text = doc.text
    mark = text[max(start - 6, 0):max(start - 1, 0)].rstrip()  # '“…! »he said': a space may stand before the mark
    if start < 2 or mark[-1:] not in (",", "?", "!") or end <= start:
        return False
    span = doc.spacy.char_span(start, end, alignment_mode="expand")
    if span is None or len([t for t in span if not t.is_punct]) < 2:
        return False
    for tok in span:
        if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            continue
        if len([t for t in span[: tok.i - span.start] if not t.is_punct]) > 5:
            break  # the frame is a short subject and its verb right after the quotation
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i >= span.start]
        # "…,” Ruiz recounted', '…,” the President-elect fumed in a tweet' (the tagger may
        # take an unusual verb for a participle and the name before it for a verb)
        if any(c.pos_ in ("PROPN", "PRON", "NOUN") or c.ent_type_ == "PERSON" or c.text[:1].isupper() for c in subj):
            return True
        nxt = tok.nbor(1) if tok.i + 1 < len(doc.spacy) else None
        if tok.i == span.start and nxt is not None and nxt.pos_ == "PROPN":
            return True  # "…," recounted Ruiz.
    return False


#: first-person singular words of an account ("I", "me", "my")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b")


def _testimony_after_witness(doc, qs: int, qe: int, p_start: int) -> bool:
    """A first-person account opening its paragraph right after a paragraph that names
    exactly one person and quotes no one: that person is the speaker."""
    if not _FIRST_PERSON.search(doc.text, qs, qe):
        return False
    prev = _previous_paragraph(doc, p_start)
    if prev is None or any(prev[0] <= s < prev[1] for s, _ in doc.quote_spans):
        return False
    span = doc.spacy.char_span(prev[0], prev[1], alignment_mode="expand")
    if span is None:
        return False
    # full names: PERSON entities, and "First Last" subjects the tagger did not label
    people = {e.root.i for e in span.ents if e.label_ == "PERSON" and len(e) >= 2}
    for tok in span:
        if tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass", "conj") and tok.ent_type_ in ("", "PERSON") \
                and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            people.add(tok.i)
    return len(people) == 1


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


def _previous_paragraph(doc, p_start: int) -> tuple[int, int] | None:
    before = [p for p in doc.paragraphs if p[1] <= p_start and doc.text[p[0] : p[1]].strip()]
    return before[-1] if before else None


def _speech_verb(doc, start: int, end: int, cue_lemmas) -> bool:
    if end <= start:
        return False
    span = doc.spacy.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in cue_lemmas and t.pos_ in ("VERB", "AUX") for t in span)
