"""One engine: the command line's file run and the in-memory drafts give one report, and
the result cache answers unchanged files without parsing them."""

from __future__ import annotations

import shutil

import pytest

from attrlint import cache_key, config, nlp
from attrlint.engine import Draft, Engine
from attrlint.report.json import report_dict
from attrlint.runner import run_paths

from conftest import TEST_PACK

TEXTS = {
    "a.txt": "The minister slammed the plan on Tuesday. Critics say it will fail.\n",
    "b.txt": "Sergei Lavrov arrived in Geneva, officials said.\n",
    "c.txt": "Sergey Lavrov spoke to reporters on Monday.\n",
}


def _files_view(report: dict) -> list:
    return [(f["path"].rsplit("/", 1)[-1], f["findings"], f["story_date"]) for f in report["files"]]


@pytest.fixture
def newsroom(tmp_path):
    pack = tmp_path / "pack.toml"
    shutil.copy(TEST_PACK, pack)
    (tmp_path / ".attrlint.toml").write_text('date = "2024-03-05"\npacks = ["pack.toml"]\n', encoding="utf-8")
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_files_and_drafts_go_through_one_engine(newsroom):
    paths = [str(newsroom / n) for n in TEXTS]
    from_files = report_dict(run_paths(paths))
    engine = Engine(root=str(newsroom))
    drafts = [Draft(text, filename=str(newsroom / n)) for n, text in TEXTS.items()]
    from_drafts = report_dict(engine.check(drafts))
    assert _files_view(from_files) == _files_view(from_drafts)
    rules = {x["rule"] for f in from_files["files"] for x in f["findings"]}
    assert "names.inconsistent-across-files" in rules  # run-level rules on both paths


@pytest.fixture
def parses(monkeypatch):
    """Counts the documents handed to spaCy."""
    seen: list[int] = []
    real = nlp.parse_many

    def counted(texts, model, needs, batch_size=16):
        seen.append(len(texts))
        return real(texts, model, needs, batch_size)

    monkeypatch.setattr(nlp, "parse_many", counted)
    return seen


def _run(newsroom, cache_dir):
    cache_key.clear_fingerprints()  # what a new process would see
    config.clear_cache()
    paths = [str(newsroom / n) for n in TEXTS]
    return report_dict(run_paths(paths, cache=True, cache_dir=str(cache_dir)))


def test_a_second_run_over_unchanged_files_parses_nothing(newsroom, tmp_path_factory, parses):
    cache_dir = tmp_path_factory.mktemp("cache")
    cold = _run(newsroom, cache_dir)
    assert sum(parses) == len(TEXTS)
    parses.clear()
    warm = _run(newsroom, cache_dir)
    assert parses == [] and warm == cold

    (newsroom / "a.txt").write_text(TEXTS["a.txt"] + "He conceded nothing.\n", encoding="utf-8")
    changed = _run(newsroom, cache_dir)
    assert sum(parses) == 1 and changed != cold  # only the edited file
    parses.clear()

    (newsroom / ".attrlint.toml").write_text('date = "2024-03-06"\npacks = ["pack.toml"]\n', encoding="utf-8")
    _run(newsroom, cache_dir)
    assert sum(parses) == len(TEXTS)  # another configuration: every file again
    parses.clear()

    pack = newsroom / "pack.toml"
    pack.write_text(pack.read_text(encoding="utf-8") + "\n# an edit to the rule data\n", encoding="utf-8")
    _run(newsroom, cache_dir)
    assert sum(parses) == len(TEXTS)


def test_no_cache_reads_and_writes_nothing(newsroom, tmp_path_factory, parses):
    cache_dir = tmp_path_factory.mktemp("cache")
    paths = [str(newsroom / n) for n in TEXTS]
    run_paths(paths, cache=False, cache_dir=str(cache_dir))
    assert not any(cache_dir.iterdir())
    run_paths(paths)
    assert not (newsroom / ".attrlint_cache").exists()


def test_cache_dir_defaults_beside_the_configuration_and_can_be_configured(newsroom):
    paths = [str(newsroom / "a.txt")]
    run_paths(paths, cache=True)
    assert (newsroom / ".attrlint_cache" / "CACHEDIR.TAG").is_file()
    (newsroom / ".attrlint.toml").write_text('packs = ["pack.toml"]\ncache-dir = "var/lint"\n', encoding="utf-8")
    config.clear_cache()
    run_paths(paths, cache=True)
    assert (newsroom / "var" / "lint" / "CACHEDIR.TAG").is_file()


@pytest.fixture
def fixing(tmp_path):
    """A project whose invented pack fixes 'teh'."""
    (tmp_path / "fixes.toml").write_text(
        '[[rules]]\nid = "desk.fix"\nkind = "substitution"\ncategory = "typo"\n'
        'message = "{match} -> {suggestion}"\nsafe_fix = true\nswap = { "teh" = "the" }\n', encoding="utf-8")
    (tmp_path / ".attrlint.toml").write_text('packs = ["fixes.toml"]\nselect = ["desk.*"]\n', encoding="utf-8")
    return tmp_path


def test_fix_rechecks_what_it_wrote_and_a_cached_run_agrees(fixing, tmp_path_factory):
    cache_dir = tmp_path_factory.mktemp("cache")
    target = fixing / "a.txt"
    target.write_text("teh end\n", encoding="utf-8")
    first = run_paths([str(target)], cache=True, cache_dir=str(cache_dir), fix=True)
    assert first.fixed and target.read_text(encoding="utf-8") == "the end\n"
    assert not [f for r in first.files for f in r.findings if f.fix]
    again = run_paths([str(target)], cache=True, cache_dir=str(cache_dir))
    assert report_dict(again)["files"] == report_dict(first)["files"]
