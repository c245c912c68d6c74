"""Where a run's time goes: ``attrlint check --timings`` (as ESLint's TIMING or sqlfluff's
timing report).

A base module (it imports nothing of attrlint's). While a ``Timings`` is active
(``start``), the linter measures the parse, each rule (its ``check``, ``summarise`` and
run-level ``check_run``), each shared analysis a family of rules reads
(``Document.shared``: its time is taken out of the rule that first asked for it), reading
the files, placing the findings (locate, suppress, sort) and writing the report. Times are
wall-clock self times, so the parts add up to the run; with ``--jobs`` each worker
measures its own groups and the parent adds them up (a sum over processes, more than the
run's wall-clock time). Nothing is measured, and nothing costs more than one test of a
module global, when no ``Timings`` is active; the report on stdout is never changed.
"""

from __future__ import annotations

import time
from typing import Callable, TextIO, TypeVar

T = TypeVar("T")

#: the active collector, or None (the usual case: nothing is measured)
ACTIVE: "Timings | None" = None

#: the parts that are not rules, as shown
PARSE, READ, PLACE, REPORT, MODEL = "parse", "read", "place findings", "report", "load model"
SHARED_PREFIX = "shared: "


class Timings:
    """Self times by part, in seconds, with a stack so that a part measured inside another
    (a shared analysis inside the rule that first asked for it) counts only once."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}  # wall-clock
        self.cpu: dict[str, float] = {}  # this process's CPU time (steadier on a busy machine)
        self.calls: dict[str, int] = {}
        self._stack: list[list] = []  # [part, start, CPU at start, wall and CPU of the parts inside]
        #: the processes that checked files (the parent and its workers)
        self.processes = 1

    def begin(self, part: str) -> None:
        self._stack.append([part, time.perf_counter(), time.process_time(), 0.0, 0.0])

    def end(self) -> None:
        part, started, cpu_started, inner, inner_cpu = self._stack.pop()
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        self.seconds[part] = self.seconds.get(part, 0.0) + elapsed - inner
        self.cpu[part] = self.cpu.get(part, 0.0) + cpu - inner_cpu
        self.calls[part] = self.calls.get(part, 0) + 1
        if self._stack:
            self._stack[-1][3] += elapsed
            self._stack[-1][4] += cpu

    def measure(self, part: str, work: Callable[[], T]) -> T:
        self.begin(part)
        try:
            return work()
        finally:
            self.end()

    def add(self, seconds: dict[str, float], cpu: dict[str, float], calls: dict[str, int]) -> None:
        """Add another process's times (a worker's groups, from its ``export``) to these."""
        for part, v in seconds.items():
            self.seconds[part] = self.seconds.get(part, 0.0) + v
        for part, v in cpu.items():
            self.cpu[part] = self.cpu.get(part, 0.0) + v
        for part, n in calls.items():
            self.calls[part] = self.calls.get(part, 0) + n

    def export(self) -> tuple[dict[str, float], dict[str, float], dict[str, int]]:
        return dict(self.seconds), dict(self.cpu), dict(self.calls)


def start() -> Timings:
    """Make a fresh collector the active one and return it."""
    global ACTIVE
    ACTIVE = Timings()
    return ACTIVE


def stop() -> Timings | None:
    global ACTIVE
    t, ACTIVE = ACTIVE, None
    return t


#: shared analyses read by a family of another name
_SHARED_FAMILY = {"titles": "title", "furniture": "debris"}


def family(part: str) -> str:
    """The family a part belongs to: a rule id's first segment (``attribution``), a shared
    analysis's by its key's first segment (``attribution.list-items``: attribution), or the
    part itself (parse, report)."""
    if part.startswith(SHARED_PREFIX):
        head = part[len(SHARED_PREFIX):].split(".", 1)[0]
        return _SHARED_FAMILY.get(head, head)
    return part.split(".", 1)[0]


def rows(t: Timings, key: Callable[[str], str] | None = None) -> list[tuple[str, float, float, int]]:
    """(part, wall-clock seconds, CPU seconds, calls), the most wall-clock time first (ties
    by name); ``key`` groups the parts (``family``)."""
    grouped: dict[str, list] = {}
    for part, s in t.seconds.items():
        row = grouped.setdefault(key(part) if key else part, [0.0, 0.0, 0])
        row[0] += s
        row[1] += t.cpu.get(part, 0.0)
        row[2] += t.calls.get(part, 0)
    return sorted(((k, w, c, n) for k, (w, c, n) in grouped.items()), key=lambda r: (-r[1], r[0]))


def write(t: Timings, out: TextIO, *, files: int) -> None:
    """The table ``--timings`` prints: every part with its time and share, then the same by
    family."""
    how = "1 process" if t.processes <= 1 else f"summed over {t.processes} processes"
    out.write(f"attrlint timings: {files} file{'s' if files != 1 else ''}, self times, {how}\n")
    _table(out, rows(t), "part", calls=True)
    out.write("\n")
    _table(out, rows(t, family), "family", calls=False)


def _table(out: TextIO, items: list[tuple[str, float, float, int]], head: str, *, calls: bool) -> None:
    total, total_cpu = sum(r[1] for r in items), sum(r[2] for r in items)
    width = max([len(head), 5] + [len(r[0]) for r in items])
    out.write(f"{head:<{width}}  {'wall ms':>10}  {'share':>6}  {'CPU ms':>10}" + ("  calls" if calls else "") + "\n")
    for part, wall, cpu, n in items:
        line = f"{part:<{width}}  {wall * 1000:>10.1f}  {100 * wall / (total or 1):>5.1f}%  {cpu * 1000:>10.1f}"
        out.write(line + (f"  {n:>5}" if calls else "") + "\n")
    out.write(f"{'total':<{width}}  {total * 1000:>10.1f}  {100.0:>5.1f}%  {total_cpu * 1000:>10.1f}\n")


class _Nothing:
    """The context of ``part`` when nothing is measured."""

    __slots__ = ()

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


class _Part:
    __slots__ = ("t", "name")

    def __init__(self, t: Timings, name: str) -> None:
        self.t, self.name = t, name

    def __enter__(self) -> None:
        self.t.begin(self.name)

    def __exit__(self, *exc: object) -> None:
        self.t.end()


_NOTHING = _Nothing()


def part(name: str) -> "_Part | _Nothing":
    """``with part(name):`` measures the block as ``name`` while timings are on."""
    return _NOTHING if ACTIVE is None else _Part(ACTIVE, name)
