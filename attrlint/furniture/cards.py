"""A link to another story spliced between the paragraphs as a card: its headline printed
twice, once as the picture's alt text and once as the link, a label such as "More to Read"
or "Related" between or around them ("Harbour Bridge Closed After Barge Strike" / "More to
Read" / "Harbour Bridge Closed After Barge Strike"). The story's own crossheads are not
printed twice in a row. A pass of ``neighbours.apply``; it only turns lines into furniture.
"""
from __future__ import annotations

from . import patterns as P
from .shape import ATTACH, FURNITURE, PROSE, STRONG, Line

#: how far below the first copy the second may stand (the label between them)
_REACH = 3


def doubled_titles(body: list[Line]) -> None:
    """The first copy of a headline printed twice within a few lines after the story began:
    a headline's shape (five to sixteen words, most of them capitalised, no end punctuation),
    with at most short lines (a label of a few words) between the copies."""
    began = False
    for k, ln in enumerate(body):
        if ln.kind == PROSE and P.END_PUNCT.search(ln.text.strip()):
            began = True
            continue
        if not began or not _title(ln):
            continue
        key = _key(ln.text)
        for j in range(k + 1, min(k + 1 + _REACH, len(body))):
            if _key(body[j].text) == key:
                between = body[k + 1:j]
                if all(len(P.WORD.findall(b.text)) <= 5 and not P.END_PUNCT.search(b.text.strip()) for b in between):
                    if not (ln.kind == FURNITURE and ln.known and ln.weight >= STRONG):
                        ln.mark("related links", STRONG)
                    for b in between:
                        b.mark("related links", ATTACH)
                break
            if len(P.WORD.findall(body[j].text)) > 5:
                break


def _title(ln: Line) -> bool:
    t = ln.text.strip()
    words = P.WORD.findall(t)
    if not 5 <= len(words) <= 16 or P.END_PUNCT.search(t) or t.endswith(","):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return caps >= 0.7 * len(words)


def _key(text: str) -> str:
    return " ".join(w.lower() for w in P.WORD.findall(text))
