"""The invented three-paragraph story the furniture tests put page furniture around: a
headline and three plain paragraphs, and how the analysis splits the page into blocks."""
from __future__ import annotations

from attrlint.furniture import analyse_text

HEAD = "Harbour council backs a late ferry for shift workers"
P1 = "The Harbour council voted on Tuesday to run a late ferry between the two quays."
P2 = "Councillor Ama Boateng said night nurses had asked for the service for two years."
P3 = "The first crossing will leave the north quay in June, the transport office said."
#: the three paragraphs, and the story as one text, headline first
BODY = "\n\n".join([P1, P2, P3]) + "\n"
STORY = f"{HEAD}\n\n{BODY}"


def story(*after, before=()):
    """The story with furniture lines ``before`` its first paragraph and ``after`` its last,
    each a paragraph of its own."""
    return "\n\n".join([HEAD, *before, P1, P2, P3, *after]) + "\n"


def block_starts(text):
    """The 1-based first line of each furniture block the analysis finds."""
    return [b.lines[0].n + 1 for b in analyse_text(text).blocks]


def block_lines(text):
    """The 1-based (first, last) lines of each furniture block."""
    return [(b.lines[0].n + 1, b.lines[-1].n + 1) for b in analyse_text(text).blocks]
