"""Documents -> rules -> findings: parse in batches, run rules, map, suppress, sort."""
from __future__ import annotations

from dataclasses import dataclass, field

from .config import Config
from .document import Document
from .finding import Finding, Location
from .rule import Rule
from .suppress import Directive, Suppressions


@dataclass
class FileResult:
    document: Document
    findings: list[Finding] = field(default_factory=list)
    unused_suppressions: list[Directive] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def enabled_rules(doc: Document, rules: dict[str, Rule]) -> list[Rule]:
    cfg = doc.config or Config()
    return [r for r in rules.values()
            if cfg.is_enabled(r.id, r.category, doc.path, opt_in=getattr(r, "opt_in", False))]


def locate(doc: Document, f: Finding) -> Finding:
    """Fill in the finding's position in the original file (the one place this is done)."""
    s, e = doc.source_span(f.start, f.end)
    line, col = doc.line_index.line_col(s)
    end_line, end_col = doc.line_index.line_col(e)
    f.location = Location(line, col, end_line, end_col, s, e, doc.source[s:e])
    f.path = doc.path
    return f


def _parse_all(docs: list[Document], per_doc: list[list[Rule]], batch_size: int) -> None:
    """Run spaCy once over every document that a selected rule needs parsed."""
    from . import nlp

    groups: dict[tuple[str, frozenset[str]], list[Document]] = {}
    for doc, rules in zip(docs, per_doc):
        needs = frozenset().union(*(r.needs for r in rules)) if rules else frozenset()
        if needs:
            model = doc.config.model if doc.config else nlp.DEFAULT_MODEL
            groups.setdefault((model, needs), []).append(doc)
    # one pipeline per model, with the union of what any document needs
    by_model: dict[str, set[str]] = {}
    for (model, needs) in groups:
        by_model.setdefault(model, set()).update(needs)
    for model, needs in by_model.items():
        todo = [d for (m, _), ds in groups.items() if m == model for d in ds]
        for doc, parsed in zip(todo, nlp.parse_many([d.text for d in todo], model, frozenset(needs), batch_size)):
            doc.set_spacy(parsed)


def lint_documents(
    docs: list[Document],
    rules: dict[str, Rule],
    *,
    batch_size: int = 16,
    progress=None,
) -> list[FileResult]:
    per_doc = [enabled_rules(d, rules) for d in docs]
    _parse_all(docs, per_doc, batch_size)
    results = []
    for doc, doc_rules in zip(docs, per_doc):
        res = FileResult(doc)
        raw: list[Finding] = []
        for rule in doc_rules:
            try:
                raw.extend(rule.check(doc))
            except Exception as exc:  # one broken rule must not sink the run
                res.errors.append(f"rule {rule.id} failed: {type(exc).__name__}: {exc}")
        res.findings = raw
        results.append(res)
        if progress:
            progress()
    # run-level rules see every document of the run at once
    by_path = {r.document.path: r for r in results}
    run_rules = {r.id: r for rs in per_doc for r in rs if hasattr(r, "check_run")}
    for rule in run_rules.values():
        covered = [res.document for res, rs in zip(results, per_doc) if rule in rs]
        try:
            for f in rule.check_run(covered):
                if f.path in by_path:
                    by_path[f.path].findings.append(f)
        except Exception as exc:
            for doc in covered:
                by_path[doc.path].errors.append(f"rule {rule.id} failed across files: {type(exc).__name__}: {exc}")
    for res in results:
        _finish(res)
    return results


def _finish(res: FileResult) -> None:
    doc = res.document
    cfg = doc.config or Config()
    sup = Suppressions.parse(doc.source, lambda off: doc.line_index.line_col(off)[0])
    out: dict[tuple, Finding] = {}
    for f in res.findings:
        if any(s <= f.start and f.end <= e for s, e in doc.skip_spans):
            continue
        if doc.cut_end is not None and doc.cut_end.hides(f.rule, f.category, f.start, doc.text):
            continue  # an effect of the text stopping mid-sentence, not an error
        locate(doc, f)
        if sup.on_directive(f) or sup.suppresses(f):
            continue
        f.severity = cfg.severity_for(f.rule, f.category, f.severity, doc.path)
        key = (f.rule, f.location.start, f.location.end)
        out.setdefault(key, f)
    res.findings = sorted(out.values(), key=Finding.sort_key)
    res.unused_suppressions = sup.unused()


def lint_text(text: str, *, path: str = "<text>", fmt: str | None = None, config: Config | None = None,
              rules: dict[str, Rule] | None = None) -> list[Finding]:
    """Lint a string; the simplest entry point for tests and embedding."""
    from .formats import read_document
    from .registry import discover

    cfg = config or Config()
    doc = read_document(text, path, fmt, config=cfg)
    rules = rules if rules is not None else discover(cfg.packs)
    return lint_documents([doc], rules)[0].findings

