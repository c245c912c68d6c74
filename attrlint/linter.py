"""Documents -> rules -> findings: parse a group, run the rules, summarise for the
run-level rules, then locate, suppress and sort (``finish``) once the run is complete."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import timings
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


#: documents parsed and checked together; each group's parses are released once its
#: rules have run, so memory stays flat however many files are checked
GROUP = 16
#: documents spaCy parses at once: its working memory grows with the batch (on news
#: articles, a batch of 16 peaked ~140 MiB above a batch of 4, for no gain in speed)
BATCH = 4


@dataclass
class Checked:
    """What checking one document gives, before its findings are located: the per-file
    rules' raw findings (text offsets), their errors, the run-level rules' summaries and
    what the rules added to ``doc.metadata`` (the sourcing summary). Small and picklable:
    a worker process or the cache hands back this, never the parse."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    summaries: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    #: a worker's times for its group (``attrlint.timings``: wall, CPU, calls), on the
    #: group's first document, when timings are asked for
    timings: tuple[dict[str, float], dict[str, float], dict[str, int]] | None = None


def check_group(
    docs: list[Document], per_doc: list[list[Rule]], batch_size: int = BATCH, *, release: bool = True
) -> list[Checked]:
    """Parse a group of documents together and run their per-file rules and the run-level
    rules' ``summarise``; with ``release``, each document's parse and shared analyses are
    dropped as soon as it is checked (they cost far more memory than the parse)."""
    with timings.part(timings.PARSE):
        failed = _parse_all(docs, per_doc, batch_size)
    out = []
    for i, (doc, doc_rules) in enumerate(zip(docs, per_doc)):
        before = dict(doc.metadata)
        res = _check(doc, doc_rules, failed.get(i))
        checked = Checked(res.findings, res.errors)
        for rule in doc_rules:
            if hasattr(rule, "check_run") and hasattr(rule, "summarise"):
                if i in failed and rule.needs:
                    continue
                try:
                    with timings.part(rule.id):
                        checked.summaries[rule.id] = rule.summarise(doc)
                except Exception as exc:
                    checked.errors.append(f"rule {rule.id} failed: {type(exc).__name__}: {exc}")
        checked.metadata = {k: v for k, v in doc.metadata.items() if k not in before or before[k] is not v}
        out.append(checked)
        if release:
            _release(doc, res.findings)  # the next document's analyses need not sit beside this one's
    return out


def _release(doc: Document, findings: list[Finding]) -> None:
    """Drop the document's parse and shared analyses, but keep its furniture analysis when
    ``finish`` will read it (the caption lines, where a typo is reported though the block
    is debris): computing it again there cost a second analysis on a third of scraped pages."""
    from .furniture.hide import needs_captions

    kept = doc._shared.get("furniture") if needs_captions(findings) else None
    doc.release()
    if kept is not None:
        doc._shared["furniture"] = kept


def run_level(results: list[FileResult], per_doc: list[list[Rule]], summaries: list[dict[str, Any]]) -> None:
    """Run-level rules see every document of the run at once, through the compact summary
    each gave (``summarise(doc)``; ``check_run(summaries)`` yields (index in the list it
    was given, finding)). A rule without ``summarise`` gets the documents themselves
    (``check_run(docs)``, findings matched by path); their parses are gone by now."""
    run_rules = {r.id: r for rs in per_doc for r in rs if hasattr(r, "check_run")}
    for rule in run_rules.values():
        covered = [i for i, rs in enumerate(per_doc) if any(r.id == rule.id for r in rs)]
        try:
            with timings.part(rule.id):
                if hasattr(rule, "summarise"):
                    for k, f in rule.check_run([summaries[i].get(rule.id) for i in covered]):
                        results[covered[k]].findings.append(f)
                else:
                    by_path = {results[i].document.path: results[i] for i in covered}
                    for f in rule.check_run([results[i].document for i in covered]):
                        if f.path in by_path:
                            by_path[f.path].findings.append(f)
        except Exception as exc:
            for i in covered:
                results[i].errors.append(f"rule {rule.id} failed across files: {type(exc).__name__}: {exc}")


def known_selectors(rules: dict[str, Rule]) -> tuple[list[str], list[str]]:
    return sorted(rules), sorted({r.category for r in rules.values()})


def lint_documents(
    docs: list[Document],
    rules: dict[str, Rule],
    *,
    batch_size: int = BATCH,
    progress=None,
) -> list[FileResult]:
    """Check documents in process; a rule that raises (a plugin's included) or a document
    that cannot be parsed becomes an error in that file's result, and everything else
    still runs. (``attrlint.stream`` adds the cache and worker processes on top.)"""
    per_doc = [enabled_rules(d, rules) for d in docs]
    results: list[FileResult] = []
    summaries: list[dict[str, Any]] = []
    for g in range(0, len(docs), GROUP):
        group = docs[g : g + GROUP]
        checked_group = check_group(group, per_doc[g : g + GROUP], batch_size, release=len(docs) > GROUP)
        for doc, checked in zip(group, checked_group):
            results.append(FileResult(doc, checked.findings, errors=checked.errors))
            summaries.append(checked.summaries)
            if progress:
                progress()
    run_level(results, per_doc, summaries)
    known = known_selectors(rules)
    for res in results:
        with timings.part(timings.PLACE):
            finish(res, known)
    return results


def _check(doc: Document, doc_rules: list[Rule], parse_error: str | None) -> FileResult:
    res = FileResult(doc)
    if parse_error:
        res.errors.append(parse_error + "; only the rules that need no parse were run")
        doc_rules = [r for r in doc_rules if not r.needs]
    for rule in doc_rules:
        try:
            with timings.part(rule.id):
                res.findings.extend(rule.check(doc))
        except Exception as exc:  # one broken rule must not sink the run
            res.errors.append(f"rule {rule.id} failed: {type(exc).__name__}: {exc}")
    return res


def finish(res: FileResult, known: tuple[list[str], list[str]] = ([], [])) -> None:
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

    res.findings = sorted(outside_furniture(out.values(), doc), key=Finding.sort_key)
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
