"""Quotation marks (category ``typo``): a wrong mark used as an apostrophe, and
quotations that open and never close (or close without opening) within a paragraph.

News convention: a quotation that runs on into the next paragraph is not closed; the
next paragraph opens with a quotation mark instead. Scraped copy often splices lines
between the two paragraphs (an ad label, captions, a block of related headlines): those
lines end no sentence and are stepped over; a few quote-free paragraphs of prose are
tolerated too (transcripts drop the marks that open paragraphs). A text cut off while a
quotation runs on is not judged at its end. Two right single marks (’’) close a double
quotation as some wire systems type it.
Single curly quotes are judged only where nothing could close them, because the
closing single quote is also the apostrophe ("the soldiers’ families"). An opening mark
typed where the quotation closes (“…fine.“ he said) closes it: quotes.mismatched
(quotes_mismatch.py) reports the wrong mark once, not quotes.unbalanced twice. A closing mark after a sentence
mark in the text's first paragraph, with no mark before it, closes a quotation the
excerpt's cut began inside (“…the city,” she said). A closing mark that closes nothing
is flagged with the words it ends, from the start of their sentence, where the opening
mark is missing; a quotation opened with a closing mark and a space (” We will …,”) is one
finding over the whole quotation, not two strays.
"""

from __future__ import annotations

from typing import Iterator

import regex

from ..finding import Finding, Severity
from ..quotation import MAX_INTERPOSED, MAX_RUN_ON, interposed, opens_part, scan_double
from ..rule import BaseRule
from .quotes_mismatch import DAMAGED, MismatchedQuotesRule, mismatches, neutral_doubles, reversed_close_marks, word_end

#: an opening single quote glued between letters ("Moscow‘s") or before a decade ("‘90s")
_OPENER_AS_APOSTROPHE = regex.compile(r"(?<=\p{L})‘(?=\p{Ll})|(?<![\p{L}\d])‘(?=\d\ds\b)")
#: a longer block is usually several paragraphs run together by a conversion, where a
#: quote continued into the next paragraph looks unclosed
MAX_PARAGRAPH_WORDS = 120
#: a quotation may run over this many paragraphs without marks before it closes
#: (transcripts and scraped copy often drop the mark that opens each paragraph); the
#: same reach as Document.quote_spans
MAX_CARRY = MAX_RUN_ON
#: text set one sentence to a line, with no blank line between (machine translation,
#: some feeds): a quotation runs over its lines as over paragraphs, so it may run further
MAX_LINE_CARRY = 12


def _reach(text: str, paras: list[tuple[int, int]], k: int) -> int:
    """How many quote-free paragraphs a quotation may run over before paragraph ``k``:
    more when the paragraphs are lines set one under the other (no blank line)."""
    if k and "\n" not in text[paras[k - 1][1]:paras[k][0]].strip(" \t\r").replace("\n", "", 1):
        return MAX_LINE_CARRY
    return MAX_CARRY


#: straight double quotes standing in for apostrophes or dashes (don"t, "?), or doubled
#: by a CSV export (""): converted copy
_STRAIGHT_DAMAGED = regex.compile(r'\p{L}"\p{L}|"\?(?=\s*\p{L})|""')


class OpenerAsApostropheRule(BaseRule):
    id = "quotes.apostrophe"
    category = "typo"
    severity = Severity.WARNING
    description = "An opening single quotation mark (‘) used where an apostrophe (’) belongs."

    def check(self, doc) -> Iterator[Finding]:
        for m in _OPENER_AS_APOSTROPHE.finditer(doc.text):
            start, end = _word_around(doc.text, m.start())
            word = doc.text[start:end]
            fixed = word.replace("‘", "’")
            yield self.finding(
                doc,
                start,
                end,
                f"“{word}” has an opening quotation mark (‘) where the apostrophe (’) belongs; write “{fixed}”.",
                suggestions=[fixed],
                fix=fixed,
            )


def _word_around(text: str, i: int) -> tuple[int, int]:
    start, end = i, i + 1
    while start > 0 and (text[start - 1].isalnum()):
        start -= 1
    while end < len(text) and (text[end].isalnum()):
        end += 1
    return start, end


class UnbalancedQuotesRule(BaseRule):
    id = "quotes.unbalanced"
    category = "typo"
    severity = Severity.WARNING
    description = "A quotation mark that opens and never closes, or closes without opening, in a paragraph."

    def check(self, doc) -> Iterator[Finding]:
        if DAMAGED.search(doc.text):
            return  # marks lost in a conversion: balance cannot be judged
        text, paras = doc.text, doc.paragraphs
        straight = not _STRAIGHT_DAMAGED.search(text)
        # marks quotes.mismatched reports: ”We…” opens with ”, ‘…” closes with ”
        mismatched = list(mismatches(text, paras))
        wrong = {s if opens else e - 1 for s, e, _, opens in mismatched}
        # “ typed where the quotation closes (“…fine.“): it closes, and mismatched reports it
        reversed_closes = set(reversed_close_marks(text, paras))
        wrong |= reversed_closes
        if neutral_doubles(text):
            text = text.replace("”", '"')  # ” for every double mark: paired as straight marks
        #: a double quotation left open by an earlier paragraph: its mark, and how many
        #: paragraphs of prose and of spliced lines it has run over since
        carried: tuple[int, int, int] | None = None
        for k, (p_start, p_end) in enumerate(paras):
            if len(text[p_start:p_end].split()) > MAX_PARAGRAPH_WORDS:
                carried = None  # several paragraphs run together: cannot be judged
                continue
            unclosed, stray = scan_double(text, p_start, p_end, straight, wrong)
            if carried is not None:
                first = _first_mark(text, p_start, p_end, '“”"' if straight else "“”")
                pos, prose, spliced = carried
                if first is not None and first in reversed_closes:
                    carried = None  # closed here, with an opening mark (mismatched's finding)
                elif stray and (first is None or first >= stray[0]):
                    # the quotation ran on over paragraphs without marks and closes here
                    stray.pop(0)
                    carried = None
                elif first is not None and _continues_here(text, p_start, first, spliced):
                    # continued by convention: a missing close is now this paragraph's
                    carried = (unclosed, 0, 0) if unclosed is not None else None
                    unclosed = None
                elif first is None and interposed(text[p_start:p_end]):
                    # lines the page spliced in
                    carried = (pos, prose, spliced + text.count("\n", p_start, p_end) + 1)
                    if carried[2] > MAX_INTERPOSED:
                        yield self._unclosed(doc, pos, doc.paragraph_at(pos)[1])
                        carried = None
                elif first is not None or prose >= _reach(text, paras, k):
                    yield self._unclosed(doc, pos, doc.paragraph_at(pos)[1])
                    carried = None
                else:
                    carried = (pos, prose + 1, spliced)
            if unclosed is not None:
                if carried is not None:
                    yield self._unclosed(doc, carried[0], doc.paragraph_at(carried[0])[1])
                carried = (unclosed, 0, 0)
            paired = _closer_pairs(text, p_start, stray)
            for pos in stray:
                if pos in paired.values():
                    continue  # the close of a quotation a closing mark opened: one finding, below
                if pos in paired:
                    yield self.finding(
                        doc, pos, min(p_end, word_end(text, paired[pos] + 1, p_end)),
                        "This quotation opens with a closing mark (”); write the opening mark (“).")
                    continue
                if k == 0 and text[pos - 1 : pos] in (",", ".", "!", "?") and \
                        _first_mark(text, p_start, pos, '“”"') is None:
                    continue  # a quoted sentence's end: the excerpt's cut began inside it
                start = _quoted_words_start(text, p_start, pos)
                yield self.finding(
                    doc,
                    start,
                    min(p_end, word_end(text, pos + 1, p_end)),
                    "This closing quotation mark has no opening mark before it in the paragraph "
                    "or the paragraphs before; add the opening mark where the quotation starts "
                    "(often the start of this sentence), or remove this one.",
                )
            single = _unclosed_single(text, p_start, p_end)
            if single is not None and any(s <= single < e for s, e, _, _ in mismatched):
                single = None  # closed with the wrong mark: quotes.mismatched says so
            if single is not None and not _continues(text, paras, k, "‘"):
                yield self._unclosed(doc, single, p_end)
        # a quotation still running where a cut text stops may close after the cut
        cut = doc.cut_end is not None and doc.cut_end.certain
        if carried is not None and not (cut and _runs_on_to_cut(text, paras, carried[0])):
            yield self._unclosed(doc, carried[0], doc.paragraph_at(carried[0])[1])

    def _unclosed(self, doc, pos: int, p_end: int) -> Finding:
        mark = doc.text[pos]
        close = "’" if mark == "‘" else "”" if mark == "“" else '"'
        return self.finding(
            doc,
            pos,
            _snippet_end(doc.text, pos, p_end),
            f"The quotation opened here ({mark}) is not closed in this paragraph, and the next "
            f"paragraph does not continue it; add the closing mark ({close}) where the quote ends.",
        )


def _unclosed_single(text: str, p_start: int, p_end: int) -> int | None:
    """A ‘ (not used as an apostrophe) with no ’ anywhere after it in the paragraph."""
    for m in regex.finditer("‘", text[p_start:p_end]):
        i = p_start + m.start()
        if _OPENER_AS_APOSTROPHE.match(text, i):
            continue
        if "’" not in text[i:p_end] and "‘" not in text[i + 1 : p_end]:
            return i
    return None


def _first_mark(text: str, start: int, end: int, marks: str) -> int | None:
    return next((i for i in range(start, end) if text[i] in marks), None)


#: the speaker's own words in a paragraph without marks: narrative copy rarely says "we"
_FIRST_PERSON = regex.compile(r"\b(?:I|me|my|we|us|our)\b", regex.I)


def _runs_on_to_cut(text: str, paras: list[tuple[int, int]], pos: int) -> bool:
    """A quotation left open at ``pos`` may close after the cut: it is in the last two
    paragraphs, or every paragraph after it speaks in the first person (sentence-per-line
    copy breaks one quotation over several lines)."""
    k = next(n for n, (a, b) in enumerate(paras) if a <= pos < b)
    after = paras[k + 1 :]
    return len(after) <= 1 or all(_FIRST_PERSON.search(text, a, b) for a, b in after)


def _continues_here(text: str, p_start: int, i: int, spliced: int) -> bool:
    """The opening mark at ``i`` continues a quotation left open before, with not more
    than MAX_INTERPOSED spliced lines between the parts."""
    lines = opens_part(text, p_start, i)
    return lines is not None and spliced + lines <= MAX_INTERPOSED


def _continues(text: str, paras: list[tuple[int, int]], k: int, marks: str) -> bool:
    """The next paragraph opens with a mark, or the first one after up to two quote-free
    paragraphs of prose and any lines spliced in by the page (captions, related links
    between the two halves of a quotation)."""
    prose = 0
    for s, e in paras[k + 1 : k + 1 + MAX_INTERPOSED + 3]:
        if text[s:e].lstrip()[:1] in marks:
            return True
        if any(c in text[s:e] for c in '“”"‘'):
            return False
        if not interposed(text[s:e]):
            prose += 1
            if prose > 2:
                return False
    return False


#: where a sentence ends inside a paragraph: a full stop, question or exclamation mark (and
#: any closing mark or bracket), then a space
_SENTENCE_END = regex.compile(r"[.!?…][\"”’)\]]*\s+")
#: any double quotation mark
_DOUBLE_MARKS = '“”"«»'


def _quoted_words_start(text: str, p_start: int, pos: int) -> int:
    """Where the words a stray closing mark ends begin: the start of its sentence (after
    any earlier quotation mark in it), so the span shows the editor the words whose opening
    mark is missing ("The ferry left without us,” she said." flags from "The"; the blind
    labels mark those words, not the mark). A mark after a space (” We …) opens rather
    than closes: only the mark is flagged."""
    if pos <= p_start or text[pos - 1].isspace():
        return pos
    start = p_start
    for m in _SENTENCE_END.finditer(text, p_start, pos):
        start = m.end()
    mark = max(text.rfind(c, start, pos) for c in _DOUBLE_MARKS)
    if mark >= start:
        start = mark + 1
    while start < pos and text[start].isspace():
        start += 1
    return start


def _closer_pairs(text: str, p_start: int, stray: list[int]) -> dict[int, int]:
    """Two stray ” that make one quotation: the first typed where the quotation opens (at
    the paragraph's start or after a space, a space after it: 'there was no need ” to
    argue”', '” We will not move,” he said'), the next closing a word, no mark between.
    One wrong mark, reported once over the whole quotation, not as two strays."""
    pairs: dict[int, int] = {}
    for a, b in zip(stray, stray[1:]):
        if a in pairs.values() or text[a] != "”" or text[b] != "”":
            continue
        if not (a == p_start or text[a - 1].isspace()) or not text[a + 1 : a + 2].isspace():
            continue
        if text[b - 1].isspace() or any(c in _DOUBLE_MARKS for c in text[a + 1 : b]):
            continue
        pairs[a] = b
    return pairs


def _snippet_end(text: str, pos: int, p_end: int, width: int = 60) -> int:
    """End the flagged span at a word boundary, at most ``width`` characters on."""
    end = min(p_end, pos + width)
    if end < p_end:
        space = text.rfind(" ", pos + 1, end)
        if space > pos:
            end = space
    return end


def rules():
    from .cut_off import rules as cut_off_rules

    return [OpenerAsApostropheRule(), UnbalancedQuotesRule(), MismatchedQuotesRule(), *cut_off_rules()]
