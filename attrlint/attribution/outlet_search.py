"""One fast pass for the outlet-name alternation (rules/sources.toml ``match`` patterns).

The catalogue's regex is one alternation of every source's patterns, each guarded by
``(?<![\\w-])…(?![\\w-])``. Scanned position by position it tries every alternative at
every character, which made it the engine's largest own cost. Every alternative must
start its match with one of a small set of characters (read from the parsed pattern),
so the scan instead jumps between word starts that begin with one of those characters
and, at each, tries only the alternatives that can start there, one by one in their
original order (each compiled on first use).
The matches are the ones ``finditer`` of the whole alternation gives (leftmost, first
alternative wins, non-overlapping, same ``pos``/``endpos`` semantics).

A pattern whose first characters cannot be read (syntax the standard parser does not
know, a global inline flag, a pattern that can match nothing) switches the fast path off
and the plain alternation is scanned as before.
"""
from __future__ import annotations

import re
import warnings
from functools import cached_property
from typing import Iterator

import regex

try:  # the standard library's regular-expression parser (private; checked below)
    from re import _constants as _C, _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python versions
    _P = _C = None

_ANY = None  # "any character may start the match"
_MAX_RANGE = 256  # a wider character range counts as any character


#: letters outside ASCII that the regex module matches case-insensitively with an ASCII
#: letter (checked over every code point in tests/attribution/test_outlet_search.py)
_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}
#: a brace that is not a counted repeat: fuzzy matching ``{e<=1}`` and the like, which
#: the standard parser would read as literal text
_ODD_BRACE = re.compile(r"(?<!\\[NpPxuU])\{(?!\d*,?\d*\})")


def _cased(ch: str, ignore_case: bool) -> set[str] | None:
    if not ignore_case:
        return {ch}
    if not ch.isascii():
        return _ANY  # case folding of other scripts: do not guess
    return {ch, ch.lower(), ch.upper(), *_FOLDS.get(ch.lower(), "")}


def _first(items, flags: int) -> tuple[set[str] | None, bool]:
    """The characters that can start a match of the parsed sequence ``items`` (``None``
    for any), and whether the sequence can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        ic = bool(flags & _C.SRE_FLAG_IGNORECASE)
        if op is _C.LITERAL:
            chars, nullable = _cased(chr(av), ic), False
        elif op is _C.IN:
            chars, nullable = _in_set(av, ic), False
        elif op is _C.BRANCH:
            chars, nullable = set(), False
            for alt in av[1]:
                c, n = _first(alt, flags)
                if c is _ANY:
                    return _ANY, True
                chars |= c
                nullable = nullable or n
        elif op is _C.SUBPATTERN:
            _group, add, dele, sub = av
            chars, nullable = _first(sub, (flags | add) & ~dele)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", object()):
            lo, _hi, sub = av
            chars, nullable = _first(sub, flags)
            nullable = nullable or lo == 0
        elif op is getattr(_C, "ATOMIC_GROUP", object()):
            chars, nullable = _first(av, flags)
        elif op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue  # zero width: the next item starts the match
        else:
            return _ANY, True
        if chars is _ANY:
            return _ANY, True
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _in_set(av, ic: bool) -> set[str] | None:
    out: set[str] = set()
    for op, arg in av:
        if op is _C.LITERAL:
            c = _cased(chr(arg), ic)
        elif op is _C.RANGE:
            lo, hi = arg
            if hi - lo > _MAX_RANGE:
                return _ANY
            c = set()
            for code in range(lo, hi + 1):
                got = _cased(chr(code), ic)
                if got is _ANY:
                    return _ANY
                c |= got
        else:  # NEGATE, CATEGORY (\w, \s, …)
            return _ANY
        if c is _ANY:
            return _ANY
        out |= c
    return out


def first_chars(pattern: str) -> set[str] | None:
    """What can start a match of ``pattern`` (``None``: any character, or unknown)."""
    if _P is None or _ODD_BRACE.search(pattern):
        return _ANY
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set": [[:alpha:]] and set operations
            parsed = _P.parse(pattern)
    except Exception:  # noqa: BLE001 - syntax only the regex module knows
        return _ANY
    if parsed.state.flags & ~(_C.SRE_FLAG_UNICODE):
        return _ANY  # a global inline flag: in one alternation it changes every alternative
    chars, nullable = _first(parsed, 0)
    return _ANY if nullable else chars


class OutletSearch:
    """``finditer`` over an alternation of ``(name, pattern)`` alternatives, each wrapped
    as ``(?P<name>(?<![\\w-])(?:pattern)(?![\\w-]))``; yields ``(name, start, end)``."""

    def __init__(self, alternatives: list[tuple[str, str]]):
        self.alternatives = alternatives
        wrapped = [(name, f"(?P<{name}>(?<![\\w-])(?:{body})(?![\\w-]))") for name, body in alternatives]
        self._plain_source = "|".join(w for _, w in wrapped)
        firsts = [first_chars(body) for _, body in alternatives]
        self.fast = bool(alternatives) and all(s is not _ANY for s in firsts)
        if not self.fast:
            return
        starts = [s for s in firsts if s is not None]  # all of them, as fast says
        by_char: dict[str, list[int]] = {}
        for n, first in enumerate(starts):
            for ch in first:
                by_char.setdefault(ch, []).append(n)
        # the alternatives that can start with each letter, in their order: tried one by
        # one, the first that matches wins, as in the alternation; each is compiled when
        # first needed (compiling them all is most of a short draft's own cost)
        self._wrapped = [w for _, w in wrapped]
        self._by_char = {ch: tuple(ns) for ch, ns in by_char.items()}
        self._compiled: list[regex.Pattern | None] = [None] * len(wrapped)
        chars = "".join(sorted(by_char))
        self._starts_source = f"(?<![\\w-])[{regex.escape(chars, special_only=False)}]" if chars else None

    def _match(self, text: str, p: int, end: int):
        for n in self._by_char[text[p]]:
            pat = self._compiled[n]
            if pat is None:
                pat = self._compiled[n] = regex.compile(self._wrapped[n])
            m = pat.match(text, p, end)
            if m is not None:
                return m
        return None

    @cached_property
    def starts(self) -> "regex.Pattern | None":
        return regex.compile(self._starts_source) if self._starts_source else None

    @cached_property
    def plain(self) -> "regex.Pattern | None":
        """The whole alternation, scanned at every position (the slow path, and the
        reference the fast path is tested against)."""
        return regex.compile(self._plain_source) if self._plain_source else None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, int, int]]:
        end = len(text) if end is None else end
        if not self.fast:
            if self.plain is not None:
                for m in self.plain.finditer(text, start, end):
                    yield m.lastgroup, m.start(), m.end()
            return
        if self.starts is None:
            return
        pos = start
        for c in self.starts.finditer(text, start, end):
            p = c.start()
            if p < pos:
                continue  # inside the previous match
            m = self._match(text, p, end)
            if m is not None:
                yield m.lastgroup, m.start(), m.end()
                pos = m.end()

