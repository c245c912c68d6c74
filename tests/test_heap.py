"""attrlint.heap: the C allocator's free memory handed back between the groups of a run."""

from __future__ import annotations

import ctypes
import sys

import pytest

from attrlint import heap


def _rss_kib() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(heap._find() is None, reason="glibc's malloc_trim is not available here")
def test_trim_gives_back_the_free_pages_inside_the_heap():
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    # 48 MiB in blocks below the mmap threshold, so they come from the heap; the last one
    # stays allocated, so the freed ones are a hole glibc keeps resident rather than a top
    # it would trim by itself
    blocks = [libc.malloc(64 * 1024) for _ in range(768)]
    assert all(blocks)
    for b in blocks:
        ctypes.memset(b, 1, 64 * 1024)
    keep = libc.malloc(64 * 1024)
    for b in blocks:
        libc.free(b)
    before = _rss_kib()
    assert heap.trim() is True
    after = _rss_kib()
    libc.free(keep)
    assert before - after > 32 * 1024, (before, after)


def test_trim_is_a_no_op_where_the_allocator_has_none(monkeypatch):
    monkeypatch.setattr(heap, "_find", lambda: None)
    monkeypatch.setattr(heap, "_looked", False)
    monkeypatch.setattr(heap, "_trim", None)
    assert heap.trim() is False
    assert heap.trim() is False  # looked up once


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the lookup is for Linux's C library")
def test_the_lookup_is_made_once(monkeypatch):
    calls = []
    monkeypatch.setattr(heap, "_find", lambda: calls.append(1) or (lambda pad: 1))
    monkeypatch.setattr(heap, "_looked", False)
    monkeypatch.setattr(heap, "_trim", None)
    assert heap.trim() and heap.trim()
    assert calls == [1]
