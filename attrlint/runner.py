"""One run: collect files, read them, lint them together, apply fixes if asked."""
from __future__ import annotations

import fnmatch
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .config import Config, ConfigError, find_config, load_config_file
from .document import Document
from .formats import format_for, read_document
from .linter import FileResult, lint_documents
from .registry import discover
from .sources_io import SourceError, decode, read_source, write_source_atomically

STDIN = "-"


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # per-file problems; the run goes on
    fixed: dict[str, int] = field(default_factory=dict)
    diffs: list[str] = field(default_factory=list)


def _excluded(rel_parts: tuple[str, ...], patterns: list[str]) -> bool:
    rel = "/".join(rel_parts)
    return any(
        fnmatch.fnmatch(part, pat) for part in rel_parts for pat in patterns
    ) or any(fnmatch.fnmatch(rel, pat) for pat in patterns)


def collect(paths: list[str], errors: list[str]) -> list[str]:
    """Expand directories (recursively, honouring include/exclude); keep files as given."""
    out: list[str] = []
    for p in paths:
        if p == STDIN:
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            cfg = find_config(path)
            for root, dirs, files in os.walk(path):
                rel_root = Path(root).relative_to(path).parts
                dirs[:] = sorted(d for d in dirs if not _excluded(rel_root + (d,), cfg.exclude))
                for name in sorted(files):
                    rel = rel_root + (name,)
                    if _excluded(rel, cfg.exclude):
                        continue
                    if any(fnmatch.fnmatch(name, inc) or fnmatch.fnmatch("/".join(rel), inc) for inc in cfg.include):
                        out.append(str(Path(root) / name))
        elif path.exists():
            out.append(p)
        else:
            errors.append(f"{p}: no such file or directory")
    seen: set[str] = set()
    return [p for p in out if not (p in seen or seen.add(p))]


def run_paths(
    paths: list[str],
    *,
    config_file: str | None = None,
    cli_changes: Callable[[Config], Config] | None = None,
    stdin_filename: str | None = None,
    fix: bool = False,
    diff: bool = False,
    progress: Callable[[int], Callable[[], None] | None] | None = None,
) -> RunResult:
    """Lint ``paths``; ``progress(total)`` may return a callback called once a file."""
    result = RunResult()
    explicit = None
    if config_file:
        explicit = load_config_file(Path(config_file))
        if explicit is None:
            raise ConfigError(f"{config_file}: has no [tool.attrlint] table")
    docs: list[Document] = []
    files = collect(paths, result.errors)
    for p in files:
        shown = (stdin_filename or "<stdin>") if p == STDIN else p
        try:
            cfg = explicit or find_config(shown if p != STDIN else (stdin_filename or "."))
            if cli_changes:
                cfg = cli_changes(cfg)
            if p == STDIN:
                decoded = decode(sys.stdin.buffer.read(), shown, cfg.encoding)
            else:
                decoded = read_source(Path(p), cfg.encoding)
            doc = read_document(decoded.text, shown, format_for(shown), config=cfg, encoding=decoded.encoding)
        except (SourceError, ValueError) as exc:
            msg = str(exc)
            result.errors.append(msg if msg.startswith(shown) else f"{shown}: {msg}")
            continue
        docs.append(doc)
    packs = sorted({p for d in docs for p in (d.config.packs if d.config else [])})
    rules = discover(packs)
    tick = progress(len(docs)) if progress else None
    result.files = sorted(lint_documents(docs, rules, progress=tick), key=lambda r: r.document.path)
    for res in result.files:
        result.errors.extend(f"{res.document.path}: {e}" for e in res.errors)
    if fix or diff:
        _apply(result, rules, write=fix, show_diff=diff)
    return result


def _apply(result: RunResult, rules, *, write: bool, show_diff: bool) -> None:
    from .fixes import apply_fixes, unified_diff

    for i, res in enumerate(result.files):
        doc = res.document
        new_source, n = apply_fixes(doc.source, res.findings)
        if not n:
            continue
        if show_diff:
            result.diffs.append(unified_diff(doc.path, doc.source, new_source))
        if write and doc.path != "<stdin>" and Path(doc.path).is_file():
            try:
                write_source_atomically(Path(doc.path), new_source, doc.encoding)
            except OSError as exc:
                result.errors.append(f"{doc.path}: cannot write fixes: {exc.strerror or exc}")
                continue
            result.fixed[doc.path] = n
            # report what is left after the fixes
            fresh = read_document(new_source, doc.path, doc.format, config=doc.config, encoding=doc.encoding)
            result.files[i] = lint_documents([fresh], rules)[0]
