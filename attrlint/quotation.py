"""Quotations that run on over paragraphs without marks (a base module: imports nothing
from attrlint, so ``Document`` and the rules may both use it).

News convention opens each paragraph of a long quotation with a mark and closes only the
last. Transcripts and scraped copy often drop the opening marks of the middle
paragraphs: “We need a budget. ⏎ The first part is the roads. ⏎ The second is the
schools.” Those middle paragraphs are the speaker's words, not the writer's.
"""

from __future__ import annotations

#: a quotation may run on over this many paragraphs without marks before it closes
MAX_RUN_ON = 5
_MARKS = '“”"‘’„«»'


def with_run_ons(text: str, paragraphs: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` plus quotations left open at a paragraph's end that close in a later
    paragraph, after paragraphs with no quotation marks at all: the paragraphs in between
    whole, and the closing paragraph up to its closing mark. A straight quote of closing
    shape there ('done," she said') closes the run, not opens a new quotation."""
    by_start = {s: (s, e) for s, e in spans}
    ends_open = {e for s, e in spans if text[s] in '“"„«'}
    extra: list[tuple[int, int]] = []
    dropped: set[tuple[int, int]] = set()
    for k, (_, p_end) in enumerate(paragraphs):
        if p_end not in ends_open:
            continue
        between: list[tuple[int, int]] = []
        for a, b in paragraphs[k + 1 : k + 1 + MAX_RUN_ON]:
            close = next((i for i in range(a, b) if text[i] in _MARKS), None)
            if close is None:
                between.append((a, b))
                continue
            if text[close] == "”" or (text[close] == '"' and _closes(text, close, b)):
                extra.extend(between)
                extra.append((a, close + 1))
                if close in by_start:
                    dropped.add(by_start[close])
            break
    return sorted([sp for sp in spans if sp not in dropped] + extra)


def _closes(text: str, i: int, end: int) -> bool:
    """A straight double quote after a word and before a space or punctuation closes."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")
