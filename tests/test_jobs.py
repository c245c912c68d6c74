"""--jobs N: worker processes give the report a one-process run gives, in the same order,
and a worker that dies is its group's files' error, not a hung or failed run."""

from __future__ import annotations

import json
import os

import pytest

from attrlint.config import Config
from attrlint.document import Document
from attrlint.linter import Checked
from attrlint.stream import MIN_FILES_FOR_JOBS
from attrlint.workers import WorkerPool

from conftest import run_cli

# invented drafts of one publication (one configuration): a name spelt one way in most
# files and another way in one, a draft a reader rejects, one over the size limit
DRAFTS = {
    "a01.txt": "Sergei Lavrov arrived in Geneva on Monday, officials said.\n",
    "a02.txt": "Sergei Lavrov left the talks early, according to two diplomats.\n",
    "a03.txt": "Sergey Lavrov spoke to reporters. Critics slammed the plan.\n",
    "a04.txt": "The council said it would review the plan, according to a spokeswoman.\n",
    "a05.txt": "Police said the road would reopen on Friday. The mayor conceded the point.\n",
    "a06.txt": "Shares rose 3% after the company said profits had doubled.\n",
    "a07.txt": "The minister said the bridge was safe. Some say it is not.\n",
    "a08.txt": "Rescue teams worked through the night, the fire service said.\n",
    "a09.md": "---\ndate: [unclosed\n---\nThe board met on Tuesday.\n",
    "a10.txt": "A long draft. " * 400 + "\n",
    "a11.txt": "Officials in the city said the vote would go ahead as planned.\n",
}


@pytest.fixture
def publication(tmp_path):
    (tmp_path / ".attrlint.toml").write_text('date = "2024-03-05"\nmax-file-size = 2000\n', encoding="utf-8")
    for name, text in DRAFTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _report(publication, jobs: str) -> tuple[int, dict, str]:
    proc = run_cli("check", "--no-cache", "--no-progress", "--jobs", jobs, "--format", "json", ".", cwd=publication)
    return proc.returncode, json.loads(proc.stdout.decode("utf-8")), proc.stderr.decode("utf-8")


def test_two_jobs_give_the_one_job_report(publication):
    assert len(DRAFTS) >= MIN_FILES_FOR_JOBS  # else the run would stay in process
    rc1, one, err1 = _report(publication, "1")
    rc2, two, err2 = _report(publication, "2")
    assert (rc2, two, err2) == (rc1, one, err1)
    paths = [f["path"] for f in one["files"]]
    assert paths == sorted(paths) and len(paths) == len(DRAFTS) - 2
    across = [(f["path"], x["text"]) for f in one["files"] for x in f["findings"]
              if x["rule"] == "names.inconsistent-across-files"]
    assert across == [("a03.txt", "Sergey Lavrov")]
    assert any("a09.md" in e for e in one["errors"]) and any("a10.txt" in e and "max-file-size" in e for e in one["errors"])
    assert rc1 == 2


# --- a worker that dies --------------------------------------------------------------------------
def crash_on_marker(docs, ids):
    """Runs in a worker: dies outright on a group holding the marker."""
    if any("CRASH-NOW" in d.text for d in docs):
        os._exit(3)
    return [Checked(errors=[f"seen {d.path}"]) for d in docs]


def test_a_worker_that_dies_is_its_groups_error_and_the_rest_are_checked():
    docs = [Document.from_text(t, path=f"d{i}.txt", config=Config())
            for i, t in enumerate(["one\n", "two\n", "CRASH-NOW\n", "four\n", "five\n", "six\n"])]
    got: dict[int, list[str]] = {}

    def done(slots, checked):
        for s, c in zip(slots, checked):
            got[s] = c.errors

    pool = WorkerPool(2, work=crash_on_marker)
    try:
        for g in range(0, 6, 2):
            pool.submit([g, g + 1], docs[g : g + 2], [[], []], done)
        pool.wait()
    finally:
        pool.close()
    assert sorted(got) == list(range(6))
    for s in (0, 1, 4, 5):
        assert got[s] == [f"seen d{s}.txt"], s
    for s in (2, 3):
        assert "stopped unexpectedly" in got[s][0], got[s]


def test_jobs_option_is_checked_and_read_from_config(tmp_path):
    proc = run_cli("check", "--jobs", "many", ".", cwd=tmp_path)
    assert proc.returncode == 2 and b"not a number of processes" in proc.stderr
    from attrlint.config import ConfigError, load_config_file

    (tmp_path / ".attrlint.toml").write_text("jobs = 3\n", encoding="utf-8")
    assert load_config_file(tmp_path / ".attrlint.toml").jobs == 3
    (tmp_path / ".attrlint.toml").write_text("jobs = -1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="number of processes"):
        load_config_file(tmp_path / ".attrlint.toml")
