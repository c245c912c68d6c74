"""Locating and loading rule data (``rules/*.toml``), shipped inside the package."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


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
