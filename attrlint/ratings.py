"""The shape of ``[tool.attrlint.sources]`` (newsroom re-ratings of news sources).

A base module so that the configuration can check the table without importing the
attribution package (which sits above it); attrlint.attribution.sources applies it.
"""

from __future__ import annotations

from typing import Any

import regex

from .data import DataError, load_data

RATINGS = ("reliable", "mixed", "unreliable", "deprecated")
_KEYS = {"rating", "kind", "reason", "basis", "match"}


def _bundled_names() -> set[str]:
    try:
        return {str(s.get("name", "")).casefold() for s in load_data("sources.toml").get("source", [])}
    except DataError:
        return set()


def check_source_overrides(table: dict[str, Any]) -> str | None:
    """What is wrong with a sources table (the first problem), or None."""
    bundled: set[str] | None = None
    for name, value in table.items():
        if isinstance(value, str):
            value = {"rating": value}
        if not isinstance(value, dict):
            return f"source {name!r}: give a rating or a table with 'rating'"
        bad = set(value) - _KEYS
        if bad:
            return f"source {name!r}: unknown key(s) {', '.join(sorted(bad))} (known: {', '.join(sorted(_KEYS))})"
        if "rating" not in value:
            if bundled is None:
                bundled = _bundled_names()
            if name.casefold() not in bundled:
                return f"source {name!r} is not in the bundled table, so it needs a 'rating'"
        elif value["rating"] not in RATINGS:
            return f"source {name!r}: rating must be one of {', '.join(RATINGS)}, not {value['rating']!r}"
        for key in ("kind", "reason", "basis"):
            if key in value and not isinstance(value[key], str):
                return f"source {name!r}: '{key}' must be a string"
        patterns = value.get("match", [])
        if isinstance(patterns, str) or not isinstance(patterns, list):
            return f"source {name!r}: 'match' must be a list of patterns"
        for p in patterns:
            try:
                regex.compile(p)
            except (regex.error, TypeError) as exc:
                return f"source {name!r}: bad match pattern {p!r}: {exc}"
    return None
