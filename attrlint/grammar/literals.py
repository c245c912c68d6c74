"""The words a pattern cannot match without, so that a story is searched only near them.

An idiom pattern ("(?P<wrong>baited)(?P<keep> breath)") is searched over the whole story,
and ~40 of them cost more than some parse rules, though a story rarely holds one. Most
patterns are a sequence of parts of which some (a literal, a small alternation, an
optional letter) match only a few strings: the text a match covers holds one of them, so
a story whose case-folded text holds none cannot match. The pattern is read with the
standard library's regular-expression parser (``re._parser``); anything it reads
differently from ``regex`` (named lists, fuzzy counts, POSIX classes, version-1 sets) or
cannot read gives no literals, and the pattern is always searched.
"""
from __future__ import annotations

import re
from itertools import product
from typing import Iterator

import regex

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

#: more strings than this in one run of parts: not worth spelling out
LIMIT = 256
#: more strings than this: not worth testing a story for one by one
FEW = 8
#: a Unicode property class of ``regex`` ("\p{Lu}")
_CLASS = re.compile(r"(?<!\\)\\[pP]\{\w+\}")
#: syntax ``regex`` reads otherwise than ``re``: named lists, fuzzy counts, V1 sets, \p{...}
_FOREIGN = re.compile(r"\\L<|\[\[|\(\?V1|\\[pP]\{|(?<!\\)\{(?!\d*(?:,\d*)?\})")


def required(pattern: str) -> frozenset[str]:
    """Case-folded strings one of which every match of ``pattern`` covers (empty: unknown).

    Of the pattern's top-level parts, or runs of them side by side, the one whose strings
    are longest at their shortest, among those with at most ``FEW`` strings: testing a
    story for many strings would cost more than the search it saves."""
    pattern = _CLASS.sub(r"\\w", pattern)  # read as any letter: not a literal, as before
    if _FOREIGN.search(pattern):
        return frozenset()
    try:
        parsed = list(P.parse(pattern, 0))
    except Exception:  # noqa: BLE001 - anything re cannot read is simply searched
        return frozenset()
    parts = [_strings([node]) for node in parsed]
    best: set[str] = set()
    for a in range(len(parts)):
        run: set[str] | None = {""}
        for b in range(a, len(parts)):
            part = parts[b]
            run = _join(run, part) if run is not None and part is not None else None
            if run is None or len(run) > FEW:
                break
            if min(map(len, run)) > min(map(len, best), default=0):
                best = run
    return frozenset(s.casefold() for s in best)


def may_match(needed: frozenset[str], folded: str) -> bool:
    """Whether a text whose ``str.casefold()`` is ``folded`` holds one of the ``needed``
    strings (always, when none are known)."""
    return not needed or any(s in folded for s in needed)


def _join(left: set[str], right: set[str]) -> set[str] | None:
    if len(left) * len(right) > LIMIT:
        return None
    return {a + b for a, b in product(left, right)}


def _strings(seq) -> set[str] | None:
    """Every string the sequence of parsed nodes ``seq`` matches, or None: too many, or any."""
    out: set[str] | None = {""}
    for op, av in seq:
        if op is C.LITERAL:
            part: set[str] | None = {chr(av)}
        elif op is C.IN:
            part = {chr(v) for o, v in av if o is C.LITERAL} if all(o is C.LITERAL for o, _ in av) else None
        elif op is C.SUBPATTERN:
            part = _strings(av[3]) if not av[1] and not av[2] else None
        elif op is C.BRANCH:
            part = set()
            for alt in av[1]:
                got = _strings(alt)
                if got is None or part is None:
                    part = None
                    break
                part |= got
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] <= 2:
            one = _strings(av[2])
            part = None
            if one is not None:
                part = set()
                for k in range(av[0], av[1] + 1):
                    rep: set[str] | None = {""}
                    for _ in range(k):
                        rep = _join(rep, one) if rep is not None else None
                    if rep is None:
                        part = None
                        break
                    part |= rep
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            part = {""}  # zero width: the text a match covers does not include it
        else:
            part = None
        if part is None or out is None:
            return None
        out = _join(out, part)
        if out is None:
            return None
    return out


def find_all(text: str, needle: str) -> list[int]:
    """Every place ``needle`` starts in ``text``."""
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def matches_from(pattern: regex.Pattern, text: str, starts: list[int]) -> Iterator[regex.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of ``starts``
    (found from a string it needs): the same matches, tried only there rather than at every
    character of the story. Lookbehinds see the text before a start, as in a search."""
    pos = 0
    for s in sorted(set(starts)):
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is not None:
            yield m
            pos = max(m.end(), s + 1)


#: more opening strings than this: the story is searched as a whole
OPENINGS = 64
#: opening strings this long are rare enough in a story
SELECTIVE = 3


def leading(pattern: regex.Pattern) -> frozenset[str] | None:
    """The strings (as written, case kept) one of which every match of ``pattern`` starts
    with, read from its first parts ("(?<![\\w-])(?P<to>to) ..." starts with "to"); None when
    they are unknown, empty, too many, or the pattern ignores case."""
    got = _OPENINGS.get(pattern)
    if got is None:
        got = _OPENINGS[pattern] = _leading(pattern)
    return got or None


_OPENINGS: dict[regex.Pattern, frozenset[str]] = {}


def _leading(pattern: regex.Pattern) -> frozenset[str]:
    text = _CLASS.sub(r"\\w", pattern.pattern)
    if pattern.flags & regex.IGNORECASE or _FOREIGN.search(text):
        return frozenset()
    try:
        parsed = P.parse(text, 0)
    except Exception:  # noqa: BLE001 - anything re cannot read is simply searched
        return frozenset()
    if parsed.state.flags & re.IGNORECASE:
        return frozenset()
    run: set[str] = {""}
    for node in parsed:  # join the first parts while their strings are known, few and short
        part = _strings([node])
        longer = _join(run, part) if part is not None else None
        if longer is None or len(longer) > OPENINGS:
            break
        run = longer
        if min(map(len, run)) >= SELECTIVE:
            break  # long enough to be rare in a story: more parts only add strings to look for
    return frozenset() if "" in run else frozenset(run)


def finditer_at(pattern: regex.Pattern, text: str) -> Iterator[regex.Match]:
    """``pattern.finditer(text)``, tried only where one of its opening strings stands (a
    few dozen places in a story rather than every character) when they are known."""
    words = leading(pattern)
    if words is None:
        return pattern.finditer(text)
    return matches_from(pattern, text, [i for w in words for i in find_all(text, w)])
