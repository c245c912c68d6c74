"""Instruction counts: a cost figure the shared machine's load does not move.

Wall-clock and CPU time on two cores shared by several agents swing by 10-30% between
runs of the same code (docs/performance.md), more than most changes worth making. The
number of instructions a piece of code executes does not depend on the load. This
machine's kernel offers no hardware counters (``perf stat -e instructions`` says "not
supported"), so the count comes from valgrind's callgrind, which runs the program on a
simulated CPU (about 50x slower while it counts).

The program is started with counting off (``--instr-atstart=no``: imports and model
loads run about 5x slower, not 50x) and marks the parts to count through a three-line C
helper built here with the system compiler (``valgrind/callgrind.h``'s client requests,
which Python cannot issue itself):

* ``Marks.start()`` turns counting on;
* ``Marks.mark(label)`` closes a part: the instructions since the last mark (or start)
  are written under ``label``;
* ``Marks.stop(label)`` closes a part and turns counting off.

Outside callgrind (the environment variable ``ATTRLINT_BENCH_MARKS`` unset) every mark
is a no-op, so a measured function runs unchanged. ``run_counted`` runs a command under
callgrind and returns the instructions per label (a label closed twice is summed).
Instructions are not time (spaCy's vectorised code does more per cycle than the Python
interpreter), so the benches print them beside the wall-clock and CPU figures.
"""
from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
from pathlib import Path

ENV = "ATTRLINT_BENCH_MARKS"

HELPER_C = r"""
#include <valgrind/callgrind.h>
int on_valgrind(void) { return RUNNING_ON_VALGRIND; }
void start(void) { CALLGRIND_START_INSTRUMENTATION; CALLGRIND_ZERO_STATS; }
void mark(const char *label) { CALLGRIND_DUMP_STATS_AT(label); }
void stop(const char *label) { CALLGRIND_DUMP_STATS_AT(label); CALLGRIND_STOP_INSTRUMENTATION; }
"""


def unavailable() -> str | None:
    """Why instructions cannot be counted here, or None when they can."""
    if not shutil.which("valgrind"):
        return "valgrind is not installed"
    if not shutil.which("cc"):
        return "no C compiler (cc) for the callgrind marks"
    if not Path("/usr/include/valgrind/callgrind.h").exists():
        return "valgrind's headers (valgrind/callgrind.h) are not installed"
    return None


def build_helper(directory: Path) -> Path:
    """Compile the marks helper into ``directory``; the shared library's path."""
    directory.mkdir(parents=True, exist_ok=True)
    source, lib = directory / "marks.c", directory / "marks.so"
    source.write_text(HELPER_C)
    subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", str(lib), str(source)], check=True)
    return lib


class Marks:
    """The callgrind marks of this process (no-ops outside ``run_counted``)."""

    def __init__(self) -> None:
        path = os.environ.get(ENV)
        lib = ctypes.CDLL(path) if path else None
        self._lib = lib if lib is not None and lib.on_valgrind() else None

    @property
    def active(self) -> bool:
        return self._lib is not None

    def start(self) -> None:
        if self._lib is not None:
            self._lib.start()

    def mark(self, label: str) -> None:
        if self._lib is not None:
            self._lib.mark(label.encode())

    def stop(self, label: str) -> None:
        if self._lib is not None:
            self._lib.stop(label.encode())


_TRIGGER = re.compile(r"^desc: Trigger: Client Request: (.*)$", re.M)
_TOTALS = re.compile(r"^(?:totals|summary): (\d+)$", re.M)


def read_counts(out: Path) -> dict[str, int]:
    """Instructions per label from callgrind's dump files ``out.1``, ``out.2``, ...
    (the dump at the program's end, counted with counting off, is left out)."""
    counts: dict[str, int] = {}
    dumps = sorted(out.parent.glob(out.name + ".*"), key=lambda p: int(p.suffix[1:]))
    for dump in dumps:
        text = dump.read_text(errors="replace")
        label, total = _TRIGGER.search(text), _TOTALS.search(text)
        if label and total:
            counts[label.group(1)] = counts.get(label.group(1), 0) + int(total.group(1))
    return counts


def run_counted(argv: list[str], work: Path, env: dict | None = None) -> dict[str, int]:
    """Run ``argv`` (a command whose Python code uses ``Marks``) under callgrind, counting
    off until its first ``start()``; the instructions per label. Raises on failure."""
    why = unavailable()
    if why:
        raise RuntimeError(f"instruction counts not available: {why}")
    work.mkdir(parents=True, exist_ok=True)
    lib = build_helper(work / "marks")
    out = work / "callgrind.out"
    for old in work.glob("callgrind.out*"):
        old.unlink()
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "-q", f"--callgrind-out-file={out}", *argv]
    r = subprocess.run(cmd, env={**(env if env is not None else os.environ), ENV: str(lib)},
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode:
        raise RuntimeError(f"counted run failed (exit {r.returncode}):\n{r.stderr.decode()[-2000:]}")
    return read_counts(out)
