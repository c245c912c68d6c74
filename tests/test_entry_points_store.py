"""Rule discovery's entry points kept between processes (registry._entry_points) are the
ones importlib.metadata finds, and a plugin installed or changed afterwards is seen."""
from __future__ import annotations

import importlib.metadata
import os
import sys
import time

import pytest

from attrlint import memo, registry


def _install(where, name, lines):
    info = where / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[attrlint.rules]\n" + "".join(f"{x}\n" for x in lines), encoding="utf-8")
    past = time.time() - 10  # a just-written file is never trusted (memo.RACY_SECONDS)
    for p in (info / "METADATA", info / "entry_points.txt"):
        os.utime(p, (past, past))


def _seen():
    return sorted((e.name, e.value) for e in registry._entry_points())


def _real():
    return sorted((e.name, e.value) for e in importlib.metadata.entry_points(group=registry.GROUP))


def test_stored_entry_points_follow_installs_and_changes(tmp_path, monkeypatch):
    monkeypatch.setenv(memo.ENV, str(tmp_path / "store"))
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(sys, "path", [*sys.path, str(site)])
    _install(site, "zelkova_rules", ["zelkova = zelkova_rules:rules"])
    first = _seen()
    assert first == _real() and ("zelkova", "zelkova_rules:rules") in first
    assert list((tmp_path / "store").glob("entry-points.*.pickle"))
    assert _seen() == first  # read back
    _install(site, "quorbant_rules", ["quorbant = quorbant_rules:rules"])  # a second plugin
    assert ("quorbant", "quorbant_rules:rules") in _seen() and _seen() == _real()
    ep = site / "zelkova_rules-1.0.dist-info" / "entry_points.txt"  # an upgrade rewrites its entry points
    ep.write_text("[attrlint.rules]\nzelkova = zelkova_rules.v2:rules\nextra = zelkova_rules:more\n", encoding="utf-8")
    past = time.time() - 5
    os.utime(ep, (past, past))
    assert ("zelkova", "zelkova_rules.v2:rules") in _seen() and _seen() == _real()


def test_with_the_store_off_or_patched_importlib_answers(tmp_path, monkeypatch):
    monkeypatch.setenv(memo.ENV, "off")
    assert _seen() == _real()
    monkeypatch.setenv(memo.ENV, str(tmp_path))
    monkeypatch.setattr(registry, "entry_points", lambda group: [])
    assert _seen() == [] and not list(tmp_path.glob("entry-points.*"))


def test_the_metadata_backports_path_finder_keeps_the_store(tmp_path, monkeypatch):
    """Libraries that import the importlib_metadata backport put its path finder on
    sys.meta_path: it reads the same directories, so the stored answer still holds; a
    finder of some other kind makes discovery ask importlib.metadata instead."""
    backport = pytest.importorskip("importlib_metadata")
    monkeypatch.setenv(memo.ENV, str(tmp_path / "store"))
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, backport.MetadataPathFinder()])
    assert _seen() == _real()
    assert list((tmp_path / "store").glob("entry-points.*.pickle"))

    class OtherFinder:
        def find_spec(self, *args):
            return None

        def find_distributions(self, *args, **kwargs):
            return iter(())

    other = tmp_path / "other"
    monkeypatch.setenv(memo.ENV, str(other))
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, OtherFinder()])
    assert _seen() == _real()
    assert not list(other.glob("entry-points.*"))
