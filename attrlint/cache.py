"""A result cache like ruff's: a file whose text, path, configuration, rule data, rule
code and attrlint version are unchanged is not parsed or checked again.

One entry per (file, everything that can change its findings), named by a SHA-256 key.
The per-file rules' raw findings (text offsets, before locating and suppressing), the
file's rule errors and the run-level rules' per-document summaries are stored as JSON.
Freshness is judged by the key alone: the rule data and code are fingerprinted by
(relative path, size, mtime_ns), once per process, so that a cached run never reads
megabytes of data to learn that nothing changed.

Storage: ``<dir>/CACHEDIR.TAG``, ``<dir>/.gitignore`` (``*``), entries in
``<dir>/v<FORMAT>/<key[:2]>/<key[2:]>.json``, each written to a temporary file in the
same directory and moved into place with ``os.replace``, so two processes sharing the
cache never read half an entry. Anything that goes wrong (an unwritable directory, a
corrupt, truncated or foreign entry) is a miss, never an error: the file is just checked.
Entries untouched for ``MAX_AGE_DAYS`` are removed by a sweep that runs at most once a
day (on a ``put``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any, Iterable, Mapping

from . import __version__
from .config import Config
from .finding import Finding, Location, Severity

#: bump when the entry layout or the key's recipe changes; old entries are then ignored
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


# --- the key -----------------------------------------------------------------------------
_PLAIN = (type(None), bool, int, float, str)


def _stable(value: Any) -> Any:
    """A JSON-able form of a configuration value that is the same in every process."""
    t = type(value)
    if t in _PLAIN:
        return value
    if t is list or t is tuple:
        return [_stable(v) for v in value]
    if t is dict or isinstance(value, Mapping):
        return {str(k): _stable(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, enum.Enum):
        return f"{t.__name__}.{value.name}"
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, PurePath):
        return value.as_posix()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            "__dataclass__": t.__name__,
            **{f.name: _stable(getattr(value, f.name)) for f in dataclasses.fields(value)},
        }
    if isinstance(value, (set, frozenset)):
        return sorted((_stable(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_stable(v) for v in value]
    if isinstance(value, (bool, int, float, str)):  # subclasses (an IntEnum is caught above)
        return value
    return repr(value)


def _stat(path: Path, shown: str) -> list[Any]:
    try:
        st = path.stat()
    except OSError:
        return [shown, None, None]
    return [shown, st.st_size, st.st_mtime_ns]


def _tree(root: Path, suffixes: tuple[str, ...] | None = None) -> list[list[Any]]:
    """(relative path, size, mtime_ns) of every file under ``root``, sorted."""
    out: list[list[Any]] = []
    top = os.fspath(root)
    cut = len(top) + 1
    stack = [top]
    while stack:
        d = stack.pop()
        try:
            entries = list(os.scandir(d))
        except OSError:
            continue
        for e in entries:
            try:
                if e.is_dir(follow_symlinks=True):
                    if e.name != "__pycache__":
                        stack.append(e.path)
                    continue
                if suffixes and not e.name.endswith(suffixes):
                    continue
                st = e.stat(follow_symlinks=True)
            except OSError:
                continue
            out.append([e.path[cut:].replace(os.sep, "/"), st.st_size, st.st_mtime_ns])
    return sorted(out)


@lru_cache(maxsize=1)
def _installed() -> dict[str, str]:
    """Installed distributions' versions by normalised name, read from the names of the
    ``*.dist-info`` directories on ``sys.path`` (parsing each METADATA file is slower)."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info") and "-" in name:
                dist, _, version = name[: -len(".dist-info")].partition("-")
                found.setdefault(_normalise(dist), version)
    return found


def _normalise(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _version(dist: str) -> str | None:
    found = _installed().get(_normalise(dist))
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except (PackageNotFoundError, ValueError):
        return None


@lru_cache(maxsize=1)
def _package_fingerprint() -> str:
    """attrlint's version, its code and its bundled rule data, Python's and spaCy's
    versions: what every key shares. Computed once per process."""
    from .data import DataError, rules_dir

    here = Path(__file__).resolve().parent
    try:
        data = _tree(rules_dir())
    except DataError:
        data = []
    parts = {
        "format": FORMAT,
        "attrlint": __version__,
        "python": list(sys.version_info[:2]),
        "spacy": _version("spacy"),
        # an edited rule in a checkout changes its findings without a new version number
        "code": _tree(here, (".py",)),
        "rules": data,
    }
    return _digest(parts)


@lru_cache(maxsize=16)
def _model_fingerprint(model: str) -> Any:
    """The model's version when it is an installed package, else the stat of its files."""
    v = _version(model)
    if v is not None:
        return [model, v]
    p = Path(model)
    if p.is_dir():
        return [model, _stat(p / "meta.json", "meta.json"), _stat(p / "config.cfg", "config.cfg")]
    return [model, None]


@lru_cache(maxsize=256)
def _file_fingerprint(path: str) -> list[Any]:
    """A user data file (a pack, a house style, a knowledge-base or vocabulary file); a
    house style's ``extends`` chain is followed so that an edited parent misses too."""
    p = Path(path)
    out = [_stat(p, path)]
    if p.suffix == ".toml" and out[0][1] is not None and out[0][1] < 1_000_000:
        try:
            from .data import load_toml_file

            parent = load_toml_file(p).get("style", {}).get("extends")
        except Exception:  # unreadable here means the run will report it; not our concern
            parent = None
        if isinstance(parent, str) and (parent.endswith(".toml") or "/" in parent or "\\" in parent):
            q = Path(parent) if Path(parent).is_absolute() else p.parent / parent
            if str(q) != path:
                out.extend(_file_fingerprint(str(q)))
    return out


def _option_files(cfg: Config) -> list[str]:
    """Every file the configuration names: packs, a house-style path, and any rule option
    whose string value (or list of strings) is an existing file relative to the config."""
    root = cfg.root
    named: list[str] = [str(p) for p in cfg.packs]
    if cfg.house_style and (cfg.house_style.endswith(".toml") or "/" in cfg.house_style or "\\" in cfg.house_style):
        named.append(cfg.house_style)
    for opts in cfg.rule_options_table.values():
        for value in opts.values():
            values = value if isinstance(value, list) else [value]
            named.extend(v for v in values if isinstance(v, str) and v and len(v) < 4096)
    out = []
    for v in named:
        p = Path(v) if Path(v).is_absolute() else root / v
        try:
            if p.is_file():
                out.append(str(p.resolve()))
        except (OSError, ValueError):
            continue
    return sorted(set(out))


@lru_cache(maxsize=64)
def _modules_fingerprint(modules: tuple[str, ...]) -> list[Any]:
    """Third-party rule modules (plugins outside attrlint): their files' stats."""
    out = []
    for name in modules:
        mod = sys.modules.get(name)
        f = getattr(mod, "__file__", None)
        out.append(_stat(Path(f), name) if f else [name, None, None])
    return out


def clear_fingerprints() -> None:
    """Forget the memoised fingerprints (for tests, or a resident process that reloads its data)."""
    _package_fingerprint.cache_clear()
    _installed.cache_clear()
    _model_fingerprint.cache_clear()
    _file_fingerprint.cache_clear()
    _modules_fingerprint.cache_clear()
    _CONFIG_DIGESTS.clear()


@lru_cache(maxsize=64)
def _rules_digest(rule_ids: tuple[str, ...]) -> str:
    return _digest(sorted(set(rule_ids)))


def _digest(obj: Any) -> str:
    blob = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


#: Config fields that cannot change a file's findings (exit status, file discovery,
#: parallelism, where the cache lives): a change to them keeps the cache warm
_NOT_IN_KEY = frozenset({"fail_on", "include", "exclude", "max_file_size", "jobs", "cache_dir"})


def _config_blob(config: Config) -> str:
    fields = {
        f.name: _stable(getattr(config, f.name))
        for f in dataclasses.fields(config)
        if f.name not in _NOT_IN_KEY
    }
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _today() -> dt.date:
    return dt.date.today()


#: configuration digests by (serialised config, today, cwd): the files a configuration
#: names are looked at once per process, not once per checked file
_CONFIG_DIGESTS: dict[tuple[str, str | None, str | None], str] = {}


def _config_part(config: Config) -> str:
    blob = _config_blob(config)
    # the rules assume today's date when the configuration gives none: yesterday's entry misses
    today = None if config.date is not None else _today().isoformat()
    # a configuration without a file resolves relative paths against the working directory
    cwd = os.getcwd() if config.path is None else None
    memo = (blob, today, cwd)
    found = _CONFIG_DIGESTS.get(memo)
    if found is None:
        if len(_CONFIG_DIGESTS) >= 256:
            _CONFIG_DIGESTS.clear()
        found = _CONFIG_DIGESTS[memo] = _digest(
            {
                "config": blob,
                "today": today,
                "cwd": cwd,
                "model": _model_fingerprint(config.model),
                "files": [_file_fingerprint(p) for p in _option_files(config)],
            }
        )
    return found


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

    @staticmethod
    def key(
        source: str,
        path: str,
        config: Config,
        rule_ids: Iterable[str],
        rules: Mapping[str, Any] | None = None,
    ) -> str:
        """The entry name for one file. ``path`` as the rules see it (``Document.path``);
        ``config`` the one the document carries (command-line settings applied);
        ``rule_ids`` the rules enabled for it; ``rules`` (optional) the rule objects, so
        that a third-party rule's module is fingerprinted too."""
        plugins: tuple[str, ...] = ()
        if rules:
            mods = {type(r).__module__ for r in rules.values()} | {
                getattr(r, "__module__", "") or "" for r in rules.values()
            }
            plugins = tuple(sorted(m for m in mods if m and not m.startswith("attrlint")))
        parts = {
            "package": _package_fingerprint(),
            "source": hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest(),
            "path": path,
            "rules": _rules_digest(tuple(rule_ids)),
            "plugins": _modules_fingerprint(plugins) if plugins else [],
            "config": _config_part(config),
        }
        return _digest(parts)

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
    """Write ``blob`` to a temporary file beside ``target`` and move it into place."""
    fd, tmp = tempfile.mkstemp(prefix=".tmp", dir=target.parent)
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
