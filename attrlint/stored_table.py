"""A table of compiled objects kept on disk between processes (fast_regex, fast_re,
fast_dataclasses): each process reads it at start, notes what it compiles that the table
lacks, and merges that in when it ends. The write is atomic (a private temporary file,
then ``os.replace``), so concurrent processes never see half a table; the last writer
wins, which only costs the loser's additions a compile next time.

The two pattern layers (``re`` and ``regex``) look a pattern up the same way,
``compile_through``: this process's bounded memory, then the stored table, then the
engine's own compiler (recorded); they differ only in the key and the engine calls."""

from __future__ import annotations

import os
import pickle
import threading
from typing import Any, BinaryIO, Callable

#: a table this large is started afresh rather than grown (patterns built from user data)
MAX_ENTRIES = 5_000
#: shorter patterns are not stored: they compile in well under a millisecond, and the
#: short ones are the patterns some rules make from a word of the draft (rf"\b{word}s?\b")
MIN_STORED_LENGTH = 40
#: compiled patterns kept in this process (as ``regex`` keeps 500 in its own cache)
MAX_MEMORY = 2_000

#: how many ``storing_short`` blocks are open (shared by the ``re`` and ``regex`` layers)
_short = [0]


class storing_short:
    """While rules are discovered (no draft has been read yet), short patterns are stored
    too: they are the modules' and the rule data's own (~160 of them, ~25 ms of regex's
    parser in every process). Outside it a short pattern is built from the table only
    when stored then, and never recorded. Nests; for ``with``."""

    def __enter__(self) -> storing_short:
        _short[0] += 1
        return self

    def __exit__(self, *exc: Any) -> None:
        _short[0] -= 1


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


def compile_through(
    state: dict[str, Any],
    lock: threading.Lock,
    local: threading.local,
    key: tuple,
    build: Callable[..., Any],
    compile_new: Callable[[], Any],
    entry: Callable[[tuple], Any],
) -> Any:
    """The compiled pattern for ``key`` (its first item the pattern's text): from this
    process's memory (bounded: patterns built from text), else built by ``build(*args)``
    from the stored table's arguments, else compiled by ``compile_new()`` and its engine
    arguments (noted on ``local.args`` by a ``CompileRecorder``) kept for the table as
    ``entry(args)`` (None: not stored). A short pattern neither stored nor met while
    ``storing_short`` is compiled plainly and never recorded."""
    table = state["table"]
    if len(key[0]) < MIN_STORED_LENGTH and not _short[0] and key not in table:
        return compile_new()
    memory = state.setdefault("memory", {})
    if len(memory) >= MAX_MEMORY:
        memory.clear()
    found = memory.get(key)
    if found is not None:
        return found
    args = table.get(key)
    if args is not None:
        try:
            found = build(*args)
        except Exception:  # pragma: no cover - a damaged entry: let the engine compile it
            found = None
    if found is None:
        local.args = None
        found = compile_new()
        args = local.args
        kept = entry(args) if args is not None and args[0] is key[0] else None
        if kept is not None:
            with lock:
                if len(state["new"]) < MAX_ENTRIES:
                    state["new"][key] = kept
    memory[key] = found
    return found


def packed_code(code: Any) -> Any:
    """A compiled pattern's opcodes for the table: an ``array`` of unsigned 32-bit ints
    (unpickled as one block: ~5x faster than a list of ints, most of reading the table),
    or the list itself where a value does not fit."""
    from array import array

    try:
        return array("I", code)
    except (OverflowError, TypeError, ValueError):  # pragma: no cover - never seen
        return list(code)


def code_list(code: Any) -> list:
    """The opcodes as the engines take them (a list)."""
    return code if type(code) is list else code.tolist()


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
