"""The one engine behind ``attrlint check``, the HTTP service and the language server.

Configuration, rules, selector checks and linting (``attrlint.stream``: read, cache,
parse, per-file rules, run-level rules, locate) happen here; reading files, stdin and
writing fixes is the command line's surface (``attrlint.runner``), and the HTTP/LSP
surfaces hand in drafts held in memory. What is slow is done once per engine: the rules
are discovered once per set of packs and the spaCy pipeline is loaded by
:meth:`Engine.warm`. One lock serialises in-memory linting: spaCy pipelines and the
rules' caches are shared, and on a small machine one draft at a time is the fastest way
through. The in-memory drafts never use the disk cache.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path

from .config import Config, ConfigError, find_config, load_config_file, unknown_selector, unknown_selectors, with_cli
from .linter import known_selectors
from .registry import discover
from .result import RunResult
from .rule import Rule
from .sources_io import SourceError
from .stream import Input, lint_inputs

#: a short invented draft that exercises every pipeline component when warming up
WARM_TEXT = (
    "LONDON, March 3 (Staff) - The council said on Tuesday it would review the plan, "
    'according to a spokeswoman. "We are listening," said Jane Doe, the council\'s leader.\n'
)


class SelectorError(ConfigError):
    """A --select/--ignore entry that names no rule."""


class DraftError(ValueError):
    """A request that cannot be checked as given; ``field`` names the culprit."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass
class Draft:
    """One draft to check and the per-draft settings a caller may give."""

    text: str
    filename: str = "draft.md"
    date: dt.date | None = None
    house_style: str | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None
    #: where its configuration is looked for (a real file for the LSP); None: the engine's
    config_path: str | None = None


class Engine:
    """Holds the configuration and the rules, and lints drafts one batch at a time."""

    def __init__(self, config_file: str | None = None, root: str = "."):
        self.config_file = config_file
        self.root = root
        self._explicit: Config | None = None
        if config_file:
            self._explicit = load_config_file(Path(config_file))
            if self._explicit is None:
                raise ConfigError(f"{config_file}: has no [tool.attrlint] table")
        self._rules: dict[tuple[str, ...], tuple[dict[str, Rule], list[str]]] = {}
        self._lock = threading.Lock()

    # --- configuration and rules -----------------------------------------------------------
    def base_config(self, path: str | None = None) -> Config:
        """The file's configuration, found as the CLI finds it (or the one given)."""
        if self._explicit is not None:
            return self._explicit
        return find_config(path if path else self.root)

    def rules(self, packs: list[Path] | None = None) -> tuple[dict[str, Rule], list[str]]:
        """The rules for a set of packs, and the problems met loading them (cached)."""
        key = tuple(sorted(str(p) for p in (packs or [])))
        if key not in self._rules:
            errors: list[str] = []
            self._rules[key] = (discover([Path(p) for p in key], errors=errors), errors)
        return self._rules[key]

    def describe_rules(self) -> list[dict[str, str]]:
        rules, _ = self.rules(self.base_config().packs)
        return [
            {"id": r.id, "category": r.category, "severity": str(r.severity), "description": r.description}
            for r in sorted(rules.values(), key=lambda r: r.id)
        ]

    def config_for(self, draft: Draft, field_prefix: str = "") -> Config:
        """The draft's configuration with its own settings on top; a setting that names
        no rule or no house style raises DraftError naming the field."""
        base = self.base_config(draft.config_path)
        rules, _ = self.rules(base.packs)
        ids, categories = sorted(rules), sorted({r.category for r in rules.values()})
        for name in ("select", "ignore"):
            for i, sel in enumerate(getattr(draft, name) or []):
                problem = unknown_selector(sel, ids, categories)
                if problem:
                    raise DraftError(f"{field_prefix}{name}[{i}]", problem)
        if draft.house_style:
            from .house_style import load_style
            from .data import DataError

            try:
                load_style(draft.house_style, str(base.root))
            except (DataError, OSError) as exc:
                raise DraftError(f"{field_prefix}house_style", str(exc)) from None
        return with_cli(
            base,
            select=draft.select or None,
            ignore=(base.ignore + draft.ignore) if draft.ignore else None,
            date=draft.date,
            house_style=draft.house_style,
        )

    # --- linting -----------------------------------------------------------------------------
    def run(
        self,
        inputs: list[Input],
        *,
        selectors: dict[str, list[str]] | None = None,
        jobs: int = 1,
        cache_for=None,
        progress=None,
        result: RunResult | None = None,
    ) -> RunResult:
        """Lint inputs (files or drafts) as one run; the results keep the inputs' order.

        ``selectors`` (option name -> selectors, from a command line) must each name a
        rule, else SelectorError is raised before anything is checked. An input whose
        configuration names rules that do not exist is reported, not checked: a mistyped id
        must not quietly switch a check off.
        """
        result = result if result is not None else RunResult()
        packs = sorted({str(p) for inp in inputs for p in inp.config.packs})
        rules, load_errors = self.rules([Path(p) for p in packs])
        result.errors.extend(load_errors)
        ids, categories = known_selectors(rules)
        for option, values in (selectors or {}).items():
            for v in values:
                problem = unknown_selector(v, ids, categories)
                if problem:
                    raise SelectorError(f"{option}: {problem}")
        kept = _configured(inputs, ids, categories, result.errors)
        tick = progress(len(kept)) if progress else None
        files, read_errors = lint_inputs(kept, rules, jobs=jobs, total=len(kept), cache_for=cache_for, progress=tick)
        result.errors.extend(read_errors)
        result.files = files
        for res in files:
            result.errors.extend(f"{res.document.path}: {e}" for e in res.errors)
        return result

    def check(self, drafts: list[Draft], configs: list[Config] | None = None) -> RunResult:
        """Lint a batch of drafts in memory; ``configs`` (from :meth:`config_for`) default
        to each draft's own. A draft that cannot be read becomes an error naming it, as
        in ``attrlint check``; a batch keeps the caller's order, so that a CMS can pair
        answers with drafts."""
        if configs is None:
            configs = [self.config_for(d) for d in drafts]
        inputs = [Input(d.filename, cfg, _draft_loader(d, cfg)) for d, cfg in zip(drafts, configs)]
        with self._lock:
            return self.run(inputs)

    def warm(self) -> None:
        """Load the rules and the spaCy pipeline now, so the first draft is not slow."""
        self.check([Draft(WARM_TEXT, "warm-up.txt")])


def _draft_loader(draft: Draft, cfg: Config):
    def load() -> tuple[str, str]:
        size = len(draft.text.encode("utf-8", "surrogatepass"))
        if cfg.max_file_size and size > cfg.max_file_size:
            raise SourceError(
                f"{draft.filename}: is {size:,} bytes, over the limit of {cfg.max_file_size:,} (max-file-size)"
            )
        return draft.text, "utf-8"

    return load


def _configured(inputs: list[Input], ids: list[str], categories: list[str], errors: list[str]) -> list[Input]:
    """The inputs whose configuration names only rules that exist; each problem is
    reported once, and each input it stops is named."""
    problems: dict[int, list[str]] = {}
    seen: set[str] = set()
    kept = []
    for inp in inputs:
        key = id(inp.config)
        if key not in problems:
            problems[key] = unknown_selectors(inp.config, ids, categories)
            errors.extend(p for p in problems[key] if not (p in seen or seen.add(p)))  # type: ignore[func-returns-value]
        if problems[key]:
            errors.append(f"{inp.path}: not checked: its configuration names rules that do not exist")
        else:
            kept.append(inp)
    return kept
