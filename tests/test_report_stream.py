"""The JSON report written a file at a time is byte for byte the one-string report."""

from __future__ import annotations

import io

from attrlint.document import Document
from attrlint.finding import Finding
from attrlint.linter import locate
from attrlint.report import render, write
from attrlint.report.json import render_json, write_json
from attrlint.result import FileResult, Packed, RunResult, pack, unpacked
from attrlint.suppress import Directive


def _result(n_files: int) -> RunResult:
    files = []
    for i in range(n_files):
        text = f"Zoë Quill sägt, the plan “works”.\nA second line {i}.\n"
        doc = Document.from_text(text, path=f"story-{i}.txt")
        findings = []
        if i % 2 == 0:
            f = Finding("spelling.misspelling", "typo", "warning", "“sägt” is not a word", 5, 9, ["says"])
            findings.append(locate(doc, f))
            g = Finding("voice.vague", "weak_attribution", "info", "who says so?", 0, 8, evidence="x\ny", fix="Zoe")
            findings.append(locate(doc, g))
        if i == 1:
            doc.metadata["sourcing"] = {"claim_sentences": 2, "named_sources": [{"name": "Zoë", "kind": "person", "sentences": [1], "lines": [1, 2]}],
                                        "by_rating": {}, "share": 0.5, "none": None}
        unused = [Directive(verb="disable", selectors=["debris"], start=0, end=5, line=2)] if i == 2 else []
        files.append(FileResult(doc, findings, unused_suppressions=unused))
    return RunResult(files=files, errors=["gone.txt: no such file or directory"] if n_files else [])


def test_streamed_json_is_the_one_string_report():
    for n in (0, 1, 3):
        result = _result(n)
        out = io.StringIO()
        write_json(result, out)
        assert out.getvalue() == render_json(result)
        assert '"files": [' in out.getvalue()


def test_write_dispatches_every_format():
    result = _result(2)
    for fmt in ("json", "text", "sarif", "github"):
        out = io.StringIO()
        write(fmt, result, out)
        assert out.getvalue() == render(fmt, result)


def test_a_packed_sourcing_summary_reports_as_the_dict_did():
    plain = _result(3)
    packed = _result(3)
    doc = packed.files[1].document
    doc.metadata["sourcing"] = pack(doc.metadata["sourcing"])
    assert isinstance(doc.metadata["sourcing"], Packed)
    assert unpacked(doc.metadata["sourcing"]) == plain.files[1].document.metadata["sourcing"]
    assert render_json(packed) == render_json(plain)
    assert render("text", packed, summary=True) == render("text", plain, summary=True)
    assert "Zoë" in render("text", packed, summary=True)


def test_what_cannot_be_packed_is_kept_as_it_is():
    thing = object()
    assert pack(thing) is thing and unpacked(thing) is thing
