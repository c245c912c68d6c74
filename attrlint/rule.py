"""The Rule protocol, a convenience base class, and the TOML-driven rule kinds.

A rule is any object with ``id``, ``category``, ``severity``, ``description``,
``needs`` (the spaCy components it reads; empty for none) and ``check(doc)``. It may
also have ``check_run(docs)`` for findings that span the files of one run, and
``opt_in = True`` to run only when selected by its id or an id prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Protocol, TypeGuard, runtime_checkable

import regex

from .finding import CATEGORIES, Finding, Severity
from .ordering import longest_first

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document


@runtime_checkable
class Rule(Protocol):
    id: str
    category: str
    severity: Severity
    description: str
    needs: frozenset[str]

    def check(self, doc: "Document") -> Iterable[Finding]: ...


class BaseRule:
    """Shared plumbing for Python rules: metadata as class attributes, ``finding()``."""

    id: str = ""
    category: str = ""
    severity: Severity = Severity.WARNING
    description: str = ""
    needs: frozenset[str] = frozenset()
    #: run only when selected by id or id prefix, not by ALL or the category
    opt_in: bool = False

    def check(self, doc: "Document") -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def options(self, doc: "Document") -> dict[str, Any]:
        """Per-rule options from ``[tool.attrlint.rule-options."<rule id>"]``."""
        return doc.config.rule_options(self.id) if doc.config is not None else {}

    def finding(
        self,
        doc: "Document",
        start: int,
        end: int,
        message: str,
        *,
        suggestions: Iterable[str] = (),
        evidence: str | None = None,
        fix: str | None = None,
        severity: Severity | str | None = None,
        category: str | None = None,
    ) -> Finding:
        return Finding(
            rule=self.id,
            category=category or self.category,
            severity=Severity.parse(severity) if severity is not None else self.severity,
            message=message,
            start=start,
            end=end,
            suggestions=list(suggestions),
            evidence=evidence,
            fix=fix,
            path=doc.path,
        )


def is_rule(obj: object) -> TypeGuard[Rule]:
    """``isinstance(obj, Rule)``, a ``BaseRule`` answered at once: it has every attribute
    the protocol asks for (as class attributes). typing's check of a runtime protocol
    looks each attribute up anew, ~70 microseconds a rule on Python 3.11 (~7 ms of rule
    discovery)."""
    return isinstance(obj, BaseRule) or isinstance(obj, Rule)


class RuleDataError(ValueError):
    """A TOML rule pack that cannot be used; the message names the file and the rule."""


def _phrase_pattern(phrase: str) -> str:
    """A literal phrase where any run of spaces matches any whitespace, and straight and
    curly apostrophes match each other."""
    # regex.escape works character by character: escaping the runs between apostrophes is
    # escaping each character (one call a run, not a call a character: ~2,500 calls of
    # rule discovery, issue 16.5)
    parts = []
    for word in phrase.split():
        parts.append("['’]".join(regex.escape(run) for run in word.replace("’", "'").split("'")))
    return r"\s+".join(parts)


def _caseless_safe(part: str) -> bool:
    """Text of a phrase or pattern whose matches can be looked for in folded text: ASCII,
    or characters without case (``regex`` folds some cased letters otherwise than
    ``str.casefold``: 'ß', the Turkish dotted and dotless i)."""
    return all(c.isascii() or c.lower() == c.upper() == c for c in part)


def needed_strings(phrases: Iterable[str], patterns: Iterable[str]) -> tuple[str, ...] | None:
    """Folded strings (``Document.folded``) one of which every match of the alternation of
    ``phrases`` and ``patterns`` covers; None when some alternative's are not known."""
    from .grammar.literals import required

    out: set[str] = set()
    for phrase in phrases:
        words = phrase.replace("’", "'").split()
        pieces = [p.casefold() for word in words for p in word.split("'") if _caseless_safe(p)]
        if not any(pieces):
            return None
        out.add(max(pieces, key=len))
    for pattern in patterns:
        # case flags scoped to a group ("(?-i:Click)") read as a plain group: the strings
        # are compared case-folded anyway
        strings = required(re.sub(r"(?<!\\)\(\?-?i:", "(?:", pattern)) if _caseless_safe(pattern) else None
        if not strings:
            return None
        out |= strings
    return tuple(sorted(out))


@dataclass
class WordListRule(BaseRule):
    """Shared matching for the TOML kinds: a compiled alternation with options."""

    id: str = ""
    category: str = ""
    severity: Severity = Severity.WARNING
    description: str = ""
    message: str = "{match}"
    phrases: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    ignore_case: bool = True
    whole_word: bool = True
    skip_quotes: bool = True
    safe_fix: bool = False
    needs: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        alts = [_phrase_pattern(p) for p in sorted(self.phrases, key=longest_first)]
        alts += list(self.patterns)
        if not alts:
            raise RuleDataError(f"rule {self.id}: no phrases or patterns")
        body = "|".join(f"(?:{a})" for a in alts)
        if self.whole_word:
            body = rf"(?<![\w’'-])(?:{body})(?![\w-]|['’]\w)"
        flags = regex.IGNORECASE if self.ignore_case else 0
        self._re = regex.compile(body, flags)
        self._exc = (
            regex.compile("|".join(f"(?:{_phrase_pattern(e)})" for e in self.exceptions), flags)
            if self.exceptions
            else None
        )

    def _needed_strings(self) -> tuple[str, ...] | None:
        """``needed_strings`` of this rule, kept between processes (attrlint/memo.py):
        reading the patterns with ``re``'s parser takes ~30 ms for the bundled packs."""
        from . import memo

        name = "needed-" + re.sub(r"[^\w.-]", "_", self.id)
        phrases, patterns = tuple(self.phrases), tuple(self.patterns)
        return memo.cached(name, lambda: needed_strings(phrases, patterns), extra=(phrases, patterns))

    def matches(self, doc: "Document") -> Iterator[regex.Match]:
        # a story holding none of the strings every match needs is not searched: the
        # alternation's leading lookbehind makes the engine try it at every character
        # (~2 ms a story for debris.promo)
        if not hasattr(self, "_needed"):
            self._needed = self._needed_strings()
        if self._needed is not None and not any(s in doc.folded for s in self._needed):
            return
        excepted: list[tuple[int, int]] = []
        if self._exc is not None:
            excepted = [m.span() for m in self._exc.finditer(doc.text)]
        for m in self._re.finditer(doc.text):
            if m.end() == m.start():
                continue
            if self.skip_quotes and doc.in_quote(m.start(), m.end()):
                continue
            if any(s <= m.start() and m.end() <= e for s, e in excepted):
                continue
            yield m


@dataclass
class ExistenceRule(WordListRule):
    """Flag every occurrence of the listed phrases."""

    def check(self, doc: "Document") -> Iterator[Finding]:
        for m in self.matches(doc):
            yield self.finding(doc, m.start(), m.end(), self.message.format(match=m.group(0)))


@dataclass
class SubstitutionRule(WordListRule):
    """Flag X and suggest Y, from a ``swap`` table of phrase -> replacement."""

    swap: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.phrases = list(self.swap)
        self._lookup = {self._key(k): v for k, v in self.swap.items()}
        super().__post_init__()

    def _key(self, s: str) -> str:
        s = " ".join(s.replace("’", "'").split())
        return s.lower() if self.ignore_case else s

    def check(self, doc: "Document") -> Iterator[Finding]:
        for m in self.matches(doc):
            found = m.group(0)
            repl = self._lookup.get(self._key(found))
            if repl is None:
                continue
            repl = _match_case(found, repl)
            yield self.finding(
                doc,
                m.start(),
                m.end(),
                self.message.format(match=found, suggestion=repl),
                suggestions=[repl],
                fix=repl if self.safe_fix else None,
            )


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


KINDS = {"existence": ExistenceRule, "substitution": SubstitutionRule}
_COMMON_KEYS = {
    "id",
    "kind",
    "category",
    "severity",
    "description",
    "message",
    "phrases",
    "patterns",
    "exceptions",
    "ignore_case",
    "whole_word",
    "skip_quotes",
    "safe_fix",
}
_KIND_KEYS = {"existence": set(), "substitution": {"swap"}}


def rules_from_pack(data: dict[str, Any], origin: str) -> list[Rule]:
    """Build rules from a parsed TOML pack (a ``[[rules]]`` array of tables)."""
    unknown = set(data) - {"pack", "rules"}
    if unknown:
        raise RuleDataError(f"{origin}: unknown top-level key(s): {', '.join(sorted(unknown))}")
    out: list[Rule] = []
    for n, spec in enumerate(data.get("rules", []), 1):
        where = f"{origin}: rule #{n}" + (f" ({spec.get('id')})" if spec.get("id") else "")
        kind = spec.get("kind")
        if kind not in KINDS:
            raise RuleDataError(f"{where}: 'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
        for key in ("id", "category"):
            if not isinstance(spec.get(key), str) or not spec.get(key):
                raise RuleDataError(f"{where}: missing required key '{key}'")
        if spec["category"] not in CATEGORIES:
            raise RuleDataError(f"{where}: unknown category {spec['category']!r}")
        bad = set(spec) - _COMMON_KEYS - _KIND_KEYS[kind]
        if bad:
            raise RuleDataError(f"{where}: unknown key(s) for kind {kind}: {', '.join(sorted(bad))}")
        kwargs = dict(spec)
        kwargs.pop("kind")
        try:
            kwargs["severity"] = Severity.parse(kwargs.get("severity", "warning"))
            rule = KINDS[kind](**kwargs)
        except (ValueError, TypeError, regex.error) as exc:
            raise RuleDataError(f"{where}: {exc}") from None
        out.append(rule)
    return out
