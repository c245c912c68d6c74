"""The linter's own duties: parse only when needed, run-level rules, isolation of failures."""
from attrlint import BaseRule, Severity
from attrlint.config import Config
from attrlint.formats import read_document
from attrlint.linter import lint_documents


class Boom(BaseRule):
    id = "test.boom"
    category = "debris"
    description = "always fails"

    def check(self, doc):
        raise RuntimeError("kaboom")


class FirstWord(BaseRule):
    id = "test.first-word"
    category = "debris"
    severity = Severity.INFO
    description = "flags the first word"

    def check(self, doc):
        end = doc.text.find(" ")
        yield self.finding(doc, 0, end, "first word")


class SameTitleAcrossFiles(BaseRule):
    """Flags the later of two files that open with the same line."""

    id = "test.same-title"
    category = "debris"
    description = "cross-file"

    def check(self, doc):
        return []

    def check_run(self, docs):
        seen = {}
        for doc in docs:
            first = doc.text.split("\n", 1)[0]
            if first in seen:
                yield self.finding(doc, 0, len(first), f"same opening line as {seen[first]}")
            else:
                seen[first] = doc.path


class NeedsParse(BaseRule):
    id = "test.needs-parse"
    category = "typo"
    description = "reads the parse"
    needs = frozenset({"tagger"})

    def check(self, doc):
        for tok in doc.spacy:
            if tok.tag_ == "VBD":
                yield self.finding(doc, tok.idx, tok.idx + len(tok), "past tense")


def docs(*texts):
    return [read_document(t, f"d{i}.txt", config=Config()) for i, t in enumerate(texts)]


def test_a_failing_rule_is_reported_and_others_still_run():
    rules = {r.id: r for r in (Boom(), FirstWord())}
    [res] = lint_documents(docs("Hello world"), rules)
    assert [f.location.text for f in res.findings] == ["Hello"]
    assert res.errors and "test.boom" in res.errors[0] and "kaboom" in res.errors[0]


def test_run_level_rules_see_all_documents():
    rules = {r.id: r for r in (SameTitleAcrossFiles(),)}
    results = lint_documents(docs("Same title\nbody", "Other\nbody", "Same title\nmore"), rules)
    assert [len(r.findings) for r in results] == [0, 0, 1]
    assert "d0.txt" in results[2].findings[0].message


def test_documents_are_parsed_only_when_a_rule_needs_it():
    ds = docs("The mayor resigned.")
    lint_documents(ds, {"test.first-word": FirstWord()})
    assert ds[0]._spacy is None
    [res] = lint_documents(ds, {"test.needs-parse": NeedsParse()})
    assert [f.location.text for f in res.findings] == ["resigned"]


def test_duplicate_findings_are_merged_and_sorted():
    class Twice(FirstWord):
        id = "test.twice"

        def check(self, doc):
            yield self.finding(doc, 4, 9, "b")
            yield self.finding(doc, 0, 3, "a")
            yield self.finding(doc, 0, 3, "a again")

    [res] = lint_documents(docs("one two three"), {"test.twice": Twice()})
    assert [(f.location.start, f.message) for f in res.findings] == [(0, "a"), (4, "b")]


def test_asking_for_the_tagger_brings_coarse_tags_and_lemmas():
    from attrlint.nlp import parse

    doc = parse("The ministry angrily denied it.", needs=frozenset({"tagger"}))
    assert [t.pos_ for t in doc][:2] == ["DET", "NOUN"]
    assert doc[3].lemma_ == "deny"
