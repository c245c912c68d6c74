"""A result cache like ruff's: a file whose text, path, configuration, rule data, rule
code and attrlint version are unchanged is not parsed or checked again.

One entry per (file, everything that can change its findings), named by a SHA-256 key.
The per-file rules' raw findings (text offsets, before locating and suppressing), the
file's rule errors and the run-level rules' per-document summaries are stored as JSON.
Freshness is judged by the key alone (attrlint/cache_key.py says what it folds in).

Storage: ``<dir>/CACHEDIR.TAG``, ``<dir>/.gitignore`` (``*``), entries in
``<dir>/v<FORMAT>/<key[:2]>/<key[2:]>.json``, each written to a temporary file in the
same directory and moved into place with ``os.replace``, so two processes sharing the
cache never read half an entry. Anything that goes wrong (an unwritable directory, a
corrupt, truncated or foreign entry) is a miss, never an error: the file is just checked.
Entries untouched for ``MAX_AGE_DAYS`` are removed by a sweep that runs at most once a
day (on a ``put``).

Wiring (the runner): ``key = ResultCache.key(decoded_text, doc.path, doc.config,
[ids of the rules enabled for it], rules)``; on a hit use the entry in place of parsing and
the per-file rules; on a miss check the file, then ``put`` its raw findings, errors,
``jsonable(summaries)`` and ``jsonable(metadata)``, and use those same jsonable values in
the cold run too, so that cold and cached reports are identical. See docs/cache.md.
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from . import __version__
from .cache_key import cache_key, clear_fingerprints
from .finding import Finding, Location, Severity

__all__ = [
    "CachedFile",
    "ResultCache",
    "cache_key",
    "clear_fingerprints",
    "finding_from_dict",
    "finding_to_dict",
    "jsonable",
]

#: bump when the entry layout changes; old entries are then ignored
FORMAT = 1
#: a suggested directory name (relative to the project root) for the caller's default
DEFAULT_DIRNAME = ".attrlint_cache"
MAX_AGE_DAYS = 30
#: a hit refreshes an entry's mtime (which the sweep reads) at most this often
_TOUCH_AFTER = 24 * 3600
_SWEEP_EVERY = 24 * 3600
_STALE_TEMP = 3600

CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by attrlint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


@dataclass
class CachedFile:
    """What a run needs to report a file without parsing it again."""

    findings: list[Finding]  # the per-file rules' raw findings (text offsets; before locate/suppress)
    errors: list[str]
    summaries: dict[str, Any]  # run-level rule id -> JSON-able summary of this document
    #: what the rules added to ``doc.metadata`` (the sourcing summary), JSON-able
    metadata: dict[str, Any] = field(default_factory=dict)


def jsonable(value: Any) -> Any:
    """``value`` as it comes back from the cache (tuples as lists, keys as strings): a cold
    run that passes its summaries through this gives the same report as a cached one."""
    return json.loads(json.dumps(value, ensure_ascii=False))


# --- findings <-> JSON -------------------------------------------------------------------
def finding_to_dict(f: Finding) -> dict[str, Any]:
    """Every field of a finding, exactly (unlike the report's view, which needs a location)."""
    out: dict[str, Any] = {
        "rule": f.rule,
        "category": f.category,
        "severity": Severity.parse(f.severity).name,
        "message": f.message,
        "start": f.start,
        "end": f.end,
        "suggestions": list(f.suggestions),
        "evidence": f.evidence,
        "fix": f.fix,
        "path": f.path,
    }
    if f.location is not None:
        out["location"] = dataclasses.asdict(f.location)
    return out


def finding_from_dict(d: Mapping[str, Any]) -> Finding:
    loc = d.get("location")
    return Finding(
        rule=d["rule"],
        category=d["category"],
        severity=Severity[d["severity"]],
        message=d["message"],
        start=d["start"],
        end=d["end"],
        suggestions=list(d.get("suggestions", [])),
        evidence=d.get("evidence"),
        fix=d.get("fix"),
        path=d.get("path", ""),
        location=Location(**loc) if loc is not None else None,
    )


# --- the cache ---------------------------------------------------------------------------
class ResultCache:
    """Per-file results by key; ``directory=None`` switches it off (every ``get`` misses)."""

    def __init__(self, directory: Path | str | None):
        self.directory = Path(directory) if directory is not None else None
        self.hits = 0
        self.misses = 0
        self.writes = 0
        #: the last problem met (an unwritable directory, a corrupt entry); never raised
        self.last_error: str | None = None
        self._ready = False
        self._broken = False
        self._swept = False

    @property
    def enabled(self) -> bool:
        return self.directory is not None and not self._broken

    #: the entry name for one file: :func:`attrlint.cache_key.cache_key`, one signature
    key = staticmethod(cache_key)

    # --- storage ---------------------------------------------------------------------
    def _entry(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / f"v{FORMAT}" / key[:2] / f"{key[2:]}.json"

    def _prepare(self) -> bool:
        """Create the directory with its tag and .gitignore, once; False if it cannot be."""
        if self._ready:
            return True
        if self.directory is None or self._broken:
            return False
        try:
            (self.directory / f"v{FORMAT}").mkdir(parents=True, exist_ok=True)
            for name, text in (("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", "# created by attrlint\n*\n")):
                target = self.directory / name
                if not target.exists():
                    _write_atomic(target, text.encode("utf-8"))
        except OSError as exc:
            self._broken = True
            self.last_error = f"cache directory {self.directory}: {exc.strerror or exc}"
            return False
        self._ready = True
        return True

    def get(self, key: str) -> CachedFile | None:
        """The entry, or None for a missing, unreadable, corrupt or foreign-version one."""
        if not self.enabled or not _is_key(key):
            self.misses += 1
            return None
        path = self._entry(key)
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
                mtime = os.fstat(fh.fileno()).st_mtime
            data = json.loads(raw)
            if (
                not isinstance(data, dict)
                or data.get("format") != FORMAT
                or data.get("attrlint") != __version__
                or data.get("key") != key
            ):
                raise ValueError("written by another version or for another key")
            entry = CachedFile(
                findings=[finding_from_dict(d) for d in data["findings"]],
                errors=[str(e) for e in data["errors"]],
                summaries=dict(data["summaries"]),
                metadata=dict(data.get("metadata", {})),
            )
        except (FileNotFoundError, NotADirectoryError):
            self.misses += 1
            return None
        except Exception as exc:  # corrupt, truncated, foreign: a miss (checked again, then rewritten)
            self.misses += 1
            self.last_error = f"{path}: unusable cache entry: {type(exc).__name__}: {exc}"
            return None
        if time.time() - mtime > _TOUCH_AFTER:
            try:
                os.utime(path)  # still in use: keep it from the age sweep
            except OSError:
                pass
        self.hits += 1
        return entry

    def put(self, key: str, entry: CachedFile) -> None:
        """Store an entry atomically; never raises (a failed write is just a later miss)."""
        if self.directory is None or not _is_key(key) or not self._prepare():
            return
        try:
            blob = json.dumps(
                {
                    "format": FORMAT,
                    "attrlint": __version__,
                    "key": key,
                    "findings": [finding_to_dict(f) for f in entry.findings],
                    "errors": list(entry.errors),
                    "summaries": entry.summaries,
                    "metadata": entry.metadata,
                },
                ensure_ascii=False,
                separators=(",", ":"),
            ).encode("utf-8", "surrogatepass")
        except Exception as exc:  # a summary that is not JSON-able: do not cache this file
            self.last_error = f"cannot store entry: {type(exc).__name__}: {exc}"
            return
        path = self._entry(key)
        try:
            path.parent.mkdir(exist_ok=True)
            _write_atomic(path, blob)
            self.writes += 1
        except OSError as exc:
            self.last_error = f"{path}: cannot write: {exc.strerror or exc}"
            return
        if not self._swept:
            self._swept = True
            self.sweep()

    def clear(self) -> int:
        """Delete every entry (for an ``attrlint clean``, like ``ruff clean``); only what
        attrlint wrote is touched: the entry folders, the tag, .gitignore and the sweep
        stamp, then the directory itself if nothing else is in it. Returns how many
        entries were removed; never raises."""
        if self.directory is None:
            return 0
        import shutil

        removed = 0
        for version in self.directory.glob("v[0-9]*"):
            if version.is_dir() and not version.is_symlink():
                removed += sum(1 for _ in version.glob("*/*.json"))
                shutil.rmtree(version, ignore_errors=True)
        for name in ("CACHEDIR.TAG", ".gitignore", ".last-sweep"):
            try:
                (self.directory / name).unlink()
            except OSError:
                pass
        try:
            self.directory.rmdir()
        except OSError:
            pass
        self._ready = False
        return removed

    def sweep(self, max_age_days: float = MAX_AGE_DAYS, *, force: bool = False) -> int:
        """Remove entries untouched for ``max_age_days`` (and abandoned temporary files);
        runs at most once a day per cache directory unless ``force``. Returns how many
        files were removed; never raises."""
        if self.directory is None:
            return 0
        stamp = self.directory / ".last-sweep"
        now = time.time()
        try:
            if not force and now - stamp.stat().st_mtime < _SWEEP_EVERY:
                return 0
        except FileNotFoundError:
            pass
        except OSError:
            return 0
        try:
            stamp.touch()
        except OSError:
            return 0
        removed = 0
        limit = now - max_age_days * 86400
        base = self.directory / f"v{FORMAT}"
        try:
            shards = list(os.scandir(base))
        except OSError:
            return 0
        for shard in shards:
            try:
                if not shard.is_dir(follow_symlinks=False):
                    continue
                files = list(os.scandir(shard.path))
            except OSError:
                continue
            for f in files:
                try:
                    age_limit = now - _STALE_TEMP if f.name.startswith(".tmp") else limit
                    if f.stat(follow_symlinks=False).st_mtime < age_limit:
                        os.unlink(f.path)
                        removed += 1
                except OSError:
                    continue
        return removed


def _is_key(key: str) -> bool:
    return len(key) == 64 and all(c in "0123456789abcdef" for c in key)


def _write_atomic(target: Path, blob: bytes) -> None:
    """Write ``blob`` to a temporary file beside ``target`` and move it into place. The
    file is created with the umask's permissions (not mkstemp's 0600), so that a cache
    shared by a team's accounts stays readable by all of them."""
    tmp = str(target.parent / f".tmp{os.getpid()}-{secrets.token_hex(6)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
