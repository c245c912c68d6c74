"""What the client and the daemon share: where the socket lives, who may use it, which
installation a daemon belongs to, and the framing of messages.

Import-light on purpose (``os``, ``stat``, ``zlib`` and, in the client, ``_socket`` and
``marshal``, all but free): the client runs this on every ``attrlint check`` before it
knows whether anything else is needed. Measured under load, ``socket`` and ``json`` each
cost about as much again as starting the interpreter.

A message is a sequence of frames: one kind byte, a 4-byte big-endian length, the payload.
The request is a ``marshal``-ed dict of plain values (both ends are the same Python, and
only the same user can connect); control messages and the daemon's replies are JSON.
"""

from __future__ import annotations

import os
import stat
import sys
import zlib

TYPE_CHECKING = False  # typing itself is an import the client does not need
if TYPE_CHECKING:
    from socket import socket
    from typing import Any

PROTOCOL = 1
#: the daemon of another installation (another virtualenv, another checkout) has its own socket
SOCKET_PREFIX = "attrlint-"

# frame kinds
HELLO = b"H"  # client -> daemon: the request (JSON)
STDIN = b"I"  # client -> daemon: the bytes of standard input (may be empty)
ACCEPT = b"A"  # daemon -> client: taken, it will answer (JSON)
REFUSE = b"R"  # daemon -> client: not taken, run locally (JSON: reason)
ALIVE = b"K"  # daemon -> client: still working (sent every KEEPALIVE seconds)
STDOUT = b"O"
STDERR = b"E"
EXIT = b"X"  # daemon -> client: the exit code (JSON), last frame
CONTROL = b"C"  # client -> daemon: status or stop (JSON)
REPLY = b"Y"  # daemon -> client: the answer to a control message (JSON)

KEEPALIVE = 1.0
HEADER_SIZE = 5
MAX_FRAME = 1 << 30


class ProtocolError(OSError):
    """The other end broke the protocol or went away."""


def package_dir() -> str:
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _data_dirs() -> list[str]:
    """The package and its rule data (``attrlint/rules`` in a wheel, ``rules/`` in a checkout)."""
    pkg = package_dir()
    out = [pkg]
    for cand in (os.path.join(pkg, "rules"), os.path.join(os.path.dirname(pkg), "rules")):
        if os.path.isdir(cand):
            if cand not in out and not cand.startswith(pkg + os.sep):
                out.append(cand)
            break
    return out


def installation_key() -> str:
    """Names this installation (the interpreter and where attrlint is installed): each
    installation gets its own daemon and socket."""
    where = f"{os.path.realpath(sys.executable)}\0{os.path.realpath(package_dir())}"
    return f"{zlib.crc32(where.encode('utf-8', 'surrogateescape')):08x}"


def fingerprint() -> str:
    """The version and the state of every installed file (name, size, mtime): a daemon
    whose code or rule data differ from what is on disk now (an upgrade, an edit in a
    checkout) is not used. A few milliseconds for ~150 files."""
    from .. import __version__

    parts = [f"{PROTOCOL}:{__version__}:{sys.version}:{installation_key()}"]
    for top in _data_dirs():
        _listing(top, "", parts)
    # installing, upgrading or removing any package (a rule plugin, spaCy, a model)
    # changes the mtime of the directory it is installed in
    for entry in sys.path:
        if entry.endswith(("site-packages", "dist-packages")):
            try:
                parts.append(f"{entry}:{os.stat(entry).st_mtime_ns}")
            except OSError:
                pass
    return f"{__version__}+{zlib.crc32(chr(10).join(parts).encode('utf-8', 'surrogateescape')):08x}"


def _listing(directory: str, prefix: str, parts: list[str]) -> None:
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(".") or name == "__pycache__" or name.endswith((".pyc", ".pyo")):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                _listing(entry.path, f"{prefix}{name}/", parts)
                continue
            st = entry.stat()
        except OSError:
            continue
        parts.append(f"{prefix}{name}:{st.st_size}:{st.st_mtime_ns}")


def runtime_dir() -> str:
    """The directory for the socket: ``$ATTRLINT_DAEMON_DIR``, else
    ``$XDG_RUNTIME_DIR/attrlint``, else ``$TMPDIR/attrlint-<uid>`` (or /tmp)."""
    explicit = os.environ.get("ATTRLINT_DAEMON_DIR")
    if explicit:
        return explicit
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and os.path.isabs(xdg) and _private_dir(xdg):
        return os.path.join(xdg, "attrlint")
    tmp = os.environ.get("TMPDIR") or "/tmp"
    return os.path.join(tmp, f"attrlint-{os.getuid()}")


def socket_path() -> str:
    return os.path.join(runtime_dir(), f"{SOCKET_PREFIX}{installation_key()}.sock")


def _private_dir(path: str) -> bool:
    """A real directory (not a link) of ours that no one else can enter or write."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o077


def safe_socket(path: str) -> bool:
    """Whether ``path`` is a socket of ours in a private directory of ours: anything
    else (another user's file, a link, a world-writable directory) is not talked to."""
    if not _private_dir(os.path.dirname(path)):
        return False
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISSOCK(st.st_mode) and st.st_uid == os.getuid()


def make_private_dir(path: str) -> None:
    """Create the socket directory (mode 0700) or refuse one that is not private."""
    try:
        os.makedirs(path, mode=0o700)
    except FileExistsError:
        pass
    if not _private_dir(path):
        raise PermissionError(
            f"{path}: is not a private directory of this user (it must be owned by you, mode 0700, not a link)"
        )


# --- framing -----------------------------------------------------------------------------------
def send(sock: socket, kind: bytes, payload: bytes = b"") -> None:
    sock.sendall(kind + len(payload).to_bytes(4, "big") + payload)


def send_json(sock: socket, kind: bytes, data: object) -> None:
    import json

    send(sock, kind, json.dumps(data).encode("utf-8"))


def _exactly(sock: socket, n: int) -> bytes:
    chunks, got = [], 0
    while got < n:
        chunk = sock.recv(min(n - got, 1 << 20))
        if not chunk:
            raise ProtocolError("the other end closed the connection")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def receive(sock: socket) -> tuple[bytes, bytes]:
    header = _exactly(sock, HEADER_SIZE)
    kind, size = header[:1], int.from_bytes(header[1:], "big")
    if size > MAX_FRAME:
        raise ProtocolError(f"a frame of {size} bytes is over the limit")
    return kind, _exactly(sock, size) if size else b""


def receive_json(sock: socket, expected: bytes) -> dict[str, Any]:
    import json

    kind, payload = receive(sock)
    if kind != expected:
        raise ProtocolError(f"expected a {expected!r} frame, got {kind!r}")
    data = json.loads(payload)
    if not isinstance(data, dict):
        raise ProtocolError("a JSON frame is not an object")
    return data


def encode_request(data: dict[str, Any]) -> bytes:
    import marshal

    return marshal.dumps(data)


def decode_request(payload: bytes) -> dict[str, Any]:
    import marshal

    try:
        data = marshal.loads(payload)
    except (EOFError, ValueError, TypeError) as exc:
        raise ProtocolError(f"an unreadable request: {exc}") from None
    if not isinstance(data, dict):
        raise ProtocolError("a request is not a dict")
    return data
