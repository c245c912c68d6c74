"""The real command line, end to end, on a project that runs only the test pack."""
import json
from pathlib import Path

import jsonschema
import pytest

from attrlint import __version__
from conftest import run_cli, run_json

SCHEMA = json.loads((Path(__file__).parent.parent / "schema" / "report.schema.json").read_text(encoding="utf-8"))
DRAFT = "The minister conceded the point.\nSource link\n"


def test_version():
    proc = run_cli("--version")
    assert proc.returncode == 0 and __version__ in proc.stdout.decode()


def test_text_output_and_exit_code(project):
    (project / "a.txt").write_text(DRAFT, encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=project)
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert "a.txt:1:14: warning house.bookism [loaded_language]" in out
    assert "suggestion: said" in out
    assert "a.txt:2:1: error house.banned [debris] Remove the leftover “Source link”." in out


def test_clean_file_exits_zero(project):
    (project / "ok.md").write_text("The minister said so.\n", encoding="utf-8")
    proc = run_cli("check", "ok.md", cwd=project)
    assert proc.returncode == 0, proc.stdout
    assert b"0 findings in 1 file." in proc.stdout


def test_fail_on_threshold(project):
    (project / "a.txt").write_text("The minister conceded.\n", encoding="utf-8")
    assert run_cli("check", "--fail-on", "error", "a.txt", cwd=project).returncode == 0
    assert run_cli("check", "a.txt", cwd=project).returncode == 1


def test_json_report_validates_against_schema(project):
    src = "\ufeffThe minister conceded.\r\nHe gloated and “conceded”.\r\n"
    (project / "crlf.txt").write_bytes(src.encode("utf-8"))
    (project / "b.md").write_text("---\ndate: 2024-11-20\n---\nShe **conceded** it.\n", encoding="utf-8")
    code, report = run_json("crlf.txt", "b.md", cwd=project)
    jsonschema.validate(report, SCHEMA)
    assert code == 1
    files = {Path(f["path"]).name: f for f in report["files"]}
    text = src.lstrip("\ufeff")
    for f in files["crlf.txt"]["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]
    lines = [(f["line"], f["column"], f["text"]) for f in files["crlf.txt"]["findings"]]
    assert lines == [(1, 14, "conceded"), (2, 4, "gloated")]
    md = files["b.md"]
    assert md["story_date"] == {"date": "2024-11-20", "source": "front matter"}
    assert md["findings"][0]["line"] == 4 and md["findings"][0]["column"] == 7
    assert report["summary"]["findings"] == 3


def test_undecodable_file_is_named_and_others_still_checked(project):
    (project / "bad.txt").write_bytes("The minister conceded \xe9.\n".encode("latin-1"))
    (project / "good.txt").write_text("He gloated.\n", encoding="utf-8")
    proc = run_cli("check", "--format", "json", "bad.txt", "good.txt", cwd=project)
    assert proc.returncode == 2
    report = json.loads(proc.stdout)
    assert [Path(f["path"]).name for f in report["files"]] == ["good.txt"]
    assert report["files"][0]["findings"][0]["text"] == "gloated"
    assert "bad.txt: not valid UTF-8" in proc.stderr.decode()


def test_configured_encoding_reads_legacy_files(project):
    cfg = project / ".attrlint.toml"
    cfg.write_text(cfg.read_text() + 'encoding = "cp1252"\n', encoding="utf-8")
    (project / "old.txt").write_bytes("Caf\xe9 owner conceded.\n".encode("cp1252"))
    code, report = run_json("old.txt", cwd=project)
    assert report["files"][0]["findings"][0]["text"] == "conceded"
    assert report["files"][0]["findings"][0]["column"] == 12


def test_missing_file_is_a_usage_error(project):
    proc = run_cli("check", "nope.txt", cwd=project)
    assert proc.returncode == 2 and b"nope.txt: no such file" in proc.stderr


def test_bad_config_exits_2_naming_file_and_key(project):
    (project / ".attrlint.toml").write_text("colour = 1\n", encoding="utf-8")
    (project / "a.txt").write_text("x\n", encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=project)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert ".attrlint.toml" in err and "colour" in err


def test_directories_are_walked_with_include_and_exclude(project):
    cfg = project / ".attrlint.toml"
    cfg.write_text(cfg.read_text() + 'extend-exclude = ["archive"]\n', encoding="utf-8")
    for rel in ("drafts/a.md", "drafts/deep/b.html", "drafts/notes.csv", "archive/c.txt"):
        p = project / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("<p>He conceded.</p>\n" if rel.endswith("html") else "He conceded.\n", encoding="utf-8")
    code, report = run_json(".", cwd=project)
    names = sorted(Path(f["path"]).as_posix() for f in report["files"])
    assert names == ["drafts/a.md", "drafts/deep/b.html"]


def test_stdin_with_filename_uses_its_format(project):
    code, report = run_json("--stdin-filename", "story.md", "-", cwd=project, stdin=b"He **conceded**.\n")
    f = report["files"][0]
    assert f["path"] == "story.md" and f["format"] == "markdown"
    assert f["findings"][0]["column"] == 6


def test_sarif_and_github_formats(project):
    (project / "a.txt").write_text(DRAFT, encoding="utf-8")
    sarif = json.loads(run_cli("check", "--format", "sarif", "a.txt", cwd=project).stdout)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"house.bookism", "house.banned"}
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 1 and region["startColumn"] == 14
    gh = run_cli("check", "--format", "github", "a.txt", cwd=project).stdout.decode()
    assert "::warning file=a.txt,line=1,col=14,endLine=1,endColumn=22,title=house.bookism [loaded_language]::" in gh
    assert "::error file=a.txt,line=2,col=1" in gh


def test_fix_preserves_encoding_line_endings_and_is_idempotent(project):
    original = "\ufeffThe minister conceded.\r\nKeep “this” as is.\r\nShe gloated.\r\n"
    target = project / "a.txt"
    target.write_bytes(original.encode("utf-8"))
    proc = run_cli("check", "--fix", "a.txt", cwd=project)
    fixed = target.read_bytes()
    assert fixed == "\ufeffThe minister said.\r\nKeep “this” as is.\r\nShe said.\r\n".encode("utf-8")
    assert b"fixed 2 findings" in proc.stdout
    assert proc.returncode == 0
    run_cli("check", "--fix", "a.txt", cwd=project)
    assert target.read_bytes() == fixed
    assert not list(project.glob(".a.txt.*"))


def test_diff_shows_fixes_without_writing(project):
    target = project / "a.md"
    target.write_text("The minister conceded.\n", encoding="utf-8")
    proc = run_cli("check", "--diff", "a.md", cwd=project)
    out = proc.stdout.decode()
    assert "-The minister conceded." in out and "+The minister said." in out
    assert target.read_text(encoding="utf-8") == "The minister conceded.\n"


def test_rules_lists_builtin_and_configured_pack_rules(project):
    proc = run_cli("rules", cwd=project)
    assert proc.returncode == 0
    listed = [line.split()[0] for line in proc.stdout.decode().splitlines()]
    assert {"house.bookism", "house.banned"} <= set(listed)
    assert len(listed) > 2, "built-in rules are listed too"


@pytest.mark.parametrize("args", [["check", "--format", "yaml", "a.txt"], ["check", "--date", "soon", "a.txt"], []])
def test_usage_errors_exit_2(project, args):
    assert run_cli(*args, cwd=project).returncode == 2


def test_an_internal_error_is_a_message_and_exit_2_not_a_traceback(monkeypatch, capsys, project):
    from attrlint import cli, runner

    def broken(*a, **kw):
        raise RuntimeError("something we did not foresee")

    monkeypatch.setattr(runner, "run_paths", broken)
    monkeypatch.delenv("ATTRLINT_DEBUG", raising=False)
    assert cli.main(["check", str(project)]) == 2
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: something we did not foresee" in err and "Traceback" not in err


def test_stdin_over_the_size_limit_is_an_error(project):
    cfg = project / ".attrlint.toml"
    cfg.write_text(cfg.read_text() + "max-file-size = 50\n", encoding="utf-8")
    proc = run_cli("check", "--stdin-filename", "a.txt", "-", cwd=project, stdin=b"He conceded. " * 10)
    assert proc.returncode == 2 and b"a.txt: is 130 bytes, over the limit of 50 bytes" in proc.stderr
