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
    #: decided by which pairs are seen at all (``by_presence``), not by a ratio of scores
    by_presence: bool = False


@lru_cache(maxsize=1)
def confusion_sets() -> dict[str, tuple[tuple[str, ...], float]]:
    """written word -> (the words it is confused with, the ratio that decides)."""
    out: dict[str, tuple[tuple[str, ...], float]] = {}
    for s in load_data("confusables.toml").get("sets", []):
        words = tuple(s["words"])
        for w in s.get("only", words):
            out[w] = (tuple(x for x in words if x != w), float(s.get("ratio", RATIO)))
    return out


@lru_cache(maxsize=1)
def presence_sets() -> frozenset[str]:
    """Written words judged by which bigrams are seen at all (``by_presence`` in a set): a rare
    word ("causalities") gains so much from the division by its own count that the ratio
    never favours the common one, though no pair of it with its neighbours is ever seen."""
    return frozenset(w for s in load_data("confusables.toml").get("sets", []) if s.get("by_presence")
                     for w in s.get("only", s["words"]))


#: how much commoner the other word's pair must be than a written pair the counts do hold
#: (web text's own slips put "fo the" and "ot the" over the counts' cut)
PRESENCE_RATIO = 1000.0


def _by_presence(ng: NGrams, p: str | None, w: str, n: str | None, alts: tuple[str, ...]) -> Verdict | None:
    """The other word when both its pairs with the neighbours are seen and neither of the
    written word's is, or is only a web slip's count (a thousandth of the other's)."""
    if not (p and n):
        return None
    seen = {a: (left, right) for a in alts
            if (left := ng.bi.get(f"{p} {a}")) and (right := ng.bi.get(f"{a} {n}"))}
    if not seen:
        return None
    best = max(seen, key=lambda a: seen[a][0] * seen[a][1])
    for pair, other in ((f"{p} {w}", seen[best][0]), (f"{w} {n}", seen[best][1])):
        written = ng.bi.get(pair)
        if written and written * PRESENCE_RATIO > other:
            return None
    evidence = (f"web bigram counts: “{p} {best}” {_count(ng, f'{p} {best}')} vs “{p} {w}” {_count(ng, f'{p} {w}')}; "
                f"“{best} {n}” {_count(ng, f'{best} {n}')} vs “{w} {n}” {_count(ng, f'{w} {n}')}")
    return Verdict(w, best, float("inf"), evidence, by_presence=True)


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
    if w in presence_sets():
        return _by_presence(ng, p, w, n, alts)
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
