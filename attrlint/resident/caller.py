"""Running one forwarded ``attrlint check`` as its caller would have run it: in the caller's
working directory, umask, relevant environment, standard input and stream encodings, with
the user's files (configuration, house styles) read afresh, and the caller's output and exit
code captured. The daemon (:mod:`.server`) owns the socket and the queue; this module owns
what makes a warm request indistinguishable from a local run.
"""

from __future__ import annotations

import io
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator


def refresh_caches() -> None:
    """Forget what was read from the user's files (configuration, house styles, a knowledge
    base named in a configuration), so that each request sees them as a fresh run would.
    The bundled data and the pipeline stay loaded."""
    from ..config import clear_cache

    clear_cache()
    try:
        from ..house_style import load_style
    except ImportError:  # pragma: no cover
        return
    load_style.cache_clear()


def memoise_rule_discovery() -> bool:
    """Discover the rules once per set of rule packs as they are on disk, not once per
    request: half of a warm check's time in the daemon was rule discovery (entry points,
    the bundled packs' TOML). Entry-point rules change only with the installation, and a
    changed installation retires the daemon (see protocol.fingerprint); a pack file named
    in a configuration is read again whenever its size or mtime changes.

    The one place the daemon reaches into the engine: if ``attrlint.engine`` stops calling
    its module-level ``discover``, the daemon is slower, never wrong. Returns whether it
    is in place."""
    from .. import engine

    original = getattr(engine, "discover", None)
    if original is None or getattr(original, "_resident_memo", False):
        return original is not None
    memo: dict[tuple, tuple[dict, list[str]]] = {}

    def discover(extra_packs=(), errors=None):
        packs = [os.fspath(p) for p in extra_packs]
        try:
            key = tuple((p, os.stat(p).st_mtime_ns, os.stat(p).st_size) for p in packs)
        except OSError:  # a missing pack: let discovery report it as usual
            return original(extra_packs, errors=errors)
        if key not in memo:
            found: list[str] = []
            rules = original(extra_packs, errors=found if errors is not None else None)
            memo[key] = (rules, found)
        rules, found = memo[key]
        if errors is not None:
            errors.extend(found)
        return dict(rules)

    discover._resident_memo = True  # type: ignore[attr-defined]
    engine.discover = discover  # type: ignore[assignment]
    return True


def run_as_caller(req: dict[str, Any], stdin: bytes, main: Callable[[list[str]], int]) -> tuple[bytes, bytes, int]:
    """Run ``attrlint <argv>`` as the client would have: its directory, environment,
    standard input and stream encodings; returns stdout, stderr and the exit code."""
    streams = req.get("streams") or {}
    out_enc, out_err = streams.get("stdout") or ("utf-8", "strict")
    err_enc, err_err = streams.get("stderr") or ("utf-8", "backslashreplace")
    out_buf, err_buf = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out_buf, encoding=out_enc, errors=out_err)
    stderr = io.TextIOWrapper(err_buf, encoding=err_enc, errors=err_err)
    stdin_text = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    with _environment(req.get("env") or {}), _directory(req["cwd"]), _umask(req.get("umask")):
        saved = sys.stdin, sys.stdout, sys.stderr
        sys.stdin, sys.stdout, sys.stderr = stdin_text, stdout, stderr
        try:
            refresh_caches()
            code = main(list(req["argv"]))
        except SystemExit as exc:  # argparse's usage errors, --help
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if exc.code is not None and not isinstance(exc.code, int):
                print(exc.code, file=sys.stderr)
        except BaseException as exc:  # as the local run would crash: a traceback, exit 1
            import traceback

            traceback.print_exc()
            code = 1
            if not isinstance(exc, Exception):
                raise
        finally:
            sys.stdin, sys.stdout, sys.stderr = saved
            stdout.flush()
            stderr.flush()
    return out_buf.getvalue(), err_buf.getvalue(), int(code or 0)


def in_process(argv: list[str]) -> list[str]:
    """``argv`` with ``--jobs 1`` when neither it nor the configuration asks for worker
    processes: the daemon's engine is warm, and fresh workers would each load spaCy again
    (measured under load: nine drafts took 0.9 s in the daemon's process, 24 s through two
    new workers). The report is the same either way; ``--jobs N`` or ``jobs`` in the
    configuration still spreads a large run over N workers."""
    import contextlib

    from ..cli import build_parser
    from ..config import ConfigError, find_config, load_config_file

    try:
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            args = build_parser().parse_args(argv)
    except SystemExit:  # the command line reports it itself
        return argv
    if getattr(args, "command", None) != "check" or getattr(args, "jobs", 0) is not None:
        return argv
    paths = [p for p in (getattr(args, "paths", None) or ["."]) if p != "-"] or ["."]
    try:
        cfg = load_config_file(Path(args.config)) if args.config else find_config(paths[0])
    except (ConfigError, OSError):
        return argv
    if cfg is not None and getattr(cfg, "jobs", None):
        return argv
    return argv[:1] + ["--jobs", "1"] + argv[1:]


@contextmanager
def _directory(path: str) -> Iterator[None]:
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


@contextmanager
def _umask(mask: int | None) -> Iterator[None]:
    """The caller's umask, so that a cache or a fixed file gets the modes a local run gives."""
    before = os.umask(mask if isinstance(mask, int) else 0o022)
    if not isinstance(mask, int):
        os.umask(before)
    try:
        yield
    finally:
        os.umask(before)


#: what the daemon's own environment may not lose for a request (its own identity)
_KEPT = ("PATH", "PYTHONPATH", "VIRTUAL_ENV")


@contextmanager
def _environment(env: dict[str, str]) -> Iterator[None]:
    """The request's variables of interest (those the client sends: ATTRLINT_*, COLUMNS,
    ...) as the client has them, absent ones removed for the request's duration."""
    from .client import ENV_NAMES, ENV_PREFIXES

    before = dict(os.environ)
    for key in list(os.environ):
        if (key in ENV_NAMES or key.startswith(ENV_PREFIXES)) and key not in env and key not in _KEPT:
            del os.environ[key]
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(before)
