"""Discovering rules: entry points in the group ``attrlint.rules`` and TOML packs.

Built-in rules register exactly like third-party ones: through entry points declared in
pyproject.toml. An entry point may name a Rule class, a Rule instance, or a callable
returning an iterable of rules.
"""

from __future__ import annotations

import gc
import inspect
from functools import partial
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Callable, Iterable

from . import fast_regex, fast_start
from .data import DataError, load_toml_file, rules_dir
from .rule import Rule, RuleDataError, is_rule, rules_from_pack

GROUP = "attrlint.rules"


class RegistryError(ValueError):
    pass


def builtin_packs() -> list[Rule]:
    """The TOML rule packs shipped in ``rules/packs/``."""
    out: list[Rule] = []
    for path in sorted((rules_dir() / "packs").glob("*.toml")):
        out.extend(load_pack(path))
    return out


def load_pack(path: Path) -> list[Rule]:
    try:
        return rules_from_pack(load_toml_file(path), str(path))
    except DataError as exc:
        raise RegistryError(str(exc)) from None
    except RuleDataError as exc:
        raise RegistryError(str(exc)) from None


def _expand(obj: object, origin: str) -> list[Rule]:
    if inspect.isclass(obj):
        obj = obj()
    if is_rule(obj):
        return [obj]
    if callable(obj):
        try:
            produced = obj()
        except Exception as exc:  # a broken plugin is named, not hidden
            raise RegistryError(f"{origin}: failed to build its rules: {type(exc).__name__}: {exc}") from exc
        items = [produced] if is_rule(produced) else list(produced)
        for it in items:
            if not is_rule(it):
                raise RegistryError(f"{origin}: produced {it!r}, which is not a Rule")
        return items
    raise RegistryError(f"{origin}: {obj!r} is neither a Rule nor a callable returning rules")


def _load_entry_point(ep: EntryPoint, origin: str) -> list[Rule]:
    return _expand(ep.load(), origin)


def _lists_other_distributions(finder: object) -> bool:
    """A finder on ``sys.meta_path`` that may list distributions the stored key does not
    see. The standard path finder and the ``importlib_metadata`` backport's path finder
    (which other libraries import, and which reads the same ``sys.path`` directories) do not."""
    from importlib.machinery import PathFinder

    if finder is PathFinder or not hasattr(finder, "find_distributions"):
        return False
    kind = type(finder)
    return not (kind.__name__ == "MetadataPathFinder" and kind.__module__.split(".")[0] == "importlib_metadata")


def _entry_points() -> list[EntryPoint]:
    """``entry_points(group=GROUP)``, kept between processes (attrlint/memo.py):
    importlib.metadata reads and parses the metadata of every installed distribution to
    answer (~9 ms of a one-draft set-up with 120 installed). The key is the names of the
    distributions' metadata directories on ``sys.path`` and the size and time of each
    one's ``entry_points.txt``: installing, removing or upgrading a plugin makes a new key.
    Left to importlib.metadata when some other finder also lists distributions."""
    import importlib.metadata
    import os
    import sys

    from . import memo

    if (
        entry_points is not importlib.metadata.entry_points
        or memo.cache_dir() is None  # patched (tests)
        or any(_lists_other_distributions(f) for f in sys.meta_path)
    ):
        return list(entry_points(group=GROUP))
    names: list[tuple[str, str]] = []
    files: list[str] = []
    for entry in sys.path:
        where = os.path.abspath(entry or ".")
        try:
            listed = sorted(os.listdir(where))
        except NotADirectoryError:  # a zip archive
            files.append(where)
            continue
        except OSError:
            continue
        for n in listed:
            if n.endswith((".dist-info", ".egg-info")):
                names.append((where, n))
                files.append(os.path.join(where, n, "entry_points.txt"))

    def found() -> list[tuple[str, str, str]]:
        return [(ep.name, ep.value, ep.group) for ep in entry_points(group=GROUP)]

    rows = memo.cached("entry-points", found, files, code=False, extra=(GROUP, tuple(names)))
    return [EntryPoint(name, value, group) for name, value, group in rows]


def discover(extra_packs: Iterable[Path] = (), errors: list[str] | None = None) -> dict[str, Rule]:
    """All available rules by id, from entry points and the given extra packs.

    With ``errors`` given, a plugin or pack that cannot be loaded (or that reuses an id)
    is reported there and left out, and every other rule is still returned; without it,
    the first such problem raises RegistryError.
    """
    rules: dict[str, Rule] = {}
    origins: dict[str, str] = {}

    def add(rule: Rule, origin: str) -> None:
        if rule.id in rules:
            raise RegistryError(f"rule id {rule.id!r} from {origin} is already defined by {origins[rule.id]}")
        rules[rule.id] = rule
        origins[rule.id] = origin

    def guarded(load: Callable[[], list[Rule]], origin: str) -> None:
        try:
            batch = load()
            for rule in batch:
                add(rule, origin)
        except Exception as exc:  # a broken plugin is named, not hidden
            err = exc if isinstance(exc, RegistryError) else RegistryError(f"{origin}: cannot load: {exc}")
            if errors is None:
                raise err from exc
            errors.append(f"{err} (its rules were not run)")

    # the cyclic collector paused while the rule modules are imported: what they make
    # (functions, classes, patterns, tables) lives as long as the process, and collections
    # set off by the allocations would walk it for nothing (~7 ms of a one-draft check);
    # frozen after (gc.freeze, in attrlint's own processes: fast_start.freeze_heap), so that later
    # collections skip it too (memo._unpickle)
    # (fast_regex.storing_short: the short patterns they compile are stored too, as no
    # draft has been read here)
    was = gc.isenabled()
    gc.disable()
    try:
        with fast_regex.storing_short():
            for ep in sorted(_entry_points(), key=lambda e: e.name):
                origin = f"entry point {ep.name} ({ep.value})"
                guarded(partial(_load_entry_point, ep, origin), origin)
            for path in extra_packs:
                guarded(partial(load_pack, Path(path)), str(path))
    finally:
        fast_start.freeze_heap()
        if was:
            gc.enable()
    return rules
