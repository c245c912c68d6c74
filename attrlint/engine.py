"""Lint drafts held in memory, for a process that stays up (the HTTP service, the LSP).

The same steps as ``attrlint check`` (configuration, readers, ``lint_documents``, the
JSON report), with what is slow done once: the rules are discovered once per set of
packs and the spaCy pipeline is loaded by :meth:`Engine.warm`, not on the first draft.
One lock serialises the linting itself: spaCy pipelines and the rules' caches are
shared, and on a small machine one draft at a time is also the fastest way through.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path

from .config import Config, ConfigError, find_config, load_config_file, unknown_selector, unknown_selectors, with_cli
from .document import Document
from .formats import format_for, read_document
from .linter import lint_documents
from .registry import discover
from .rule import Rule
from .result import RunResult

#: a short invented draft that exercises every pipeline component when warming up
WARM_TEXT = (
    "LONDON, March 3 (Staff) - The council said on Tuesday it would review the plan, "
    'according to a spokeswoman. "We are listening," said Jane Doe, the council\'s leader.\n'
)


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
            from .checks.house_style import load_style
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
    def check(self, drafts: list[Draft], configs: list[Config] | None = None) -> RunResult:
        """Lint a batch; ``configs`` (from :meth:`config_for`) default to each draft's own.

        A draft that cannot be read becomes an error naming it, as in ``attrlint check``.
        """
        if configs is None:
            configs = [self.config_for(d) for d in drafts]
        result = RunResult()
        docs: list[Document] = []
        packs: set[str] = set()
        for draft, cfg in zip(drafts, configs):
            problems = unknown_selectors(cfg, *self._known(cfg))
            if problems:
                result.errors.extend(problems)
                result.errors.append(f"{draft.filename}: not checked: its configuration names rules that do not exist")
                continue
            size = len(draft.text.encode("utf-8", "surrogatepass"))
            if cfg.max_file_size and size > cfg.max_file_size:
                result.errors.append(
                    f"{draft.filename}: is {size:,} bytes, over the limit of {cfg.max_file_size:,} (max-file-size)"
                )
                continue
            try:
                doc = read_document(
                    draft.text, draft.filename, format_for(draft.filename), config=cfg, encoding="utf-8"
                )
            except Exception as exc:  # a reader's own error names the draft; the rest go on
                result.errors.append(f"{draft.filename}: cannot be read: {type(exc).__name__}: {exc}")
                continue
            docs.append(doc)
            packs.update(str(p) for p in cfg.packs)
        rules, load_errors = self.rules([Path(p) for p in packs])
        result.errors[:0] = load_errors
        with self._lock:
            files = lint_documents(docs, rules)
        # a batch keeps the caller's order, so that a CMS can pair answers with drafts
        result.files = files
        for res in files:
            result.errors.extend(f"{res.document.path}: {e}" for e in res.errors)
        return result

    def _known(self, cfg: Config) -> tuple[list[str], list[str]]:
        rules, _ = self.rules(cfg.packs)
        return sorted(rules), sorted({r.category for r in rules.values()})

    def warm(self) -> None:
        """Load the rules and the spaCy pipeline now, so the first draft is not slow."""
        self.check([Draft(WARM_TEXT, "warm-up.txt")])
