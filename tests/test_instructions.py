"""bench/instructions.py: callgrind marks, and reading the counts back."""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import instructions  # noqa: E402


def _dump(path: Path, label: str | None, total: int) -> None:
    trigger = f"Client Request: {label}" if label else "Program termination"
    path.write_text(f"version: 1\ncmd: python x.py\ndesc: Trigger: {trigger}\nevents: Ir\n"
                    f"summary: {total}\nfn=(1) f\n1 {total}\ntotals: {total}\n")


def test_counts_are_read_per_label_and_summed(tmp_path):
    out = tmp_path / "callgrind.out"
    out.write_text("")  # the program's end, with counting off: no label
    _dump(tmp_path / "callgrind.out.1", "bare", 100)
    _dump(tmp_path / "callgrind.out.2", "attrlint", 250)
    _dump(tmp_path / "callgrind.out.10", "attrlint", 5)
    _dump(tmp_path / "callgrind.out.3", None, 7)
    assert instructions.read_counts(out) == {"bare": 100, "attrlint": 255}


def test_marks_do_nothing_outside_callgrind(monkeypatch):
    monkeypatch.delenv(instructions.ENV, raising=False)
    marks = instructions.Marks()
    assert not marks.active
    marks.start()
    marks.mark("a")
    marks.stop("b")


@pytest.mark.skipif(instructions.unavailable() is not None, reason="valgrind or a C compiler missing")
def test_counted_parts_are_exact_and_proportional(tmp_path):
    script = tmp_path / "work.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(instructions.__file__).parent)!r})
        from instructions import Marks
        m = Marks()
        assert m.active
        sum(range(300_000))  # uncounted
        m.start()
        sum(range(20_000))
        m.mark("small")
        sum(range(80_000))
        m.stop("large")
        sum(range(300_000))  # uncounted
    """))
    counts = instructions.run_counted([sys.executable, str(script)], tmp_path / "run")
    assert set(counts) == {"small", "large"}
    assert 3.5 < counts["large"] / counts["small"] < 4.5
