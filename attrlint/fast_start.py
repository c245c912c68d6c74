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
"""

from __future__ import annotations

from . import fast_dataclasses, fast_re, fast_regex


def install() -> None:
    """Install the three layers in this process (each once; each stays out when
    ``ATTRLINT_REGEX_CACHE=off`` or when its library does not look as expected)."""
    fast_dataclasses.install()
    fast_regex.install()
    fast_re.install()


def installed() -> dict[str, bool]:
    """Which layers this process has (for tests and diagnostics)."""
    return {"dataclasses": fast_dataclasses.installed(), "regex": fast_regex.installed(), "re": fast_re.installed()}
