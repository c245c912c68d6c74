"""``find_cut_end`` tells a finished last paragraph from its end alone and finds the last
word from the end: the same cut ends as the whole-paragraph scans it replaced (kept here
as the reference), on random text built from the characters the scans tell apart."""
from __future__ import annotations

import random
import re

import pytest

from attrlint.cut_end import CutEnd, find_cut_end
from attrlint.document import Document

_FINISHED = re.compile(r"[.!?][\"”’')\]]*$|[\"”’)\]]$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(]?[A-Z0-9])")


def _open_quote(body: str) -> int | None:
    """The open quotation as it was found: a walk over every character."""
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
    m = re.search(r"(?:^|(?<=[\s(]))‘(?=\S)", body)
    if m and not re.search(r"(?<=\S)’(?![^\W\d_])", body[m.end():]):
        return m.start()
    return None


def _prose(words: list[str]) -> bool:
    if len(words) < 4:
        return False
    return sum(1 for w in words if w[0].islower()) / len(words) >= 0.4


def _reference(text: str, paragraphs: list[tuple[int, int]]) -> CutEnd | None:
    """The scans as they were: every paragraph stripped, every word of the last one listed."""
    paras = [p for p in paragraphs if text[p[0]: p[1]].strip()]
    if not paras:
        return None
    p_start, p_end = paras[-1]
    body = text[p_start:p_end].rstrip()
    if not body:
        return None
    end = p_start + len(body)
    words = _WORD.findall(body)
    last = list(_WORD.finditer(text, p_start, end))
    word_start = last[-1].start() if last and text[last[-1].end(): end].strip() == "" else end
    open_quote = None
    if _ELLIPSIS.search(body):
        why = "it trails off"
    elif _FINISHED.search(body):
        return None
    elif (open_quote := _open_quote(body)) is not None:
        why = "a quotation is left open"
    elif body.endswith(":"):
        why = "it ends in a colon"
    elif _prose(words):
        why = "the last sentence has no end"
    else:
        return CutEnd(word_start, word_start, word_start, len(text), "", word_start)
    starts = [p_start] + [m.end() for m in _SENTENCE_END.finditer(text, p_start, end)]
    sentence = starts[-1]
    start = sentence if open_quote is None else min(sentence, p_start + open_quote)
    tail = min(start, starts[-2] if len(starts) > 1 else p_start)
    return CutEnd(start, word_start, p_start, len(text), why, tail)


_PIECES = ["the", "Vote", "mayor", "said", "approa", "x2", "2024", "_", "'", "’", "-", "²", "ſ", "é",
           ".", "...", "…", "!", "?", ":", ",", '"', "“", "”", "‘", "„", "«", "»", "(", ")", "]", " ", " ", " ", "\n",
           "\n\n", "\n \n", "\u00a0", "\t"]


@pytest.mark.parametrize("seed", range(40))
def test_the_same_cut_ends_as_the_whole_paragraph_scans(seed):
    rng = random.Random(seed)
    for _ in range(150):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        paragraphs = Document.from_text(text).paragraphs
        assert find_cut_end(text, paragraphs) == _reference(text, paragraphs), repr(text)


@pytest.mark.parametrize("text", [
    "It ended.", "It ended.'", "It ended.)”", "“It ended”", "It ended'", "It ran on - 2024",
    "It ran on to the approa", "It ran on to the x2-ab_c", "It ran on to the 12ab", "It ran on to '’-",
    "Last para.\n\n   \n", "Text\n\n\u00a0", "", "   ", "A cut ... end...", "Photo: Reu…",
])
def test_edges_of_the_last_paragraph(text):
    paragraphs = Document.from_text(text).paragraphs
    assert find_cut_end(text, paragraphs) == _reference(text, paragraphs)
