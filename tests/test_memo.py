"""The derived-data cache (attrlint/memo.py) and the TOML loader that uses it."""
from __future__ import annotations

import os
import pickle
import time

import pytest

from attrlint import memo
from attrlint.data import DataError, load_toml_file


@pytest.fixture
def store(tmp_path, monkeypatch):
    folder = tmp_path / "store"
    monkeypatch.setenv(memo.ENV, str(folder))
    return folder


def settle(path, seconds=10.0):
    """Date a file back, as if written earlier (a fresh file is never cached: see RACY_SECONDS)."""
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_result_is_stored_and_reused(store, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("one", encoding="utf-8")
    settle(src)
    calls = []

    def build():
        calls.append(1)
        return {"words": src.read_text(encoding="utf-8").split()}

    assert memo.cached("words", build, [src], code=False) == {"words": ["one"]}
    assert memo.cached("words", build, [src], code=False) == {"words": ["one"]}
    assert len(calls) == 1
    assert len(list(store.glob("words.*.pickle"))) == 1


def test_changed_input_is_built_again(store, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("one", encoding="utf-8")
    settle(src, 20)

    def build():
        return src.read_text(encoding="utf-8")

    assert memo.cached("text", build, [src], code=False) == "one"
    src.write_text("two", encoding="utf-8")  # same size, a later mtime
    settle(src, 10)
    assert memo.cached("text", build, [src], code=False) == "two"


def test_a_fresh_input_is_not_cached(store, tmp_path):
    """Within the file system's clock tick a rewrite may keep size and mtime: not trusted."""
    src = tmp_path / "in.txt"
    src.write_text("one", encoding="utf-8")
    calls = []
    for _ in range(2):
        memo.cached("fresh", lambda: calls.append(1), [src], code=False)
    assert len(calls) == 2
    assert not list(store.glob("fresh.*"))


def test_extra_and_name_are_part_of_the_key(store):
    assert memo.cached("v", lambda: 1, code=False, extra="a") == 1
    assert memo.cached("v", lambda: 2, code=False, extra="b") == 2
    assert memo.cached("v", lambda: 3, code=False, extra="a") == 1
    assert memo.cached("w", lambda: 4, code=False, extra="a") == 4


def test_a_damaged_entry_is_rebuilt(store):
    memo.cached("d", lambda: [1, 2], code=False)
    (entry,) = store.glob("d.*.pickle")
    entry.write_bytes(b"\x80\x05truncated")
    assert memo.cached("d", lambda: [3], code=False) == [3]
    with open(entry, "rb") as fh:
        assert pickle.load(fh) == [3]


def test_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv(memo.ENV, "off")
    assert memo.cache_dir() is None
    calls = []
    memo.cached("x", lambda: calls.append(1), code=False)
    memo.cached("x", lambda: calls.append(1), code=False)
    assert len(calls) == 2


def test_an_unwritable_store_still_answers(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(memo.ENV, str(blocker / "sub"))  # a directory cannot be made under a file
    assert memo.cached("y", lambda: "built", code=False) == "built"


def test_unpicklable_results_are_returned_not_stored(store):
    value = memo.cached("lam", lambda: (lambda: 5), code=False)
    assert value() == 5
    assert not list(store.glob("lam.*"))


def test_old_entries_are_pruned(store):
    for n in range(memo.KEEP_PER_NAME + 3):
        memo.cached("p", lambda: n, code=False, extra=n)
    assert len(list(store.glob("p.*.pickle"))) == memo.KEEP_PER_NAME
    assert not list(store.glob("*.tmp"))


def test_code_is_part_of_the_key(store, monkeypatch):
    monkeypatch.setattr(memo, "code_fingerprint", lambda: "code-1")
    k1 = memo.key_of("c")
    monkeypatch.setattr(memo, "code_fingerprint", lambda: "code-2")
    assert memo.key_of("c") != k1
    assert memo.key_of("c", code=False) == memo.key_of("c", code=False)


def test_toml_parse_is_cached_and_follows_edits(store, tmp_path):
    f = tmp_path / "pack.toml"
    f.write_text('[a]\nb = 1\nwhen = 2024-01-02\n', encoding="utf-8")
    settle(f, 20)
    first = load_toml_file(f)
    assert first["a"]["b"] == 1 and str(first["a"]["when"]) == "2024-01-02"
    assert list(store.glob("toml-*.pickle"))
    assert load_toml_file(f) == first
    f.write_text('[a]\nb = 2\nwhen = 2024-01-02\n', encoding="utf-8")
    settle(f, 10)
    assert load_toml_file(f)["a"]["b"] == 2


def test_toml_errors_are_not_cached(store, tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text("a = [\n", encoding="utf-8")
    settle(f)
    for _ in range(2):
        with pytest.raises(DataError, match="invalid TOML"):
            load_toml_file(f)
    with pytest.raises(DataError, match="cannot read"):
        load_toml_file(tmp_path / "missing.toml")


def test_installed_libraries_are_part_of_the_key(store, monkeypatch):
    real = memo.installed_fingerprint
    assert real() == real.__wrapped__() and len(real()) == 64
    monkeypatch.setattr(memo, "code_fingerprint", lambda: "code")
    monkeypatch.setattr(memo, "installed_fingerprint", lambda: "libs-1")
    k1 = memo.key_of("lib")
    monkeypatch.setattr(memo, "installed_fingerprint", lambda: "libs-2")
    assert memo.key_of("lib") != k1


# --- arrays read in place (memo.cached_arrays) -------------------------------------------
def _arrays():
    import numpy as np

    return {"words": np.array(["okra", "okapi"]), "freqs": np.array([2.5, 1.25]), "none": np.zeros(0, dtype=np.int64)}


def test_arrays_are_stored_once_and_mapped_back_read_only(store):
    import numpy as np

    calls = []

    def build():
        calls.append(1)
        return _arrays()

    first = memo.cached_arrays("arr", build, code=False)
    again = memo.cached_arrays("arr", build, code=False)
    assert len(calls) == 1 and len(list(store.glob("arr.*.arrays"))) == 1
    for key, value in _arrays().items():
        assert np.array_equal(first[key], value) and np.array_equal(again[key], value)
        assert again[key].dtype == value.dtype and again[key].shape == value.shape
    assert not again["words"].flags.writeable  # mapped from the file, not a private copy
    assert again["words"].tolist() == ["okra", "okapi"]


@pytest.mark.parametrize("damage", [
    lambda b: b[: len(b) // 2],  # truncated
    lambda b: b"not ours" + b[8:],  # foreign
    lambda b: b"",  # empty
])
def test_a_damaged_arrays_entry_is_rebuilt(store, damage):
    memo.cached_arrays("dam", _arrays, code=False)
    (entry,) = store.glob("dam.*.arrays")
    entry.write_bytes(damage(entry.read_bytes()))
    calls = []

    def build():
        calls.append(1)
        return _arrays()

    got = memo.cached_arrays("dam", build, code=False)
    assert calls == [1] and got["words"].tolist() == ["okra", "okapi"]
    assert memo.cached_arrays("dam", build, code=False)["freqs"].tolist() == [2.5, 1.25]
    assert calls == [1]  # the rebuilt entry was stored again


def test_arrays_of_objects_are_never_stored(store):
    import numpy as np

    value = {"objects": np.array([{"a": 1}], dtype=object)}
    assert memo.cached_arrays("obj", lambda: value, code=False) is value
    assert not list(store.glob("obj.*"))


def test_arrays_with_the_store_off_are_built(monkeypatch):
    monkeypatch.setenv(memo.ENV, "off")
    value = _arrays()
    assert memo.cached_arrays("off", lambda: value, code=False) is value


def test_a_table_read_back_is_frozen_with_what_came_before(store, tmp_path, monkeypatch):
    """A stored table lives as long as the process: frozen, later collections skip it (in
    attrlint's own processes, which fast_start.install marks)."""
    import gc

    from attrlint import fast_start

    monkeypatch.setattr(fast_start, "_owned", True)

    src = tmp_path / "in.txt"
    src.write_text("alpha beta", encoding="utf-8")
    settle(src)

    def build():
        return {"words": [[w] for w in src.read_text(encoding="utf-8").split()]}

    before = object.__new__(type("Earlier", (), {}))  # made before the read: frozen with it
    memo.cached("frozen", build, [src], code=False)  # built and stored
    gc.unfreeze()
    try:
        value = memo.cached("frozen", build, [src], code=False)  # read back
        assert value == {"words": [["alpha"], ["beta"]]} and gc.get_freeze_count() > 0
        tracked = {id(o) for o in gc.get_objects()}
        assert id(value) not in tracked and id(value["words"][0]) not in tracked and id(before) not in tracked
    finally:
        gc.unfreeze()
    assert id(value) in {id(o) for o in gc.get_objects()}
