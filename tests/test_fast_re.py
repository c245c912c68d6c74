"""Standard-library patterns built from fast_re's stored opcodes are the patterns ``re``
builds (invented patterns and text)."""
from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys

import pytest

from attrlint import fast_re, stored_table

PATTERNS = [
    (r"\b(?:Sen\.|Senator)\s+(?P<name>[A-Z][a-z]+)(?:\s+(?P<last>[A-Z][a-z]+))?", 0),
    (r"\bwidely (?:panned|seen|regarded|criticised|praised)\b", re.IGNORECASE),
    (r"(?<=\d)\s*(?:km|kilometres?|miles?|nautical miles?)\b", 0),
    (r"^\s*(?:share|tweet|email|print this article)\.?\s*$", re.MULTILINE | re.IGNORECASE),
    (r"(\w+) \1(?:\s+(?:again|once more|still))?", 0),
    (r"[^\W\d_]+(?:-[^\W\d_]+)*(?=\s+(?:said|told|added))", re.UNICODE),
    (r"(?x) \b (?: colou?r | behaviou?r | favou?r ) s? \b  # spelling pairs", 0),
]
TEXT = ("Senator Adaeze Okafor said the plan was widely panned. It is 15 km or 9 miles away. "
        "Colours and behaviour favour. Share.\n  tweet\nthe the again end; Okafor-Bello added")


def engine_args(pattern: str, flags: int) -> tuple:
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
    return (args[0], int(args[1]), [int(x) for x in args[2]], *args[3:])


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_stored_pattern_is_the_pattern_re_builds(pattern, flags):
    args = engine_args(pattern, flags)
    rebuilt = fast_re._compiler()._sre.compile(*pickle.loads(pickle.dumps(args)))
    plain = re.compile(pattern, flags)
    assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
        plain.pattern, plain.flags, plain.groups, plain.groupindex)
    assert [m.span() for m in rebuilt.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert [m.groups() for m in rebuilt.finditer(TEXT)] == [m.groups() for m in plain.finditer(TEXT)]
    assert engine_args(pattern, flags) == args  # deterministic: what makes a stored entry valid


SCRIPT = r"""
import json, re, sys
from attrlint import fast_re
fast_re.install()
given = json.loads(sys.argv[1])
pats = [re.compile(p, f) for p, f in given]
text = sys.argv[2]
print(json.dumps({"installed": fast_re.installed(),
                  "stored": sum(1 for k in fast_re._state.get("table", {}) if k[0] in {p for p, _ in given}),
                  "found": [[(m.span(), m.groups()) for m in p.finditer(text)] for p in pats],
                  "flags": [p.flags for p in pats]}))
"""


def run(tmp_path, env_extra, patterns=PATTERNS):
    env = {**os.environ, "ATTRLINT_DATA_CACHE": str(tmp_path / "store"), **env_extra}
    if "ATTRLINT_REGEX_CACHE" not in env_extra:
        env.pop("ATTRLINT_REGEX_CACHE", None)
    out = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(patterns), TEXT], env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def test_a_second_process_builds_from_the_table_with_the_same_matches(tmp_path):
    first = run(tmp_path, {})
    assert first["installed"] and first["stored"] == 0
    assert list((tmp_path / "store").glob("re-*.pickle"))
    second = run(tmp_path, {})
    assert second["stored"] == sum(len(p) >= fast_re.MIN_STORED_LENGTH for p, _ in PATTERNS) > 0
    assert second["found"] == first["found"] and second["flags"] == first["flags"]
    off = run(tmp_path, {"ATTRLINT_REGEX_CACHE": "off"})
    assert not off["installed"] and off["found"] == first["found"]


def test_a_damaged_table_is_ignored(tmp_path):
    first = run(tmp_path, {})
    for path in (tmp_path / "store").glob("re-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert run(tmp_path, {})["found"] == first["found"]


def test_short_and_bytes_patterns_are_not_stored(tmp_path):
    """Short patterns compile fast, and some are made from a draft's words: never on disk."""
    word = "Quorbantine"
    script = ("import re; from attrlint import fast_re; fast_re.install(); "
              f"print(bool(re.search(r'\\b{word}s?\\b', 'the {word}s')), "
              f"bool(re.search(rb'(?:alpha|beta|gamma|delta|epsilon|{word}) [a-z]+', b'a {word} here')))")
    env = {**os.environ, "ATTRLINT_DATA_CACHE": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.split() == ["True", "True"], out.stderr
    assert not any(word.encode() in p.read_bytes() for p in tmp_path.glob("re-*"))


def test_short_patterns_compiled_while_rules_are_discovered_are_stored(tmp_path):
    script = ("import json, re; from attrlint import fast_re, fast_regex; fast_re.install()\n"
              "with fast_regex.storing_short():\n"
              "    p = re.compile(r'\\bQuorbantines?\\b')\n"
              "q = re.compile(r'\\bZelkovian\\b')\n"
              "print(json.dumps([[m.span() for m in p.finditer('the Quorbantines')],"
              " (r'\\bQuorbantines?\\b', 0) in fast_re._state['table']]))")
    env = {**os.environ, "ATTRLINT_DATA_CACHE": str(tmp_path)}
    env.pop("ATTRLINT_REGEX_CACHE", None)
    runs = []
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr[-2000:]
        runs.append(json.loads(out.stdout))
    assert runs[0] == [[[4, 16]], False] and runs[1] == [[[4, 16]], True]
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("re-*"))
    assert b"Quorbantine" in stored and b"Zelkovian" not in stored
