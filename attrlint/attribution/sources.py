"""The source-reliability table (rules/sources.toml) and newsroom overrides.

Ratings come from a cited public assessment; a newsroom may disagree, so
``[tool.attrlint.sources]`` can re-rate a listed source or add its own:

    [tool.attrlint.sources]
    "The Sun" = "reliable"                                   # re-rate by name
    "Kyiv Independent" = { rating = "reliable", kind = "newspaper" }   # add one
    "Daily Mail" = { rating = "mixed", reason = "our desk checks every story" }
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Iterator

import regex

from ..data import DataError, load_data
from .outlet_search import OutletSearch

RATINGS = ("reliable", "mixed", "unreliable", "deprecated")
LOW_RATINGS = frozenset({"unreliable", "deprecated"})


@dataclass(frozen=True)
class SourceEntry:
    name: str
    kind: str
    rating: str
    reason: str
    basis: str
    patterns: tuple[str, ...]
    #: how copy names the state a state outlet speaks for ("North Korean", "Pyongyang")
    home: tuple[str, ...] = ()

    @property
    def low(self) -> bool:
        return self.rating in LOW_RATINGS

    @property
    def platform(self) -> bool:
        return self.kind in ("platform", "self-published")

    def evidence(self) -> str:
        return f"{self.name}: {self.rating} ({self.reason}). Basis: {self.basis}"


@dataclass(frozen=True)
class Mention:
    entry: SourceEntry
    start: int
    end: int


class Catalogue:
    """Named sources and the one regex that finds any of them in copy."""

    def __init__(self, entries: list[SourceEntry]):
        self.entries = entries
        self._search = OutletSearch(
            [(f"s{n}", "|".join(f"(?:{p})" for p in e.patterns)) for n, e in enumerate(entries)]
        )

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Mention]:
        """The mentions in ``text[start:end]``, as ``finditer`` of the alternation gives them
        (a search window ends the text: a name may end at ``end``)."""
        for name, s, e in self._search.finditer(text, start, end):
            yield Mention(self.entries[int(name[1:])], s, e)

    def by_name(self, name: str) -> SourceEntry | None:
        key = name.casefold()
        return next((e for e in self.entries if e.name.casefold() == key), None)


@lru_cache(maxsize=1)
def _bundled() -> tuple[SourceEntry, ...]:
    """The bundled table, checked once and kept between processes (attrlint/memo.py):
    compiling every entry's patterns to check them was ~15 ms of a one-draft set-up."""
    from ..data import rules_dir
    from ..memo import cached

    return cached("sources-bundled", _read_bundled, [rules_dir() / "sources.toml"])


def _read_bundled() -> tuple[SourceEntry, ...]:
    data = load_data("sources.toml")
    default_basis = data.get("defaults", {}).get("basis", "")
    out = []
    for spec in data.get("source", []):
        out.append(_entry(spec, spec["name"], default_basis, "rules/sources.toml"))
    return tuple(out)


def _entry(spec: dict[str, Any], name: str, default_basis: str, origin: str) -> SourceEntry:
    rating = spec.get("rating", "")
    if rating not in RATINGS:
        raise DataError(f"{origin}: source {name!r}: rating must be one of {', '.join(RATINGS)}, not {rating!r}")
    patterns = spec.get("match") or [regex.escape(name)]
    home = spec.get("home") or []
    for p in [*patterns, *home]:
        try:
            regex.compile(p)
        except regex.error as exc:
            raise DataError(f"{origin}: source {name!r}: bad match pattern {p!r}: {exc}") from None
    return SourceEntry(
        name=name,
        kind=spec.get("kind", "outlet"),
        rating=rating,
        reason=spec.get("reason", ""),
        basis=spec.get("basis", default_basis),
        patterns=tuple(patterns),
        home=tuple(home),
    )


def catalogue(overrides: dict[str, Any] | None = None) -> Catalogue:
    """The bundled table with a newsroom's overrides applied (see the module docstring)."""
    entries = list(_bundled())
    for name, value in (overrides or {}).items():
        spec = {"rating": value} if isinstance(value, str) else dict(value)
        known = next((i for i, e in enumerate(entries) if e.name.casefold() == name.casefold()), None)
        if known is not None:
            old = entries[known]
            merged = {"rating": old.rating, "kind": old.kind, "reason": old.reason, "match": list(old.patterns),
                      "home": list(old.home)}
            merged.update(spec)
            new = _entry(merged, old.name, "newsroom configuration", "[tool.attrlint.sources]")
            if "basis" not in spec:
                new = replace(new, basis="newsroom configuration")
            entries[known] = new
        else:
            spec.setdefault("reason", "rated by the newsroom")
            entries.insert(0, _entry(spec, name, "newsroom configuration", "[tool.attrlint.sources]"))
    return Catalogue(entries)


_CACHE: dict[tuple, Catalogue] = {}


def catalogue_for(doc) -> Catalogue:
    """The catalogue for a document's configuration, built once per distinct override set."""
    overrides = (doc.config.sources if doc.config is not None else None) or {}
    key = tuple(sorted((k, repr(v)) for k, v in overrides.items()))
    if key not in _CACHE:
        _CACHE[key] = catalogue(overrides)
    return _CACHE[key]
