"""Give the C allocator's free memory back to the system between groups of a long run.

Each group's parse allocates and frees tens of MiB (spaCy's features, the rules'
analyses). glibc keeps what is freed in its heap for reuse, but the holes left between
blocks still alive stay resident: over a run of 1,000 files the free memory the process
holds grows, and with it the peak. ``malloc_trim(0)`` hands the free pages back (those at
the top of the heap and, since glibc 2.8, whole free pages inside it), at a cost of about a
millisecond a call. Elsewhere (musl, macOS, Windows) this is a no-op.

A base module: it imports nothing from attrlint.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from typing import Any, Callable

_trim: Callable[[int], Any] | None = None
_looked = False


def _find() -> Callable[[int], Any] | None:
    if not sys.platform.startswith("linux"):
        return None
    # The process's own symbols first: find_library runs `ldconfig -p` in a child process
    # (~14 ms a check); it is only the fall-back where the symbol is not already loaded.
    try:
        fn = ctypes.CDLL(None).malloc_trim  # glibc only: musl has no such symbol
    except (OSError, AttributeError):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            fn = libc.malloc_trim
        except (OSError, AttributeError):
            return None
    fn.argtypes = [ctypes.c_size_t]
    fn.restype = ctypes.c_int
    return fn


def trim() -> bool:
    """Return the allocator's free pages to the system; whether this could be done."""
    global _trim, _looked
    if not _looked:
        _trim, _looked = _find(), True
    if _trim is None:
        return False
    _trim(0)
    return True
