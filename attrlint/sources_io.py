"""Reading and writing draft files without losing a byte: encodings, BOMs, line endings.

Reading never blocks or follows a loop: a FIFO, a device, a socket, a symbolic-link loop
or a file over the size limit is reported as a :class:`SourceError` naming the file.

Writing fixes (:func:`write_fixed`) keeps everything about the file but the text:

* a symbolic link is written through: the file it points to is fixed, the link stays;
* the encoding and byte order it was read in are kept (a UTF-16 BE file with a BOM stays
  UTF-16 BE with a BOM); text the encoding cannot hold is refused before anything is written;
* just before the file is replaced, its bytes are compared with those that were read: a
  change saved meanwhile (by an editor, or another run) is never overwritten;
* a file with one name is replaced atomically (a temporary file renamed over the real
  path, with its permission bits); a file with several hard links is rewritten in place,
  under the same open descriptor that checked it, so that every link sees the fix.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: the largest draft read by default (bytes); ``max-file-size`` in [tool.attrlint] changes it
DEFAULT_MAX_FILE_SIZE = 10_000_000

#: a BOM, the codec that reads what follows it, and the name reported for it
_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


class SourceError(Exception):
    """A file that cannot be read, decoded or written; the message names the file."""


@dataclass
class Decoded:
    text: str
    encoding: str  # the codec of the text after the BOM ("utf-16-be", "cp1252", ...)
    bom: bytes = b""
    digest: str = ""  # sha256 of the bytes as read, to notice a change before writing

    def encode(self, text: str) -> bytes:
        """The bytes of ``text`` in this file's encoding, BOM included."""
        return self.bom + text.encode(self.encoding)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, path: str, encoding: str | None = None) -> Decoded:
    """Decode a draft: a BOM decides; else UTF-8; else the configured encoding."""
    digest = _digest(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), codec, bom, digest)
            except UnicodeDecodeError as exc:
                raise SourceError(
                    f"{path}: starts with a {codec} byte-order mark but is not valid {codec}: "
                    f"{exc.reason} at byte {exc.start + len(bom)}"
                ) from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8", b"", digest)
    except UnicodeDecodeError as exc:
        if encoding:
            try:
                return Decoded(data.decode(encoding), encoding, b"", digest)
            except UnicodeDecodeError as exc2:
                raise SourceError(f"{path}: not valid {encoding} either: {exc2.reason} at byte {exc2.start}") from None
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line}). "
            'Convert the file to UTF-8, or set encoding = "cp1252" (or the file\'s real encoding) '
            "in [tool.attrlint]."
        ) from None


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _os_error(path: Path, exc: OSError, doing: str) -> SourceError:
    if exc.errno == errno.ELOOP:
        return SourceError(f"{path}: is a symbolic link loop; not followed")
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return SourceError(f"{path}: is a broken symbolic link (its target does not exist)")
    if exc.errno == errno.ENOENT:
        return SourceError(f"{path}: no such file or directory")
    if isinstance(exc, IsADirectoryError):
        return SourceError(f"{path}: is a directory")
    return SourceError(f"{path}: cannot {doing}: {exc.strerror or exc}")


def check_regular(path: Path) -> None:
    """Raise SourceError unless ``path`` is (or links to) a regular file; opens nothing."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise _os_error(path, exc, "read") from None
    kind = _kind(mode)
    if kind:
        raise SourceError(f"{path}: is {kind}; not read")


def _size_error(path: object, size: int, limit: int) -> SourceError:
    return SourceError(
        f"{path}: is {size:,} bytes, over the limit of {limit:,} bytes; not checked "
        "(split the file, or raise max-file-size in [tool.attrlint])"
    )


def read_bytes(path: Path, max_bytes: int | None = DEFAULT_MAX_FILE_SIZE) -> bytes:
    """The bytes of a regular file, without blocking on a FIFO or reading a device."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise _os_error(path, exc, "read") from None
    try:
        st = os.fstat(fd)
        kind = _kind(st.st_mode)
        if kind:
            raise SourceError(f"{path}: is {kind}; not read")
        if max_bytes is not None and st.st_size > max_bytes:
            raise _size_error(path, st.st_size, max_bytes)
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if max_bytes is not None and total > max_bytes:  # it grew while being read
                raise _size_error(path, total, max_bytes)
        return b"".join(chunks)
    except OSError as exc:
        raise _os_error(path, exc, "read") from None
    finally:
        os.close(fd)


def read_source(path: Path, encoding: str | None = None, max_bytes: int | None = DEFAULT_MAX_FILE_SIZE) -> Decoded:
    return decode(read_bytes(path, max_bytes), str(path), encoding)


def check_size(data: bytes, path: str, max_bytes: int | None) -> None:
    """For text that did not come from a file (stdin)."""
    if max_bytes is not None and len(data) > max_bytes:
        raise _size_error(path, len(data), max_bytes)


def unencodable(text: str, encoding: str) -> tuple[int, str] | None:
    """The first character of ``text`` that ``encoding`` cannot hold (offset, char)."""
    try:
        text.encode(encoding)
    except UnicodeEncodeError as exc:
        return exc.start, text[exc.start]
    return None


def write_fixed(path: Path, text: str, read_as: Decoded) -> bool:
    """Replace the file's text, keeping all the module docstring promises.

    Returns False when the file already holds exactly ``text`` (another run fixed it).
    Raises SourceError (file left as it is) if the text cannot be encoded, or if the file
    changed since it was read, or if it cannot be written.
    """
    bad = unencodable(text, read_as.encoding)
    if bad is not None:
        raise SourceError(
            f"{path}: the fixes need {bad[1]!r} (U+{ord(bad[1]):04X}), which {read_as.encoding} "
            "cannot hold; file left unchanged"
        )
    data = read_as.encode(text)
    real = Path(os.path.realpath(path))
    try:
        st = os.stat(real)
    except OSError as exc:
        raise _os_error(path, exc, "write fixes") from None
    if _kind(st.st_mode):
        raise SourceError(f"{path}: is {_kind(st.st_mode)}; fixes not written")
    if st.st_nlink > 1:
        return _write_in_place(path, real, data, read_as.digest)
    return _replace(path, real, data, read_as.digest, st)


def _changed(path: Path) -> SourceError:
    return SourceError(f"{path}: changed since attrlint read it; fixes not written (your change is kept; run again)")


def _current(real: Path) -> bytes:
    with open(real, "rb") as fh:
        return fh.read()


def _write_in_place(path: Path, real: Path, data: bytes, digest: str) -> bool:
    """Several hard links: rewrite the one inode so that every name sees the fix."""
    try:
        fd = os.open(real, os.O_RDWR)
    except OSError as exc:
        raise _os_error(path, exc, "write fixes") from None
    try:
        now = b""
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            now += chunk
        if now == data:
            return False
        if _digest(now) != digest:
            raise _changed(path)
        os.lseek(fd, 0, os.SEEK_SET)
        view = memoryview(data)
        while view:
            n = os.write(fd, view)
            view = view[n:]
        os.ftruncate(fd, len(data))
        os.fsync(fd)
        return True
    except OSError as exc:
        raise _os_error(path, exc, "write fixes") from None
    finally:
        os.close(fd)


def _replace(path: Path, real: Path, data: bytes, digest: str, st: os.stat_result) -> bool:
    """One name: write a temporary file beside the real file, then rename it over it."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".attrlint", dir=str(real.parent))
    except OSError as exc:
        raise _os_error(path, exc, "write fixes") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        if hasattr(os, "chown"):
            try:
                os.chown(tmp, st.st_uid, st.st_gid)
            except OSError:
                pass  # not allowed to give it away: it stays ours, as any save would
        now = _current(real)
        if now == data:
            os.unlink(tmp)
            return False
        if _digest(now) != digest:
            raise _changed(path)
        os.replace(tmp, real)
        return True
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise _os_error(path, exc, "write fixes") from None
        raise
