"""What a run produces: one FileResult per checked file and the run's RunResult.

A base module (it imports only the document, finding and suppression types), so that
reporters, the engine and the runner all read results without importing each other.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from typing import Any

from .document import Document
from .finding import Finding
from .suppress import Directive


class Packed:
    """A JSON-able value kept as compressed JSON until it is read. A run holds every file's
    result until the report is written; the sourcing summary is most of it (~5 KiB of
    dicts and strings a file, ~0.5 KiB packed). ``unpacked`` gives back an equal value (as
    the result cache gives it back: tuples become lists)."""

    __slots__ = ("_data",)

    def __init__(self, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        self._data = zlib.compress(text.encode("utf-8", "surrogatepass"))

    def unpack(self) -> Any:
        return json.loads(zlib.decompress(self._data).decode("utf-8", "surrogatepass"))


def pack(value: Any) -> Any:
    """``value`` packed, or as it is when it is not JSON-able (a plugin's object)."""
    try:
        return Packed(value)
    except (TypeError, ValueError):
        return value


def unpacked(value: Any) -> Any:
    """A value that may have been packed, as it was given."""
    return value.unpack() if isinstance(value, Packed) else value


@dataclass
class FileResult:
    document: Document
    findings: list[Finding] = field(default_factory=list)
    unused_suppressions: list[Directive] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # per-file problems; the run goes on
    fixed: dict[str, int] = field(default_factory=dict)
    diffs: list[str] = field(default_factory=list)
