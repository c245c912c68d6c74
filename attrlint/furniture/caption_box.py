"""Where a photo's box starts: a credit line sits under the caption it credits, and an
editor deletes the two together. A finding on the credit alone starts one line inside the
box (and a second finding on the caption would be a second report of one box), so the
rules start the finding at the caption when the line above is shaped like one.

A caption is one short sentence or a headline-like phrase, not a paragraph of the story:
no second sentence, no quotation, no reporting verb, never the story's first line (its
headline), and set off by a blank line above it (copy set one paragraph a line runs on: its
one-sentence paragraph over a 'Source:' line is the story's; a caption right under a photo's
alt text is that photo's box). A credit that ends a long caption line takes only a headline-like line right
above it (a photo's title over its caption), never across a blank line.
"""
from __future__ import annotations

import regex

from .shape import BLANK, FURNITURE, STRONG, Line

#: families of a line that is a photo's caption or its credit
CREDIT_FAMILIES = frozenset({"caption", "picture credit", "source credit"})

_WORD = regex.compile(r"\w+")
#: a sentence end inside the line (a second sentence: a paragraph, not a caption); after a
#: lower-case word, so that an initialism's point ("WSJ. Magazine") is no sentence end
_INNER_END = regex.compile(r"(?<=\p{Ll}\p{Ll})[.!?][\"”’')\]]*[ \t]+[\"“‘(]?\p{Lu}")
_END = regex.compile(r"[.!?…][\"”’')\]]*[ \t]*$")
_QUOTE = regex.compile(r"[\"“”]|(?<!\w)['‘]|['’](?!\w)")
#: a story's reporting verbs: a line that reports speech is the story's, not a caption
_REPORTING = regex.compile(r"(?i)\b(?:said|says|told|tells|according|added|asked|stated)\b")

#: a finite past-tense verb, roughly: a story's sentence, not a caption's present tense
_PAST = regex.compile(
    r"(?i)\b(?:\w{2,}ed|was|were|had|did|met|made|took|went|came|won|lost|began|left|held|found|gave|"
    r"saw|became|got|ran|kept|brought|thought|felt|paid|sent|spent|built|fell|rose|led|struck|broke|"
    r"chose|drove|flew|grew|knew|rode|sold|spoke|stood|told|wrote)\b"
)

#: longest caption taken above a credit line (words)
MAX_CAPTION_WORDS = 30
#: longest line still read as a credit on its own (words)
MAX_CREDIT_WORDS = 12


def credit_only(text: str) -> bool:
    """A line that is the credit alone ('Photo: Jane Doe / Agency', '(Agency for Example)')."""
    t = text.strip()
    return bool(t) and len(_WORD.findall(t)) <= MAX_CREDIT_WORDS and not _INNER_END.search(t)


def _certain(ln: Line) -> bool:
    return ln.kind == FURNITURE and ln.known and ln.weight >= STRONG


def caption_above(lines: list[Line], line: Line) -> Line | None:
    """The caption line over the credit on ``line`` (the box's first line), or None.

    ``lines`` is the text's lines in order (``Line.n`` indexes them)."""
    short = credit_only(line.text)
    k, blanks = line.n - 1, 0
    while k >= 0 and lines[k].kind == BLANK:
        k, blanks = k - 1, blanks + 1
    if k < 0 or blanks > (1 if short else 0):
        return None
    above = lines[k]
    if not any(ln.kind != BLANK and not _certain(ln) for ln in lines[:k]):
        return None  # the story's headline (under a spam or site line, it is still the headline)
    if k > 0 and lines[k - 1].kind != BLANK:
        return None  # run on from the story's lines (copy set one paragraph a line), or the
        # caption under another photo's alt text: that box's line, not this credit's
    t = above.text.strip()
    n = len(_WORD.findall(t))
    if not 2 <= n <= MAX_CAPTION_WORDS or _INNER_END.search(t) or _QUOTE.search(t) or _REPORTING.search(t):
        return None
    if above.kind == FURNITURE and (not short or above.family not in CREDIT_FAMILIES | {"short line"}):
        return None  # another kind of furniture: its own box
    if _END.search(t) and (not short or _PAST.search(t)):
        # a caption line with its credit takes only a photo's title over it; a sentence over
        # a credit is a caption when written in the present tense, as captions are (a
        # one-sentence paragraph of the story tells what happened)
        return None
    return above
