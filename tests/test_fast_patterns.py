"""The two compiled-pattern layers, ``re`` (fast_re) and ``regex`` (fast_regex): a pattern
built from stored engine arguments is the pattern the engine builds, a later process
uses the table, and what must never reach the disk does not (invented patterns and text).
The tests they share run over both engines."""
from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from dataclasses import dataclass
from typing import Any, Callable

import pytest
import regex
import regex._main as main

from attrlint import fast_re, fast_regex, stored_table


def re_args(pattern: str, flags: int) -> tuple:
    """What ``re`` itself hands its C engine for this pattern (bypassing every cache)."""
    compiler = fast_re._compiler()
    original = fast_re._state.get("original", compiler.compile)
    real = fast_re._state.get("sre", compiler._sre)
    saved, compiler._sre = compiler._sre, stored_table.CompileRecorder(real, fast_re._local)
    try:
        fast_re._local.args = None
        original(pattern, flags)
        args = fast_re._local.args
    finally:
        compiler._sre = saved
    return fast_re._entry(args)  # as the table keeps it


def regex_args(pattern: str, flags: int) -> tuple:
    """What ``regex`` itself hands its C engine for this pattern (bypassing every cache)."""
    rec = (main._regex if isinstance(main._regex, stored_table.CompileRecorder)
           else stored_table.CompileRecorder(main._regex, fast_regex._local))
    original = fast_regex._state.get("original", main._compile)
    saved, main._regex = main._regex, rec
    try:
        fast_regex._local.args = None
        original(pattern, flags, False, {}, False)
        args = fast_regex._local.args
    finally:
        main._regex = saved
    return (args[0], args[1], stored_table.packed_code(args[2]), *args[3:])  # as the table keeps it


def re_build(args: tuple) -> Any:
    return fast_re._compiler()._sre.compile(args[0], args[1], stored_table.code_list(args[2]), *args[3:])


def regex_build(args: tuple) -> Any:
    real = main._regex._real if isinstance(main._regex, stored_table.CompileRecorder) else main._regex
    return real.compile(args[0], args[1], stored_table.code_list(args[2]), *args[3:])


@dataclass(frozen=True)
class Engine:
    name: str  # the module it compiles for, and the stored table's file-name prefix
    layer: Any
    args: Callable[[str, int], tuple]
    build: Callable[[tuple], Any]
    key_tail: str  # the key's items after (pattern, flags), as Python source in the child

    def __str__(self) -> str:
        return self.name


RE = Engine("re", fast_re, re_args, re_build, "")
REGEX = Engine("regex", fast_regex, regex_args, regex_build, ", int(regex.DEFAULT_VERSION)")
ENGINES = [RE, REGEX]

PATTERNS = {
    "re": [
        (r"\b(?:Sen\.|Senator)\s+(?P<name>[A-Z][a-z]+)(?:\s+(?P<last>[A-Z][a-z]+))?", 0),
        (r"\bwidely (?:panned|seen|regarded|criticised|praised)\b", re.IGNORECASE),
        (r"(?<=\d)\s*(?:km|kilometres?|miles?|nautical miles?)\b", 0),
        (r"^\s*(?:share|tweet|email|print this article)\.?\s*$", re.MULTILINE | re.IGNORECASE),
        (r"(\w+) \1(?:\s+(?:again|once more|still))?", 0),
        (r"[^\W\d_]+(?:-[^\W\d_]+)*(?=\s+(?:said|told|added))", re.UNICODE),
        (r"(?x) \b (?: colou?r | behaviou?r | favou?r ) s? \b  # spelling pairs", 0),
    ],
    "regex": [
        (r"\b(?:Sen\.|Senator)\s+(?P<name>\p{Lu}\w+)", 0),
        (r"(?i)\bwidely (?:panned|seen|regarded)\b", 0),
        (r"(?<=\d)\s*(?:km|miles?)\b", regex.IGNORECASE),
        (r"(?:colou?r|behaviou?r)s?", regex.V1),
        (r"^\s*(?:share|tweet)\.?\s*$", regex.MULTILINE),
        (r"(\w+) \1", 0),
        (r"[\p{L}--[a-z]]+", regex.V1),
        (r"\b(?:Minister|Secretary|Governor)\s+(?:of\s+)?(?P<office>\p{Lu}\w+(?:\s+\p{Lu}\w+)*)", 0),
    ],
}
TEXT = ("Senator Adaeze Okafor said the plan was widely panned. It is 15 km or 9 miles away. "
        "Colours and behaviour favour. Share.\n  tweet\nthe the again end; Okafor-Bello added. "
        "Minister of Water Affairs spoke.")


@pytest.mark.parametrize("engine, pattern, flags", [(e, p, f) for e in ENGINES for p, f in PATTERNS[e.name]],
                         ids=lambda v: str(v)[:12])
def test_a_stored_pattern_is_the_pattern_the_engine_builds(engine, pattern, flags):
    lib = re if engine is RE else regex
    args = engine.args(pattern, flags)
    rebuilt = engine.build(pickle.loads(pickle.dumps(args)))
    plain = lib.compile(pattern, flags)
    assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
        plain.pattern, plain.flags, plain.groups, plain.groupindex)
    assert [m.span() for m in rebuilt.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert [m.groups() for m in rebuilt.finditer(TEXT)] == [m.groups() for m in plain.finditer(TEXT)]
    assert engine.args(pattern, flags) == args  # deterministic: what makes a stored entry valid


SCRIPT = r"""
import json, sys
import {name} as lib
from attrlint import fast_{name} as layer
layer.install()
given = json.loads(sys.argv[1])
pats = [lib.compile(p, f) for p, f in given]
text = sys.argv[2]
print(json.dumps({{"installed": layer.installed(),
                  "stored": sum(1 for k in layer._state.get("table", {{}}) if k[0] in {{p for p, _ in given}}),
                  "found": [[(m.span(), m.groups()) for m in p.finditer(text)] for p in pats],
                  "flags": [p.flags for p in pats]}}))
"""


def child(tmp_path, script: str, env_extra: dict | None = None, *args: str) -> Any:
    env = {**os.environ, "ATTRLINT_DATA_CACHE": str(tmp_path / "store"), **(env_extra or {})}
    if "ATTRLINT_REGEX_CACHE" not in (env_extra or {}):
        env.pop("ATTRLINT_REGEX_CACHE", None)
    out = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def run(tmp_path, engine: Engine, env_extra: dict | None = None) -> dict:
    return child(tmp_path, SCRIPT.format(name=engine.name), env_extra, json.dumps(PATTERNS[engine.name]), TEXT)


def stored_files(tmp_path, engine: Engine) -> list:
    return list((tmp_path / "store").glob(f"{engine.name}-*.pickle"))


@pytest.mark.parametrize("engine", ENGINES, ids=str)
def test_a_second_process_builds_from_the_table_with_the_same_matches(tmp_path, engine):
    first = run(tmp_path, engine)
    assert first["installed"] and first["stored"] == 0
    assert stored_files(tmp_path, engine)
    second = run(tmp_path, engine)
    long = sum(len(p) >= stored_table.MIN_STORED_LENGTH for p, _ in PATTERNS[engine.name])
    assert second["stored"] == long > 0
    assert second["found"] == first["found"] and second["flags"] == first["flags"]
    off = run(tmp_path, engine, {"ATTRLINT_REGEX_CACHE": "off"})
    assert not off["installed"] and off["found"] == first["found"]


@pytest.mark.parametrize("engine", ENGINES, ids=str)
def test_a_damaged_table_is_ignored(tmp_path, engine):
    first = run(tmp_path, engine)
    for path in stored_files(tmp_path, engine):
        path.write_bytes(b"not a pickle")
    assert run(tmp_path, engine)["found"] == first["found"]


@pytest.mark.parametrize("engine", ENGINES, ids=str)
def test_short_patterns_are_not_stored(tmp_path, engine):
    """Short patterns compile fast, and some are made from a draft's words: never on disk."""
    word = "Quorbantine"
    script = (f"import json, {engine.name} as lib; from attrlint import fast_{engine.name} as layer; "
              f"layer.install(); print(json.dumps(bool(lib.search(r'\\b{word}s?\\b', 'the {word}s'))))")
    assert child(tmp_path, script) is True
    assert not any(word.encode() in p.read_bytes() for p in (tmp_path / "store").glob(f"{engine.name}-*"))


def test_bytes_patterns_are_left_to_re(tmp_path):
    word = "Quorbantine"
    script = ("import json, re; from attrlint import fast_re; fast_re.install(); "
              f"print(json.dumps(bool(re.search(rb'(?:alpha|beta|gamma|delta|epsilon|{word}) [a-z]+', "
              f"b'a {word} here'))))")
    assert child(tmp_path, script) is True
    assert not any(word.encode() in p.read_bytes() for p in (tmp_path / "store").glob("re-*"))


def test_named_lists_are_left_to_regex():
    fast_regex.install()
    p = regex.compile(r"\L<words>", words=["alpha", "beta"])
    assert [m.group() for m in p.finditer("alpha gamma beta")] == ["alpha", "beta"]


@pytest.mark.parametrize("engine", ENGINES, ids=str)
def test_short_patterns_compiled_while_rules_are_discovered_are_stored(tmp_path, engine):
    """Rule discovery reads no draft: the short patterns compiled then (the modules' own)
    are stored, and a later process builds them from the table."""
    script = (f"import json, regex, {engine.name} as lib; from attrlint import fast_{engine.name} as layer, "
              "stored_table; layer.install()\n"
              "with stored_table.storing_short():\n"
              "    p = lib.compile(r'\\bQuorbantines?\\b')\n"
              "q = lib.compile(r'\\bZelkovian\\b')\n"
              "print(json.dumps([[m.span() for m in p.finditer('the Quorbantines')],"
              f" (r'\\bQuorbantines?\\b', 0{engine.key_tail}) in layer._state['table']]))")
    runs = [child(tmp_path, script) for _ in range(2)]
    assert runs[0] == [[[4, 16]], False] and runs[1] == [[[4, 16]], True]
    stored = b"".join(p.read_bytes() for p in (tmp_path / "store").glob(f"{engine.name}-*"))
    assert b"Quorbantine" in stored and b"Zelkovian" not in stored


def test_opcodes_are_kept_packed_and_read_back_exactly():
    from array import array

    code = [0, 1, 17, 2**32 - 1, 65, 0x10FFFF]
    packed = pickle.loads(pickle.dumps(stored_table.packed_code(code)))
    assert isinstance(packed, array) and stored_table.code_list(packed) == code
    too_big = [1, 2**40]  # does not fit: kept as the list it is
    assert stored_table.packed_code(too_big) == too_big and stored_table.code_list(too_big) == too_big


def test_the_layers_share_one_storing_short():
    """fast_regex.storing_short (what registry.discover opens) is the one both layers read."""
    assert fast_regex.storing_short is stored_table.storing_short
    with fast_regex.storing_short():
        with stored_table.storing_short():
            assert stored_table._short[0] == 2
    assert stored_table._short[0] == 0
