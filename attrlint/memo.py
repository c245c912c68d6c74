"""Derived data kept on disk between processes, as Python keeps bytecode in ``.pyc`` files.

A one-draft check spends most of its own set-up turning rule data into the structures
the rules search (parsed TOML, candidate pools, lemma tables): seconds of pure-Python
work whose result depends only on files that rarely change. ``cached(name, build, inputs)``
runs ``build()`` once, pickles the result under a key made of the inputs' (path, size,
mtime_ns), attrlint's own code (every module's size and mtime: a builder's logic may live
anywhere in the package) and the installed libraries' versions, Python's version and any
``extra`` values; a later process with
the same key loads the pickle instead. A changed input or module is a new key, so a stale
table is never used. Anything that goes wrong reading or writing (a read-only home, a
truncated file, a race with another process) falls back to ``build()``: results never
depend on the cache, only set-up time does.

Where: ``$ATTRLINT_DATA_CACHE`` (a directory; ``off`` disables the cache), else
``$XDG_CACHE_HOME/attrlint/data``, else ``~/.cache/attrlint/data``. The directory is made
private to its user (0700): a pickle is only ever read from there.

This module imports nothing of attrlint's: any layer may use it.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

from . import fast_start

T = TypeVar("T")

#: bump when the key's recipe or the file layout changes
FORMAT = 1
#: an input modified this recently may be modified again within the file system's clock
#: tick without its (size, mtime) changing ("racy git"): it is not cached
RACY_SECONDS = 2.0
#: entries kept per name (other checkouts, other versions); the oldest go first
KEEP_PER_NAME = 4
ENV = "ATTRLINT_DATA_CACHE"
_OFF = {"off", "0", "no", "false", "none"}
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """The directory of the derived-data cache, or None when it is turned off."""
    env = os.environ.get(ENV)
    if env is not None:
        return None if env.strip().lower() in _OFF or not env.strip() else Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "attrlint" / "data"


class _Racy(Exception):
    """An input changed too recently for its (size, mtime) to identify its content."""


def _stat(path: Path | str) -> tuple[str, int, int]:
    p = os.fspath(path)
    try:
        st = os.stat(p)
    except OSError:
        return (p, -1, -1)
    if st.st_mtime_ns > (time.time() - RACY_SECONDS) * 1e9:
        raise _Racy(p)
    return (p, st.st_size, st.st_mtime_ns)


def code_fingerprint() -> str:
    """A digest of (path, size, mtime_ns) of every module of the attrlint package."""
    found, newest = _code_fingerprint()
    if newest > (time.time() - RACY_SECONDS) * 1e9:
        raise _Racy("attrlint's code")
    return found


@lru_cache(maxsize=1)
def _code_fingerprint() -> tuple[str, int]:
    """Taken once per process: a few milliseconds of ``scandir``."""
    rows = tree_stats(_PACKAGE, (".py",))
    digest = hashlib.sha256(repr((os.fspath(_PACKAGE), rows)).encode("utf-8", "surrogatepass")).hexdigest()
    return digest, max((r[2] for r in rows), default=0)


def tree_stats(root: Path | str, suffixes: tuple[str, ...] | None = None) -> list[tuple[str, int, int]]:
    """(path relative to ``root``, size, mtime_ns) of every file under it (``__pycache__``
    left out; with ``suffixes``, only files ending so), sorted: what a fingerprint of a tree
    of code or data is taken from without opening a file."""
    out: list[tuple[str, int, int]] = []
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
                if e.is_dir():
                    if e.name != "__pycache__":
                        stack.append(e.path)
                    continue
                if suffixes and not e.name.endswith(suffixes):
                    continue
                st = e.stat()
            except OSError:
                continue
            out.append((e.path[cut:].replace(os.sep, "/"), st.st_size, st.st_mtime_ns))
    return sorted(out)


@lru_cache(maxsize=1)
def installed_fingerprint() -> str:
    """The installed distributions and their versions (the names of the ``*.dist-info``
    directories on ``sys.path``): a builder may call a library (a phonetic key, a
    lemma table) whose upgrade changes what it builds."""
    names: list[str] = []
    for entry in sys.path:
        try:
            names.extend(n for n in os.listdir(entry or ".") if n.endswith(".dist-info"))
        except OSError:
            continue
    return hashlib.sha256("\n".join(sorted(names)).encode("utf-8", "surrogatepass")).hexdigest()


def key_of(name: str, inputs: Iterable[Path | str] = (), *, code: bool = True, extra: Any = ()) -> str:
    """The key an entry is stored under (see the module's docstring)."""
    parts = (FORMAT, name, tuple(sys.version_info[:2]), pickle.HIGHEST_PROTOCOL,
             tuple(_stat(p) for p in inputs),
             (code_fingerprint(), installed_fingerprint()) if code else "", extra)
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def cached(
    name: str,
    build: Callable[[], T],
    inputs: Iterable[Path | str] = (),
    *,
    code: bool = True,
    extra: Any = (),
) -> T:
    """``build()``, or its result as stored by an earlier process with the same key.

    ``name`` names the data (a file-name-safe string); ``inputs`` are the files the result
    is made from; ``code=False`` only when the result cannot depend on attrlint's code
    (parsing a TOML file); ``extra`` any other value the result depends on (a library's
    version), which must have a stable ``repr``.
    """
    where = _entry(name, "pickle", inputs, code, extra)
    if where is None:
        return build()
    folder, path = where
    try:
        with open(path, "rb") as fh:
            return _unpickle(fh)
    except FileNotFoundError:
        pass
    except Exception:  # a truncated or foreign file: build again (and overwrite it)
        pass
    value = build()
    _store(folder, name, path, value)
    return value


def _entry(name: str, suffix: str, inputs: Iterable[Path | str], code: bool, extra: Any) -> tuple[Path, Path] | None:
    """(store folder, entry path) for this data and key; None when there is no store or the
    key cannot be trusted (an input changing as we look, or gone): then build, never store."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        key = key_of(name, inputs, code=code, extra=extra)
    except (_Racy, OSError, ValueError):
        return None
    return folder, folder / f"{name}.{key}.{suffix}"


def _unpickle(fh: Any) -> Any:
    """``pickle.load`` with the cyclic collector paused: the hundreds of thousands of
    objects a table is made of would otherwise set off collections that walk the whole
    heap (spaCy's model included) again and again, for nothing (a table holds no cycles
    to free). The table is then frozen (``gc.freeze``, in attrlint's own processes only:
    ``fast_start.freeze_heap``) with everything made before it (the
    modules, the rules, the model): it lives as long as the process, and the collections
    its objects would still set off once the collector is back (a full one of ~60 ms
    during the model load, young ones after it) would walk it for nothing. A table is
    read once per process, so this happens a bounded number of times; cyclic garbage
    waiting at that moment is kept (objects freed by their reference counts are not)."""
    was = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(fh)
    finally:
        fast_start.freeze_heap()
        if was:
            gc.enable()


def _store(folder: Path, name: str, path: Path, value: Any) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a reader sees the old state or the whole file
    except Exception:  # unpicklable, read-only, disk full: the cache is only an optimisation
        try:
            tmp.unlink()
        except OSError:
            pass
        return
    _prune(folder, name)


def _prune(folder: Path, name: str, suffix: str = "pickle") -> None:
    """Keep the newest KEEP_PER_NAME entries of ``name``."""
    try:
        mine = [p for p in folder.glob(f"{name}.*.{suffix}") if p.name.count(".") == name.count(".") + 2]
        if len(mine) <= KEEP_PER_NAME:
            return
        mine.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in mine[KEEP_PER_NAME:]:
            old.unlink()
    except OSError:
        pass


def clear(name: str | None = None) -> int:
    """Delete stored entries (of one name, or all); how many were deleted."""
    folder = cache_dir()
    if folder is None or not folder.is_dir():
        return 0
    n = 0
    patterns = ("*.pickle", "*.arrays") if name is None else (f"{name}.*.pickle", f"{name}.*.arrays")
    for p in (p for pattern in patterns for p in folder.glob(pattern)):
        try:
            p.unlink()
            n += 1
        except OSError:
            pass
    return n


# --- tables of arrays, read in place ----------------------------------------------------
#: an arrays entry starts with this, then the header's length (8 bytes, little-endian),
#: then the header (JSON: each array's name, dtype, shape and offset), then the arrays
ARRAYS_MAGIC = b"attrlint-arrays\x01"
_ALIGN = 64


def cached_arrays(
    name: str,
    build: Callable[[], dict[str, Any]],
    inputs: Iterable[Path | str] = (),
    *,
    code: bool = True,
    extra: Any = (),
) -> dict[str, Any]:
    """``build()`` (a dict of numpy arrays), or the arrays stored by an earlier process with
    the same key (see ``cached``), mapped from the file in place: nothing is unpickled and
    no Python object is made per entry until a caller reads one, so a table a draft barely
    touches costs next to nothing to open. Arrays read back are read-only; arrays of
    Python objects are never stored (they are built in every process)."""
    where = _entry(name, "arrays", inputs, code, extra)
    if where is None:
        return build()
    folder, path = where
    try:
        return _map_arrays(path)
    except Exception:  # missing, truncated or foreign: build again (and overwrite it)
        pass
    arrays = build()
    _store_arrays(folder, name, path, arrays)
    return arrays


def _map_arrays(path: Path) -> dict[str, Any]:
    import json
    import mmap

    import numpy as np

    with open(path, "rb") as fh:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    if mm[: len(ARRAYS_MAGIC)] != ARRAYS_MAGIC:
        raise ValueError(f"{path}: not an arrays entry")
    start = len(ARRAYS_MAGIC) + 8
    size = int.from_bytes(mm[len(ARRAYS_MAGIC): start], "little")
    header = json.loads(mm[start: start + size].decode("utf-8"))
    if header.get("size") != len(mm):
        raise ValueError(f"{path}: truncated")
    out: dict[str, Any] = {}
    for key, dtype, shape, offset in header["arrays"]:
        dt = np.dtype(dtype)
        if dt.hasobject:
            raise ValueError(f"{path}: an array of objects")
        count = 1
        for n in shape:
            count *= n
        if offset < start + size or offset + count * dt.itemsize > len(mm):
            raise ValueError(f"{path}: an array outside the file")
        out[key] = (np.frombuffer(mm, dtype=dt, count=count, offset=offset) if count
                    else np.empty(0, dtype=dt)).reshape(shape)
    return out


def _store_arrays(folder: Path, name: str, path: Path, arrays: dict[str, Any]) -> None:
    import json

    import numpy as np

    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        items = [(k, np.ascontiguousarray(a)) for k, a in arrays.items()]
        if any(a.dtype.hasobject for _, a in items):
            return
        # the header's length depends on the offsets it lists: lay out with a generous guess
        rows: list[list[Any]] = []
        guess = len(ARRAYS_MAGIC) + 8 + 256 + 200 * len(items)
        offset = -(-guess // _ALIGN) * _ALIGN
        for k, a in items:
            rows.append([k, a.dtype.str, list(a.shape), offset])
            offset = -(-(offset + a.nbytes) // _ALIGN) * _ALIGN
        header = json.dumps({"arrays": rows, "size": offset}).encode("utf-8")
        first = rows[0][3] if rows else offset
        if len(ARRAYS_MAGIC) + 8 + len(header) > first:
            return  # absurdly long names: not worth a second layout
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with open(tmp, "wb") as fh:
            fh.write(ARRAYS_MAGIC + len(header).to_bytes(8, "little") + header)
            for (_, a), row in zip(items, rows):
                fh.seek(row[3])
                fh.write(a.tobytes())
            fh.truncate(offset)
        os.replace(tmp, path)
    except Exception:  # read-only, disk full: the store is only an optimisation
        try:
            tmp.unlink()
        except OSError:
            pass
        return
    _prune(folder, name, "arrays")
