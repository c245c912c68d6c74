"""Patterns built from fast_regex's stored opcodes are the patterns ``regex`` builds."""
from __future__ import annotations

import pickle
import subprocess
import sys

import pytest
import regex
import regex._main as main

from attrlint import fast_regex, stored_table

PATTERNS = [
    (r"\b(?:Sen\.|Senator)\s+(?P<name>\p{Lu}\w+)", 0),
    (r"(?i)\bwidely (?:panned|seen|regarded)\b", 0),
    (r"(?<=\d)\s*(?:km|miles?)\b", regex.IGNORECASE),
    (r"(?:colou?r|behaviou?r)s?", regex.V1),
    (r"^\s*(?:share|tweet)\.?\s*$", regex.MULTILINE),
    (r"(\w+) \1", 0),
    (r"[\p{L}--[a-z]]+", regex.V1),
]
TEXT = ("Senator Adaeze Okafor said the plan was widely panned. It is 15 km or 9 miles away. "
        "Colours and behaviour. Share.\n  tweet\nthe the end")


def opcodes(pattern: str, flags: int) -> tuple:
    """What ``regex`` itself hands its C engine for this pattern (bypassing every cache)."""
    rec = (main._regex if isinstance(main._regex, stored_table.CompileRecorder)
           else stored_table.CompileRecorder(main._regex, fast_regex._local))
    original = fast_regex._state.get("original", main._compile)
    saved, main._regex = main._regex, rec
    try:
        fast_regex._local.args = None
        original(pattern, flags, False, {}, False)
        return fast_regex._local.args
    finally:
        main._regex = saved


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_stored_pattern_is_the_pattern_regex_builds(pattern, flags):
    args = opcodes(pattern, flags)
    rebuilt = main._regex.compile(*pickle.loads(pickle.dumps(args)))
    plain = regex.compile(pattern, flags)
    assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (
        plain.pattern, plain.flags, plain.groups, plain.groupindex)
    assert [m.span() for m in rebuilt.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert opcodes(pattern, flags) == args  # deterministic: what makes a stored entry valid


SCRIPT = r"""
import json, sys, regex
from attrlint import fast_regex
fast_regex.install()
pats = [regex.compile(p, f) for p, f in json.loads(sys.argv[1])]
text = sys.argv[2]
print(json.dumps({"installed": fast_regex.installed(),
                  "stored": sum(1 for k in fast_regex._state.get("table", {}) if k[0] in {p for p, _ in json.loads(sys.argv[1])}),
                  "found": [[m.span() for m in p.finditer(text)] for p in pats]}))
"""


def run(tmp_path, env_extra):
    import json
    import os

    env = {**os.environ, "ATTRLINT_DATA_CACHE": str(tmp_path / "store"), **env_extra}
    out = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(PATTERNS), TEXT], env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def test_a_second_process_builds_from_the_table_with_the_same_matches(tmp_path):
    first = run(tmp_path, {})
    assert first["installed"] and first["stored"] == 0
    assert list((tmp_path / "store").glob("regex-*.pickle"))
    second = run(tmp_path, {})
    assert second["stored"] == sum(len(p) >= fast_regex.MIN_STORED_LENGTH for p, _ in PATTERNS) > 0
    assert second["found"] == first["found"]
    off = run(tmp_path, {"ATTRLINT_REGEX_CACHE": "off"})
    assert not off["installed"] and off["found"] == first["found"]


def test_named_lists_are_left_to_regex():
    fast_regex.install()
    p = regex.compile(r"\L<words>", words=["alpha", "beta"])
    assert [m.group() for m in p.finditer("alpha gamma beta")] == ["alpha", "beta"]


def test_short_patterns_are_not_stored(tmp_path):
    """Short patterns compile fast, and some are made from a draft's words: never on disk."""
    import json
    import os

    word = "Quorbantine"
    script = ("import regex; from attrlint import fast_regex; fast_regex.install(); "
              f"print(bool(regex.search(r'\\b{word}s?\\b', 'the {word}s')))")
    env = {**os.environ, "ATTRLINT_DATA_CACHE": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert out.returncode == 0 and json.loads(out.stdout.strip().lower()) is True, out.stderr
    assert not any(word.encode() in p.read_bytes() for p in tmp_path.glob("regex-*"))


def test_short_patterns_compiled_while_rules_are_discovered_are_stored(tmp_path):
    """Rule discovery reads no draft: the short patterns compiled then (the modules' own)
    are stored, and a later process builds them from the table."""
    import json
    import os

    script = ("import json, regex, sys; from attrlint import fast_regex; fast_regex.install()\n"
              "with fast_regex.storing_short():\n"
              "    p = regex.compile(r'\\bQuorbantines?\\b')\n"
              "q = regex.compile(r'\\bZelkovian\\b')\n"
              "print(json.dumps([[m.span() for m in p.finditer('the Quorbantines')],"
              " (r'\\bQuorbantines?\\b', 0, int(regex.DEFAULT_VERSION)) in fast_regex._state['table']]))")
    env = {**os.environ, "ATTRLINT_DATA_CACHE": str(tmp_path)}
    env.pop("ATTRLINT_REGEX_CACHE", None)
    runs = []
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr[-2000:]
        runs.append(json.loads(out.stdout))
    assert runs[0] == [[[4, 16]], False] and runs[1] == [[[4, 16]], True]
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("regex-*"))
    assert b"Quorbantine" in stored and b"Zelkovian" not in stored
