"""Configuration: ``[tool.attrlint]`` in pyproject.toml or a ``.attrlint.toml``.

The nearest file walking up from each checked file wins (``.attrlint.toml`` before
``pyproject.toml`` in the same directory); a pyproject.toml without ``[tool.attrlint]``
is passed over. Keys may be written with dashes or underscores. Unknown keys and bad
values are errors that name the file, the key and the reason.

This module reads and validates the files; the settings they make (``Config``) and the
per-path rule selection live in ``attrlint/settings.py`` and are re-exported here.
"""

from __future__ import annotations

import os
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .data import DataError, load_toml_file
from .finding import Severity
from .settings import (
    DEFAULT_EXCLUDE,
    DEFAULT_INCLUDE,
    DEFAULT_MAX_FILE_SIZE,
    DEFAULT_MODEL,
    Config,
    ConfigError,
    Override,
    unknown_selector,
    unknown_selectors,
)

__all__ = [
    "DEFAULT_EXCLUDE",
    "DEFAULT_INCLUDE",
    "DEFAULT_MAX_FILE_SIZE",
    "DEFAULT_MODEL",
    "KNOWN_KEYS",
    "Config",
    "ConfigError",
    "Override",
    "clear_cache",
    "find_config",
    "load_config_file",
    "parse_config",
    "unknown_selector",
    "unknown_selectors",
    "with_cli",
]


# --- reading ---------------------------------------------------------------------------
def _norm(key: str) -> str:
    return key.replace("_", "-")


def _str_list(where: str, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return value


def _severity_table(where: str, key: str, value: Any) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: '{key}' must be a table of rule-or-category = severity")
    out = {}
    for k, v in value.items():
        try:
            out[k] = Severity.parse(v)
        except ValueError as exc:
            raise ConfigError(f"{where}: '{key}.{k}': {exc}") from None
    return out


def _check_selectors(where: str, key: str, values: list[str]) -> None:
    """Only that a selector is a usable string: whether it names a rule, an id prefix
    (``spelling``, ``spelling.``, ``spelling.*``), a category or ALL is checked once the
    rules are known, by :func:`unknown_selector`, exactly as for ``--select``."""
    for v in values:
        if not v.strip():
            raise ConfigError(f"{where}: '{key}' has an empty entry")


KNOWN_KEYS = {
    "select",
    "ignore",
    "extend-select",
    "severity",
    "fail-on",
    "model",
    "packs",
    "include",
    "exclude",
    "extend-exclude",
    "overrides",
    "house-style",
    "accept",
    "reject",
    "sources",
    "rule-options",
    "encoding",
    "date",
    "max-file-size",
    "jobs",
    "cache-dir",
}


def parse_config(table: dict[str, Any], path: Path | None, where: str) -> Config:
    cfg = Config(path=path)
    base = path.parent if path else Path.cwd()
    for raw_key, value in table.items():
        key = _norm(raw_key)
        if key not in KNOWN_KEYS:
            raise ConfigError(f"{where}: unknown key '{raw_key}' (known: {', '.join(sorted(KNOWN_KEYS))})")
        if key in ("select", "ignore", "extend-select"):
            vals = _str_list(where, raw_key, value)
            _check_selectors(where, raw_key, vals)
            if key == "extend-select":
                cfg.select = cfg.select + vals
            else:
                setattr(cfg, key, vals)
        elif key == "severity":
            cfg.severity = _severity_table(where, raw_key, value)
        elif key == "fail-on":
            try:
                cfg.fail_on = Severity.parse(value)
            except ValueError as exc:
                raise ConfigError(f"{where}: '{raw_key}': {exc}") from None
        elif key in ("model", "house-style", "encoding"):
            if not isinstance(value, str) or not value:
                raise ConfigError(f"{where}: '{raw_key}' must be a non-empty string")
            if key == "encoding":
                import codecs

                try:
                    codecs.lookup(value)
                except LookupError:
                    raise ConfigError(f"{where}: '{raw_key}': unknown encoding {value!r}") from None
            setattr(cfg, key.replace("-", "_"), value)
        elif key == "packs":
            paths = [base / p for p in _str_list(where, raw_key, value)]
            for p in paths:
                if not p.is_file():
                    raise ConfigError(f"{where}: '{raw_key}': rule pack {p} does not exist")
            cfg.packs = paths
        elif key in ("include", "exclude", "accept", "reject"):
            setattr(cfg, key, _str_list(where, raw_key, value))
        elif key == "extend-exclude":
            cfg.exclude = cfg.exclude + _str_list(where, raw_key, value)
        elif key == "overrides":
            cfg.overrides = _parse_overrides(where, raw_key, value)
        elif key == "sources":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: '{raw_key}' must be a table of source name = rating")
            from .ratings import check_source_overrides

            problem = check_source_overrides(value)  # once here, not once per attribution rule
            if problem:
                raise ConfigError(f"{where}: '{raw_key}': {problem}")
            cfg.sources = dict(value)
        elif key == "rule-options":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise ConfigError(f"{where}: '{raw_key}' must be a table of tables, one per rule id")
            cfg.rule_options_table = {k: dict(v) for k, v in value.items()}
        elif key == "max-file-size":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError(f"{where}: '{raw_key}' must be a number of bytes (0 for no limit)")
            cfg.max_file_size = value or None
        elif key == "jobs":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError(f"{where}: '{raw_key}' must be a number of processes (0 for the cores available)")
            cfg.jobs = value or None
        elif key == "cache-dir":
            if not isinstance(value, str) or not value:
                raise ConfigError(f"{where}: '{raw_key}' must be a directory path")
            cfg.cache_dir = base / value
        elif key == "date":
            from .dates import parse_date

            d = parse_date(value)
            if d is None:
                raise ConfigError(f"{where}: '{raw_key}': cannot read {value!r} as a date (use YYYY-MM-DD)")
            cfg.date = d
    return cfg


def _parse_overrides(where: str, key: str, value: Any) -> list[Override]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"{where}: '{key}' must be an array of tables ([[tool.attrlint.overrides]])")
    out = []
    for n, item in enumerate(value, 1):
        w = f"{where}: {key}[{n}]"
        items = {_norm(k): v for k, v in item.items()}
        bad = set(items) - {"paths", "select", "ignore", "severity"}
        if bad:
            raise ConfigError(f"{w}: unknown key(s) {', '.join(sorted(bad))}")
        if "paths" not in items:
            raise ConfigError(f"{w}: 'paths' is required")
        ov = Override(paths=_str_list(w, "paths", items["paths"]))
        if "select" in items:
            ov.select = _str_list(w, "select", items["select"])
            _check_selectors(w, "select", ov.select)
        if "ignore" in items:
            ov.ignore = _str_list(w, "ignore", items["ignore"])
            _check_selectors(w, "ignore", ov.ignore)
        if "severity" in items:
            ov.severity = _severity_table(w, "severity", items["severity"])
        out.append(ov)
    return out


def load_config_file(path: Path) -> Config | None:
    """The configuration in ``path``, or None for a pyproject.toml without our table."""
    try:
        data = load_toml_file(path)
    except DataError as exc:
        raise ConfigError(str(exc)) from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("attrlint")
        if table is None:
            return None
        return parse_config(table, path, f"{path} [tool.attrlint]")
    table = data.get("tool", {}).get("attrlint", data) if "tool" in data else data
    return parse_config(table, path, str(path))


@lru_cache(maxsize=None)
def _config_in_dir(directory: Path) -> Config | None:
    for name in (".attrlint.toml", "pyproject.toml"):
        cand = directory / name
        if cand.is_file():
            cfg = load_config_file(cand)
            if cfg is not None:
                return cfg
    parent = directory.parent
    if parent == directory:
        return None
    return _config_in_dir(parent)


def find_config(for_path: str | Path) -> Config:
    """The configuration that applies to a file (or directory), found walking upward."""
    try:
        p = Path(for_path).resolve()
    except (RuntimeError, OSError):  # a symbolic-link loop: judge it by where it is named
        p = Path(os.path.abspath(for_path))
    start = p if p.is_dir() else p.parent
    found = _config_in_dir(start)
    return found if found is not None else Config()


def clear_cache() -> None:
    _config_in_dir.cache_clear()


def with_cli(cfg: Config, **changes: Any) -> Config:
    """A copy with command-line settings applied on top of the file's."""
    return replace(cfg, **{k: v for k, v in changes.items() if v is not None})
