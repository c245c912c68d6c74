"""``attrlint daemon start|stop|status|run``: manage the resident process."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from . import protocol as p

EXIT_OK, EXIT_NOT_RUNNING, EXIT_ERROR = 0, 1, 2


def register(sub) -> None:
    daemon = sub.add_parser(
        "daemon",
        help="keep attrlint loaded so that 'attrlint check' on a draft answers at once",
        description=(
            "A resident attrlint for this user and installation. While it runs, 'attrlint check' "
            "(and so the pre-commit hook) hands its work to it and prints its answer; "
            "--no-daemon or ATTRLINT_NO_DAEMON=1 bypass it."
        ),
    )
    daemon.add_argument("action", choices=["start", "stop", "status", "run"], help="run: stay in the foreground")
    daemon.add_argument(
        "--idle-timeout",
        type=float,
        default=1800.0,
        help="exit after this many seconds without a request (default 1800; 0: never)",
    )
    daemon.add_argument("--wait", type=float, default=180.0, help="start: seconds to wait for it to be ready")
    daemon.set_defaults(func=cmd_daemon)


def cmd_daemon(args: argparse.Namespace) -> int:
    return {"start": start, "stop": stop, "status": status, "run": run}[args.action](args)


def _describe(info: dict) -> str:
    return (
        f"attrlint daemon running: pid {info['pid']}, attrlint {info['fingerprint']}, "
        f"{info['served']} checks served, up {info['uptime']:.0f} s, socket {info['socket']}"
    )


def status(args: argparse.Namespace) -> int:
    from .client import control

    info = control("status")
    if info is None:
        print(f"attrlint daemon not running (socket {p.socket_path()})")
        return EXIT_NOT_RUNNING
    print(_describe(info))
    if info.get("fingerprint") != p.fingerprint():
        print("it belongs to another attrlint version or installation and is not used; restart it")
    return EXIT_OK


def stop(args: argparse.Namespace) -> int:
    from .client import control

    info = control("stop")
    if info is None:
        print("attrlint daemon not running")
        return EXIT_OK
    path = p.socket_path()
    deadline = time.monotonic() + 10
    while os.path.lexists(path) and time.monotonic() < deadline:
        time.sleep(0.05)
    print(f"attrlint daemon stopped (pid {info['pid']})")
    return EXIT_OK


def log_path() -> str:
    return p.socket_path()[: -len(".sock")] + ".log"


def start(args: argparse.Namespace) -> int:
    from .client import control

    info = control("status")
    if info is not None:
        if info.get("fingerprint") == p.fingerprint():
            print(_describe(info))
            return EXIT_OK
        control("stop")  # another version: replace it
        time.sleep(0.2)
    try:
        p.make_private_dir(p.runtime_dir())
    except OSError as exc:
        print(f"attrlint daemon: {exc}", file=sys.stderr)
        return EXIT_ERROR
    log = log_path()
    with open(log, "ab") as fh:
        os.chmod(log, 0o600)
        proc = subprocess.Popen(
            [sys.executable, "-m", "attrlint", "daemon", "run", "--idle-timeout", str(args.idle_timeout)],
            stdin=subprocess.DEVNULL,
            stdout=fh,
            stderr=fh,
            cwd="/",
            start_new_session=True,  # not killed with the terminal that started it
        )
    deadline = time.monotonic() + args.wait
    while time.monotonic() < deadline:
        info = control("status", timeout=1.0)
        if info is not None:
            print(_describe(info))
            return EXIT_OK
        if proc.poll() is not None:
            print(f"attrlint daemon: exited with status {proc.returncode} while starting; see {log}", file=sys.stderr)
            return EXIT_ERROR
        time.sleep(0.1)
    print(f"attrlint daemon: not ready after {args.wait:g} s (pid {proc.pid}); see {log}", file=sys.stderr)
    return EXIT_ERROR


def run(args: argparse.Namespace) -> int:
    from .server import Daemon

    daemon = Daemon(idle_timeout=args.idle_timeout)
    code = daemon.serve_forever()
    if code:
        print(f"attrlint daemon: another daemon already serves {daemon.path}", file=sys.stderr)
    return EXIT_OK if code == 0 else EXIT_NOT_RUNNING
