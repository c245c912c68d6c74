"""A learned second opinion on each line: a logistic model over the line's shape and its
neighbours' (the jusText idea, trained instead of hand-set).

The hand-built families in ``shape.py`` each name one kind of furniture; every new site
brings a kind none of them names. This model scores a line from shape alone (length,
function-word density, end punctuation, capitals, digits and clock times, separators,
links and handles, place in the text, what the lines around it are), so it needs no word
of any article. Its weights are data (``rules/furniture/line_model.json``), built by
``tools/train_line_model.py``; at run time a line's score is one dot product.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any

import numpy as np
import regex

from ..data import rules_dir
from . import patterns as P
from .shape import FURNITURE, HEADING, PROSE, SIGNOFF, Line

#: a sentence's end: end punctuation, closing quotes or brackets allowed after it
ENDS = regex.compile(r"[.!?…][\"”’'»)\]]*\s*$")
_INNER_END = regex.compile(r"[.!?][\"”’']?\s+[\"“‘]?\p{Lu}")
_CLOCK = regex.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b", regex.I)
_DATE = regex.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b|\b(?:19|20)\d\d\b", regex.I)
_SEPARATORS = regex.compile(r"[|»›•·>]|\s[-–—/]\s")
_LINK = regex.compile(r"https?://|www\.|\.(?:com|org|net|co\.\w\w)\b|@\w{2,}|\w@\w", regex.I)
_QUOTE = regex.compile(r"[\"“”‘]|(?:^|\s)'")
_LEAD_MARK = regex.compile(r"^\s*(?:[-–—•*>»·▶►]|\d+[.)]\s)")

#: the feature names in the order of the weights; ``describe`` reads the first part
FEATURES = [
    "bias",
    "words", "chars", "stopword density", "ends a sentence", "ends with a colon",
    "no end punctuation", "capitalised words", "words in capitals", "digits", "clock time",
    "date", "separators", "link or handle", "quotation marks", "sentences", "list mark",
    "brackets", "copyright sign", "long words",
    "tool: prose", "tool: heading", "tool: sign-off", "tool: furniture", "tool: weight",
    "first line", "second line", "place in the text", "last line", "near the end",
    "above the first paragraph", "below the last paragraph",
    "line above is prose", "line below is prose", "line above is furniture",
    "line below is furniture", "words of the line above", "words of the line below",
    "like the headline", "repeats an earlier line",
    "short and unpunctuated", "short between paragraphs",
]

#: what a feature says about a line when it pushes the score up (for the message)
REASONS = {
    "words": "long", "chars": "long",
    "ends with a colon": "ends in a colon", "no end punctuation": "no sentence ending",
    "capitalised words": "mostly capitalised words", "words in capitals": "set in capitals",
    "digits": "mostly figures", "clock time": "a clock time", "date": "a date",
    "separators": "separators such as | or »", "link or handle": "a link or handle",
    "list mark": "a list mark", "brackets": "brackets", "copyright sign": "a copyright sign",
    "tool: furniture": "furniture-like words", "tool: heading": "heading-shaped",
    "first line": "at the top", "second line": "at the top",
    "last line": "at the bottom", "near the end": "at the bottom",
    "above the first paragraph": "above the story", "below the last paragraph": "below the story",
    "line above is furniture": "next to furniture", "line below is furniture": "next to furniture",
    "like the headline": "echoes the headline", "repeats an earlier line": "repeats an earlier line",
    "short and unpunctuated": "short and unpunctuated",
    "short between paragraphs": "a short line between paragraphs",
}


def _own(ln: Line, stop: frozenset[str]) -> list[float]:
    t = ln.text.strip()
    words = P.WORD.findall(t)
    n = max(len(words), 1)
    caps = sum(w[:1].isupper() for w in words)
    upper = sum(len(w) > 1 and w.isupper() for w in words)
    digits = sum(c.isdigit() for c in t)
    return [
        math.log1p(len(words)) / 4, math.log1p(len(t)) / 6,
        sum(w.lower() in stop for w in words) / n,
        float(bool(ENDS.search(t))), float(t.endswith(":")),
        float(t[-1:].isalnum()),
        caps / n, upper / n, digits / max(len(t), 1),
        float(bool(_CLOCK.search(t))), float(bool(_DATE.search(t))),
        min(len(_SEPARATORS.findall(t)), 4) / 4, float(bool(_LINK.search(t))),
        float(bool(_QUOTE.search(t))), min(len(_INNER_END.findall(t)), 4) / 4,
        float(bool(_LEAD_MARK.match(t))), float("(" in t or "[" in t), float("©" in t),
        min(sum(len(w) for w in words) / n, 12) / 12,
        float(ln.kind == PROSE), float(ln.kind == HEADING), float(ln.kind == SIGNOFF),
        float(ln.kind == FURNITURE), min(ln.weight, 2.0) / 2,
    ]


def _prose_like(ln: Line | None) -> bool:
    if ln is None:
        return False
    t = ln.text.strip()
    return bool(ENDS.search(t)) and len(P.WORD.findall(t)) >= 12


def _norm(ln: Line) -> frozenset[str]:
    return frozenset(w.lower() for w in P.WORD.findall(ln.text))


def features(lines: list[Line], stop: frozenset[str]) -> dict[int, list[float]]:
    """Feature vectors of the filled lines, by line number."""
    filled = [ln for ln in lines if ln.text.strip()]
    if not filled:
        return {}
    prose_at = [i for i, ln in enumerate(filled) if _prose_like(ln)]
    first_prose = prose_at[0] if prose_at else len(filled)
    last_prose = prose_at[-1] if prose_at else -1
    head = _norm(filled[0])
    seen: set[str] = set()
    out = {}
    for i, ln in enumerate(filled):
        up = filled[i - 1] if i else None
        down = filled[i + 1] if i + 1 < len(filled) else None
        own = _own(ln, stop)
        words = P.WORD.findall(ln.text)
        mine = _norm(ln)
        like = len(mine & head) / max(len(mine | head), 1) if i else 0.0
        key = " ".join(w.lower() for w in words)
        short = len(words) <= 8 and not ENDS.search(ln.text.strip())
        vec = [1.0] + own + [
            float(i == 0), float(i == 1), i / max(len(filled) - 1, 1),
            float(i == len(filled) - 1), float(i >= len(filled) - 3),
            float(i < first_prose), float(i > last_prose),
            float(_prose_like(up)), float(_prose_like(down)),
            float(up is not None and up.kind == FURNITURE), float(down is not None and down.kind == FURNITURE),
            math.log1p(len(P.WORD.findall(up.text))) / 4 if up else 0.0,
            math.log1p(len(P.WORD.findall(down.text))) / 4 if down else 0.0,
            like, float(bool(key) and key in seen),
            float(short), float(short and _prose_like(up) and _prose_like(down)),
        ]
        seen.add(key)
        out[ln.n] = vec
    return out


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The trained weights and the threshold above which a line is reported."""
    with open(rules_dir() / "furniture" / "line_model.json", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    if data["features"] != FEATURES:
        raise ValueError("rules/furniture/line_model.json was trained on other features: run tools/train_line_model.py")
    return data


def scores(lines: list[Line], stop: frozenset[str], weights: Any = None) -> dict[int, float]:
    """The probability that each filled line is page furniture, by line number."""
    return probabilities(features(lines, stop), weights)


def probabilities(feats: dict[int, list[float]], weights: Any = None) -> dict[int, float]:
    """The model's probability for each feature vector, by line number: one dot product each."""
    if not feats:
        return {}
    w = np.asarray(model()["weights"] if weights is None else weights, dtype=float)
    keys = list(feats)
    z = np.asarray([feats[k] for k in keys], dtype=float) @ w
    return {k: float(p) for k, p in zip(keys, 1.0 / (1.0 + np.exp(-z)))}


def describe(vec: list[float], weights: Any = None) -> list[str]:
    """The shapes that pushed a line's score up most, in words, strongest first."""
    w = model()["weights"] if weights is None else weights
    parts = sorted(((v * wt, name) for v, wt, name in zip(vec, w, FEATURES) if name in REASONS), reverse=True)
    out: list[str] = []
    for value, name in parts:
        if value <= 0.3 or len(out) == 3:
            break
        if REASONS[name] not in out:
            out.append(REASONS[name])
    return out
