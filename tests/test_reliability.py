"""The bad-input matrix: every input gives findings or a named error (exit 2), never a
traceback or a hang, and the other files of the run are still checked."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml

from attrlint import nlp
from attrlint.config import Config, find_config
from attrlint.finding import Finding, Severity
from attrlint.formats import read_document
from attrlint.linter import lint_documents
from attrlint.rule import BaseRule
from attrlint.runner import collect, run_paths
from conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
GOOD = "The minister gloated.\n"


def _names(report: dict) -> list[str]:
    return sorted(Path(f["path"]).name for f in report["files"])


@pytest.fixture
def matrix(project):
    """A folder of drafts, most of them hostile, and one good draft."""
    d = project / "desk"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\xff\xfe\x00garbage\x80\x81")
    (d / "latin.txt").write_bytes("Caf\xe9 owner conceded.\n".encode("latin-1"))
    (d / "le16.md").write_bytes("The mayor conceded.\n".encode("utf-16"))
    (d / "be16.txt").write_bytes(b"\xfe\xff" + "She slammed it.\n".encode("utf-16-be"))
    (d / "broken.html").write_text("<p>He <b>slammed <i>the</p> plan</div><script>x", encoding="utf-8")
    (d / "broken.md").write_text("* [unclosed link(\n> > ``` \n| a | b\nHe conceded.", encoding="utf-8")
    (d / "empty.md").write_text("", encoding="utf-8")
    (d / "LOUD.MD").write_text("He slammed the door.\n", encoding="utf-8")
    (d / "SHOUT.TXT").write_text("She gloated.\n", encoding="utf-8")
    (d / "rule.md").write_text("---\n\nThe mayor conceded the vote.\n\n---\n\nMore.\n", encoding="utf-8")
    os.mkfifo(d / "pipe.md")
    os.symlink("loop2.md", d / "loop1.md")
    os.symlink("loop1.md", d / "loop2.md")
    os.symlink("missing.txt", d / "dangling.txt")
    os.symlink(".", d / "self")  # a directory link loop: never walked into
    return d


def test_bad_input_matrix_named_errors_and_the_rest_checked(matrix):
    proc = run_cli("check", "--format", "json", "--no-progress", "desk", cwd=matrix.parent, )
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "Traceback" not in err
    report = json.loads(proc.stdout)
    assert _names(report) == sorted([
        "LOUD.MD", "SHOUT.TXT", "be16.txt", "broken.html", "broken.md", "empty.md", "good.txt",
        "le16.md", "rule.md",
    ])
    for fragment in ("binary.txt: not valid UTF-8", "latin.txt: not valid UTF-8", "pipe.md: is a FIFO",
                     "loop1.md: is a symbolic link loop", "loop2.md: is a symbolic link loop",
                     "dangling.txt: is a broken symbolic link"):
        assert fragment in err, fragment
    found = {Path(f["path"]).name: [x["text"] for x in f["findings"]] for f in report["files"]}
    assert found["be16.txt"] == ["slammed"] and found["le16.md"] == ["conceded"]
    assert found["rule.md"] == ["conceded"], "a leading --- rule is not front matter"
    assert found["LOUD.MD"] == ["slammed"] and found["SHOUT.TXT"] == ["gloated"]


def test_special_files_given_as_arguments_are_named_not_read(matrix):
    proc = run_cli("check", "--no-progress", "desk/loop1.md", "desk/pipe.md", "/dev/null", "desk/good.txt",
                   cwd=matrix.parent)
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert "desk/loop1.md: is a symbolic link loop" in err
    assert "desk/pipe.md: is a FIFO" in err
    assert "/dev/null: is a device" in err
    assert "gloated" in proc.stdout.decode()


def test_size_limit_reports_the_file_and_checks_the_others(project):
    cfg = project / ".attrlint.toml"
    cfg.write_text(cfg.read_text() + "max-file-size = 200\n", encoding="utf-8")
    (project / "huge.txt").write_text("He conceded. " * 40, encoding="utf-8")
    (project / "small.txt").write_text(GOOD, encoding="utf-8")
    res = run_paths([str(project / "huge.txt"), str(project / "small.txt")])
    assert [Path(r.document.path).name for r in res.files] == ["small.txt"]
    assert len(res.errors) == 1 and "huge.txt: is 520 bytes, over the limit of 200 bytes" in res.errors[0]


def test_bad_max_file_size_is_a_configuration_error(project):
    (project / ".attrlint.toml").write_text("max-file-size = -3\n", encoding="utf-8")
    (project / "a.txt").write_text(GOOD, encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=project)
    assert proc.returncode == 2 and b"max-file-size" in proc.stderr


def test_find_config_survives_a_symlink_loop(tmp_path):
    os.symlink("b", tmp_path / "a")
    os.symlink("a", tmp_path / "b")
    (tmp_path / ".attrlint.toml").write_text('ignore = ["debris"]\n', encoding="utf-8")
    assert find_config(tmp_path / "a").ignore == ["debris"]


def test_walk_matches_extensions_in_any_case(tmp_path):
    for name in ("a.MD", "b.Txt", "c.HTML", "d.csv", "e.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    errors: list[str] = []
    assert [Path(p).name for p in collect([str(tmp_path)], errors)] == ["a.MD", "b.Txt", "c.HTML", "e.md"]
    assert errors == []


def test_hook_files_pattern_matches_extensions_in_any_case():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    pattern = re.compile(next(h for h in hooks if h["id"] == "attrlint")["files"])
    for name in ("story.md", "STORY.MD", "a/b.Txt", "page.HTM", "page.html", "notes.markdown"):
        assert pattern.search(name), name
    for name in ("data.csv", "md.py", "story.md.bak"):
        assert not pattern.search(name), name


# --- rules and plugins that fail ----------------------------------------------------------
class _Exploding(BaseRule):
    id = "plugin.explodes"
    category = "debris"
    description = "raises on a word"

    def check(self, doc):
        if "boom" in doc.text:
            raise RuntimeError("cannot cope")
        return []


class _Wild(BaseRule):
    id = "plugin.wild"
    category = "debris"
    description = "points past the end of the text"

    def check(self, doc):
        yield Finding(rule=self.id, category="debris", severity=Severity.WARNING, message="x",
                      start=len(doc.text) + 5, end=len(doc.text) + 9, path=doc.path)


class _Word(BaseRule):
    id = "plugin.word"
    category = "debris"
    description = "flags 'stray'"

    def check(self, doc):
        i = doc.text.find("stray")
        if i >= 0:
            yield self.finding(doc, i, i + 5, "stray word")


def _docs(*texts: str) -> list:
    return [read_document(t, f"d{n}.txt", config=Config()) for n, t in enumerate(texts)]


def test_a_raising_rule_is_an_error_naming_the_rule_and_other_rules_still_run():
    rules = {r.id: r for r in (_Exploding(), _Wild(), _Word())}
    a, b = lint_documents(_docs("boom and a stray word", "a stray word"), rules)
    assert any("rule plugin.explodes failed: RuntimeError: cannot cope" in e for e in a.errors)
    assert any("rule plugin.wild gave an unusable finding" in e for e in a.errors)
    assert [f.rule for f in a.findings] == ["plugin.word"]
    assert not any("explodes" in e for e in b.errors) and [f.rule for f in b.findings] == ["plugin.word"]


def test_a_document_spacy_cannot_parse_is_that_files_error(monkeypatch):
    real = nlp.parse_many

    def fragile(texts, model, needs, batch_size=16):
        if any("poison" in t for t in texts):
            raise ValueError("parser fell over")
        return real(texts, model, needs, batch_size)

    monkeypatch.setattr(nlp, "parse_many", fragile)

    class NeedsParse(_Word):
        id = "plugin.parsed"
        needs = frozenset({"tagger"})

    rules = {r.id: r for r in (NeedsParse(), _Word())}
    bad, good = lint_documents(_docs("poison and a stray word", "a stray word"), rules)
    assert any("cannot be parsed: ValueError: parser fell over" in e for e in bad.errors)
    assert [f.rule for f in bad.findings] == ["plugin.word"], "rules that need no parse still run"
    assert sorted(f.rule for f in good.findings) == ["plugin.parsed", "plugin.word"] and not good.errors


def test_a_plugin_that_cannot_load_is_reported_and_the_rest_run(monkeypatch, project):
    from attrlint import registry

    class _EP:
        name, value = "broken", "nowhere:rules"

        def load(self):
            raise ImportError("No module named 'nowhere'")

    real = registry.entry_points
    monkeypatch.setattr(registry, "entry_points", lambda group: [*real(group=group), _EP()])
    (project / "a.txt").write_text("He slammed it.\n", encoding="utf-8")
    res = run_paths([str(project / "a.txt")])
    assert any("entry point broken" in e and "nowhere" in e for e in res.errors)
    assert [f.text for f in (x.location for x in res.files[0].findings)] == ["slammed"]


# --- selectors that name nothing ----------------------------------------------------------
def test_mistyped_select_is_an_error_with_a_suggestion(project):
    (project / "a.txt").write_text(GOOD, encoding="utf-8")
    proc = run_cli("check", "--select", "house.bookisms", "a.txt", cwd=project)
    assert proc.returncode == 2
    assert "did you mean 'house.bookism'?" in proc.stderr.decode()
    proc = run_cli("check", "--ignore", "loaded_languag", "a.txt", cwd=project)
    assert proc.returncode == 2 and "did you mean 'loaded_language'?" in proc.stderr.decode()


def test_known_prefixes_categories_and_all_are_accepted(project):
    (project / "a.txt").write_text(GOOD, encoding="utf-8")
    for sel in ("house.", "house.*", "house", "loaded_language", "ALL", "house.bookism"):
        proc = run_cli("check", "--select", sel, "--ignore", "house.banned", "a.txt", cwd=project)
        assert proc.returncode == 1, (sel, proc.stderr)


def test_unknown_id_in_configuration_is_an_error_and_its_files_unchecked(project):
    cfg = project / ".attrlint.toml"
    cfg.write_text(cfg.read_text().replace('select = ["house.*"]', 'select = ["house.bookims"]'), encoding="utf-8")
    (project / "a.txt").write_text(GOOD, encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=project)
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert ".attrlint.toml: 'select': 'house.bookims' matches no rule" in err and "'house.bookism'" in err
    assert "a.txt: not checked" in err


def test_unknown_rule_in_a_suppression_comment_is_an_error(project):
    (project / "a.md").write_text("<!-- attrlint-disable-next-line house.bookisn -->\nHe gloated.\n",
                                  encoding="utf-8")
    res = run_paths([str(project / "a.md")])
    assert any("line 1: suppression comment: 'house.bookisn'" in e and "did you mean 'house.bookism'" in e
               for e in res.errors)
    assert [f.rule for f in res.files[0].findings] == ["house.bookism"]
