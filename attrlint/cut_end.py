"""Text that stops mid-sentence: excerpts, feeds and pasted fragments cut at a length.

A cut end is one fact about the document, found once here. The linter uses it to drop
what the cut itself causes (the cut word looks misspelt, the last quotation never
closes, the speaker of the last quotation is never named); the ``debris.cut-off`` rule
reports it. This module imports nothing from attrlint, so any layer may use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: a sentence end: terminal punctuation, maybe followed by closing quotes or brackets
_FINISHED = re.compile(r"[.!?][\"”’')\]]*$|[\"”’)\]]$")
#: a trailing ellipsis: "Photo: Reu...", "the minister said that…"
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(]?[A-Z0-9])")
OPENERS = '“„«‘"'


@dataclass(frozen=True)
class CutEnd:
    """Where the text stops mid-sentence. ``start``: the unfinished sentence (or the open
    quotation the end leaves open); ``word_start``: the last, maybe cut, word;
    ``paragraph_start``: the final paragraph; ``end``: the end of the text."""

    start: int
    word_start: int
    paragraph_start: int
    end: int
    why: str
    #: the sentence before the unfinished one: a quotation there may have lost its speaker
    tail_start: int = -1

    @property
    def certain(self) -> bool:
        """The text plainly stops mid-sentence (reported); else only its last word may be cut."""
        return bool(self.why)

    def hides(self, rule: str, category: str, start: int, text: str, end: int | None = None) -> bool:
        """Whether a finding at [start, end) is an effect of the cut rather than an error.

        ``text`` is the document text, to tell an opening quotation mark from a closing one.
        """
        touches = (end if end is not None else start + 1) > self.word_start
        if touches and self.word_start < self.end and category in ("typo", "inconsistent_name"):
            return True  # the cut word ("the spokesw", "President Zelens"), alone or in a phrase
        if not self.certain:
            return False
        if rule == "quotes.unbalanced" and start >= self.paragraph_start:
            return start < len(text) and text[start] in OPENERS  # left open by the cut
        if rule == "attribution.unattributed-quote" and start >= max(self.paragraph_start, self.tail_start):
            return True  # the attribution may have been after the cut
        return False


def find_cut_end(text: str, paragraphs: list[tuple[int, int]]) -> CutEnd | None:
    """The cut end of ``text``, or None when its last paragraph ends a sentence.

    A paragraph is cut when it trails off in an ellipsis, or stops without terminal
    punctuation and leaves a quotation open, ends in a colon that introduces nothing, or
    reads as prose (a run of words, many of them lower case: not a tag list, a byline or
    a timestamp).
    """
    paras = [p for p in paragraphs if text[p[0] : p[1]].strip()]
    if not paras:
        return None
    p_start, p_end = paras[-1]
    body = text[p_start:p_end].rstrip()
    if not body:
        return None
    end = p_start + len(body)
    words = _WORD.findall(body)
    last = list(_WORD.finditer(text, p_start, end))
    word_start = last[-1].start() if last and text[last[-1].end() : end].strip() == "" else end
    open_quote = None
    if _ELLIPSIS.search(body):
        why = "it trails off"
    elif _FINISHED.search(body):
        return None  # a finished sentence: a quotation still open there is an error, not a cut
    elif (open_quote := _open_quote(body)) is not None:
        why = "a quotation is left open"
    elif body.endswith(":"):
        why = "it ends in a colon"
    elif _prose(words):
        why = "the last sentence has no end"
    else:
        # furniture or a headline that stops without punctuation ("- Senate vo"): not
        # reported as a cut, but its last word may be cut, so it is not a misspelling
        return CutEnd(word_start, word_start, word_start, len(text), "", word_start)
    starts = [p_start] + [m.end() for m in _SENTENCE_END.finditer(text, p_start, end)]
    sentence = starts[-1]
    start = sentence if open_quote is None else min(sentence, p_start + open_quote)
    tail = min(start, starts[-2] if len(starts) > 1 else p_start)
    return CutEnd(start, word_start, p_start, len(text), why, tail)


def _prose(words: list[str]) -> bool:
    """Enough words, enough of them lower case: a sentence, not furniture."""
    if len(words) < 4:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower / len(words) >= 0.4


def _open_quote(body: str) -> int | None:
    """The offset of a double or single quotation the paragraph leaves open at its end."""
    open_at = None
    for i, ch in enumerate(body):
        if ch in "“„«":
            open_at = i if open_at is None else open_at
        elif ch in "”»":
            open_at = None
        elif ch == '"':
            open_at = i if open_at is None else None
    if open_at is not None:
        return open_at
    # a single curly quotation that opens after a space and is never closed
    m = re.search(r"(?:^|(?<=[\s(]))‘(?=\S)", body)
    if m and not re.search(r"(?<=\S)’(?![^\W\d_])", body[m.end() :]):
        return m.start()
    return None
