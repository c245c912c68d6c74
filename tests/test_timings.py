"""``attrlint check --timings``: where the time went, on stderr, without touching the report."""

from __future__ import annotations

import json

import pytest

from attrlint import timings
from attrlint.document import Document

from conftest import run_cli

# invented drafts
DRAFTS = {
    "b01.txt": "The council said on Tuesday it would review the plan, according to a spokeswoman.\n",
    "b02.txt": "Critics say the the bridge is unsafe. Officials said it was inspected last year.\n",
    "b03.txt": "Rescue teams worked through the night, the fire service said.\n",
    "b04.txt": "Shares rose 3% after the company said profits had doubled, sources said.\n",
    "b05.txt": "The minister said the road was safe. Some say it is not.\n",
    "b06.txt": "Police said the road would reopen on Friday, a spokesman told reporters.\n",
    "b07.txt": "The board met on Tuesday and agreed the budget, the chairman said.\n",
    "b08.txt": "Officials in the city said the vote would go ahead as planned.\n",
    "b09.txt": "It is widely believed that the plan will fail, experts warned.\n",
}
SELECT = "attribution,spelling.doubled-word"


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / ".attrlint.toml").write_text('date = "2024-03-05"\n', encoding="utf-8")
    for name, text in DRAFTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _selected_ids() -> set[str]:
    from attrlint.registry import discover

    return {rid for rid, r in discover().items()
            if (rid.startswith("attribution.") or rid == "spelling.doubled-word") and not getattr(r, "opt_in", False)}


def _parts(stderr: str) -> tuple[str, dict[str, tuple[float, int]]]:
    """The header and the first table's rows: part -> (wall ms, calls)."""
    lines = stderr.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("attrlint timings:"))
    header, rows = lines[start], {}
    for line in lines[start + 2:]:
        if not line.strip() or line.startswith("total"):
            break
        name, wall, _share, _cpu, calls = line.rsplit(None, 4)
        rows[name.strip()] = (float(wall), int(calls))
    return header, rows


def _check(cwd, *extra: str):
    proc = run_cli("check", "--no-cache", "--no-progress", "--no-daemon", "--format", "json",
                   "--select", SELECT, *extra, ".", cwd=cwd)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8")


def test_timings_list_the_rules_that_ran_and_leave_the_report_untouched(drafts):
    rc, plain, err = _check(drafts, "--jobs", "1")
    rc_t, timed, err_t = _check(drafts, "--jobs", "1", "--timings")
    assert (rc_t, timed) == (rc, plain)  # stdout byte for byte
    assert json.loads(timed)["files"]  # a real report
    assert "attrlint timings" not in err
    header, rows = _parts(err_t)
    assert f"{len(DRAFTS)} files" in header and "1 process" in header
    for rid in _selected_ids():
        assert rows[rid][1] == len(DRAFTS), rid  # each rule once per file
    for part in ("parse", "report", "place findings", "read", "shared: attribution"):
        assert part in rows, part
    assert rows["shared: attribution"][1] == len(DRAFTS)  # computed once a file, not once a rule
    assert not any(p.startswith(("grammar.", "title.", "debris.")) for p in rows)  # not selected
    walls = [w for w, _ in rows.values()]
    assert walls == sorted(walls, reverse=True)
    family = err_t.split("\n\n", 1)[1]
    assert family.startswith("family") and "\nattribution " in family


def test_timings_add_up_the_workers(drafts):
    rc, plain, _ = _check(drafts, "--jobs", "1")
    rc_t, timed, err_t = _check(drafts, "--jobs", "2", "--timings")
    assert (rc_t, timed) == (rc, plain)
    header, rows = _parts(err_t)
    assert "summed over 2 processes" in header
    for rid in _selected_ids():  # every file counted once, whichever process checked it
        assert rows[rid][1] == len(DRAFTS), rid
    assert rows["read"][1] == len(DRAFTS)


class _Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_part_inside_another_counts_once(monkeypatch):
    clock = _Clock()
    monkeypatch.setattr(timings.time, "perf_counter", clock)
    monkeypatch.setattr(timings.time, "process_time", clock)
    t = timings.Timings()
    t.begin("rule")
    clock.now += 1.0
    t.begin("shared: analysis")
    clock.now += 5.0
    t.end()
    clock.now += 2.0
    t.end()
    assert t.seconds == {"rule": 3.0, "shared: analysis": 5.0}
    assert t.cpu == t.seconds and t.calls == {"rule": 1, "shared: analysis": 1}
    other = timings.Timings()
    other.add(*t.export())
    other.add(*t.export())
    assert other.seconds == {"rule": 6.0, "shared: analysis": 10.0} and other.calls["rule"] == 2


def test_shared_analyses_are_measured_only_when_asked():
    doc = Document.from_text("Text.\n")
    assert timings.ACTIVE is None and timings.part("x") is timings.part("y")  # the no-op
    assert doc.shared("k1", lambda: 1) == 1
    t = timings.start()
    try:
        assert doc.shared("k1", lambda: 2) == 1  # kept: not computed again, not measured
        assert doc.shared("attribution.list-items", lambda: 3) == 3
    finally:
        assert timings.stop() is t
    assert list(t.calls) == ["shared: attribution.list-items"]
    assert timings.family("shared: attribution.list-items") == "attribution"
    assert timings.family("shared: furniture") == "debris"
    assert timings.family("grammar.confusable") == "grammar" and timings.family("parse") == "parse"
