"""Reading and writing draft files without losing a byte: encodings, BOMs, line endings."""
from __future__ import annotations

import codecs
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


class SourceError(Exception):
    """A file that cannot be read or decoded; the message names the file and the problem."""


@dataclass
class Decoded:
    text: str
    encoding: str  # the codec that round-trips the bytes, BOM included


def decode(data: bytes, path: str, encoding: str | None = None) -> Decoded:
    """Decode a draft: a BOM decides; else UTF-8; else the configured encoding."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError as exc:
                raise SourceError(f"{path}: starts with a {codec} byte-order mark but is not valid {codec}: {exc.reason} at byte {exc.start}") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if encoding:
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc2:
                raise SourceError(f"{path}: not valid {encoding} either: {exc2.reason} at byte {exc2.start}") from None
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line}). "
            "Convert the file to UTF-8, or set encoding = \"cp1252\" (or the file's real encoding) "
            "in [tool.attrlint]."
        ) from None


def read_source(path: Path, encoding: str | None = None) -> Decoded:
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return decode(data, str(path), encoding)


def write_source_atomically(path: Path, text: str, encoding: str) -> None:
    """Write next to the file, then rename over it: a crash never leaves half a draft."""
    data = text.encode(encoding)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".attrlint", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
