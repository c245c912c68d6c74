"""The resident process (``attrlint daemon``) and the command line's forwarding to it.

The first part drives a real :class:`Daemon` in a thread around a stand-in for the check
(fast, no spaCy): what the client sends, what it prints, and every way of falling back to
a local run. The second part starts the real daemon (``attrlint daemon start``) on a copy
of this installation in a temporary runtime directory, so that edits to the working tree
while the tests run do not make it "another installation", and compares its answers with
``--no-daemon`` runs on invented drafts.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from attrlint.resident import client, protocol
from attrlint.resident.server import Daemon

ROOT = Path(__file__).resolve().parent.parent

# invented drafts
DRAFT = (
    "# Harbour plan\n\nThe harbour board will vote on the plan next month, officials said.\n"
    "Critics say the scheme is a disaster. It is widely believed that the cost will rise.\n"
)
CLEAN = "The harbour board met on Monday, a spokeswoman for the board said.\n"


@pytest.fixture
def runtime(tmp_path, monkeypatch):
    """A private socket directory of our own, no daemon bypass in the environment, and one
    fingerprint for client and daemon (others editing this checkout while the tests run
    would otherwise make the daemon "another installation": tested on its own below)."""
    rt = tmp_path / "rt"
    monkeypatch.setenv("ATTRLINT_DAEMON_DIR", str(rt))
    monkeypatch.delenv("ATTRLINT_NO_DAEMON", raising=False)
    pinned = protocol.fingerprint()
    monkeypatch.setattr(protocol, "fingerprint", lambda: pinned)
    return rt


class Fake:
    """Stands in for ``attrlint.cli.main`` inside the daemon: records what it saw."""

    def __init__(self, code: int = 1):
        self.code = code
        self.seen: list[dict] = []

    def __call__(self, argv):
        self.seen.append(
            {
                "argv": argv,
                "cwd": os.getcwd(),
                "stdin": sys.stdin.buffer.read() if "-" in argv else None,
                "debug": os.environ.get("ATTRLINT_DEBUG"),
            }
        )
        print("out: " + " ".join(argv) + " é")
        print("err: something", file=sys.stderr)
        return self.code


@pytest.fixture
def daemon(runtime):
    """A daemon serving the stand-in, on a thread; stopped afterwards."""
    fake = Fake()
    d = Daemon(idle_timeout=0, warm=False, run=fake, log=io.StringIO())
    thread = threading.Thread(target=d.serve_forever, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not protocol.safe_socket(d.path) and time.monotonic() < deadline:
        time.sleep(0.01)
    d.fake = fake
    yield d
    d.stopping.set()
    thread.join(5)


def forward_cli(monkeypatch, *args: str):
    """What ``attrlint ARGS`` typed on a command line does: forward() with argv None."""
    monkeypatch.setattr(sys, "argv", ["attrlint", *args])
    return client.forward(None)


# --- deciding whether to forward -------------------------------------------------------------
def test_only_a_command_line_check_is_forwarded(daemon, monkeypatch, capsysbinary):
    assert forward_cli(monkeypatch, "rules")[1] is None
    assert forward_cli(monkeypatch, "--version")[1] is None
    assert client.forward(["check", "x.md"]) == (["check", "x.md"], None)  # main([...]) called by code
    assert daemon.fake.seen == []


def test_no_daemon_flag_and_environment_bypass(daemon, monkeypatch, capsysbinary):
    args, code = forward_cli(monkeypatch, "check", "--no-daemon", "x.md")
    assert (args, code) == (["check", "x.md"], None)
    monkeypatch.setenv("ATTRLINT_NO_DAEMON", "1")
    assert forward_cli(monkeypatch, "check", "x.md") == (["check", "x.md"], None)
    assert daemon.fake.seen == []
    # after "--" it is a file name, not the flag
    assert client.strip_flag(["check", "--", "--no-daemon"]) == (["check", "--", "--no-daemon"], False)


def test_forwarded_check_prints_the_daemons_answer(daemon, monkeypatch, capsysbinary, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ATTRLINT_DEBUG", "yes")
    args, code = forward_cli(monkeypatch, "check", "--format", "json", "a.md")
    assert code == 1
    out = capsysbinary.readouterr()
    assert out.out == "out: check --format json a.md é\n".encode()
    assert out.err == b"err: something\n"
    seen = daemon.fake.seen[-1]
    assert seen["cwd"] == str(tmp_path) and seen["debug"] == "yes"
    assert os.getcwd() == str(tmp_path)  # nothing of the request stays in the daemon
    assert daemon.status()["served"] == 1


def test_standard_input_is_sent(daemon, monkeypatch, capsysbinary):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DRAFT.encode())))
    code = forward_cli(monkeypatch, "check", "--stdin-filename", "s.md", "-")[1]
    assert code == 1
    assert daemon.fake.seen[-1]["stdin"] == DRAFT.encode()


def test_the_daemon_environment_is_restored(daemon, monkeypatch, capsysbinary):
    monkeypatch.setenv("ATTRLINT_DEBUG", "1")
    forward_cli(monkeypatch, "check", "a.md")
    monkeypatch.delenv("ATTRLINT_DEBUG")
    forward_cli(monkeypatch, "check", "a.md")
    assert [s["debug"] for s in daemon.fake.seen] == ["1", None]


# --- falling back to a local run -------------------------------------------------------------
def test_no_daemon_runs_locally(runtime, monkeypatch):
    assert forward_cli(monkeypatch, "check", "a.md")[1] is None


def test_a_stale_socket_file_is_ignored(runtime, monkeypatch):
    protocol.make_private_dir(str(runtime))
    path = protocol.socket_path()
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)
    stale.close()  # the file stays, nobody listens: a daemon that was killed
    assert protocol.safe_socket(path)
    t0 = time.monotonic()
    assert forward_cli(monkeypatch, "check", "a.md")[1] is None
    assert time.monotonic() - t0 < 1.0


def test_stdin_read_for_a_daemon_that_fails_goes_to_the_local_run(runtime, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"some text")))
    assert forward_cli(monkeypatch, "check", "-")[1] is None
    assert sys.stdin.buffer.read() == b"some text"


def test_a_socket_that_is_not_private_is_not_used(runtime, monkeypatch):
    protocol.make_private_dir(str(runtime))
    path = protocol.socket_path()
    Path(path).write_text("not a socket")
    assert not protocol.safe_socket(path)
    os.unlink(path)
    os.chmod(runtime, 0o777)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.bind(path)
        assert not protocol.safe_socket(path)  # anyone could have put it there
    with pytest.raises(PermissionError):
        protocol.make_private_dir(str(runtime))


def test_a_daemon_of_another_version_is_not_used_and_retires(daemon, monkeypatch, capsysbinary):
    monkeypatch.setattr(protocol, "fingerprint", lambda: "9.9.9+0000")
    assert forward_cli(monkeypatch, "check", "a.md")[1] is None
    assert daemon.fake.seen == []
    assert capsysbinary.readouterr().out == b""
    assert daemon.stopping.wait(5)


def test_a_busy_daemon_refuses(daemon, monkeypatch, capsysbinary):
    monkeypatch.setattr("attrlint.resident.server.MAX_WAITING", 0)
    assert forward_cli(monkeypatch, "check", "a.md")[1] is None
    assert daemon.fake.seen == []


def test_a_daemon_that_goes_away_mid_request_means_a_local_run(runtime, monkeypatch, capsysbinary):
    d = Daemon(idle_timeout=0, warm=False, run=Fake(), log=io.StringIO())

    def lost(req, stdin):  # the connection closes before any answer
        raise OSError("the daemon went away")

    d.execute = lost  # type: ignore[method-assign]
    thread = threading.Thread(target=d.serve_forever, daemon=True)
    thread.start()
    while not protocol.safe_socket(d.path):
        time.sleep(0.01)
    try:
        assert forward_cli(monkeypatch, "check", "a.md")[1] is None
        assert capsysbinary.readouterr().out == b""
    finally:
        d.stopping.set()
        thread.join(5)


def test_status_and_stop(daemon):
    info = client.control("status")
    assert info["pid"] == os.getpid() and info["fingerprint"] == protocol.fingerprint()
    assert client.control("stop")["stopping"] is True
    deadline = time.monotonic() + 5
    while os.path.lexists(daemon.path) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not os.path.lexists(daemon.path)
    assert client.control("status") is None


def test_one_daemon_per_socket(daemon):
    second = Daemon(path=daemon.path, idle_timeout=0, warm=False, run=Fake(), log=io.StringIO())
    assert second.serve_forever() == 1
    assert client.control("status")["pid"] == os.getpid()  # the first still answers


def test_idle_timeout(runtime):
    d = Daemon(idle_timeout=0.3, warm=False, run=Fake(), log=io.StringIO())
    thread = threading.Thread(target=d.serve_forever, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive() and not os.path.lexists(d.path)


def test_framing_round_trip():
    a, b = socket.socketpair()
    with a, b:
        protocol.send_json(a, protocol.HELLO, {"argv": ["check", "é"]})
        protocol.send(a, protocol.STDIN, b"\x00\xff" * 1000)
        assert protocol.receive_json(b, protocol.HELLO) == {"argv": ["check", "é"]}
        assert protocol.receive(b) == (protocol.STDIN, b"\x00\xff" * 1000)
        a.close()
        with pytest.raises(protocol.ProtocolError):
            protocol.receive(b)


def test_the_client_path_imports_no_engine():
    """What a forwarded check loads: the standard library's light modules, not spaCy,
    not the rules, not even the configuration reader."""
    code = (
        "import sys; import attrlint.resident.client as c; c.request(['check']); "
        "print(sorted(m for m in sys.modules if m.startswith(('attrlint', 'spacy'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out.replace("'", '"')) == [
        "attrlint",
        "attrlint.resident",
        "attrlint.resident.client",
        "attrlint.resident.protocol",
    ]


# --- the real daemon -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """A real daemon started by ``attrlint daemon start`` on a copy of this installation."""
    base = tmp_path_factory.mktemp("resident")
    snap = base / "install"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "attrlint", snap / "attrlint", ignore=ignore)
    shutil.copytree(ROOT / "rules", snap / "rules", ignore=ignore)
    env = {k: v for k, v in os.environ.items() if k != "ATTRLINT_NO_DAEMON"}
    env.update(ATTRLINT_DAEMON_DIR=str(base / "rt"), PYTHONPATH=str(snap))
    work = base / "work"
    work.mkdir()
    (work / "story.md").write_text(DRAFT, encoding="utf-8")
    (work / "clean.txt").write_text(CLEAN, encoding="utf-8")

    def attrlint(*args, stdin=None):
        return subprocess.run(
            [sys.executable, "-m", "attrlint", *args], cwd=work, env=env, input=stdin, capture_output=True
        )

    started = attrlint("daemon", "start", "--idle-timeout", "600")
    assert started.returncode == 0, started.stderr.decode()
    attrlint.work = work
    attrlint.install = snap
    yield attrlint
    attrlint("daemon", "stop")


def served(attrlint) -> int:
    out = attrlint("daemon", "status").stdout.decode()
    return int(out.split(" checks served")[0].rsplit(" ", 1)[1])


@pytest.mark.parametrize(
    "args",
    [
        ("check", "story.md", "clean.txt"),
        ("check", "--format", "json", "--date", "2026-03-03", "story.md"),
        ("check", "clean.txt"),
        ("check", "--select", "no-such-rule", "story.md"),
        ("check", "--format", "yaml", "story.md"),
        ("check", "missing.md"),
    ],
)
def test_real_daemon_answers_as_a_local_run(real, args):
    before = served(real)
    via = real(*args)
    assert served(real) == before + 1  # it was the daemon that answered
    local = real(*args, "--no-daemon")
    assert served(real) == before + 1
    assert (via.returncode, via.stdout, via.stderr) == (local.returncode, local.stdout, local.stderr), local.stderr


def test_real_daemon_reads_stdin_and_the_callers_configuration(real):
    (real.work / ".attrlint.toml").write_text('ignore = ["weak_attribution"]\n', encoding="utf-8")
    try:
        via = real("check", "--format", "json", "--stdin-filename", "piped.md", stdin=DRAFT.encode())
        local = real("check", "--format", "json", "--stdin-filename", "piped.md", "--no-daemon", stdin=DRAFT.encode())
    finally:
        (real.work / ".attrlint.toml").unlink()
    assert (via.returncode, via.stdout) == (local.returncode, local.stdout)
    findings = json.loads(via.stdout)["files"][0]["findings"]
    assert not any(f["category"] == "weak_attribution" for f in findings)
    # the configuration is gone again: the daemon does not keep it
    again = json.loads(real("check", "--format", "json", "story.md").stdout)["files"][0]["findings"]
    assert any(f["category"] == "weak_attribution" for f in again)


def test_real_daemon_status_and_stop(real):
    out = real("daemon", "status")
    assert out.returncode == 0 and b"attrlint daemon running" in out.stdout
    assert real("daemon", "stop").returncode == 0
    down = real("daemon", "status")
    assert down.returncode == 1 and b"not running" in down.stdout
    # without it the check still answers, locally
    assert real("check", "clean.txt").returncode == 0
    restarted = real("daemon", "start", "--idle-timeout", "600")
    assert restarted.returncode == 0, restarted.stderr.decode()


def test_rule_discovery_is_memoised_until_a_pack_changes(tmp_path, monkeypatch):
    from attrlint import engine
    from attrlint.resident.caller import memoise_rule_discovery

    monkeypatch.setattr(engine, "discover", engine.discover)  # undone after the test
    calls = []
    original = engine.discover

    def counting(extra_packs=(), errors=None):
        calls.append(list(extra_packs))
        return original(extra_packs, errors=errors)

    monkeypatch.setattr(engine, "discover", counting)
    assert memoise_rule_discovery()
    pack = tmp_path / "desk.toml"
    rule = '[[rules]]\nid = "desk.{name}"\nkind = "existence"\ncategory = "debris"\nseverity = "error"\n'
    rule += 'message = "Remove {{match}}."\nphrases = ["Read more"]\n'
    pack.write_text(rule.format(name="one"), encoding="utf-8")
    first = engine.discover([pack], errors=[])
    again = engine.discover([pack], errors=[])
    assert "desk.one" in first and set(again) == set(first) and len(calls) == 1
    pack.write_text(rule.format(name="two"), encoding="utf-8")
    os.utime(pack, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    changed = engine.discover([pack], errors=[])
    assert "desk.two" in changed and "desk.one" not in changed and len(calls) == 2
    errors: list[str] = []
    engine.discover([tmp_path / "missing.toml"], errors=errors)
    assert errors  # a missing pack is still reported, every time


def test_the_callers_umask_applies_to_what_the_check_writes(daemon, monkeypatch, capsysbinary, tmp_path):
    def writes(argv):
        Path(argv[1]).write_text("x")
        return 0

    daemon._run = writes
    sent = client.request
    # the daemon and this test share a process (and so a umask): the request says 077
    monkeypatch.setattr(client, "request", lambda args: {**sent(args), "umask": 0o077})
    old = os.umask(0o022)
    try:
        assert forward_cli(monkeypatch, "check", str(tmp_path / "made.txt"))[1] == 0
        assert os.umask(0o022) == 0o022  # and the daemon's own is back
    finally:
        os.umask(old)
    assert (tmp_path / "made.txt").stat().st_mode & 0o777 == 0o600


def test_a_closed_pipe_after_the_answer_is_not_a_second_local_run(daemon, monkeypatch):
    class Closed(io.BytesIO):
        def write(self, data):
            raise BrokenPipeError

    out = io.TextIOWrapper(Closed())
    monkeypatch.setattr(sys, "stdout", out)
    assert forward_cli(monkeypatch, "check", "a.md")[1] == 0
    assert daemon.fake.seen  # answered by the daemon, and nothing ran again


def test_the_daemon_checks_in_its_own_warm_process_unless_asked_for_workers(tmp_path, monkeypatch):
    from attrlint.resident.caller import in_process, refresh_caches

    monkeypatch.chdir(tmp_path)
    assert in_process(["check", "a.md"]) == ["check", "--jobs", "1", "a.md"]
    assert in_process(["check", "--jobs", "2", "a.md"]) == ["check", "--jobs", "2", "a.md"]
    assert in_process(["check", "--job=2", "a.md"]) == ["check", "--job=2", "a.md"]  # argparse's abbreviation
    assert in_process(["check", "--format", "nonsense"]) == ["check", "--format", "nonsense"]  # main says why
    (tmp_path / ".attrlint.toml").write_text("jobs = 2\n", encoding="utf-8")
    refresh_caches()  # as the daemon does before each request
    assert in_process(["check", "a.md"]) == ["check", "a.md"]  # the configuration asks for workers


def test_real_daemon_answers_a_many_file_run_as_a_local_run_with_workers(real):
    """Eight drafts: locally they go to worker processes (--jobs defaults to the cores),
    in the daemon to its own warm engine; the report is the same."""
    desk = real.work / "desk"
    desk.mkdir(exist_ok=True)
    for i in range(8):
        (desk / f"story{i}.md").write_text(DRAFT.replace("harbour", f"harbour {i}"), encoding="utf-8")
    before = served(real)
    via = real("check", "--format", "json", "--no-cache", "desk")
    assert served(real) == before + 1
    local = real("check", "--format", "json", "--no-cache", "--jobs", "2", "--no-daemon", "desk")
    assert (via.returncode, via.stdout, via.stderr) == (local.returncode, local.stdout, local.stderr), local.stderr
    assert len(json.loads(via.stdout)["files"]) == 8


def test_real_daemon_of_a_changed_installation_is_not_used_and_exits(real):
    assert real("daemon", "status").returncode == 0
    before = served(real)
    module = real.install / "attrlint" / "finding.py"  # as an upgrade or an edit would
    stamp = module.stat().st_mtime_ns + 5 * 10**9
    os.utime(module, ns=(stamp, stamp))
    answered = real("check", "clean.txt")
    assert answered.returncode == 0 and answered.stderr == b""  # answered locally
    deadline = time.monotonic() + 10
    while real("daemon", "status").returncode == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    status = real("daemon", "status")
    assert status.returncode == 1, f"the stale daemon is still up after {before} checks: {status.stdout!r}"
    restarted = real("daemon", "start", "--idle-timeout", "600")  # for tests that run after this one
    assert restarted.returncode == 0, restarted.stderr.decode()
