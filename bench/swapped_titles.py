#!/usr/bin/env python3
"""Swapped titles in real dated news: does the title rule catch a title the person never held?

Every titled mention ("Prime Minister Theresa May said ...") of a person in the knowledge
base, in the dated 2016-17 articles bench/noise.py reads, is rewritten with titles of
offices that exist but that the person never held: one naming another country's office
("Prime Minister Angela Merkel", "Defense Secretary Xi Jinping") and one naming an office
of their own country ("Home Secretary Philip Hammond" in 2017), and, for a person holding a listed office on
the date, a kind of office they never held ("Senator", "Governor", "Ambassador", "Speaker",
"King": "Senator Rex Tillerson" in 2017). The rule must flag the
rewritten span (recall). As controls, the same sentence with its original title and with
another name of the office held ("Premier" for a prime minister) must not be flagged:
a finding there is a false alarm (precision = flagged swaps / all findings at the spans).

The titles drawn come from a fixed list of real office titles below, not from the rule's
own title index, and "never held" is read from the knowledge base's terms (a title whose
words the person's record does not claim to list in full is not drawn).

With ``--years 2000-2014`` the same sentences are also judged as stories of those years:
a titled mention whose title names an office the person held in a term within them
("President Vladimir Putin", "Prime Minister Tony Blair" in a 2017 retrospective) is
re-dated to the middle of that term (the part within the years) and swapped the same way
(kinds prefixed "old-"): real sentences, dated when the title was right.

  .venv/bin/python bench/swapped_titles.py [--limit N] [--show K] [--seed S] [--years 2000-2014]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import noise  # noqa: E402

from attrlint.checks import titles  # noqa: E402
from attrlint.config import Config  # noqa: E402
from attrlint.kb.analysis import analyzer  # noqa: E402
from attrlint.kb.judge import candidate_offices  # noqa: E402
from attrlint.kb.model import GENERIC_TITLES, GRACE, holds, title_key  # noqa: E402
from attrlint.kb.names import tokenize  # noqa: E402
from attrlint.linter import lint_text  # noqa: E402

#: real office titles as written before a name, with the country whose office they name
#: (None: many countries have one)
POOL = [
    ("Prime Minister", None), ("President", None), ("Chancellor", "de"), ("Vice President", None),
    ("Foreign Minister", None), ("Foreign Secretary", "uk"), ("Secretary of State", "us"),
    ("Defense Secretary", "us"), ("Defence Secretary", "uk"), ("Defence Minister", None), ("Defense Minister", None),
    ("Finance Minister", None), ("Treasury Secretary", "us"), ("Chancellor of the Exchequer", "uk"),
    ("Interior Minister", None), ("Home Secretary", "uk"), ("Homeland Security Secretary", "us"),
    ("Justice Minister", None), ("Attorney General", "us"), ("Health Minister", None), ("Trade Minister", None),
    ("Commerce Secretary", "us"), ("Fed Chair", "us"), ("Federal Reserve Chairman", "us"),
    ("Bank of England Governor", "uk"), ("White House Press Secretary", "us"), ("Press Secretary", "us"),
    ("National Security Adviser", "us"), ("White House Chief of Staff", "us"), ("Premier", "cn"),
    ("Supreme Leader", "ir"), ("UN Secretary-General", "un"), ("NATO Secretary-General", "nato"),
    ("European Commission President", "eu-commission"), ("ECB President", "eu-ecb"),
    ("IMF Managing Director", "imf"), ("World Bank President", "wb"), ("Energy Secretary", "us"),
]


#: titles that name a kind of office rather than one office, swapped in for a person who
#: holds a full listed office on the date ("Senator Antony Blinken" in 2023)
KINDS = ["Senator", "Governor", "Ambassador", "Speaker", "King", "Rep."]


def kind_candidates(kb, person, when) -> list[str]:
    """KINDS the person never held: no word of any office on record, nor one the record
    leaves out (``complete_except``); only for a full holder of a listed office that day."""
    if not any(holds(t, when, dt.timedelta(0)) and not t.acting for t in person.terms):
        return []
    words = set()
    for term in person.terms:
        o = kb.offices[term.office]
        words |= set(" ".join([title_key(o.label), title_key(o.short), *o.titles]).split())
    keys = {k: title_key(k.rstrip(".")) for k in KINDS}  # "Rep." is the title "rep"
    return [k for k in KINDS if keys[k] not in words and person.complete_for(keys[k])]


def held_keys(kb, person) -> set[str]:
    return {t for term in person.terms for t in kb.offices[term.office].titles}


def candidates(kb, person, when) -> tuple[list[str], list[str]]:
    """(another country's titles, own country's titles) the person never held."""
    held = held_keys(kb, person)
    mine = kb.person_jurisdictions(person)
    foreign, own = [], []
    for title, jur in POOL:
        key = title_key(title)
        if key in held or not person.complete_for(key):
            continue
        names_own = jur in mine if jur else any(o.jurisdiction in mine for o in kb.offices_by_title.get(key, []))
        (own if names_own else foreign).append(title)
    return foreign, own


def variants(kb, person, when, said: str) -> list[str]:
    """Other names of an office held on the date (controls that must pass)."""
    out = []
    for t in person.terms:
        if not holds(t, when) or t.acting:
            continue
        office = kb.offices[t.office]
        for key in sorted(office.titles):
            if key != title_key(said) and key not in GENERIC_TITLES and key not in ("pm",) and len(key) > 3:
                out.append(key.title() if said[:1].isupper() else key)
    return out


def cased(title: str, like: str) -> str:
    return title if like[:1].isupper() else title.lower()


def redate(kb, person, m, years: tuple[int, int]) -> dt.date | None:
    """The middle of the latest term within ``years`` of an office the mention's title
    names (None: no such term, or one too short to stand clear of its ends)."""
    lo, hi = dt.date(years[0], 1, 1), dt.date(years[1], 12, 31)
    ids = {o.id for o in candidate_offices(kb, person, m)}
    spans = []
    for t in person.terms:
        if t.office in ids and not t.acting and not t.uncertain and t.start:
            a, b = max(t.start, lo), min(t.end or hi, hi)
            if b - a > 4 * GRACE:
                spans.append((a, b))
    if not spans:
        return None
    a, b = max(spans)
    return a + (b - a) / 2


def swaps(kb, rng, text, m, person, when, prefix: str, with_kinds: bool) -> list[tuple]:
    """The cases of one titled mention dated ``when``: the original and another name of
    the office held (controls), and the swaps (another country's office, one of the
    person's own country, a kind of office)."""
    out = []
    # "Name, the Title," is read after the name: its span ends at the title
    form = "" if m.form == "prefix" else "/appos"
    said = text[m.title_start:m.title_end]
    foreign, own = candidates(kb, person, when)
    out.append((prefix + "original" + form, text, m.start, m.end, when, person.name))
    # kinds of office ("Senator") are judged only written close up before the name
    kinds = kind_candidates(kb, person, when) if with_kinds and not form else []
    for pool, kind in ((foreign, "foreign"), (own, "own"), (kinds, "kind")):
        if pool:
            new = cased(rng.choice(pool), said)
            if said.endswith(".") and not new.endswith(".") and text[m.title_end:m.title_end + 1].isalpha():
                new += " "  # "Sen.Richard Blumenthal" (no space in the copy): keep the words apart
            swapped = text[:m.title_start] + new + text[m.title_end:]
            out.append((prefix + "swap-" + kind + form, swapped, m.start, m.end + len(new) - len(said), when, person.name))
    alts = variants(kb, person, when, said)
    if alts:
        new = rng.choice(alts)
        alt = text[:m.title_start] + new + text[m.title_end:]
        out.append((prefix + "variant" + form, alt, m.start, m.end + len(new) - len(said), when, person.name))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="articles to use (0: all)")
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-kinds", dest="kinds", action="store_false",
                    help="leave out the Senator/Governor/Ambassador/Speaker/King/Rep. swaps")
    ap.add_argument("--years", default="", help="also re-date mentions to terms within these years (e.g. 2000-2014)")
    ap.add_argument("--no-appositives", dest="appositives", action="store_false",
                    help="only titles before the name (as before 2026-11-29): leave out 'Name, the Title,'")
    a = ap.parse_args(argv)
    rng, rng_old = random.Random(a.seed), random.Random(a.seed + 1)
    wheel = noise.find_wheel(Path(__file__).resolve().parent / "data", download=False)
    arts = [x for x in noise.load_articles(wheel) if x.date]
    if a.limit:
        arts = random.Random(1).sample(arts, min(a.limit, len(arts)))
    rules = {r.id: r for r in titles.rules()}
    years = tuple(int(y) for y in a.years.split("-")) if a.years else None
    an = analyzer()
    kb = an.kb
    cases = []  # (kind, text, start, end, date, person's name)
    for art in arts:
        doc = noise.to_document(art, Config())
        text, when = doc.text, doc.story_date.date
        toks = tokenize(text)
        for nm, pid in an.resolve(text, toks, an.names.find(text, toks)):
            for m in (an.reader.before(text, toks, nm), an.reader.after(text, toks, nm) if a.appositives else None):
                if m is None or m.when != "current" or m.acting or doc.in_quote(m.start, m.end):
                    continue
                person = kb.people[pid]
                dates = [("", when)]
                old = redate(kb, person, m, years) if years else None
                if old is not None:
                    dates.append(("old-", old))
                for prefix, day in dates:
                    # a draw of its own for the re-dated cases: the others stay as without --years
                    cases += swaps(kb, rng_old if prefix else rng, text, m, person, day, prefix, a.kinds)
    t0 = time.time()
    counts: dict[str, list[int]] = {}
    misses, alarms = [], []
    missed_people: dict[str, int] = {}
    for kind, text, s, e, when, who in cases:
        got = lint_text(text, config=Config(date=when), rules=rules)
        hit = any(f.start < e and s < f.end for f in got)
        c = counts.setdefault(kind, [0, 0])
        c[0] += 1
        c[1] += hit
        snippet = f"{when} {text[max(0, s - 60):s]!r} [[{text[s:e]}]]"
        if "swap" in kind and not hit:
            misses.append(f"{kind} {snippet}")
            missed_people[who] = missed_people.get(who, 0) + 1
        if "swap" not in kind and hit:
            alarms.append(f"{kind} {snippet}")
    secs = time.time() - t0
    print(f"articles {len(arts)}, cases {len(cases)}, {secs:.1f}s")
    for kind, (total, hit) in sorted(counts.items()):
        print(f"  {kind:20} {total:5} flagged {hit:5} ({hit / max(1, total):.3f})")
    for prefix, label in (("", "swapped titles"), ("old-", f"re-dated to {a.years}")):
        mine = {k: c for k, c in counts.items() if k.startswith("old-") == bool(prefix)}
        if not mine:
            continue
        tp = sum(c[1] for k, c in mine.items() if "swap" in k)
        n = sum(c[0] for k, c in mine.items() if "swap" in k)
        fp = sum(c[1] for k, c in mine.items() if "swap" not in k)
        print(f"{label}: recall {tp / max(1, n):.3f} ({tp}/{n}); precision {tp / max(1, tp + fp):.3f} "
              f"({fp} findings on controls)")
    top = sorted(missed_people.items(), key=lambda x: -x[1])[:20]
    print("most missed people: " + ", ".join(f"{n} {k}" for n, k in top))
    for x in misses[: a.show]:
        print("  MISS ", x)
    for x in alarms[: a.show]:
        print("  ALARM", x)
    return 0


if __name__ == "__main__":
    sys.exit(main())
