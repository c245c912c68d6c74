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

tests/test_fast_regex.py checks that a pattern built from the table is the pattern
``regex`` builds (same opcodes, groups, flags and matches).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import Any

from . import stored_table

ENV = "ATTRLINT_REGEX_CACHE"
#: bump when the stored layout changes
FORMAT = 1
#: a table this large is started afresh rather than grown (patterns built from user data)
MAX_ENTRIES = 5_000
#: shorter patterns are not stored: they compile in well under a millisecond, and the
#: short ones are the patterns some rules make from a word of the draft (rf"\b{word}s?\b")
MIN_STORED_LENGTH = 40
#: compiled patterns kept in this process (as ``regex`` keeps 500 in its own cache)
MAX_MEMORY = 2_000

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


class storing_short:
    """While rules are discovered (no draft has been read yet), short patterns are stored
    too: they are the modules' and the rule data's own (~160 of them, ~25 ms of regex's
    parser in every process). Outside it a short pattern is built from the table only
    when stored then, and never recorded. Nests; for ``with``."""

    def __enter__(self) -> storing_short:
        _state["short"] = _state.get("short", 0) + 1
        return self

    def __exit__(self, *exc: Any) -> None:
        _state["short"] = _state.get("short", 1) - 1


def _compile(pattern: Any, flags: Any, ignore_unused: Any, kwargs: Any, cache_it: Any) -> Any:
    main, original = _state["main"], _state["original"]
    if kwargs or type(pattern) is not str or not cache_it or flags & (main.DEBUG | main.LOCALE):
        return original(pattern, flags, ignore_unused, kwargs, cache_it)
    try:
        from regex import DEFAULT_VERSION
    except ImportError:  # pragma: no cover
        DEFAULT_VERSION = main.DEFAULT_VERSION
    key = (pattern, int(flags), int(DEFAULT_VERSION))
    if len(pattern) < MIN_STORED_LENGTH and not _state.get("short") and key not in _state["table"]:
        return original(pattern, flags, ignore_unused, kwargs, cache_it)
    memory = _state.setdefault("memory", {})
    if len(memory) >= MAX_MEMORY:  # patterns built from text: keep this bounded
        memory.clear()
    found = memory.get(key)
    if found is not None:
        return found
    args = _state["table"].get(key)
    if args is not None:
        try:
            found = main._regex._real.compile(*args)
        except Exception:  # pragma: no cover - a damaged entry: let regex compile it
            found = None
    if found is None:
        _local.args = None
        found = original(pattern, flags, ignore_unused, kwargs, cache_it)
        args = _local.args
        # a pattern with an inline locale flag depends on the locale: never stored
        if args is not None and args[0] is pattern and not main._locale_sensitive.get((str, pattern), True):
            with _lock:
                if len(_state["new"]) < MAX_ENTRIES:
                    _state["new"][key] = args
    memory[key] = found
    return found


def save() -> None:
    """Merge the patterns compiled by this process into the stored table (atomically)."""
    stored_table.save_new_entries(_state, _lock, max_entries=MAX_ENTRIES)
