"""The daemon: keeps attrlint and the spaCy pipeline loaded and runs each forwarded
``attrlint check`` through the ordinary command-line code (``attrlint.cli.main``), in the
caller's working directory, with the caller's relevant environment and standard input, and
sends back what it printed and its exit code.

Requests run one at a time (the working directory, the environment and the standard
streams belong to the process); a client that finds :data:`MAX_WAITING` requests already
queued is refused and runs locally. Only the user who started the daemon can connect (a
private directory, a 0600 socket, and the peer's uid checked). It exits after
``idle_timeout`` seconds without a request, on ``attrlint daemon stop`` or SIGTERM, and
as soon as it learns that the installation on disk is no longer the one it loaded.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import socket
import struct
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from . import protocol as p
from .caller import in_process, memoise_rule_discovery, run_as_caller

MAX_WAITING = 4
#: a short invented draft that loads every pipeline component and the rules' data
WARM_TEXT = (
    "LONDON, March 3 (Staff) - The council said on Tuesday it would review the plan, "
    'according to a spokeswoman. "We are listening," said Jane Doe, the council\'s leader.\n'
)


def _peer_uid(conn: socket.socket) -> int | None:
    try:
        creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except (AttributeError, OSError):  # not Linux: the socket's mode and directory guard it
        return None
    return struct.unpack("3i", creds)[1]


class Daemon:
    def __init__(
        self,
        path: str | None = None,
        idle_timeout: float = 1800.0,
        warm: bool = True,
        run: Callable[[list[str]], int] | None = None,
        log: Any = None,
    ):
        self.path = path or p.socket_path()
        self.idle_timeout = idle_timeout
        self.warm = warm
        self._run = run
        self.log: Any = log or sys.__stderr__
        self.fingerprint = ""
        self.started = time.time()
        self.last_activity = time.monotonic()
        self.served = 0
        #: how long the last check took inside the daemon (the engine's share of a request)
        self.last_seconds = 0.0
        self.waiting = 0
        self.active = 0
        self.stopping = threading.Event()
        self._state = threading.Lock()
        self._work = threading.Lock()
        self._listener: socket.socket | None = None
        self._lockfile: Any = None

    # --- life cycle ----------------------------------------------------------------------------
    def say(self, message: str) -> None:
        try:
            print(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} attrlint daemon [{os.getpid()}]: {message}", file=self.log)
            self.log.flush()
        except (OSError, ValueError, AttributeError):
            pass

    def lock(self) -> bool:
        """Hold ``<socket>.lock`` for the daemon's life: one daemon per socket."""
        p.make_private_dir(os.path.dirname(self.path))
        fd = os.open(self.path + ".lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        handle = os.fdopen(fd, "r+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._lockfile = handle
        return True

    def bind(self) -> None:
        if os.path.lexists(self.path):  # we hold the lock, so no daemon listens on it: stale
            os.unlink(self.path)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)
        try:
            sock.bind(self.path)
        finally:
            os.umask(old)
        os.chmod(self.path, 0o600)
        sock.listen(16)
        sock.settimeout(0.5)
        self._listener = sock

    def serve_forever(self) -> int:
        """Lock, warm up, listen, answer until stopped or idle; 0, or 1 if one runs already."""
        if not self.lock():
            self.say(f"another daemon already serves {self.path}")
            return 1
        try:
            self.fingerprint = p.fingerprint()
            if self._run is None and not memoise_rule_discovery():
                self.say("rule discovery is not memoised (attrlint.engine.discover is gone): slower checks")
            if self.warm:
                t0 = time.perf_counter()
                self.warm_up()
                self.say(f"warmed up in {time.perf_counter() - t0:.2f} s")
            self.bind()
            self.say(f"listening on {self.path} (attrlint {self.fingerprint})")
            if threading.current_thread() is threading.main_thread():
                previous = signal.signal(signal.SIGTERM, lambda *_: self.stopping.set())
                try:
                    self._accept_loop()
                finally:
                    signal.signal(signal.SIGTERM, previous)
            else:  # started from a test's thread
                self._accept_loop()
        finally:
            self.close()
        return 0

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self.stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except socket.timeout:
                with self._state:
                    idle = self.active == 0 and self.waiting == 0
                if idle and self.idle_timeout and time.monotonic() - self.last_activity > self.idle_timeout:
                    self.say(f"idle for {self.idle_timeout:g} s: exiting")
                    self.stopping.set()
                continue
            except OSError:
                if self.stopping.is_set():
                    break
                raise
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            try:
                os.unlink(self.path)
            except OSError:
                pass
        if self._lockfile is not None:
            self._lockfile.close()
            self._lockfile = None

    def warm_up(self) -> None:
        """Run a real check once, so that the first request finds everything loaded."""
        with tempfile.TemporaryDirectory(prefix="attrlint-warm-") as tmp:
            draft = os.path.join(tmp, "warm-up.txt")
            with open(draft, "w", encoding="utf-8") as fh:
                fh.write(WARM_TEXT)
            self.execute(
                {"argv": ["check", "--no-progress", "--format", "json", draft], "cwd": tmp, "env": {}, "streams": {}},
                b"",
            )

    # --- one connection ------------------------------------------------------------------------
    def _handle(self, conn: socket.socket) -> None:
        try:
            with conn:
                conn.settimeout(5.0)
                uid = _peer_uid(conn)
                if uid is not None and uid != os.getuid():
                    self.say(f"refused a connection from uid {uid}")
                    return
                kind, payload = p.receive(conn)
                if kind == p.CONTROL:
                    self._control(conn, json.loads(payload))
                elif kind == p.HELLO:
                    req = p.decode_request(payload)
                    skind, stdin = p.receive(conn)
                    if skind != p.STDIN:
                        raise p.ProtocolError("no standard input frame")
                    self._request(conn, req, stdin)
        except (OSError, ValueError) as exc:
            self.say(f"a connection failed: {type(exc).__name__}: {exc}")

    def status(self) -> dict[str, Any]:
        return {
            "pid": os.getpid(),
            "fingerprint": self.fingerprint,
            "socket": self.path,
            "started": self.started,
            "uptime": time.time() - self.started,
            "served": self.served,
            "last_seconds": self.last_seconds,
            "waiting": self.waiting,
            "idle_timeout": self.idle_timeout,
        }

    def _control(self, conn: socket.socket, msg: dict[str, Any]) -> None:
        action = msg.get("action")
        if action == "stop":
            p.send_json(conn, p.REPLY, {"stopping": True, **self.status()})
            self.say("stop requested")
            self.stopping.set()
        else:
            p.send_json(conn, p.REPLY, self.status())

    def _request(self, conn: socket.socket, req: dict[str, Any], stdin: bytes) -> None:
        if req.get("protocol") != p.PROTOCOL or req.get("fingerprint") != self.fingerprint:
            p.send_json(conn, p.REFUSE, {"reason": "another attrlint version or installation"})
            # the client reads the installation as it is now: this daemon's code is stale
            self.say(f"the installation changed ({req.get('fingerprint')} on disk): exiting")
            self.stopping.set()
            return
        with self._state:
            if self.waiting >= MAX_WAITING:
                busy = True
            else:
                busy = False
                self.waiting += 1
        if busy:
            p.send_json(conn, p.REFUSE, {"reason": "busy"})
            return
        started = False
        try:
            p.send_json(conn, p.ACCEPT, {"pid": os.getpid()})
            with self._keepalive(conn) as sending:
                with self._work:
                    with self._state:
                        self.waiting -= 1
                        self.active += 1
                    started = True
                    t0 = time.perf_counter()
                    try:
                        out, err, code = self.execute(req, stdin)
                    finally:
                        self.last_seconds = time.perf_counter() - t0
                        with self._state:
                            self.active -= 1
                            self.served += 1
                        self.last_activity = time.monotonic()
            with sending:
                p.send(conn, p.STDOUT, out)
                p.send(conn, p.STDERR, err)
                p.send(conn, p.EXIT, str(code).encode("ascii"))
        finally:
            if not started:
                with self._state:
                    self.waiting -= 1

    @contextmanager
    def _keepalive(self, conn: socket.socket) -> Iterator[threading.Lock]:
        """Tell the client every second that the request is still being worked on."""
        sending = threading.Lock()
        done = threading.Event()

        def beat() -> None:
            while not done.wait(p.KEEPALIVE):
                with sending:
                    try:
                        p.send(conn, p.ALIVE)
                    except OSError:
                        return

        thread = threading.Thread(target=beat, daemon=True)
        thread.start()
        try:
            yield sending
        finally:
            done.set()
            thread.join()

    # --- running a check -----------------------------------------------------------------------
    def execute(self, req: dict[str, Any], stdin: bytes) -> tuple[bytes, bytes, int]:
        """Run ``attrlint <argv>`` as the client would have (see :mod:`.caller`)."""
        return run_as_caller(req, stdin, self._main)

    def _main(self, argv: list[str]) -> int:
        if self._run is not None:
            return self._run(argv)
        from ..cli import main

        return main(in_process(argv))
