"""The command line's side: hand ``attrlint check`` to a running daemon, or say it cannot.

:func:`forward` is called first thing by ``attrlint``'s ``main()``. It answers with the
daemon's exit code after writing the daemon's stdout and stderr, byte for byte, or with
None, and then the command runs locally as if no daemon existed: when none runs, when its
socket is not safely ours, when it belongs to another attrlint version or installation,
when it does not take the request within :data:`ACCEPT_TIMEOUT`, or when it goes quiet or
away before answering. Nothing is written before the whole answer is in, so falling back
never prints anything twice.

Only a real command line is forwarded (``main()`` called without ``argv``); code that calls
``main([...])`` itself, tests and the daemon included, always runs locally.
"""

from __future__ import annotations

import os
import sys

from . import protocol as p

NO_DAEMON_FLAG = "--no-daemon"
NO_DAEMON_ENV = "ATTRLINT_NO_DAEMON"
#: seconds to connect and to have the request taken (a busy or stuck daemon is not waited for)
ACCEPT_TIMEOUT = float(os.environ.get("ATTRLINT_DAEMON_TIMEOUT", "0.5") or 0.5)
#: seconds without a keep-alive before the daemon is given up for lost
SILENCE_TIMEOUT = 10 * p.KEEPALIVE
#: environment variables that change what a check prints or where it writes
ENV_NAMES = ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TERM", "HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")
ENV_PREFIXES = ("ATTRLINT_",)


def strip_flag(argv: list[str]) -> tuple[list[str], bool]:
    """``argv`` without ``--no-daemon`` (before a ``--``), and whether it was there."""
    out, seen, passed = [], False, False
    for arg in argv:
        if not passed and arg == NO_DAEMON_FLAG:
            seen = True
            continue
        passed = passed or arg == "--"
        out.append(arg)
    return out, seen


def forward(argv: list[str] | None) -> tuple[list[str], int | None]:
    """The arguments to run locally (``--no-daemon`` removed) and, when a daemon answered,
    its exit code (its output already written)."""
    from_command_line = argv is None
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "check":
        return args, None
    args, bypass = strip_flag(args)
    if bypass or not from_command_line or os.environ.get(NO_DAEMON_ENV, "") not in ("", "0"):
        return args, None
    try:
        answer = _ask(args)
    except Exception:  # anything at all: run locally, as without a daemon
        return args, None
    if answer is None:
        return args, None
    out, err, code = answer
    try:  # from here on the daemon's answer is the answer: never a second, local one
        _write(sys.stdout, out)
        _write(sys.stderr, err)
    except BrokenPipeError:  # e.g. piped into head, as the command line answers it
        return args, 0
    return args, code


def wants_stdin(args: list[str]) -> bool:
    return "-" in args or any(a == "--stdin-filename" or a.startswith("--stdin-filename=") for a in args)


def request(args: list[str]) -> dict:
    env = {k: v for k, v in os.environ.items() if k in ENV_NAMES or k.startswith(ENV_PREFIXES)}
    env["COLUMNS"] = str(terminal_columns())  # argparse wraps its usage messages to it
    streams = {
        name: [getattr(stream, "encoding", None) or "utf-8", getattr(stream, "errors", None) or "strict"]
        for name, stream in (("stdout", sys.stdout), ("stderr", sys.stderr))
    }
    umask = os.umask(0o022)  # read it (files the check writes get the caller's modes)
    os.umask(umask)
    return {
        "umask": umask,
        "protocol": p.PROTOCOL,
        "fingerprint": p.fingerprint(),
        "argv": args,
        "cwd": os.getcwd(),
        "env": env,
        "streams": streams,
    }


def terminal_columns() -> int:
    """The width ``shutil.get_terminal_size()`` gives here (without importing shutil)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        stream = sys.__stdout__
        try:
            columns = os.get_terminal_size(stream.fileno()).columns if stream is not None else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


def connect(timeout: float, path: str | None = None):
    """A connected socket (``_socket``'s: ``socket`` costs an import of enum and
    selectors), or None."""
    import _socket

    path = path or p.socket_path()
    if not p.safe_socket(path):
        return None
    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(path)
    except OSError:  # a stale socket file: nobody listens
        sock.close()
        return None
    return sock


def _ask(args: list[str]) -> tuple[bytes, bytes, int] | None:
    """The daemon's stdout, stderr and exit code; None, with standard input given back
    for the local run, if there is no answer."""
    stdin = b""
    if wants_stdin(args):
        if sys.stdin is None or sys.stdin.isatty():
            return None  # typed input: let the local run read it as it always does
        stdin = sys.stdin.buffer.read()
    try:
        answer = _exchange(args, stdin)
    except Exception:
        answer = None
    if answer is None:
        _keep_stdin(stdin, args)
    return answer


def _exchange(args: list[str], stdin: bytes) -> tuple[bytes, bytes, int] | None:
    """The daemon's stdout, stderr and exit code, or None (no daemon, refused, lost)."""
    sock = connect(ACCEPT_TIMEOUT)
    if sock is None:
        return None
    out: list[bytes] = []
    err: list[bytes] = []
    try:
        p.send(sock, p.HELLO, p.encode_request(request(args)))
        p.send(sock, p.STDIN, stdin)
        kind, payload = p.receive(sock)
        if kind != p.ACCEPT:
            return None  # another version, or busy: the reason is in the payload
        sock.settimeout(SILENCE_TIMEOUT)
        while True:
            kind, payload = p.receive(sock)
            if kind == p.STDOUT:
                out.append(payload)
            elif kind == p.STDERR:
                err.append(payload)
            elif kind == p.EXIT:
                return b"".join(out), b"".join(err), int(payload)
            elif kind != p.ALIVE:
                return None
    except (OSError, ValueError):
        return None
    finally:
        sock.close()


def _write(stream, data: bytes) -> None:
    if not data:
        return
    stream.flush()
    stream.buffer.write(data)
    stream.buffer.flush()


def _keep_stdin(data: bytes, args: list[str]) -> None:
    """Standard input already read for the daemon is given back to the local run."""
    if wants_stdin(args) and sys.stdin is not None and not sys.stdin.isatty():
        import io

        sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding=sys.stdin.encoding, errors=sys.stdin.errors)


def control(action: str, timeout: float = 2.0, path: str | None = None) -> dict | None:
    """Ask the daemon for its status or to stop; None when none answers."""
    sock = connect(timeout, path)
    if sock is None:
        return None
    try:
        p.send_json(sock, p.CONTROL, {"protocol": p.PROTOCOL, "action": action})
        return p.receive_json(sock, p.REPLY)
    except (OSError, ValueError):
        return None
    finally:
        sock.close()


def main() -> int:
    """The ``attrlint`` console script: a running daemon answers a check before the
    command line's own modules (argparse, the configuration reader, ...) are imported;
    anything else, or no daemon, goes to :func:`attrlint.cli.main` as before."""
    try:
        args, code = forward(None)
    except KeyboardInterrupt:
        return 130
    if code is not None:
        return code
    from ..cli import main as cli_main

    return cli_main(args)
