"""Shared fixtures: a newsroom test pack and a runner for the real CLI."""
from __future__ import annotations

import datetime as dt
import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from attrlint import config as config_mod
from attrlint.config import Config
from attrlint.registry import load_pack

FIXTURES = Path(__file__).parent / "fixtures"
TEST_PACK = FIXTURES / "packs" / "newsroom.toml"


@pytest.fixture(autouse=True)
def _fresh_config_cache():
    config_mod.clear_cache()
    yield
    config_mod.clear_cache()


@pytest.fixture
def pack_rules():
    return {r.id: r for r in load_pack(TEST_PACK)}


@pytest.fixture
def pack_config():
    return Config(packs=[TEST_PACK], select=["house.*"])


@pytest.fixture
def project(tmp_path):
    """A temporary newsroom project whose config runs only the test pack."""
    (tmp_path / ".attrlint.toml").write_text(
        f'packs = ["{TEST_PACK.as_posix()}"]\nselect = ["house.*"]\n', encoding="utf-8"
    )
    return tmp_path


def run_cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "attrlint", *args], cwd=cwd, input=stdin, capture_output=True
    )


def run_json(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> tuple[int, dict]:
    proc = run_cli("check", "--format", "json", *args, cwd=cwd, stdin=stdin)
    return proc.returncode, json.loads(proc.stdout.decode("utf-8"))


def debris_rule_set() -> dict:
    """Every debris rule, built-in and packed, by id: what the furniture tests lint with."""
    from attrlint.checks import debris
    from attrlint.registry import builtin_packs

    packed = [r for r in builtin_packs() if r.category == "debris"]
    return {r.id: r for r in debris.rules() + packed}


@pytest.fixture(scope="session")
def debris_rules() -> dict:
    """Every debris rule by id, built once for all the furniture and debris tests."""
    return debris_rule_set()


def debris_findings(text: str, rules: dict) -> list[tuple[int, str, str]]:
    """(line, rule id, flagged text) of each debris finding in ``text``."""
    from attrlint.linter import lint_text

    return [(f.location.line, f.rule, f.location.text) for f in lint_text(text, path="draft.txt", rules=rules)
            if f.category == "debris"]


#: a plain four-part story (headline, lead, middle, end) the furniture tests splice page lines into
FERRY_STORY = (
    "Harbour board agrees new ferry timetable after long talks",
    "The harbour board met on Monday to discuss the new ferry timetable and agreed a plan.",
    "Ferry operators welcomed the decision, saying it would end months of uncertainty.",
    "The board said the timetable would start in May, and fares would not rise this year.",
)


@functools.lru_cache(maxsize=1)
def title_rule_set() -> dict:
    """Every title rule by id, built once for all the knowledge-base title tests."""
    from attrlint.checks import titles

    return {r.id: r for r in titles.rules()}


def title_rule_ids(text: str, date: dt.date) -> list[str]:
    """The title rules' findings (rule ids) on ``text`` told as of ``date``."""
    from attrlint.linter import lint_text

    return [f.rule for f in lint_text(text, config=Config(date=date), rules=title_rule_set())]
