"""--fix never loses a byte: links, encodings, lost updates and concurrent runs."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from attrlint import runner
from attrlint.sources_io import SourceError, read_source, write_fixed
from conftest import run_cli

FIXABLE = "The minister conceded.\nShe gloated.\n"
FIXED = "The minister said.\nShe said.\n"


@pytest.fixture
def dash_project(tmp_path):
    """A project whose pack fixes 'teh' (ASCII) and 'dashhere' (to an em dash)."""
    pack = tmp_path / "fixes.toml"
    pack.write_text(
        '[[rules]]\nid = "desk.fix"\nkind = "substitution"\ncategory = "typo"\n'
        'message = "{match} -> {suggestion}"\nsafe_fix = true\n'
        'swap = { "teh" = "the", "dashhere" = "—" }\n', encoding="utf-8")
    (tmp_path / ".attrlint.toml").write_text(
        f'packs = ["{pack.as_posix()}"]\nselect = ["desk.*"]\nencoding = "latin-1"\n', encoding="utf-8")
    return tmp_path


# --- the writer ---------------------------------------------------------------------------
def test_writes_through_a_symlink_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old text\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real.name)
    read_as = read_source(link)
    assert write_fixed(link, "new text\n", read_as)
    assert link.is_symlink() and os.readlink(link) == real.name
    assert real.read_text(encoding="utf-8") == "new text\n"


def test_keeps_hard_links_together(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("old text\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    os.link(a, b)
    write_fixed(a, "new text, longer than before\n", read_source(a))
    assert b.read_text(encoding="utf-8") == "new text, longer than before\n"
    assert os.stat(a).st_ino == os.stat(b).st_ino and os.stat(a).st_nlink == 2
    write_fixed(b, "short\n", read_source(b))
    assert a.read_bytes() == b"short\n"


@pytest.mark.parametrize("codec,bom", [("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"\xff\xfe"),
                                       ("utf-32-be", b"\x00\x00\xfe\xff"), ("utf-8", b"\xef\xbb\xbf")])
def test_keeps_the_byte_order_and_bom(tmp_path, codec, bom):
    p = tmp_path / "a.txt"
    p.write_bytes(bom + "café conceded\r\n".encode(codec))
    read_as = read_source(p)
    assert read_as.text == "café conceded\r\n"
    write_fixed(p, "café said\r\n", read_as)
    assert p.read_bytes() == bom + "café said\r\n".encode(codec)


def test_keeps_permission_bits(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("x\n", encoding="utf-8")
    p.chmod(0o640)
    write_fixed(p, "y\n", read_source(p))
    assert (p.stat().st_mode & 0o777) == 0o640


def test_refuses_text_the_encoding_cannot_hold(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("caf\xe9\n".encode("latin-1"))
    read_as = read_source(p, "latin-1")
    with pytest.raises(SourceError, match=r"a.txt: the fixes need '—' \(U\+2014\), which latin-1 cannot hold"):
        write_fixed(p, "café —\n", read_as)
    assert p.read_bytes() == "caf\xe9\n".encode("latin-1")


@pytest.mark.parametrize("links", [1, 2])
def test_a_change_saved_after_reading_is_never_overwritten(tmp_path, links):
    p = tmp_path / "a.txt"
    p.write_text("draft one\n", encoding="utf-8")
    if links == 2:
        os.link(p, tmp_path / "b.txt")
    read_as = read_source(p)
    p.write_text("the editor's newer draft\n", encoding="utf-8")
    with pytest.raises(SourceError, match="changed since attrlint read it"):
        write_fixed(p, "draft one, fixed\n", read_as)
    assert p.read_text(encoding="utf-8") == "the editor's newer draft\n"
    assert not [x for x in tmp_path.iterdir() if x.name.endswith(".attrlint")]


def test_a_file_that_already_holds_the_fix_is_left_alone(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("one\n", encoding="utf-8")
    read_as = read_source(p)
    p.write_text("two\n", encoding="utf-8")  # another run got there first
    assert write_fixed(p, "two\n", read_as) is False
    assert p.read_text(encoding="utf-8") == "two\n"


# --- through the runner and the command line ----------------------------------------------
def test_lost_update_during_a_run_is_reported_and_kept(project, monkeypatch):
    target = project / "a.txt"
    target.write_text(FIXABLE, encoding="utf-8")
    other = project / "b.txt"
    other.write_text(FIXABLE, encoding="utf-8")
    from attrlint import stream  # the run checks its groups of documents here

    real_lint = stream.check_group

    def lint_then_editor_saves(docs, rules, *a, **kw):
        out = real_lint(docs, rules, *a, **kw)
        if any(d.path.endswith("a.txt") for d in docs) and len(docs) > 1:
            target.write_text("A newer draft the editor saved. He conceded.\n", encoding="utf-8")
        return out

    monkeypatch.setattr(stream, "check_group", lint_then_editor_saves)
    res = runner.run_paths([str(target), str(other)], fix=True)
    assert target.read_text(encoding="utf-8") == "A newer draft the editor saved. He conceded.\n"
    assert other.read_text(encoding="utf-8") == FIXED
    assert any("a.txt: changed since attrlint read it" in e for e in res.errors)
    assert list(res.fixed) == [str(other)]


def test_cli_fix_refuses_an_unholdable_fix_and_fixes_the_rest(dash_project):
    (dash_project / "old.txt").write_bytes("Caf\xe9: teh plan dashhere now.\n".encode("latin-1"))
    (dash_project / "new.txt").write_text("teh end\n", encoding="utf-8")
    proc = run_cli("check", "--fix", "--no-progress", "old.txt", "new.txt", cwd=dash_project)
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert "old.txt:1:16: fix of desk.fix needs '—' (U+2014), which latin-1 cannot hold" in err
    assert (dash_project / "old.txt").read_bytes() == "Caf\xe9: the plan dashhere now.\n".encode("latin-1")
    assert (dash_project / "new.txt").read_text(encoding="utf-8") == "the end\n"
    assert "Traceback" not in err


def test_cli_fix_through_a_symlinked_draft(project):
    real = project / "drafts" / "story.txt"
    real.parent.mkdir()
    real.write_text(FIXABLE, encoding="utf-8")
    (project / "story.txt").symlink_to(real)
    proc = run_cli("check", "--fix", "story.txt", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert (project / "story.txt").is_symlink()
    assert real.read_text(encoding="utf-8") == FIXED


def test_concurrent_fix_runs_agree(project):
    drafts = []
    for n in range(6):
        p = project / f"d{n}.txt"
        p.write_text(FIXABLE * (n + 1), encoding="utf-8")
        drafts.append(p)
    cmd = [sys.executable, "-m", "attrlint", "check", "--fix", "--no-progress", *(p.name for p in drafts)]
    procs = [subprocess.Popen(cmd, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    outs = [p.communicate() for p in procs]
    for proc, (_, err) in zip(procs, outs):
        assert proc.returncode in (0, 2), err
        assert b"Traceback" not in err
        for line in err.decode().splitlines():
            assert "changed since attrlint read it" in line, line
    for n, p in enumerate(drafts):
        assert p.read_text(encoding="utf-8") == FIXED * (n + 1)
    assert not [x for x in project.iterdir() if x.name.endswith(".attrlint")]
