"""Worker processes for ``--jobs N`` (N - 1 of them: the parent checks groups too, see
``attrlint.stream``): each loads the rules and spaCy once and checks whole
groups of documents; what comes back is the small ``Checked`` of each (findings, errors,
summaries), never a parse.

Processes are started with forkserver (spawn where there is none), not fork: the parent
may hold threads or a loaded pipeline. A worker that dies (killed, out of memory, a crash
in native code) breaks the pool: each group it had is then tried again alone in a fresh
pool, and a group that breaks that too becomes an error for its files. The run goes on.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Callable

from .document import Document
from .linter import Checked
from .stream import check_zoned

#: groups waiting or running per worker; more would only hold documents in memory
AHEAD = 2


def check_in_worker(docs: list[Document], ids: list[list[str]], timed: bool = False) -> list[Checked]:
    """Runs in a worker: check a group with the rules its documents' packs give; ``timed``:
    measure it (``attrlint.timings``) and hand the times back on its first document."""
    rules = _rules(tuple(sorted({str(p) for d in docs for p in (d.config.packs if d.config else [])})))
    per_doc = []
    missing: list[list[str]] = []
    for doc_ids in ids:
        per_doc.append([rules[i] for i in doc_ids if i in rules])
        missing.append([i for i in doc_ids if i not in rules])
    if timed:
        from . import timings

        t = timings.start()
        try:
            out = check_zoned(docs, per_doc)
        finally:
            timings.stop()
        if out:
            out[0].timings = t.export()
    else:
        out = check_zoned(docs, per_doc)
    for c, gone in zip(out, missing):
        c.errors.extend(f"rule {i} is not available in a worker process; run with --jobs 1" for i in gone)
    return out


_RULES: dict[tuple[str, ...], dict[str, Any]] = {}


def _rules(packs: tuple[str, ...]) -> dict[str, Any]:
    if packs not in _RULES:
        from .registry import discover

        _RULES[packs] = discover([Path(p) for p in packs], errors=[])  # the parent reports them
    return _RULES[packs]


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class WorkerPool:
    """Runs groups on ``jobs`` processes and hands each group's answer to its callback,
    in the order the groups were submitted."""

    def __init__(self, jobs: int, work: Callable[..., list[Checked]] = check_in_worker):
        self.jobs = jobs
        self.work = work
        self._executor = self._start()
        self._inflight: deque[tuple[Future, ProcessPoolExecutor, list[int], list[Document], list, Callable]] = deque()

    def _start(self) -> ProcessPoolExecutor:
        from . import fast_start  # a worker is attrlint's own process: its start-up layers

        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=_context(), initializer=fast_start.install)

    def submit(self, slots: list[int], docs: list[Document], ids: list[list[str]], done: Callable) -> None:
        fut = self._executor.submit(self.work, docs, ids)
        self._inflight.append((fut, self._executor, slots, docs, ids, done))
        while len(self._inflight) > self.jobs * AHEAD:
            self._complete_oldest()

    def busy(self) -> bool:
        """Whether every worker has its groups queued (the caller checks the next itself)."""
        return len(self._inflight) >= self.jobs * AHEAD

    def collect(self) -> None:
        """Hand on the answers already back, in submission order, without waiting."""
        while self._inflight and self._inflight[0][0].done():
            self._complete_oldest()

    def wait(self) -> None:
        while self._inflight:
            self._complete_oldest()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _complete_oldest(self) -> None:
        fut, executor, slots, docs, ids, done = self._inflight.popleft()
        try:
            checked = fut.result()
        except BrokenProcessPool:
            checked = self._alone(executor, docs, ids)
        except Exception as exc:
            from .nlp import ModelError

            if isinstance(exc, ModelError):
                raise
            checked = _failed(docs, f"cannot be checked: a worker process failed: {type(exc).__name__}: {exc}")
        done(slots, checked)

    def _alone(self, broken: ProcessPoolExecutor, docs: list[Document], ids: list) -> list[Checked]:
        """Try a group from a broken pool again, alone in a fresh pool."""
        if broken is self._executor:
            self._restart()
        try:
            return self._executor.submit(self.work, docs, ids).result()
        except BrokenProcessPool:
            self._restart()
            return _failed(docs, "cannot be checked: the worker process checking it stopped unexpectedly")

    def _restart(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()
        # groups queued on the broken pool are each tried again alone as they come up


def _failed(docs: list[Document], why: str) -> list[Checked]:
    return [Checked(errors=[why]) for _ in docs]
