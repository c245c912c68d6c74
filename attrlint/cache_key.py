"""The cache key: one SHA-256 digest of everything that can change a file's findings.

The text, the path, the configuration (every value that can change findings; today's date
when it gives no story date), the rules that run, attrlint's, Python's, spaCy's and the
model's versions, and a fingerprint of the rule data and code: (relative path, size,
mtime_ns) of every file under ``rules/``, attrlint's modules, the configured packs, house
style, knowledge-base and other option files, and plugin rule modules. Fingerprints are
taken once per process (``clear_fingerprints`` forgets them), so that a cached run never
reads megabytes of data to learn that nothing changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any, Iterable, Mapping

from . import __version__
from .config import Config
from .memo import tree_stats

#: bump when the key's recipe changes, so that every old entry misses
RECIPE = 1


def cache_key(
    source: str,
    path: str,
    config: Config,
    rule_ids: Iterable[str],
    rules: Mapping[str, Any] | None = None,
) -> str:
    """The entry name for one file. ``path`` as the rules see it (``Document.path``);
    ``config`` the one the document carries (command-line settings applied); ``rule_ids``
    the rules enabled for it; ``rules`` (optional) the rule objects, so that a third-party
    rule's module is fingerprinted too."""
    parts = (
        _package_fingerprint(),
        hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest(),
        json.dumps(path, ensure_ascii=False),  # quoted: no path can run into the next part
        _rules_digest(tuple(rule_ids)),
        _plugins_digest(rules) if rules else "",
        _config_part(config),
    )
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


#: the last rule set seen and its plugin digest: a run passes the same mapping for every file
_last_rules: tuple[Any, int, str] | None = None


def _plugins_digest(rules: Mapping[str, Any]) -> str:
    """The modules of rules that are not attrlint's own (third-party plugins), fingerprinted."""
    global _last_rules
    if _last_rules is not None and _last_rules[0] is rules and _last_rules[1] == len(rules):
        return _last_rules[2]
    mods = {type(r).__module__ for r in rules.values()} | {getattr(r, "__module__", "") or "" for r in rules.values()}
    plugins = tuple(sorted(m for m in mods if m and m != "attrlint" and not m.startswith("attrlint.")))
    found = _digest(_modules_fingerprint(plugins)) if plugins else ""
    _last_rules = (rules, len(rules), found)
    return found


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
    return [list(row) for row in tree_stats(root, suffixes)]


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


#: the libraries whose upgrade can change findings (the run-time dependencies in
#: pyproject.toml; tests/test_cache.py checks that none is missing)
LIBRARIES = (
    "spacy",
    "regex",
    "rapidfuzz",
    "lemminflect",
    "jellyfish",
    "markdown-it-py",
    "mdit-py-plugins",
    "PyYAML",
    "numpy",
    "ftfy",  # debris.mojibake says what garbled text was: a new ftfy may repair it otherwise
)


@lru_cache(maxsize=1)
def _package_fingerprint() -> str:
    """attrlint's version, its code and its bundled rule data, Python's and the libraries'
    versions: what every key shares. Computed once per process."""
    from .data import DataError, rules_dir

    here = Path(__file__).resolve().parent
    try:
        data = _tree(rules_dir())
    except DataError:
        data = []
    parts = {
        "recipe": RECIPE,
        "attrlint": __version__,
        "python": list(sys.version_info[:2]),
        "libraries": [[name, _version(name)] for name in LIBRARIES],
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
    global _last_rules
    _last_rules = None
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


_FIELDS: dict[type, tuple[str, ...]] = {}


def _key_fields(cls: type) -> tuple[str, ...]:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.name not in _NOT_IN_KEY)
    return found


def _config_blob(config: Config) -> str:
    fields = {name: _stable(getattr(config, name)) for name in _key_fields(type(config))}
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
