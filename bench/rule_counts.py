#!/usr/bin/env python3
"""Instructions each rule executes per document, counted on a stored parse.

``overhead.py --instructions`` counts bare spaCy and attrlint under valgrind, parse
included, and the parse runs so slowly there (its vector code is emulated) that a count
of even two articles did not finish in an hour at stop 28. The rules do not need the
parse to happen under valgrind, only its result: this bench parses the articles with
attrlint's own pipeline outside valgrind, keeps the parses as a ``DocBin``, and counts a
child process that reads them back (the model loaded uncounted, for its vocabulary), runs
every rule once to warm it (first-use data is set-up, counted by ``overhead.py``), then
counts each rule over all the documents in turn, one callgrind mark per rule.

A shared analysis (the spelling verdicts, the attribution walk, the furniture analysis,
the token table, the story date) is charged to the first rule that asks for it, as
``check --timings`` would before it takes it out; the rules run in the engine's order.
The same findings as the engine's (the child checks them against a plain ``_check`` run).

    .venv/bin/python bench/rule_counts.py --limit 10            # every rule, 10 articles
    .venv/bin/python bench/rule_counts.py --select names,title  # a family or two

It measures the attrlint of the tree it belongs to (its parent directory goes first on
``sys.path``), as ``overhead.py`` does; run it from a copy of another commit to count
that commit. Needs valgrind (``bench/instructions.py``).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))


def _setup(limit: int, seed: int, select: list[str], data_dir: Path):
    """The articles as Documents, their enabled rules, and the selected rules."""
    from noise import find_wheel, load_articles

    from attrlint import linter
    from attrlint.config import Config
    from attrlint.document import Document
    from attrlint.registry import discover

    articles = load_articles(find_wheel(data_dir, download=True))
    random.Random(seed).shuffle(articles)
    texts = [a.text for a in articles[10: 10 + limit]]  # overhead.py's articles
    config = Config()
    rules = discover()
    docs = [Document.from_text(t, path=f"overhead/{i}.txt", config=config) for i, t in enumerate(texts)]
    per_doc = [linter.enabled_rules(d, rules) for d in docs]
    chosen = [r for k, r in rules.items() if not select or any(k.startswith(s) or r.category == s for s in select)]
    return docs, per_doc, chosen


#: the Document's cached analyses, computed again in the counted pass like the shared ones
_CACHED = ("line_index", "folded", "re_lower", "quote_spans", "cut_end", "_quote_reach", "story_date")


def _reset(doc) -> None:
    doc._shared.clear()
    for name in _CACHED:
        doc.__dict__.pop(name, None)


def child(args) -> int:
    """Read the parses back, warm every rule, then count each rule over every document."""
    from instructions import Marks
    from spacy.tokens import DocBin

    from attrlint import linter, nlp

    docs, per_doc, chosen = _setup(args.limit, args.seed, _split(args.select), args.data_dir)
    needs = linter._needs([r for rs in per_doc for r in rs])
    vocab = nlp.get_pipeline(nlp.DEFAULT_MODEL, needs).vocab
    parsed = list(DocBin().from_bytes(args.docbin.read_bytes()).get_docs(vocab))
    for doc, sp in zip(docs, parsed):
        doc.set_spacy(sp)
    order = [[r for r in rules if r in chosen] for rules in per_doc]
    plain = []
    for doc, rules in zip(docs, order):  # warming: first-use data loaded, and the reference
        _reset(doc)
        plain.append(linter._check(doc, rules, None).findings)
    for doc in docs:
        _reset(doc)
    marks = Marks()
    found: list[list] = [[] for _ in docs]
    ids = []
    marks.start()
    for rule in chosen:
        for k, (doc, rules) in enumerate(zip(docs, order)):
            if rule in rules:
                found[k].extend(rule.check(doc))
        marks.mark(rule.id)
        ids.append(rule.id)
    marks.stop("end")
    same = all(sorted(map(repr, a)) == sorted(map(repr, b)) for a, b in zip(found, plain))
    args.counted_child.write_text(json.dumps({
        "ids": ids, "texts": len(docs), "words": sum(len(d.text.split()) for d in docs), "same": same}))
    return 0


def _split(select: str) -> list[str]:
    return [s for s in select.split(",") if s]


def main(argv: list[str] | None = None) -> int:
    from noise import DEFAULT_DATA

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=10, help="articles counted (default 10)")
    ap.add_argument("--seed", type=int, default=16, help="as overhead.py's")
    ap.add_argument("--select", default="", help="rule ids, prefixes or categories (comma-separated)")
    ap.add_argument("--top", type=int, default=30, help="rules listed (default 30)")
    ap.add_argument("--json", type=Path, help="also write the counts here")
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--docbin", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--counted-child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.counted_child:
        return child(args)

    from instructions import run_counted, unavailable

    why = unavailable()
    if why:
        print(f"rule counts: not available: {why}")
        return 0
    from spacy.tokens import DocBin

    from attrlint import linter

    docs, per_doc, _ = _setup(args.limit, args.seed, [], args.data_dir)
    linter._parse_all(docs, per_doc, linter.BATCH)
    with tempfile.TemporaryDirectory(prefix="attrlint-rule-counts-") as tmp:
        work = Path(tmp)
        bin_path, out = work / "docs.spacy", work / "child.json"
        bin_path.write_bytes(DocBin(docs=[d.spacy for d in docs]).to_bytes())
        argv_child = [sys.executable, str(Path(__file__).resolve()), "--counted-child", str(out),
                      "--docbin", str(bin_path), "--limit", str(args.limit), "--seed", str(args.seed),
                      "--select", args.select, "--data-dir", str(args.data_dir)]
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(PYTHONHASHSEED="0", ATTRLINT_NO_DAEMON="1")
        # once outside callgrind: a table the store lacks is built at native speed
        subprocess.run(argv_child, env=env, stdout=subprocess.DEVNULL, check=True)
        counts = run_counted(argv_child, work / "cg", env)
        res = json.loads(out.read_text())
    per_rule = {i: counts.get(i, 0) for i in res["ids"]}
    total = sum(per_rule.values())
    n = res["texts"]
    print(f"rule counts: {n} articles, {res['words']} words, {len(per_rule)} rules: "
          f"{total / 1e6:.0f} M instructions, {total / n / 1e6:.1f} M a document"
          f"{'' if res['same'] else ' (FINDINGS DIFFER from the engine run)'}")
    families: dict[str, int] = {}
    for rid, c in per_rule.items():
        families[rid.split(".")[0]] = families.get(rid.split(".")[0], 0) + c
    print(f"{'rule':45s} {'M instr':>9s} {'M/doc':>7s} {'share':>6s}")
    for rid, c in sorted(per_rule.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"{rid:45s} {c / 1e6:9.1f} {c / n / 1e6:7.2f} {c / total:6.1%}")
    print(f"\n{'family':45s} {'M instr':>9s} {'M/doc':>7s} {'share':>6s}")
    for fam, c in sorted(families.items(), key=lambda kv: -kv[1]):
        print(f"{fam:45s} {c / 1e6:9.1f} {c / n / 1e6:7.2f} {c / total:6.1%}")
    if args.json:
        args.json.write_text(json.dumps({**res, "counts": per_rule}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
