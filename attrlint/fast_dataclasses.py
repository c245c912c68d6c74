"""The code ``dataclasses`` generates for each class, compiled once and kept on disk.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``
(and so on) as text and compiles it with ``exec``: ~210 compiles for attrlint's ~60
dataclasses, 30-45 ms of every fresh process's set-up. The text depends only on the
class's fields and options, and compiling the same text gives the same code object, so
``install()`` gives the ``dataclasses`` module its own ``exec`` (a module global found
before the builtin): source met before, in any earlier process, is run from its stored
compiled code; new source is compiled exactly as ``exec`` would compile it (file name
``<string>``, no inherited ``__future__`` flags: ``dataclasses`` has none) and recorded,
and the new entries are written (merged with what is stored, with ``marshal``) when the
process ends. Only Python versions whose ``dataclasses`` calls ``exec`` on the text from
one function (``_create_fn``: 3.10-3.12) get the layer; ``ATTRLINT_REGEX_CACHE=off``
turns it off with the compiled-pattern layers. tests/test_fast_dataclasses.py checks that
classes made through it behave as classes made without it.
"""

from __future__ import annotations

import atexit
import builtins
import os
import sys
import threading
from typing import Any

from . import stored_table
from .fast_regex import ENV
from .stored_table import MAX_ENTRIES

#: bump when the stored layout changes
FORMAT = 1

_lock = threading.Lock()
_state: dict[str, Any] = {}


def _path() -> Any:
    from importlib.util import MAGIC_NUMBER

    from . import memo

    folder = memo.cache_dir()
    if folder is None:
        return None
    magic = int.from_bytes(MAGIC_NUMBER[:2], "little")
    return folder / f"dataclass-code-{FORMAT}-{sys.implementation.cache_tag}-{magic}.marshal"


def _load(path: Any) -> dict:
    import marshal

    try:
        with open(path, "rb") as fh:
            table = marshal.loads(fh.read())  # marshal.load reads a file in small pieces: 3x slower
    except Exception:  # missing, truncated or foreign: start empty
        return {}
    if not isinstance(table, dict):
        return {}
    code = type(_load.__code__)
    return {k: v for k, v in table.items() if type(k) is str and type(v) is code}


def installed() -> bool:
    return bool(_state.get("installed"))


def install() -> bool:
    """Give ``dataclasses`` the caching ``exec`` (once per process); False when turned off
    or when this Python's ``dataclasses`` does not look as expected."""
    if "installed" in _state:
        return bool(_state["installed"])
    _state["installed"] = False
    if os.environ.get(ENV, "").strip().lower() in {"off", "0", "no", "false"}:
        return False
    import dataclasses

    create = getattr(dataclasses, "_create_fn", None)
    names = getattr(getattr(create, "__code__", None), "co_names", ())
    if "exec" not in names or "exec" in vars(dataclasses) or sys.implementation.name != "cpython":
        return False
    path = _path()
    if path is None:
        return False
    _state.update(path=path, table=_load(path), new={}, globals=vars(dataclasses))
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    atexit.register(save)
    _state["installed"] = True
    return True


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    if globals is None:  # as the builtin called from dataclasses: that module's globals
        globals = _state["globals"]
    if type(source) is not str:
        return builtins.exec(source, globals, locals)
    code = _state["table"].get(source)
    if code is None:
        code = compile(source, "<string>", "exec", dont_inherit=True)
        with _lock:
            if len(_state["new"]) < MAX_ENTRIES:
                _state["new"][source] = code
    return builtins.exec(code, globals, locals)


def save() -> None:
    """Merge the code compiled by this process into the stored table (atomically)."""
    import marshal

    stored_table.save_new_entries(_state, _lock, load=_load, dump=marshal.dump, max_entries=MAX_ENTRIES)
