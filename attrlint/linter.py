"""Documents -> rules -> findings: parse in batches, run rules, map, suppress, sort."""

from __future__ import annotations

from .config import Config, unknown_selector
from .document import Document
from .finding import Finding, Location
from .result import FileResult
from .rule import Rule
from .suppress import Suppressions


def enabled_rules(doc: Document, rules: dict[str, Rule]) -> list[Rule]:
    cfg = doc.config or Config()
    return [r for r in rules.values() if cfg.is_enabled(r.id, r.category, doc.path, opt_in=getattr(r, "opt_in", False))]


def locate(doc: Document, f: Finding) -> Finding:
    """Fill in the finding's position in the original file (the one place this is done)."""
    s, e = doc.source_span(f.start, f.end)
    line, col = doc.line_index.line_col(s)
    end_line, end_col = doc.line_index.line_col(e)
    f.location = Location(line, col, end_line, end_col, s, e, doc.source[s:e])
    f.path = doc.path
    return f


def _needs(rules: list[Rule]) -> frozenset[str]:
    return frozenset().union(*(r.needs for r in rules)) if rules else frozenset()


def _parse_all(docs: list[Document], per_doc: list[list[Rule]], batch_size: int) -> dict[int, str]:
    """Run spaCy once over every document that a selected rule needs parsed.

    Returns the documents (by index) that could not be parsed, with the reason: a batch
    that fails is parsed again one document at a time, so only the culprit is lost.
    """
    from . import nlp

    failed: dict[int, str] = {}
    # one pipeline per model, with the union of what any of its documents needs
    by_model: dict[str, set[str]] = {}
    todo: dict[str, list[int]] = {}
    for i, (doc, rules) in enumerate(zip(docs, per_doc)):
        needs = _needs(rules)
        if needs:
            model = doc.config.model if doc.config else nlp.DEFAULT_MODEL
            by_model.setdefault(model, set()).update(needs)
            todo.setdefault(model, []).append(i)
    for model, idx in todo.items():
        needs = frozenset(by_model[model])
        try:
            parsed = list(nlp.parse_many([docs[i].text for i in idx], model, needs, batch_size))
        except nlp.ModelError:
            raise
        except Exception:
            parsed = []
            for i in idx:
                try:
                    parsed.extend(nlp.parse_many([docs[i].text], model, needs, 1))
                except nlp.ModelError:
                    raise
                except Exception as exc:
                    failed[i] = f"cannot be parsed: {type(exc).__name__}: {exc}"
                    parsed.append(None)
        for i, doc in zip(idx, parsed):
            if doc is not None:
                docs[i].set_spacy(doc)
    return failed


#: documents parsed and checked together; a run of more than this releases each group's
#: parses once its rules have run, so memory stays flat however many files are checked
GROUP = 64


def lint_documents(
    docs: list[Document],
    rules: dict[str, Rule],
    *,
    batch_size: int = 16,
    progress=None,
) -> list[FileResult]:
    """Check documents; a rule that raises (a plugin's included) or a document that cannot
    be parsed becomes an error in that file's result, and everything else still runs."""
    per_doc = [enabled_rules(d, rules) for d in docs]
    results = []
    for g in range(0, len(docs), GROUP):
        group, group_rules = docs[g : g + GROUP], per_doc[g : g + GROUP]
        failed = _parse_all(group, group_rules, batch_size)
        for i, (doc, doc_rules) in enumerate(zip(group, group_rules)):
            results.append(_check(doc, doc_rules, failed.get(i)))
            if progress:
                progress()
        if len(docs) > GROUP:
            for doc in group:
                doc.release()
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
    known = (sorted(rules), sorted({r.category for r in rules.values()}))
    for res in results:
        _finish(res, known)
    return results


def _check(doc: Document, doc_rules: list[Rule], parse_error: str | None) -> FileResult:
    res = FileResult(doc)
    if parse_error:
        res.errors.append(parse_error + "; only the rules that need no parse were run")
        doc_rules = [r for r in doc_rules if not r.needs]
    for rule in doc_rules:
        try:
            res.findings.extend(rule.check(doc))
        except Exception as exc:  # one broken rule must not sink the run
            res.errors.append(f"rule {rule.id} failed: {type(exc).__name__}: {exc}")
    return res


def _finish(res: FileResult, known: tuple[list[str], list[str]] = ([], [])) -> None:
    doc = res.document
    cfg = doc.config or Config()
    sup = Suppressions.parse(doc.source, lambda off: doc.line_index.line_col(off)[0])
    if known[0]:
        for d in sup.directives:
            for sel in d.selectors:
                problem = unknown_selector(sel, *known)
                if problem:
                    res.errors.append(f"line {d.line}: suppression comment: {problem}")
    out: dict[tuple, Finding] = {}
    for f in res.findings:
        try:
            kept = _place(doc, f, cfg, sup)
        except Exception as exc:  # a plugin's finding that points nowhere
            res.errors.append(f"rule {getattr(f, 'rule', '?')} gave an unusable finding: {type(exc).__name__}: {exc}")
            continue
        if kept:
            out.setdefault((f.rule, f.at.start, f.at.end), f)
    from .furniture.hide import outside_furniture  # what a debris finding deletes is not checked

    res.findings = sorted(outside_furniture(out.values()), key=Finding.sort_key)
    res.unused_suppressions = sup.unused()


def _place(doc: Document, f: Finding, cfg: Config, sup: Suppressions) -> bool:
    """Locate a finding in the source; False when it is skipped or suppressed."""
    if not isinstance(f, Finding):
        raise TypeError(f"{f!r} is not a Finding")
    if not 0 <= f.start <= f.end <= len(doc.text):
        raise ValueError(f"span {f.start}-{f.end} is outside the text (length {len(doc.text)})")
    if any(s <= f.start and f.end <= e for s, e in doc.skip_spans):
        return False
    if doc.cut_end is not None and doc.cut_end.hides(f.rule, f.category, f.start, doc.text, f.end):
        return False  # an effect of the text stopping mid-sentence, not an error
    locate(doc, f)
    if sup.on_directive(f) or sup.suppresses(f):
        return False
    f.severity = cfg.severity_for(f.rule, f.category, f.severity, doc.path)
    return True


def lint_text(
    text: str,
    *,
    path: str = "<text>",
    fmt: str | None = None,
    config: Config | None = None,
    rules: dict[str, Rule] | None = None,
) -> list[Finding]:
    """Lint a string; the simplest entry point for tests and embedding."""
    from .formats import read_document
    from .registry import discover

    cfg = config or Config()
    doc = read_document(text, path, fmt, config=cfg)
    rules = rules if rules is not None else discover(cfg.packs)
    return lint_documents([doc], rules)[0].findings
