"""Locating and loading rule data (``rules/*.toml``), shipped inside the package."""

from __future__ import annotations

import hashlib
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any


class DataError(ValueError):
    pass


@lru_cache(maxsize=1)
def rules_dir() -> Path:
    """``attrlint/rules`` in an installed wheel, the top-level ``rules/`` in a checkout."""
    here = Path(__file__).resolve().parent
    for cand in (here / "rules", here.parent / "rules"):
        if cand.is_dir():
            return cand
    raise DataError("attrlint's rule data (rules/) is missing from this installation")


def load_toml_file(path: Path) -> dict[str, Any]:
    """A TOML file's content; the parse is kept on disk between processes (``memo``):
    pure-Python TOML parsing was a large part of a one-draft check's set-up."""
    from .memo import cached

    where = os.path.abspath(path)
    name = "toml-" + hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return cached(name, lambda: _parse_toml(path), [where], code=False)


def _parse_toml(path: Path) -> dict[str, Any]:
    # imported here: a process that finds every file in the store never parses TOML
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"{path}: invalid TOML: {exc}") from None


@lru_cache(maxsize=None)
def load_data(name: str) -> dict[str, Any]:
    """A bundled data file by its path under ``rules/`` (e.g. ``"sources.toml"``)."""
    return load_toml_file(rules_dir() / name)


def data_files(*folders: str) -> list[Path]:
    """Every file under these folders of ``rules/``, sorted: the inputs of data derived
    from them (``memo.cached``), so that editing any of them makes the derived data anew."""
    out: list[Path] = []
    for folder in folders:
        out.extend(_files_under(rules_dir() / folder))
    # the order of sorted paths (part by part), as ``sorted(Path.rglob(...))`` gave
    return sorted(out, key=lambda p: p.parts)


def _files_under(top: Path) -> list[Path]:
    """Every file under ``top`` (symbolic links followed, ``__pycache__`` left out), by
    ``os.scandir``: ``Path.rglob`` with ``is_file`` and sorting paths cost ~1 ms a call,
    asked by several stored tables of a one-draft check."""
    out: list[Path] = []
    stack = [os.fspath(top)]
    while stack:
        try:
            with os.scandir(stack.pop()) as found:
                entries = list(found)
        except OSError:
            continue
        for e in entries:
            if e.name == "__pycache__":
                continue
            try:
                if e.is_dir():
                    stack.append(e.path)
                elif e.is_file():
                    out.append(Path(e.path))
            except OSError:
                continue
    return out
