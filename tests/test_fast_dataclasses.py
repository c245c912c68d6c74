"""Dataclasses made while fast_dataclasses is installed (their generated methods run from
code compiled by an earlier process) behave as dataclasses made without it."""
from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = r"""
import dataclasses, inspect, json, sys
from dataclasses import dataclass, field
from attrlint import fast_dataclasses
fast_dataclasses.install()

@dataclass(frozen=True, order=True)
class Byline:
    name: str
    outlet: str = "wire"
    tags: tuple = ()

@dataclass
class Quote:
    speaker: str
    words: list = field(default_factory=list)
    weight: float = field(default=1.0, compare=False)
    _seen: int = field(default=0, init=False, repr=False)

    def __post_init__(self):
        self._seen = len(self.words)

@dataclass(eq=False, slots=True)
class Span:
    start: int
    end: int

a, b = Byline("Adaeze Okafor"), Byline("Adaeze Okafor", "Harbour Gazette", ("court",))
q = Quote("Ms Okafor", ["no", "comment"], 0.5)
errors = []
try:
    a.name = "x"
except dataclasses.FrozenInstanceError:
    errors.append("frozen")
try:
    Quote()
except TypeError as exc:
    errors.append(str(exc))
print(json.dumps({
    "installed": fast_dataclasses.installed(),
    "stored": len(fast_dataclasses._state.get("table", {})),
    "reprs": [repr(a), repr(b), repr(q), repr(Span(1, 4))],
    "eq": [a == Byline("Adaeze Okafor"), a == b, q == Quote("Ms Okafor", ["no", "comment"], 9.0),
           Span(1, 2) == Span(1, 2)],
    "order": [a < b, sorted([b, a]) == [a, b]],
    "hash": hash(a) == hash(Byline("Adaeze Okafor")),
    "seen": q._seen,
    "errors": errors,
    "signatures": [str(inspect.signature(c)) for c in (Byline, Quote, Span)],
    "docs": [Byline.__doc__, Quote.__doc__],
    "qualnames": [Byline.__init__.__qualname__, Quote.__repr__.__qualname__],
}))
"""


def run(store, extra=None):
    env = {**os.environ, "ATTRLINT_DATA_CACHE": str(store), **(extra or {})}
    if not extra:
        env.pop("ATTRLINT_REGEX_CACHE", None)
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def test_classes_built_from_stored_code_behave_as_plain_dataclasses(tmp_path):
    first = run(tmp_path)
    assert list(tmp_path.glob("dataclass-code-*.marshal")), "the first process stores what it compiled"
    second = run(tmp_path)
    plain = run(tmp_path, {"ATTRLINT_REGEX_CACHE": "off"})
    assert first["installed"] and second["installed"] and not plain["installed"]
    assert first["stored"] == 0 and second["stored"] > 0 and plain["stored"] == 0
    for key in ("reprs", "eq", "order", "hash", "seen", "errors", "signatures", "docs", "qualnames"):
        assert first[key] == second[key] == plain[key], key
    assert plain["eq"] == [True, False, True, False] and plain["errors"][0] == "frozen"


def test_a_damaged_table_is_ignored(tmp_path):
    first = run(tmp_path)
    for path in tmp_path.glob("dataclass-code-*.marshal"):
        path.write_bytes(b"\x00garbage")
    again = run(tmp_path)
    assert again["reprs"] == first["reprs"] and again["installed"]
