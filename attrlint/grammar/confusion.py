"""Which member of a confusion set fits a context, by bigram evidence.

A word ``x`` between ``prev`` and ``next`` is scored as P(x | prev) * P(next | x), which
up to factors shared by every candidate is ``count(prev x) * count(x next) / count(x)``;
with one neighbour only, the one bigram count. A side where no candidate has evidence
says nothing and is left out. The written word is replaced only when another member of
its set is ``RATIO`` times likelier and that likelihood rests on an observed bigram, and
the word before favours it too: the right neighbour alone is too often the start of an
idiom ("always lead by example" is not "led by").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import load_data
from .ngrams import FLOOR, NGrams, ngrams

#: how much likelier the alternative must be
RATIO = 30.0


@dataclass(frozen=True)
class Verdict:
    written: str
    better: str
    ratio: float
    evidence: str


@lru_cache(maxsize=1)
def confusion_sets() -> dict[str, tuple[tuple[str, ...], float]]:
    """written word -> (the words it is confused with, the ratio that decides)."""
    out: dict[str, tuple[tuple[str, ...], float]] = {}
    for s in load_data("confusables.toml").get("sets", []):
        words = tuple(s["words"])
        for w in s.get("only", words):
            out[w] = (tuple(x for x in words if x != w), float(s.get("ratio", RATIO)))
    return out


def norm(word: str | None) -> str | None:
    """A neighbour as the bigram data spells it: lower case, letters and digits only."""
    if not word:
        return None
    w = re.sub(r"[^a-z0-9]", "", word.lower())
    return w or None


def _side(ng: NGrams, cands: tuple[str, ...], key) -> dict[str, float] | None:
    counts = {c: ng.bi.get(key(c)) for c in cands}
    if not any(counts.values()):
        return None
    return {c: v or FLOOR for c, v in counts.items()}


def judge(prev: str | None, word: str, nxt: str | None) -> Verdict | None:
    """A better word from the word's confusion set, or None when the written one is fine."""
    w = word.lower()
    entry = confusion_sets().get(w)
    if not entry:
        return None
    alts, needed = entry
    ng = ngrams()
    cands = (w, *alts)
    p, n = norm(prev), norm(nxt)
    left = _side(ng, cands, lambda c: f"{p} {c}") if p else None
    right = _side(ng, cands, lambda c: f"{c} {n}") if n else None
    if left is None and right is None:
        return None
    scores = {}
    for c in cands:
        s = 1.0
        if left:
            s *= left[c]
        if right:
            s *= right[c]
        if left and right:
            s /= max(ng.unigram(c), 1.0)
        scores[c] = s
    best = max(alts, key=lambda c: scores[c])
    if not left or left[best] <= left[w]:
        return None  # the word before must favour the other word too ("always lead by example")
    ratio = scores[best] / scores[w]
    if ratio < needed:
        return None
    parts = []
    for side, pair in ((left, lambda c: f"{p} {c}"), (right, lambda c: f"{c} {n}")):
        if side:
            parts.append(" vs ".join(f"“{pair(c)}” {_count(ng, pair(c))}" for c in (best, w)))
    return Verdict(w, best, ratio, "web bigram counts: " + "; ".join(parts))


def _count(ng: NGrams, pair: str) -> str:
    n = ng.bi.get(pair)
    return f"{int(n):,}" if n else "under 100,000"
