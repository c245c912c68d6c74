"""The ``regex`` module's compiled patterns kept on disk between processes.

``regex`` parses and optimises a pattern in pure Python before handing a list of opcodes
to its C engine: attrlint's ~390 patterns (word lists turned into alternations) cost
0.4-0.7 s of every fresh process, most of a one-draft check's set-up after the data.
The opcodes depend only on the pattern, its flags, ``regex.DEFAULT_VERSION`` and the
``regex`` release, so ``install()`` puts a thin layer in front of ``regex``'s compile
step: a pattern met before (in any earlier process) is built straight from its stored
opcodes by the same C call ``regex`` itself makes; a new one is compiled by ``regex`` as
usual and its opcodes are recorded, and written (merged with what is stored) when the
process ends. Patterns with named lists, locale flags or debugging, and short ones
(``MIN_STORED_LENGTH``) except while rules are discovered (``storing_short``), are left
to ``regex`` untouched. ``ATTRLINT_REGEX_CACHE=off`` turns the layer off; the table lives beside the
other derived data (attrlint/memo.py).

tests/test_fast_patterns.py checks that a pattern built from the table is the pattern
``regex`` builds (same opcodes, groups, flags and matches).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import Any

from . import stored_table
from .stored_table import MAX_ENTRIES, MAX_MEMORY, MIN_STORED_LENGTH, storing_short  # noqa: F401 (re-exported)

ENV = "ATTRLINT_REGEX_CACHE"
#: bump when the stored layout changes (2: the opcodes as an array)
FORMAT = 2

_lock = threading.Lock()
_state: dict[str, Any] = {}
_local = threading.local()


def _path() -> Any:
    from . import memo

    folder = memo.cache_dir()
    if folder is None:
        return None
    import regex

    return folder / f"regex-{FORMAT}-{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"


def installed() -> bool:
    return bool(_state.get("installed"))


def install() -> bool:
    """Put the layer in front of ``regex``'s compile step (once per process); False when
    it is turned off or this ``regex`` does not look as expected."""
    if "installed" in _state:
        return bool(_state["installed"])
    _state["installed"] = False
    if os.environ.get(ENV, "").strip().lower() in {"off", "0", "no", "false"}:
        return False
    try:
        import regex._main as main
    except ImportError:  # pragma: no cover
        return False
    names = ("_compile", "_regex", "_cache", "_locale_sensitive", "DEBUG", "LOCALE")
    code = getattr(getattr(main, "_compile", None), "__code__", None)
    if not all(hasattr(main, n) for n in names) or code is None or code.co_varnames[:5] != (
            "pattern", "flags", "ignore_unused", "kwargs", "cache_it"):
        return False
    path = _path()
    if path is None:
        return False
    _state.update(path=path, table=stored_table.load_pickle(path), new={}, main=main, original=main._compile)
    main._regex = stored_table.CompileRecorder(main._regex, _local)
    main._compile = _compile
    atexit.register(save)
    _state["installed"] = True
    return True


def _compile(pattern: Any, flags: Any, ignore_unused: Any, kwargs: Any, cache_it: Any) -> Any:
    main, original = _state["main"], _state["original"]
    if kwargs or type(pattern) is not str or not cache_it or flags & (main.DEBUG | main.LOCALE):
        return original(pattern, flags, ignore_unused, kwargs, cache_it)
    try:
        from regex import DEFAULT_VERSION
    except ImportError:  # pragma: no cover
        DEFAULT_VERSION = main.DEFAULT_VERSION
    return stored_table.compile_through(
        _state, _lock, _local, (pattern, int(flags), int(DEFAULT_VERSION)),
        build=_build,
        compile_new=lambda: original(pattern, flags, ignore_unused, kwargs, cache_it),
        entry=_entry,
    )


def _entry(args: tuple) -> Any:
    """The engine's arguments with the opcodes packed; a pattern with an inline locale
    flag depends on the locale: never stored."""
    if _state["main"]._locale_sensitive.get((str, args[0]), True):
        return None
    return (args[0], args[1], stored_table.packed_code(args[2]), *args[3:])


def _build(pattern: str, flags: Any, code: Any, *rest: Any) -> Any:
    return _state["main"]._regex._real.compile(pattern, flags, stored_table.code_list(code), *rest)


def save() -> None:
    """Merge the patterns compiled by this process into the stored table (atomically)."""
    stored_table.save_new_entries(_state, _lock, max_entries=MAX_ENTRIES)
