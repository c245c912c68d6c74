"""bench/real.py runs anywhere: without the shared real sets it says so and exits 0."""
from __future__ import annotations

import importlib.util
from pathlib import Path


def _load():
    path = Path(__file__).resolve().parent.parent / "bench" / "real.py"
    spec = importlib.util.spec_from_file_location("bench_real", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_real_bench_skips_clearly_without_the_shared_folder(tmp_path, capsys):
    assert _load().main(["--shared", str(tmp_path / "absent")]) == 0
    out = capsys.readouterr().out
    assert "skipped" in out and "score.py" in out
