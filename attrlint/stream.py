"""A streaming run: inputs flow through read, cache, parse and rules a group at a time.

What is kept per file is what the report needs: a ``FileResult`` holding the findings and a
light document (path, source, text, offsets, configuration; its parse and shared analyses
released). The run-level rules see each file's compact summary, so a file answered by the
cache or by a worker process counts like any other. The order of the results is the order
of the inputs, whatever the number of jobs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from . import heap, timings
from .config import Config, ConfigError
from .formats import format_for, read_document
from .linter import GROUP, Checked, check_group, enabled_rules, finish, known_selectors, run_level
from .result import FileResult, pack
from .rule import Rule
from .sources_io import SourceError

#: a group is checked once its texts reach this many characters, however few they are:
#: its parses are all held until it is checked, so a run's peak memory follows its
#: largest group, and long files must not make it grow with the length of the run
GROUP_CHARS = 40_000

#: what rules add to ``doc.metadata`` that only the report reads: kept packed (result.Packed)
PACKED_METADATA = ("sourcing",)

#: below this many files to check, worker processes (each loads the model) do not pay off
MIN_FILES_FOR_JOBS = 8


@dataclass
class Input:
    """One file or draft to check: the name it is reported under, its configuration, and
    how to get its text (called once, when its group comes up; it may raise, and the
    error then names the file)."""

    path: str
    config: Config
    load: Callable[[], tuple[str, str]]  # -> (text, encoding)
    fmt: str | None = None


def default_jobs() -> int:
    """The cores this process may use, less those other processes keep busy (the load
    average of the last minute, this process counted as one): on a loaded machine a second
    process is slower than one. An explicit ``--jobs N`` is obeyed as given."""
    try:
        cores = max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        cores = max(1, os.cpu_count() or 1)
    try:
        busy = max(0.0, os.getloadavg()[0] - 1.0)
    except (AttributeError, OSError):
        busy = 0.0
    return max(1, min(cores, int(cores - busy + 0.5)))


def message(shown: str, exc: BaseException) -> str:
    """An input's problem as a line naming it."""
    msg = str(exc)
    if isinstance(exc, (SourceError, ConfigError)):
        return msg if msg.startswith(shown) else f"{shown}: {msg}"
    if isinstance(exc, ValueError) and msg:  # a reader's own error (bad front matter, ...)
        return f"{shown}: {msg}"
    return f"{shown}: cannot be read: {type(exc).__name__}: {msg}"


class _Run:
    """The state of one run: a slot per readable input, filled from the cache, in
    process or by a worker."""

    def __init__(self, rules: dict[str, Rule], cache_for, progress, pool):
        self.rules = rules
        self.cache_for = cache_for
        self.progress = progress
        self.pool = pool
        self.results: list[FileResult] = []
        self.per_doc: list[list[Rule]] = []
        self.summaries: list[dict[str, Any]] = []
        self.keys: list[tuple[Any, str] | None] = []
        self.errors: list[str] = []
        self.todo: list[int] = []
        self.todo_chars = 0  # the characters of the waiting group
        self.misses = 0  # inputs that need checking (not answered by the cache)

    def add(self, inp: Input) -> None:
        try:
            with timings.part(timings.READ):
                text, encoding = inp.load()
                doc = read_document(text, inp.path, inp.fmt or format_for(inp.path), config=inp.config, encoding=encoding)
        except Exception as exc:  # one file's problem is that file's error
            self.errors.append(message(inp.path, exc))
            return
        slot = len(self.results)
        doc_rules = enabled_rules(doc, self.rules)
        self.results.append(FileResult(doc))
        self.per_doc.append(doc_rules)
        self.summaries.append({})
        cache = self.cache_for(doc.config) if self.cache_for else None
        key = None
        if cache is not None and cache.enabled:
            key = cache.key(doc.source, doc.path, doc.config, [r.id for r in doc_rules], self.rules)
            hit = cache.get(key)
            if hit is not None:
                self.keys.append(None)
                self._fill(slot, Checked(hit.findings, hit.errors, hit.summaries, hit.metadata))
                return
        self.keys.append((cache, key) if key else None)
        self.todo.append(slot)
        self.todo_chars += len(doc.text)
        self.misses += 1

    def flush(self) -> None:
        """Check the waiting group, on a worker when one has room, else in process."""
        slots, self.todo, self.todo_chars = self.todo, [], 0
        if not slots:
            return
        docs = [self.results[i].document for i in slots]
        if self.pool is not None:
            self.pool.collect()  # the answers already back
            if not self.pool.busy():
                self.pool.submit(slots, docs, [[r.id for r in self.per_doc[i]] for i in slots], self._fill_many)
                return
            # the workers have enough queued: this process checks the group itself
        self._fill_many(slots, check_zoned(docs, [self.per_doc[i] for i in slots]))

    def _fill_many(self, slots: list[int], checked: list[Checked]) -> None:
        for slot, c in zip(slots, checked):
            if c.timings is not None and timings.ACTIVE is not None:  # a worker's times
                timings.ACTIVE.add(*c.timings)
            keyed = self.keys[slot]
            if keyed is not None:
                from .cache import CachedFile, jsonable

                # what the cache would give back, so that a cold run reports as a warm one
                c.summaries, c.metadata = jsonable(c.summaries), jsonable(c.metadata)
                if not c.errors:  # a failure may not be the file's fault: try it again next time
                    cache, key = keyed
                    cache.put(key, CachedFile(c.findings, [], c.summaries, c.metadata))
            self._fill(slot, c)

    def _fill(self, slot: int, c: Checked) -> None:
        res = self.results[slot]
        res.findings, res.errors = list(c.findings), list(c.errors)
        self.summaries[slot] = c.summaries
        res.document.metadata.update(c.metadata)
        for key in PACKED_METADATA:  # kept compactly until the report is written
            if key in c.metadata:
                res.document.metadata[key] = pack(c.metadata[key])
        if self.progress:
            self.progress()


def check_zoned(docs: list, per_doc: list[list[Rule]]) -> list[Checked]:
    """``check_group`` inside a spaCy memory zone: what the group's parses added to the
    vocabulary is freed with them, so memory does not grow with the number of files. Each
    parse is released as its document is checked (and all of them if checking fails), so
    no Doc outlives the zone; the Checked results are plain data. A checked document may
    keep its furniture analysis (plain data read from the text) for ``finish``."""
    from .nlp import memory_zone

    try:
        with memory_zone():
            return check_group(docs, per_doc)
    except BaseException:
        for doc in docs:
            doc.release()
        raise
    finally:
        heap.trim()  # the group's freed memory back to the system (attrlint.heap)


def lint_inputs(
    inputs: Iterable[Input],
    rules: dict[str, Rule],
    *,
    jobs: int = 1,
    total: int | None = None,
    cache_for: Callable[[Config], Any] | None = None,
    progress: Callable[[], None] | None = None,
) -> tuple[list[FileResult], list[str]]:
    """Check inputs as a stream; returns the results in input order and the inputs'
    read errors. ``cache_for(config)`` gives the ResultCache for a file (None: off);
    ``jobs`` > 1 spreads groups over ``jobs`` processes, this one and ``jobs - 1``
    workers, once ``MIN_FILES_FOR_JOBS`` files need checking (cache hits do not count: a
    worker pays the model load). This process checks a group whenever the workers have
    enough queued, so their start overlaps its first groups, a slow worker (a loaded
    machine) gets less, and the groups shrink towards the end of the run so that all
    processes finish together."""
    run = _Run(rules, cache_for, progress, None)
    group = GROUP
    try:
        for seen, inp in enumerate(inputs, 1):
            run.add(inp)
            if run.pool is None and jobs > 1 and run.misses >= MIN_FILES_FOR_JOBS:
                from .workers import WorkerPool

                if timings.ACTIVE is None:
                    run.pool = WorkerPool(jobs - 1)
                else:  # each worker measures its groups, and the times come back with them
                    from functools import partial

                    from .workers import check_in_worker

                    run.pool = WorkerPool(jobs - 1, work=partial(check_in_worker, timed=True))
                    timings.ACTIVE.processes = jobs
            if run.pool is not None:
                group = _group_size(None if total is None else total - seen + len(run.todo), jobs)
            if len(run.todo) >= group or run.todo_chars >= GROUP_CHARS:
                run.flush()
        run.flush()
        if run.pool is not None:
            run.pool.wait()
    finally:
        if run.pool is not None:
            run.pool.close()
    run_level(run.results, run.per_doc, run.summaries)
    known = known_selectors(rules)
    for res in run.results:
        with timings.part(timings.PLACE):
            finish(res, known)
    return run.results, run.errors


#: the smallest group: spaCy parses four documents at a time (``linter.BATCH``)
MIN_GROUP = 4


def _group_size(left: int | None, jobs: int) -> int:
    """The size of the next group when ``left`` files are still to be checked: a quarter
    of each process's share, so that every process gets several groups and the last ones
    (small) finish together; at most ``GROUP``, at least ``MIN_GROUP``."""
    if left is None:
        return GROUP
    return max(MIN_GROUP, min(GROUP, -(-left // (jobs * 4))))
