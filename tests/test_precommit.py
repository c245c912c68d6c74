"""The real pre-commit, with the hook from this checkout, blocks a bad draft.

Slow: pre-commit builds the hook's environment with a plain (non-editable) pip install
of this checkout, exactly as a newsroom's machine would.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TEST_PACK

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "attrlint", "rules", "schema"]

pytestmark = pytest.mark.slow


def git(*args: str, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    e = dict(os.environ)
    e.update(
        PRE_COMMIT_HOME=str(home / "pre-commit"), GIT_AUTHOR_NAME="Desk", GIT_AUTHOR_EMAIL="desk@example.org",
        GIT_COMMITTER_NAME="Desk", GIT_COMMITTER_EMAIL="desk@example.org", GIT_CONFIG_NOSYSTEM="1",
        HOME=str(home),
    )
    e.pop("VIRTUAL_ENV", None)
    return e


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory, env):
    """A git repository holding this working tree's files, so the hook tested is this one."""
    dst = tmp_path_factory.mktemp("hook-repo")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in SHIPPED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dst / name, ignore=ignore)
        else:
            shutil.copy2(src, dst / name)
    git("init", "-q", cwd=dst, env=env)
    git("add", "-A", cwd=dst, env=env)
    assert git("commit", "-qm", "hook under test", cwd=dst, env=env).returncode == 0
    return dst, git("rev-parse", "HEAD", cwd=dst, env=env).stdout.strip()


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory, env, hook_repo):
    repo_path, sha = hook_repo
    room = tmp_path_factory.mktemp("newsroom")
    git("init", "-q", cwd=room, env=env)
    (room / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo_path.as_posix()}\n    rev: {sha}\n    hooks:\n      - id: attrlint\n",
        encoding="utf-8",
    )
    shutil.copy2(TEST_PACK, room / "desk-pack.toml")
    (room / ".attrlint.toml").write_text('packs = ["desk-pack.toml"]\nselect = ["house.*"]\n', encoding="utf-8")
    git("add", "-A", cwd=room, env=env)
    assert git("commit", "-qm", "set up", "--no-verify", cwd=room, env=env).returncode == 0
    proc = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=room, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return room


def test_bad_draft_blocks_the_commit(newsroom, env):
    (newsroom / "story.md").write_text("# Vote\n\nThe mayor conceded nothing.\n\nSource link\n", encoding="utf-8")
    git("add", "story.md", cwd=newsroom, env=env)
    proc = git("commit", "-m", "draft", cwd=newsroom, env=env)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    assert "story.md:3:11: warning house.bookism [loaded_language]" in output
    assert "story.md:5:1: error house.banned [debris]" in output
    assert git("log", "--oneline", cwd=newsroom, env=env).stdout.count("\n") == 1


def test_clean_draft_passes(newsroom, env):
    git("reset", "-q", cwd=newsroom, env=env)
    (newsroom / "story.md").write_text("# Vote\n\nThe mayor said nothing.\n", encoding="utf-8")
    git("add", "story.md", cwd=newsroom, env=env)
    proc = git("commit", "-m", "clean draft", cwd=newsroom, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_builtin_rules_and_their_data_ship_with_a_plain_install(newsroom, env):
    """The hook's environment is a non-editable install: the bundled rules/ must be in it."""
    wire = newsroom / "wire"
    wire.mkdir()
    (wire / ".attrlint.toml").write_text('select = ["debris"]\n', encoding="utf-8")
    (wire / "story.txt").write_text(
        "The council approved the budget on Monday, the mayor said.\n\nExit mobile version\n", encoding="utf-8"
    )
    git("add", "wire", cwd=newsroom, env=env)
    proc = git("commit", "-m", "wire copy", cwd=newsroom, env=env)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    assert "wire/story.txt:3:1:" in output and "[debris]" in output
