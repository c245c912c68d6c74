"""A streaming run: files are read as their group comes up, parses are dropped once the
group is checked, and run-level rules work from compact summaries, not documents."""

from __future__ import annotations

import datetime as dt
import json

from attrlint import stream
from attrlint.checks import consistency
from attrlint.config import Config
from attrlint.finding import Finding, Severity
from attrlint.rule import BaseRule
from attrlint.stream import Input, lint_inputs


class _Shout(BaseRule):
    """Flags the word 'loud' and reads the parse (so the documents are parsed)."""

    id, category, severity, description = "test.loud", "loaded_language", Severity.WARNING, "loud"
    needs = frozenset({"tagger"})

    def check(self, doc):
        for tok in doc.spacy:
            if tok.text == "loud":
                yield self.finding(doc, tok.idx, tok.idx + 4, "loud")


class _CountAcross(BaseRule):
    """A run-level rule: flags the first word of every file when over two files share it."""

    id, category, severity, description = "test.shared-first", "inconsistent_name", Severity.INFO, "shared"
    seen: list = []

    def check(self, doc):
        return ()

    def summarise(self, doc):
        first = doc.text.split()[0]
        return {"first": first, "end": len(first)}

    def check_run(self, summaries):
        type(self).seen = list(summaries)
        firsts = [s["first"] for s in summaries]
        for i, s in enumerate(summaries):
            if firsts.count(s["first"]) > 2:
                yield i, Finding(self.id, self.category, self.severity, "shared", 0, s["end"])


def _inputs(texts, log):
    def loader(i, t):
        def load():
            log.append(("load", i))
            return t, "utf-8"

        return load

    cfg = Config(date=dt.date(2024, 3, 5))
    return [Input(f"d{i:02d}.txt", cfg, loader(i, t)) for i, t in enumerate(texts)]


def _log_groups(monkeypatch) -> list:
    """Record ("check", group size) for each group the stream checks."""
    log: list = []
    real = stream.check_group

    def logged(docs, per_doc, batch_size=16):
        log.append(("check", len(docs)))
        return real(docs, per_doc, batch_size)

    monkeypatch.setattr(stream, "check_group", logged)
    return log


def test_files_are_read_a_group_at_a_time_and_keep_no_parse(monkeypatch):
    monkeypatch.setattr(stream, "GROUP", 3)
    log = _log_groups(monkeypatch)
    texts = [f"Story {i} was loud and clear.\n" for i in range(7)]
    rules = {r.id: r for r in (_Shout(), _CountAcross())}
    results, errors = lint_inputs(_inputs(texts, log), rules)
    assert not errors
    # never more than one group read ahead of the checking
    assert log == [("load", 0), ("load", 1), ("load", 2), ("check", 3),
                   ("load", 3), ("load", 4), ("load", 5), ("check", 3), ("load", 6), ("check", 1)]
    for res in results:
        assert res.document._spacy is None and not res.document._shared, "the parse was kept"
        assert [f.at.text for f in res.findings if f.rule == "test.loud"] == ["loud"]
    # the run-level rule saw JSON-able summaries, and its findings were located and kept in order
    assert json.loads(json.dumps(_CountAcross.seen)) == _CountAcross.seen
    assert [res.document.path for res in results] == [f"d{i:02d}.txt" for i in range(7)]
    assert all([f.at.text for f in r.findings if f.rule == "test.shared-first"] == ["Story"] for r in results)


def test_an_input_that_cannot_be_loaded_is_its_error_and_the_others_run():
    log: list = []
    inputs = _inputs(["A loud start.\n", "A quiet one.\n"], log)

    def broken():
        raise OSError("disk on fire")

    inputs.insert(1, Input("gone.txt", Config(), broken))
    results, errors = lint_inputs(inputs, {"test.loud": _Shout()})
    assert [r.document.path for r in results] == ["d00.txt", "d01.txt"]
    assert errors == ["gone.txt: cannot be read: OSError: disk on fire"]


def test_across_files_rule_summary_is_small_and_json(tmp_path):
    """names.inconsistent-across-files hands the run a JSON summary, not the document."""
    from attrlint.document import Document

    rule = next(r for r in consistency.rules() if r.id == "names.inconsistent-across-files")
    cfg = Config(path=tmp_path / ".attrlint.toml", date=dt.date(2024, 3, 5))
    texts = ["Sergei Lavrov arrived.\n", "Sergei Lavrov left.\n", "Sergey Lavrov spoke.\n"]
    summaries = [rule.summarise(Document.from_text(t, path=f"{i}.txt", config=cfg)) for i, t in enumerate(texts)]
    assert json.loads(json.dumps(summaries)) == summaries
    found = [(i, f.path, f.start, f.end) for i, f in rule.check_run(summaries)]
    assert found == [(2, "2.txt", 0, len("Sergey Lavrov"))]
    assert rule.summarise(Document.from_text(texts[0], config=Config())) is None  # no publication


def test_a_small_run_stays_in_process_whatever_the_jobs(monkeypatch):
    from attrlint import workers

    def no_pool(*a, **k):
        raise AssertionError("a worker pool was started for a few files")

    monkeypatch.setattr(workers, "WorkerPool", no_pool)
    log: list = []
    texts = [f"Story {i} was loud.\n" for i in range(stream.MIN_FILES_FOR_JOBS - 1)]
    results, errors = lint_inputs(_inputs(texts, log), {"test.loud": _Shout()}, jobs=2)
    assert not errors and all(len(r.findings) == 1 for r in results)


# --- --jobs: this process checks groups too, groups shrink towards the end -------------------
class _FakePool:
    """A stand-in for WorkerPool: checks its groups in this process, later (on collect or
    wait), and is busy with one group in flight."""

    made: list = []

    def __init__(self, workers):
        self.workers, self.inflight, self.groups = workers, [], []
        type(self).made.append(self)

    def busy(self):
        return len(self.inflight) >= 1

    def submit(self, slots, docs, ids, done):
        self.groups.append(list(slots))
        self.inflight.append((slots, docs, done))

    def collect(self):  # a slow worker: its group is back every other time asked
        self.asked = getattr(self, "asked", 0) + 1
        if self.asked % 2 == 0:
            self.wait()

    def wait(self):
        while self.inflight:
            slots, docs, done = self.inflight.pop(0)
            rules = {"test.loud": _Shout()}
            done(slots, stream.check_group(docs, [[rules[i] for i in doc_ids] for doc_ids in
                                                  [["test.loud"]] * len(docs)]))

    def close(self):
        pass


def test_jobs_share_groups_between_this_process_and_workers_and_keep_the_order(monkeypatch):
    from attrlint import workers

    monkeypatch.setattr(workers, "WorkerPool", _FakePool)
    sizes: list = []
    real = stream.check_group

    def logged(docs, per_doc, batch_size=16):
        sizes.append(len(docs))
        return real(docs, per_doc, batch_size)

    monkeypatch.setattr(stream, "check_group", logged)
    texts = [f"Story {i} was loud.\n" if i % 3 else f"Story {i} was calm.\n" for i in range(60)]
    inputs = _inputs(texts, [])
    one, _ = lint_inputs(_inputs(texts, []), {"test.loud": _Shout()})
    in_process = len(sizes)
    sizes.clear()
    _FakePool.made = []
    two, errors = lint_inputs(inputs, {"test.loud": _Shout()}, jobs=2, total=len(inputs))
    assert not errors and len(_FakePool.made) == 1 and _FakePool.made[0].workers == 1  # jobs - 1 workers
    pool = _FakePool.made[0]
    on_pool = sum(len(g) for g in pool.groups)
    assert 0 < on_pool < len(texts)  # both the worker and this process checked groups
    assert in_process == 4 and len(sizes) > in_process  # groups of 16 alone; smaller ones with jobs
    assert min(sizes[-2:]) <= stream.MIN_GROUP and max(sizes) <= stream.GROUP
    report = [(r.document.path, [(f.rule, f.at.start, f.at.text) for f in r.findings]) for r in two]
    assert report == [(r.document.path, [(f.rule, f.at.start, f.at.text) for f in r.findings]) for r in one]


def test_group_size_shrinks_with_what_is_left():
    assert stream._group_size(None, 2) == stream.GROUP
    assert stream._group_size(1000, 2) == stream.GROUP
    assert stream._group_size(40, 2) == 5
    assert stream._group_size(9, 2) == stream.MIN_GROUP


def test_default_jobs_leaves_out_the_cores_others_keep_busy(monkeypatch):
    monkeypatch.setattr(stream.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    for load, jobs in ((0.2, 2), (1.0, 2), (1.6, 1), (2.4, 1), (14.0, 1)):
        monkeypatch.setattr(stream.os, "getloadavg", lambda load=load: (load, load, load))
        assert stream.default_jobs() == jobs, load
    monkeypatch.setattr(stream.os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    monkeypatch.setattr(stream.os, "getloadavg", lambda: (3.0, 3.0, 3.0))
    assert stream.default_jobs() == 6


def test_a_group_ends_at_its_character_budget(monkeypatch):
    """Long files make small groups: a group's parses are held together until it is checked."""
    monkeypatch.setattr(stream, "GROUP_CHARS", 50)
    log = _log_groups(monkeypatch)
    texts = ["A short one.\n"] * 3 + ["A long story that was loud, and went on and on and on.\n"] + ["Short.\n"] * 2
    results, errors = lint_inputs(_inputs(texts, log), {"test.loud": _Shout()})
    assert not errors and [len(r.findings) for r in results] == [0, 0, 0, 1, 0, 0]
    assert [n for what, n in log if what == "check"] == [4, 2]  # 3 short + the long one reach 50


def test_each_group_hands_its_freed_memory_back(monkeypatch):
    """attrlint.heap.trim runs once a group is checked and its parses released."""
    monkeypatch.setattr(stream, "GROUP", 3)
    log = _log_groups(monkeypatch)
    monkeypatch.setattr(stream.heap, "trim", lambda: log.append(("trim",)) or True)
    texts = [f"Story {i} was loud.\n" for i in range(5)]
    results, errors = lint_inputs(_inputs(texts, []), {"test.loud": _Shout()})
    assert not errors and all(r.findings for r in results)
    assert log == [("check", 3), ("trim",), ("check", 2), ("trim",)]
