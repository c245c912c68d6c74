"""Patterns built from sets must have the same text in every process: string hashing is
salted per process, so alternatives left in a set's order would change from run to run
and the stored compiled patterns (attrlint/fast_re.py, fast_regex.py) would never be found,
costing every process the compile again (about 30 ms of set-up for three big patterns)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from attrlint.ordering import longest_first

ROOT = Path(__file__).resolve().parent.parent

_PROBE = r"""
import hashlib, sys
from attrlint import fast_re, fast_regex, fast_start
fast_start.install()
from attrlint.linter import lint_text
from attrlint.registry import discover
rules = discover()
lint_text(open(sys.argv[1], encoding="utf-8").read(), path="draft.md", rules=rules)
keys = sorted(repr(k) for m in (fast_re, fast_regex) for k in m._state.get("memory", {}))
print(len(keys), hashlib.sha256("\n".join(keys).encode()).hexdigest())
"""


def _patterns_with_seed(seed: str, tmp_path: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "ATTRLINT_DATA_CACHE": str(tmp_path / f"store{seed}")}
    out = subprocess.run([sys.executable, "-c", _PROBE, str(ROOT / "examples" / "draft.md")], env=env,
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return out.stdout.strip()


def test_compiled_patterns_are_the_same_text_whatever_the_hash_seed(tmp_path):
    first, second = _patterns_with_seed("1", tmp_path), _patterns_with_seed("2", tmp_path)
    assert int(first.split()[0]) > 100  # the probe saw the rules' patterns
    assert first == second


def test_longest_first_breaks_ties_alphabetically():
    assert sorted({"ab", "b", "ca", "abc", "c"}, key=longest_first) == ["abc", "ab", "ca", "b", "c"]
