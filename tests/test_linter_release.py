"""A released document keeps its furniture analysis only when ``finish`` will read it (a typo
beside a span to delete: the caption lines), so that it is not computed a second time."""
from __future__ import annotations

from attrlint.config import Config
from attrlint.document import Document
from attrlint.finding import Finding, Severity
from attrlint.furniture import analyse
from attrlint.furniture.hide import needs_captions
from attrlint.linter import _release

TEXT = "Harbour Town Gazette\nShare Facebook Twitter\n\nThe ferry pier closed on Monday after a long vote.\n"


def _finding(rule: str, category: str, start: int = 0, end: int = 5) -> Finding:
    return Finding(rule, category, Severity.WARNING, "m", start, end)


def test_needs_captions_only_with_a_typo_and_a_span_to_delete():
    typo, deleted = _finding("spelling.typo", "typo"), _finding("debris.widget-line", "debris")
    assert needs_captions([typo, deleted])
    assert not needs_captions([typo])
    assert not needs_captions([deleted])
    assert not needs_captions([typo, _finding("debris.widget-line", "debris", 3, 3)])  # an empty span deletes nothing


def test_release_keeps_the_furniture_analysis_when_finish_reads_it():
    doc = Document.from_text(TEXT, path="x.txt", config=Config())
    first = analyse(doc)
    _release(doc, [_finding("spelling.typo", "typo"), _finding("debris.widget-line", "debris")])
    assert analyse(doc) is first


def test_release_drops_it_otherwise():
    doc = Document.from_text(TEXT, path="x.txt", config=Config())
    first = analyse(doc)
    _release(doc, [_finding("spelling.typo", "typo")])
    assert analyse(doc) is not first
