"""data.data_files lists what ``sorted(rglob)`` with ``is_file`` listed (the stored tables'
keys are made from it), by os.scandir."""
from __future__ import annotations

from pathlib import Path

from attrlint import data


def _old(root: Path, *folders: str) -> list[Path]:
    out: list[Path] = []
    for folder in folders:
        out.extend(p for p in (root / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return sorted(out)


def test_the_same_files_in_the_same_order_as_rglob(tmp_path, monkeypatch):
    for rel in ("a/x.toml", "a/b/y.txt", "a-c/z.toml", "a/b-d/w", "a/__pycache__/q.pyc", "a/.hidden", "b/c/d/e.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    (tmp_path / "a" / "link.toml").symlink_to(tmp_path / "a-c" / "z.toml")
    (tmp_path / "a" / "broken").symlink_to(tmp_path / "nowhere")
    monkeypatch.setattr(data, "rules_dir", lambda: tmp_path)
    for folders in [("",), ("a",), ("a", "a-c"), ("b", "a"), ("missing",)]:
        assert data.data_files(*folders) == _old(tmp_path, *folders), folders


def test_the_bundled_rule_data_lists_as_before():
    root = data.rules_dir()
    folders = [p.name for p in root.iterdir() if p.is_dir()]
    assert folders
    for group in [("spelling", "gazetteer", "people"), ("gazetteer", "people"), tuple(folders), ("",)]:
        assert data.data_files(*group) == _old(root, *group)
