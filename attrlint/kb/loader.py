"""Reading the knowledge base from TOML: the bundled ``rules/people/*.toml`` plus any user
files named in the configuration. Loaded once per set of files and cached.

File layout (any file may hold any of these tables; later files extend earlier ones)::

    [kb]                      verified_through = 2025-10-31
    [kinds]                   prime_minister = ["prime minister", "premier"]
    [jurisdictions.ua]        name = "Ukraine", adjective = "Ukrainian", names = [...]
    [offices."ua.president"]  label, short, jurisdiction, kind, titles, complete_since
    [other_offices]           titles = ["health minister", ...]  (offices without holders)
    [complete_offices]        "gh.president" = 2015-01-01  (every holder since then is listed;
                              applied once all files are read, whichever file defines the office)
    [[people]]                id, name, aliases, short, family_first, basis, complete_since,
                              terms = [{office, start, end, elected, acting, uncertain, note, died}]

``complete_since`` on a person claims that every public office they held since that date
is listed: then a title naming any other office, of any country, is wrong;
``complete_except = ["minister"]`` leaves out titles with those words (offices not listed).

Dates are TOML dates or strings "YYYY-MM-DD" / "YYYY-MM" (month precision: a start is
read as the first of the month, an end as the last, so that imprecision never causes a
finding).
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..data import DataError, load_toml_file, rules_dir
from .model import Jurisdiction, KnowledgeBase, Office, Person, Term, title_key


class KBError(DataError):
    """A knowledge-base file that cannot be used; the message names the file and entry."""


def parse_kb_date(value: Any, where: str, *, end: bool = False) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        if len(s) == 7:  # YYYY-MM
            y, m = int(s[:4]), int(s[5:7])
            day = calendar.monthrange(y, m)[1] if end else 1
            return dt.date(y, m, day)
        if len(s) == 4:  # YYYY
            y = int(s)
            return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        raise KBError(f"{where}: cannot read {value!r} as a date (YYYY-MM-DD or YYYY-MM)") from None


def _strs(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KBError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def merge_data(kb: KnowledgeBase, data: dict[str, Any], origin: str, kinds: dict[str, tuple[str, ...]]) -> None:
    """Add one parsed file to ``kb`` (``kinds`` carries title lists across files)."""
    unknown = set(data) - {"kb", "kinds", "jurisdictions", "offices", "people", "other_offices", "complete_offices"}
    if unknown:
        raise KBError(f"{origin}: unknown top-level key(s): {', '.join(sorted(unknown))}")
    meta = data.get("kb", {})
    if "verified_through" in meta:
        kb.verified_through = parse_kb_date(meta["verified_through"], f"{origin}: [kb]")
    for kind, titles in data.get("kinds", {}).items():
        kinds[kind] = _strs(titles, f"{origin}: [kinds]", kind)
    for oid, since in data.get("complete_offices", {}).items():
        kb.pending_complete[oid] = parse_kb_date(since, f"{origin}: [complete_offices] {oid!r}")
    others = data.get("other_offices", {})
    kb.other_titles |= {title_key(t) for t in _strs(others.get("titles"), f"{origin}: [other_offices]", "titles")}
    for code, spec in data.get("jurisdictions", {}).items():
        where = f"{origin}: jurisdiction {code!r}"
        name = spec.get("name") or code
        names = _strs(spec.get("names"), where, "names") + (name,)
        adj = spec.get("adjective", "")
        if adj:
            names += (adj,)
        kb.jurisdictions[code] = Jurisdiction(code, name, tuple(dict.fromkeys(names)), adj)
    for oid, spec in data.get("offices", {}).items():
        where = f"{origin}: office {oid!r}"
        for key in ("label", "short", "jurisdiction"):
            if not isinstance(spec.get(key), str):
                raise KBError(f"{where}: missing '{key}'")
        titles = list(_strs(spec.get("titles"), where, "titles"))
        kind = spec.get("kind")
        if kind:
            if kind not in kinds:
                raise KBError(f"{where}: unknown kind {kind!r} (define it under [kinds])")
            titles += kinds[kind]
        titles.append(spec["short"])
        dropped = {title_key(t) for t in _strs(spec.get("not_titles"), where, "not_titles")}
        keys = frozenset(title_key(t) for t in titles) - dropped
        kb.offices[oid] = Office(
            id=oid, label=spec["label"], short=spec["short"], jurisdiction=spec["jurisdiction"],
            titles=keys, complete_since=parse_kb_date(spec.get("complete_since"), where),
            wikidata=spec.get("wikidata", ""),
        )
    for n, spec in enumerate(data.get("people", []), 1):
        pid = spec.get("id")
        where = f"{origin}: person #{n}" + (f" ({pid})" if pid else "")
        if not isinstance(pid, str) or not isinstance(spec.get("name"), str):
            raise KBError(f"{where}: 'id' and 'name' are required")
        terms = []
        for t in spec.get("terms", []):
            if not isinstance(t, dict) or not isinstance(t.get("office"), str):
                raise KBError(f"{where}: every term needs an 'office'")
            terms.append(Term(
                office=t["office"],
                start=parse_kb_date(t.get("start"), where),
                end=parse_kb_date(t.get("end"), where, end=True),
                elected=parse_kb_date(t.get("elected"), where),
                acting=bool(t.get("acting", False)),
                uncertain=bool(t.get("uncertain", False)),
                note=str(t.get("note", "")),
                scheduled_end=parse_kb_date(t.get("scheduled_end"), where, end=True),
                died=bool(t.get("died", False)),
            ))
        person = Person(
            id=pid, name=spec["name"], aliases=_strs(spec.get("aliases"), where, "aliases"),
            short=_strs(spec.get("short"), where, "short"), family_first=bool(spec.get("family_first", False)),
            terms=terms, basis=str(spec.get("basis", "")), source=origin,
            complete_since=parse_kb_date(spec.get("complete_since"), where),
            complete_except=_strs(spec.get("complete_except"), where, "complete_except"),
        )
        old = kb.people.get(pid)
        if old is not None:  # a later file extends (user KB) rather than replaces
            person = Person(
                id=pid, name=person.name, aliases=tuple(dict.fromkeys(old.aliases + person.aliases + ((old.name,) if old.name != person.name else ()))),
                short=tuple(dict.fromkeys(old.short + person.short)), family_first=old.family_first or person.family_first,
                terms=old.terms + [t for t in terms if t not in old.terms],
                basis="; ".join(b for b in (old.basis, person.basis) if b), source=f"{old.source}, {origin}",
                # a user file that adds terms keeps the claim only if it makes it itself
                complete_since=person.complete_since if terms else old.complete_since,
                complete_except=tuple(dict.fromkeys(old.complete_except + person.complete_except)),
            )
        kb.people[pid] = person
    kb.sources.append(origin)


def validate(kb: KnowledgeBase) -> None:
    for oid, since in kb.pending_complete.items():
        if oid not in kb.offices:
            raise KBError(f"[complete_offices]: unknown office {oid!r}")
        kb.offices[oid] = replace(kb.offices[oid], complete_since=since)
    kb.pending_complete.clear()
    for office in kb.offices.values():
        if office.jurisdiction not in kb.jurisdictions:
            raise KBError(f"office {office.id!r}: unknown jurisdiction {office.jurisdiction!r}")
    for p in kb.people.values():
        for t in p.terms:
            if t.office not in kb.offices:
                raise KBError(f"{p.source}: person {p.id!r}: unknown office {t.office!r}")
            if t.start and t.end and t.end < t.start:
                raise KBError(f"{p.source}: person {p.id!r}: term in {t.office} ends before it starts")
    kb.invalidate()


def bundled_files() -> list[Path]:
    folder = rules_dir() / "people"
    # files starting with "_" (kinds, jurisdictions, offices) come first
    return sorted(folder.glob("*.toml"), key=lambda p: (not p.name.startswith("_"), p.name))


def load_files(paths: Iterable[Path]) -> KnowledgeBase:
    kb = KnowledgeBase()
    kinds: dict[str, tuple[str, ...]] = {}
    for path in paths:
        data = load_toml_file(Path(path))
        merge_data(kb, data, str(path), kinds)
    validate(kb)
    return kb


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...]) -> KnowledgeBase:
    return load_files([*bundled_files(), *(Path(p) for p in extra)])


def load_kb(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The bundled knowledge base extended by ``extra`` files (cached per file list)."""
    return _load_cached(tuple(str(Path(p).resolve()) for p in extra))
