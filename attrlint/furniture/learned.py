"""Blocks the hand-built families missed, found by the learned line model (``line_model``).

A line that scores at least the model's threshold starts a block; lines next to it that
score at least ``GROW`` join it (jusText's idea: a sure line decides its uncertain
neighbours). Fenced for precision, since the model only sees shape:

* only at the edges of the story: above its first paragraph or below its last, where the
  page's furniture sits; between paragraphs a short line is as often a crosshead;
* never the headline, a paragraph or a sentence, nor a line a block or a line-level rule
  reports already; a run in the same box as a reported block is left to that finding;
* never the story's own lines of a furniture-like shape (``story_lines.story_copy``): an agency's credit,
  a byline with no stamp, a signature, the draft's date line, a crosshead near the end.
See docs/debris.md for what was measured.
"""
from __future__ import annotations

import regex

from .blocks import Block
from .line_model import describe, features, model, probabilities
from . import patterns as P
from .shape import STRONG, Line
from .story_lines import cut, cut_off, headline, header, paragraph, person, prose, sentence, story_copy
from .widgets import reported_elsewhere

#: a neighbour of a sure line joins its block from this score up
GROW = 0.5
#: a figure or a separator in a short line: a stamp's or a header's mark
_MARK = regex.compile(r"\d|[|/»›]")
#: the family of a line the model found; its message says what shape made it furniture
LEARNED = "learned"


def _beside(lines: list[Line], n: int, step: int, taken: set[int]) -> bool:
    """Is a reported line the first one met going from line ``n`` by ``step`` over lines that
    are not paragraphs (a box's sentences: "You are commenting as …") and not blank? A blank
    line ends the box: a run set apart from a reported block is a box of its own."""
    while 0 <= n < len(lines) and n not in taken and lines[n].text.strip() and not paragraph(lines[n]):
        n += step
    return 0 <= n < len(lines) and n in taken


def _label(ln: Line) -> bool:
    """Six words at most with a figure or a separator, not a byline: a page's label or stamp
    ("Politics | 2 hours ago"), not a headline ("Crash horror", "UPDATE: Ferry deal agreed";
    a word alone, "McDonald", is left alone too: tests/test_furniture_mastheads.py)."""
    t = ln.text.strip()
    return len(P.WORD.findall(t)) <= 6 and bool(_MARK.search(t)) and not t.lower().startswith("by ")


def learned_blocks(lines: list[Line], blocks: list[Block], reported: frozenset[int] = frozenset()) -> list[Block]:
    """New blocks of lines the model scores as furniture (see the module's docstring);
    ``reported`` holds lines a leftover is reported on already (a breadcrumb run into the
    headline), which count as taken like a block's."""
    filled = [ln for ln in lines if ln.text.strip()]
    if len(filled) < 3:
        return []
    feats = features(lines, frozenset(P.lists()["stopwords"]))
    score = probabilities(feats)
    sure = float(model()["threshold"])
    taken = {ln.n for b in blocks for ln in b.lines} | set(reported)
    if not any(p >= sure and n not in taken for n, p in score.items()):
        return []  # no sure line outside the hand-built blocks: nothing to start a block (most copy)
    taken |= {ln.n for ln in filled if reported_elsewhere(ln.text)}
    # the headline: the first line no hand-built block took (a scraped ad label may sit above it)
    head = next((i for i, ln in enumerate(filled) if ln.n not in taken), len(filled))
    if head + 1 < len(filled) and score[filled[head].n] >= sure and _label(filled[head]) and paragraph(filled[head + 1]):
        head -= 1  # a page's label or stamp right over the lead ("Newsfrom Japan"): the text has no headline
    story = [i for i, ln in enumerate(filled) if i > head and paragraph(ln)]
    if not story:
        return []
    first, last = story[0], story[-1]

    def free(i: int) -> bool:
        return (head < i < len(filled) and filled[i].n not in taken and not prose(filled[i])
                and not headline(filled[i]) and not sentence(filled[i])
                and not (i == len(filled) - 1 and cut(filled[i])))

    runs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i, ln in enumerate(filled):
        if i in used or not free(i) or score[ln.n] < sure or first < i < last or (i and cut_off(filled, i)):
            continue
        lo = hi = i
        while free(lo - 1) and score[filled[lo - 1].n] >= GROW:
            lo -= 1
        while free(hi + 1) and score[filled[hi + 1].n] >= GROW:
            hi += 1
        used |= set(range(lo, hi + 1))
        if lo == head + 1 and person(filled[lo]) and filled[lo].n + 1 < len(lines) and not lines[filled[lo].n + 1].text.strip():
            lo += 1  # the writer's name alone under the headline is the story's byline
        if lo > hi or story_copy(filled, lo, hi, head, last):
            continue
        if hi <= 2 and hi + 1 < len(filled) and headline(filled[hi + 1]) and not any(header(ln) for ln in filled[lo:hi + 1]):
            continue  # a kicker or a strap over the headline ("Harbour Special" / "Ferry Week")
        if lo == 1 == head + 1 and score[filled[0].n] >= sure and header(filled[0]):
            lo = 0  # the page's header over the headline ("Tag: Harbour"): the text starts with it
        if _beside(lines, filled[lo].n - 1, -1, taken) or _beside(lines, filled[hi].n + 1, 1, taken):
            continue  # in the same box as a reported block or line: that finding covers the place
        if runs and runs[-1][0] > last and lo - runs[-1][1] <= 4 and not any(
                filled[k].n in taken or paragraph(filled[k]) for k in range(runs[-1][1] + 1, lo)):
            runs[-1] = (runs[-1][0], hi)  # one box whose buttons sit between its sentences
        else:
            runs.append((lo, hi))
    return [_block(filled[lo:hi + 1], feats) for lo, hi in runs]


def _block(run: list[Line], feats: dict[int, list[float]]) -> Block:
    why: list[str] = []
    for ln in run:
        for reason in describe(feats[ln.n]):
            if reason not in why:
                why.append(reason)
    for ln in run:
        ln.mark(LEARNED, STRONG)
    block = Block(list(run))
    block.why = why[:3]
    return block
