"""Is this line headline-shaped? One test for the voice rules, with their differences as
parameters.

Headlines, captions and the labels of other stories' links are not the story's sentences:
the voice rules ask of a line or a parsed sentence whether it is one. They ask it with
different strictness, so each caller says what it needs:

- ``stops``: the closing marks a headline does not end on (a full stop alone, or any
  sentence or clause mark, possibly before a closing quote or bracket);
- ``max_words``: a headline is short;
- ``caps_at_least`` / ``caps_over``: the share of words of four or more letters written
  with a capital (title case), at least or strictly over a threshold, of three such
  words at least; ``long_words`` gives the words when the caller has them already (a
  parsed sentence's alphabetic tokens);
- ``runs_on``: words a headline does not end on ("of", "the"): a line ending on one is
  hard-wrapped prose;
- ``opens_capital``: the line opens with a capital, a digit or a quotation mark.

A base module: it imports nothing from attrlint.
"""
from __future__ import annotations

import re
from typing import Sequence

#: a full stop closing the line
FULL_STOP = re.compile(r"\.$")
#: a full stop, a question mark, an ellipsis or a colon closing the line
SENTENCE_STOP = re.compile(r"[.?…:]$")
#: any sentence or clause mark closing the line, before closing quotes or brackets
CLOSING_MARK = re.compile(r"[.!?:;…,]['\"”’)\]]*\s*$")
#: a word of the line (letters first; hyphens and apostrophes inside)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_OPENERS = "\"“‘'"
#: what the last word of a line that runs on ends with: a hyphen or a possessive
_RUNS_ON_ENDINGS = ("-", "'s", "’s")


def title_case_share(long_words: Sequence[str]) -> float | None:
    """The share of ``long_words`` written with a capital; None for fewer than three."""
    if len(long_words) < 3:
        return None
    return sum(1 for w in long_words if w[:1].isupper()) / len(long_words)


def headline_shaped(line: str, *, stops: re.Pattern[str] = FULL_STOP, max_words: int | None = None,
                    caps_at_least: float | None = None, caps_over: float | None = None,
                    long_words: Sequence[str] | None = None, runs_on: frozenset[str] | None = None,
                    opens_capital: bool = False) -> bool:
    """Whether ``line`` has a headline's shape under the caller's tests (module docstring)."""
    text = line.strip()
    if not text or stops.search(text):
        return False
    words = text.split()
    if max_words is not None and len(words) > max_words:
        return False
    if runs_on is not None and (words[-1].lower() in runs_on or words[-1].endswith(_RUNS_ON_ENDINGS)):
        return False
    if opens_capital and not (text[0].isupper() or text[0].isdigit() or text[0] in _OPENERS):
        return False
    if caps_at_least is not None or caps_over is not None:
        if long_words is None:
            long_words = [w for w in _WORD.findall(text) if len(w) > 3]
        share = title_case_share(long_words)
        if share is None:
            return False
        if caps_at_least is not None and share < caps_at_least:
            return False
        if caps_over is not None and share <= caps_over:
            return False
    return True
