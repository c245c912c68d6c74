"""The start-up layers (fast_start.py) patch ``re``, ``regex`` and ``dataclasses`` only in
attrlint's own processes: a program embedding attrlint keeps its libraries as they were,
and the command line and the ``--jobs`` workers still get them."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

#: the three things the layers replace, named so that a child can compare them
PROBE = r"""
import dataclasses, re, regex._main
def untouched():
    compiler = getattr(re, "_compiler", None)
    if compiler is None:
        import sre_compile as compiler
    return {"re": compiler.compile.__module__ != "attrlint.fast_re"
                  and type(compiler._sre).__name__ != "CompileRecorder",
            "regex": regex._main._compile.__module__ != "attrlint.fast_regex"
                     and type(regex._main._regex).__name__ != "CompileRecorder",
            "dataclasses": "exec" not in vars(dataclasses)}
"""


def child(tmp_path, body: str) -> dict:
    env = {**os.environ, "ATTRLINT_DATA_CACHE": str(tmp_path / "store"), "ATTRLINT_NO_DAEMON": "1"}
    env.pop("ATTRLINT_REGEX_CACHE", None)
    out = subprocess.run([sys.executable, "-c", PROBE + body], env=env, capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_attrlint_and_its_rules_leaves_the_host_libraries_alone(tmp_path):
    got = child(tmp_path, (
        "import attrlint, attrlint.rule, attrlint.registry, attrlint.linter, attrlint.engine\n"
        "from attrlint.registry import discover\n"
        "rules = discover()\n"
        "import gc, json; print(json.dumps({'rules': len(rules), 'frozen': gc.get_freeze_count(), **untouched()}))\n"))
    assert got["rules"] > 50
    # nor is the host's heap frozen (its cyclic garbage would never be freed)
    assert got == {"rules": got["rules"], "frozen": 0, "re": True, "regex": True, "dataclasses": True}


@pytest.mark.slow
def test_running_the_engine_as_a_library_leaves_the_host_libraries_alone(tmp_path):
    got = child(tmp_path, (
        "from attrlint import lint_text\n"
        "found = lint_text('Senator Adaeze Okafor reportedly said on Tuesday that the plan failed.')\n"
        "import json; print(json.dumps({'findings': len(found), **untouched()}))\n"))
    assert got["re"] and got["regex"] and got["dataclasses"]


def test_the_command_line_installs_the_layers(tmp_path):
    got = child(tmp_path, (
        "import attrlint.cli\n"
        "from attrlint import fast_start\n"
        "from attrlint.registry import discover\n"
        "discover()\n"
        "import gc, json; print(json.dumps({**fast_start.installed(), 'untouched': untouched(),\n"
        "                                   'frozen': gc.get_freeze_count() > 0}))\n"))
    assert got == {"dataclasses": got["dataclasses"], "regex": True, "re": True, "frozen": True,
                   "untouched": {"re": False, "regex": False, "dataclasses": not got["dataclasses"]}}


def test_the_layers_stay_out_when_turned_off(tmp_path):
    env = {**os.environ, "ATTRLINT_DATA_CACHE": str(tmp_path), "ATTRLINT_REGEX_CACHE": "off"}
    script = (PROBE + "import attrlint.cli, json; from attrlint import fast_start\n"
              "print(json.dumps([fast_start.installed(), untouched()]))")
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-3000:]
    layers, untouched = json.loads(out.stdout)
    assert not any(layers.values()) and all(untouched.values())


def test_a_worker_process_installs_the_layers(tmp_path, monkeypatch):
    """The ``--jobs`` workers are attrlint's own processes: the pool's initializer
    installs the layers there, while this (embedding) process stays as it was."""
    from attrlint import fast_start
    from attrlint.workers import WorkerPool

    monkeypatch.setenv("ATTRLINT_DATA_CACHE", str(tmp_path))
    monkeypatch.delenv("ATTRLINT_REGEX_CACHE", raising=False)
    before = fast_start.installed()
    pool = WorkerPool(1)
    try:
        got = pool._executor.submit(fast_start.installed).result(timeout=300)
    finally:
        pool.close()
    assert got["regex"] and got["re"]
    assert fast_start.installed() == before
