"""Text that stops mid-sentence: excerpts, feeds and pasted fragments cut at a length.

A cut end is one fact about the document, found once here. The linter uses it to drop
what the cut itself causes (the cut word looks misspelt, the last quotation never
closes, the speaker of the last quotation is never named); the ``debris.cut-off`` rule
reports it. This module imports nothing from attrlint, so any layer may use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(]?[A-Z0-9])")
OPENERS = '“„«‘"'
#: the double quotation marks ``_open_quote`` reads
_DOUBLE_MARK = re.compile('[“„«”»"]')


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
    # the last paragraph that is not blank (read from the end: earlier ones are not copied)
    last_para = next(((s, e) for s, e in reversed(paragraphs) if (seg := text[s:e]) and not seg.isspace()), None)
    if last_para is None:
        return None
    p_start, p_end = last_para
    body = text[p_start:p_end].rstrip()
    if not body:
        return None
    end = p_start + len(body)
    # a finished last sentence is told from the end of the paragraph alone, before its
    # words are read (most stories end so; a one-paragraph page is the whole text)
    trails_off = body.endswith(("...", "…"))  # "Photo: Reu...", "the minister said that…"
    if not trails_off and _finished(body):
        return None  # a finished sentence: a quotation still open there is an error, not a cut
    word_start = _last_word_start(text, p_start, end)
    open_quote = None
    if trails_off:
        why = "it trails off"
    elif (open_quote := _open_quote(body)) is not None:
        why = "a quotation is left open"
    elif body.endswith(":"):
        why = "it ends in a colon"
    elif _prose(_WORD.findall(body)):
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


def _finished(body: str) -> bool:
    """``body`` (no trailing space) ends a sentence: terminal punctuation, maybe closed by
    quotation marks or brackets, or a closing mark alone (``_FINISHED``, read from the end)."""
    return body[-1] in "\"”’)]" or body.rstrip("\"”’')]").endswith((".", "!", "?"))


def _last_word_start(text: str, start: int, end: int) -> int:
    """Where the last word of ``text[start:end]`` starts when it runs to ``end``, else ``end``:
    the last of ``_WORD``'s matches there, found from the run of word characters ``end``
    closes (each run holds one match, from its first letter to its end)."""
    i = end
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "_'’-"):
        i -= 1
    m = _WORD.search(text, i, end)
    return m.start() if m else end


def _prose(words: list[str]) -> bool:
    """Enough words, enough of them lower case: a sentence, not furniture."""
    if len(words) < 4:
        return False
    lower = sum(map(str.islower, map(itemgetter(0), words)))
    return lower / len(words) >= 0.4


def _open_quote(body: str) -> int | None:
    """The offset of a double or single quotation the paragraph leaves open at its end."""
    open_at = None
    for mark in _DOUBLE_MARK.finditer(body):  # from mark to mark, not every character
        ch, i = mark.group(), mark.start()
        if ch in "“„«":
            open_at = i if open_at is None else open_at
        elif ch in "”»":
            open_at = None
        else:  # '"'
            open_at = i if open_at is None else None
    if open_at is not None:
        return open_at
    # a single curly quotation that opens after a space and is never closed
    m = re.search(r"(?:^|(?<=[\s(]))‘(?=\S)", body)
    if m and not re.search(r"(?<=\S)’(?![^\W\d_])", body[m.end() :]):
        return m.start()
    return None
