"""The standard library's compiled ``re`` patterns kept on disk between processes.

``re`` parses and compiles a pattern in pure Python before handing a list of opcodes to
its C engine (``_sre.compile``): attrlint's long standard-library patterns cost ~20 ms
of a one-draft check's set-up, and the three spaCy tokenizer patterns ~35 ms of its
model load, in every fresh process. As for ``regex`` (fast_regex.py), the opcodes
depend only on the pattern, its flags and the Python build, so ``install()`` puts a thin
layer in front of ``re``'s compile step: a pattern met before (in any earlier process)
is built straight from its stored opcodes by the same C call ``re`` makes itself; a new
one is compiled by ``re`` as usual, its arguments to ``_sre.compile`` are recorded and
written (merged with what is stored) when the process ends. Bytes patterns, debugging
and short patterns (``stored_table.MIN_STORED_LENGTH``, except while rules are discovered:
``stored_table.storing_short``) are left to ``re`` untouched;
``re``'s own cache still sits in front of all this. ``ATTRLINT_REGEX_CACHE=off`` turns
this layer off with the ``regex`` one.

tests/test_fast_patterns.py checks that a pattern built from the table is the pattern ``re``
builds (same arguments to the C engine, groups, flags and matches).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import Any

from . import stored_table
from .fast_regex import ENV
from .stored_table import MAX_ENTRIES, MIN_STORED_LENGTH  # noqa: F401 (re-exported)

#: bump when the stored layout changes (2: the opcodes as an array)
FORMAT = 2

_lock = threading.Lock()
_state: dict[str, Any] = {}
_local = threading.local()


def _compiler() -> Any:
    """The module whose ``compile`` ``re`` calls (``re._compiler``; 3.10: ``sre_compile``)."""
    import re

    found = getattr(re, "_compiler", None)
    if found is None:  # pragma: no cover - Python 3.10
        import sre_compile as found
    return found


def _path(compiler: Any) -> Any:
    from . import memo

    folder = memo.cache_dir()
    if folder is None:
        return None
    magic = getattr(compiler, "MAGIC", None) or getattr(getattr(compiler, "_constants", None), "MAGIC", 0)
    build = "-".join(str(x) for x in sys.version_info[:3])
    return folder / f"re-{FORMAT}-py{build}-{sys.implementation.name}-{magic}.pickle"


def installed() -> bool:
    return bool(_state.get("installed"))


def install() -> bool:
    """Put the layer in front of ``re``'s compile step (once per process); False when it
    is turned off or this ``re`` does not look as expected."""
    if "installed" in _state:
        return bool(_state["installed"])
    _state["installed"] = False
    if os.environ.get(ENV, "").strip().lower() in {"off", "0", "no", "false"}:
        return False
    if sys.implementation.name != "cpython":  # pragma: no cover
        return False
    compiler = _compiler()
    code = getattr(getattr(compiler, "compile", None), "__code__", None)
    sre = getattr(compiler, "_sre", None)
    if code is None or code.co_varnames[:2] != ("p", "flags") or not hasattr(sre, "compile"):
        return False
    path = _path(compiler)
    if path is None:
        return False
    import re

    _state.update(path=path, table=stored_table.load_pickle(path), new={}, compiler=compiler, original=compiler.compile,
                  sre=sre, skip=int(re.DEBUG))
    compiler._sre = stored_table.CompileRecorder(sre, _local)
    compiler.compile = _compile
    atexit.register(save)
    _state["installed"] = True
    return True


def _compile(p: Any, flags: Any = 0) -> Any:
    original = _state["original"]
    if type(p) is not str or int(flags) & _state["skip"]:
        return original(p, flags)
    return stored_table.compile_through(
        _state, _lock, _local, (p, int(flags)),
        build=_build, compile_new=lambda: original(p, flags), entry=_entry,
    )


def _entry(args: tuple) -> tuple:
    """Plain ints (the compiler's opcodes are named int constants), packed."""
    return (args[0], int(args[1]), stored_table.packed_code([int(x) for x in args[2]]), *args[3:])


def _build(pattern: str, flags: int, code: Any, *rest: Any) -> Any:
    return _state["sre"].compile(pattern, flags, stored_table.code_list(code), *rest)


def save() -> None:
    """Merge the patterns compiled by this process into the stored table (atomically)."""
    stored_table.save_new_entries(_state, _lock, max_entries=MAX_ENTRIES)
