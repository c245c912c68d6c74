"""A table of compiled objects kept on disk between processes (fast_regex, fast_re,
fast_dataclasses): each process reads it at start, notes what it compiles that the table
lacks, and merges that in when it ends. The write is atomic (a private temporary file,
then ``os.replace``), so concurrent processes never see half a table; the last writer
wins, which only costs the loser's additions a compile next time."""

from __future__ import annotations

import os
import pickle
import threading
from typing import Any, BinaryIO, Callable


class CompileRecorder:
    """Stands in for a regular-expression engine's C module inside its Python compiler:
    forwards everything, and notes on ``local.args`` the arguments of the last ``compile``
    made on this thread (what the table stores)."""

    def __init__(self, real: Any, local: threading.local) -> None:
        self._real = real
        self._local = local

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def compile(self, *args: Any) -> Any:
        self._local.args = args
        return self._real.compile(*args)


def load_pickle(path: Any) -> dict:
    """The stored table, or an empty one when it is missing, truncated or foreign."""
    try:
        with open(path, "rb") as fh:
            table = pickle.load(fh)
        return table if isinstance(table, dict) else {}
    except Exception:
        return {}


def _dump_pickle(table: dict, fh: BinaryIO) -> None:
    pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)


def save_new_entries(
    state: dict[str, Any],
    lock: threading.Lock,
    *,
    load: Callable[[Any], dict] = load_pickle,
    dump: Callable[[dict, BinaryIO], None] = _dump_pickle,
    max_entries: int,
) -> None:
    """Merge ``state["new"]`` into the table stored at ``state["path"]`` and keep the
    merged table as ``state["table"]``. A table that would outgrow ``max_entries`` starts
    afresh (patterns built from text must not grow it without bound); a read-only or full
    disk loses only set-up time."""
    new = state.get("new")
    path = state.get("path")
    if not new or path is None:
        return
    with lock:
        fresh, state["new"] = dict(new), {}
    table = load(path)
    if len(table) + len(fresh) > max_entries:
        table = {}
    table.update(fresh)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with open(tmp, "wb") as fh:
            dump(table, fh)
        os.replace(tmp, path)
    except Exception:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    state["table"] = table
