"""The command line's surface of a run: collect files, read them as the engine asks for
them, and apply fixes if asked (configuration, rules and linting are the engine's).

No input stops the run: a file that cannot be read, decoded, parsed or checked (a rule or
plugin that raises included) becomes an error naming the file, and the other files are
still checked. Symbolic-link loops, FIFOs and devices are reported, never followed or read.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
import sys
from pathlib import Path
from typing import Callable

from .cache import ResultCache
from .config import Config, ConfigError, find_config
from .document import Document
from .engine import Engine, SelectorError
from .finding import Finding
from .formats import read_document
from .linter import lint_documents
from .result import RunResult
from .rule import Rule
from .sources_io import Decoded, SourceError, check_size, decode, read_source, unencodable, write_fixed
from .stream import Input, default_jobs, message

__all__ = ["STDIN", "SelectorError", "collect", "run_paths"]

STDIN = "-"


def _excluded(rel_parts: tuple[str, ...], patterns: list[str]) -> bool:
    rel = "/".join(rel_parts)
    return any(fnmatch.fnmatch(part, pat) for part in rel_parts for pat in patterns) or any(
        fnmatch.fnmatch(rel, pat) for pat in patterns
    )


def _included(rel: tuple[str, ...], patterns: list[str]) -> bool:
    """Extensions and names match whatever their case (NOTES.MD is a Markdown draft)."""
    name, whole = rel[-1].lower(), "/".join(rel).lower()
    return any(fnmatch.fnmatchcase(name, p.lower()) or fnmatch.fnmatchcase(whole, p.lower()) for p in patterns)


def _walk_entry(full: str, errors: list[str]) -> bool:
    """Whether a file found in a directory is a regular file to read; anything else that
    would have been checked (a link loop, a broken link, a FIFO, a device) is reported."""
    try:
        mode = os.stat(full).st_mode
    except OSError as exc:
        if os.path.islink(full):
            what = "a symbolic link loop" if exc.errno == errno.ELOOP else "a broken symbolic link"
            errors.append(f"{full}: is {what}; not followed")
        else:
            errors.append(f"{full}: cannot read: {exc.strerror or exc}")
        return False
    if stat.S_ISREG(mode):
        return True
    if not stat.S_ISDIR(mode):  # a symlink to a directory is simply not walked into
        kind = (
            "a FIFO (named pipe)"
            if stat.S_ISFIFO(mode)
            else "a device"
            if (stat.S_ISCHR(mode) or stat.S_ISBLK(mode))
            else "not a regular file"
        )
        errors.append(f"{full}: is {kind}; not read")
    return False


def collect(paths: list[str], errors: list[str]) -> list[str]:
    """Expand directories (recursively, honouring include/exclude, not following symbolic
    links to directories); keep files as given."""
    out: list[str] = []
    for p in paths:
        if p == STDIN:
            out.append(p)
            continue
        if os.path.isdir(p):
            try:
                cfg = find_config(p)
            except ConfigError as exc:
                errors.append(f"{p}: {exc}")
                continue
            walk_errors: list[OSError] = []
            for root, dirs, files in os.walk(p, onerror=walk_errors.append):
                rel_root = Path(root).relative_to(p).parts
                dirs[:] = sorted(d for d in dirs if not _excluded(rel_root + (d,), cfg.exclude))
                for name in sorted(files):
                    rel = rel_root + (name,)
                    if _excluded(rel, cfg.exclude) or not _included(rel, cfg.include):
                        continue
                    full = str(Path(root) / name)
                    if _walk_entry(full, errors):
                        out.append(full)
            errors.extend(f"{e.filename}: cannot list: {e.strerror or e}" for e in walk_errors)
        elif os.path.lexists(p):
            out.append(p)  # reading it says what it is if it is not a readable file
        else:
            errors.append(f"{p}: no such file or directory")
    seen: set[str] = set()
    return [p for p in out if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]


def run_paths(
    paths: list[str],
    *,
    config_file: str | None = None,
    cli_changes: Callable[[Config], Config] | None = None,
    cli_selectors: dict[str, list[str]] | None = None,
    stdin_filename: str | None = None,
    fix: bool = False,
    diff: bool = False,
    progress: Callable[[int], Callable[[], None] | None] | None = None,
    jobs: int | None = 1,
    cache: bool = False,
    cache_dir: str | None = None,
) -> RunResult:
    """Lint ``paths``; ``progress(total)`` may return a callback called once a file.

    ``cli_selectors`` (option name -> selectors) are checked against the rules found; one
    that names no rule raises SelectorError before anything is checked. ``jobs``: worker
    processes (None: the configuration's ``jobs``, else the cores available). ``cache``:
    use the result cache (``cache_dir``, else the configuration's ``cache-dir``, else
    ``.attrlint_cache`` beside the configuration file that applies, or here).
    """
    result = RunResult()
    engine = Engine(config_file)
    files = collect(paths, result.errors)
    changed: dict[int, Config] = {}
    read_as: dict[str, Decoded] = {}
    inputs: list[Input] = []
    for p in files:
        shown = (stdin_filename or "<stdin>") if p == STDIN else p
        try:
            base = engine.base_config(shown if p != STDIN else (stdin_filename or "."))
        except ConfigError as exc:
            result.errors.append(message(shown, exc))
            continue
        if id(base) not in changed:  # one configuration object per file of a directory
            changed[id(base)] = cli_changes(base) if cli_changes else base
        inputs.append(
            Input(shown, changed[id(base)], _loader(p, shown, changed[id(base)], read_as if fix or diff else None))
        )
    if jobs is None:
        jobs = _configured_jobs(engine, paths)
    caches = _Caches(cache_dir) if cache else None
    engine.run(inputs, selectors=cli_selectors, jobs=jobs, cache_for=caches, progress=progress, result=result)
    result.files.sort(key=lambda r: r.document.path)
    if fix or diff:
        rules, _ = engine.rules(sorted({p for inp in inputs for p in inp.config.packs}))
        _apply(result, rules, read_as, write=fix, show_diff=diff)
    return result


def _loader(p: str, shown: str, cfg: Config, read_as: dict[str, Decoded] | None):
    """Reads the file when its group comes up, so a long run never holds every text."""

    def load() -> tuple[str, str]:
        if p == STDIN:
            data = sys.stdin.buffer.read()
            check_size(data, shown, cfg.max_file_size)
            decoded = decode(data, shown, cfg.encoding)
        else:
            decoded = read_source(Path(p), cfg.encoding, cfg.max_file_size)
        if read_as is not None:
            read_as[shown] = decoded
        return decoded.text, decoded.encoding

    return load


def _configured_jobs(engine: Engine, paths: list[str]) -> int:
    try:
        cfg = engine.base_config(paths[0] if paths and paths[0] != STDIN else ".")
    except ConfigError:
        cfg = Config()
    return cfg.jobs if cfg.jobs else default_jobs()


class _Caches:
    """One result cache per directory: the one given, else the configuration's."""

    def __init__(self, directory: str | None):
        self.directory = directory
        self._by_dir: dict[str, ResultCache] = {}

    def __call__(self, cfg: Config) -> ResultCache:
        from .cache import DEFAULT_DIRNAME

        where = self.directory or (str(cfg.cache_dir) if cfg.cache_dir else str(cfg.root / DEFAULT_DIRNAME))
        if where not in self._by_dir:
            self._by_dir[where] = ResultCache(where)
        return self._by_dir[where]


def _holdable(doc: Document, findings: list[Finding], encoding: str, errors: list[str]) -> list[Finding]:
    """The findings whose fix the file's encoding can hold; each other one is an error."""
    out = []
    for f in findings:
        if f.fix is not None and f.location is not None:
            bad = unencodable(f.fix, encoding)
            if bad is not None:
                errors.append(
                    f"{doc.path}:{f.location.line}:{f.location.column}: fix of {f.rule} needs {bad[1]!r} "
                    f"(U+{ord(bad[1]):04X}), which {encoding} cannot hold; left for the editor"
                )
                continue
        out.append(f)
    return out


def _apply(
    result: RunResult, rules: dict[str, Rule], read_as: dict[str, Decoded], *, write: bool, show_diff: bool
) -> None:
    from .fixes import apply_fixes, unified_diff

    for i, res in enumerate(result.files):
        doc = res.document
        decoded = read_as.get(doc.path)
        findings = res.findings
        if decoded is not None:
            findings = _holdable(doc, findings, decoded.encoding, result.errors)
        new_source, n = apply_fixes(doc.source, findings)
        if not n:
            continue
        if show_diff:
            result.diffs.append(unified_diff(doc.path, doc.source, new_source))
        if not write or decoded is None or doc.path == "<stdin>":
            continue
        try:
            changed = write_fixed(Path(doc.path), new_source, decoded)
        except SourceError as exc:
            result.errors.append(str(exc))
            continue
        if changed:
            result.fixed[doc.path] = n
        # report what is left after the fixes
        try:
            fresh = read_document(new_source, doc.path, doc.format, config=doc.config, encoding=doc.encoding)
        except Exception as exc:
            result.errors.append(message(doc.path, exc))
            continue
        result.files[i] = lint_documents([fresh], rules)[0]
