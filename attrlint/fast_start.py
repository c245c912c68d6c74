"""The start-up layers, installed by attrlint's own surfaces only.

``fast_dataclasses``, ``fast_regex`` and ``fast_re`` speed up a fresh process by putting
a layer in front of ``dataclasses``' ``exec``, ``regex``'s and ``re``'s compile steps
(docs/startup.md). Those modules belong to the whole process: a program that imports
attrlint as a library must keep its own ``re``, ``regex`` and ``dataclasses`` as they
were. So nothing installs them on import; the processes attrlint starts itself do, as
early as they can: the command line (``attrlint.cli``: every subcommand, the resident
daemon and ``serve`` included) and the ``--jobs`` worker processes (``workers``,
through the pool's initializer). This module imports nothing else of attrlint's, so
that it can run before the modules that define dataclasses or compile patterns.

The same holds for the cyclic collector: freezing the heap after the rules and tables are
read (``gc.freeze``, which spares later collections the walk) would also freeze a host
program's own objects, its cyclic garbage never freed; so it is done only in a process
that called ``install`` (``owns_process``).
"""

from __future__ import annotations

import gc

from . import fast_dataclasses, fast_re, fast_regex

#: set by ``install``: this process is attrlint's own (the CLI, a daemon, a worker)
_owned = False


def install() -> None:
    """Install the three layers in this process (each once; each stays out when
    ``ATTRLINT_REGEX_CACHE=off`` or when its library does not look as expected), and
    mark the process as attrlint's own."""
    global _owned
    _owned = True
    fast_dataclasses.install()
    fast_regex.install()
    fast_re.install()


def installed() -> dict[str, bool]:
    """Which layers this process has (for tests and diagnostics)."""
    return {"dataclasses": fast_dataclasses.installed(), "regex": fast_regex.installed(), "re": fast_re.installed()}


def owns_process() -> bool:
    """Whether this process is attrlint's own (``install`` was called), not a host program."""
    return _owned


def freeze_heap() -> None:
    """``gc.freeze`` what lives now, in attrlint's own processes only (module docstring)."""
    if _owned:
        gc.freeze()
