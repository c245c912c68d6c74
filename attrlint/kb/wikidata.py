"""Building or extending the knowledge base from a Wikidata SPARQL result export.

A newsroom runs the query in docs/titles.md on the Wikidata Query Service and downloads
the result as JSON (the SPARQL results format, or the plain array the download button
gives) or CSV. Each row is one "position held" statement::

    person, personLabel, altLabels (optional, "|"-separated), position, positionLabel,
    start, end (optional)

Positions are matched to our offices by Wikidata id (``wikidata = "Q11696"``) or by
label ("President of Ukraine"); unknown positions become new offices whose title is the
label's head ("Prime Minister" of "Prime Minister of Ukraine"), in the jurisdiction the
rest of the label names. People are matched by name or alias; unknown people are added.
Imported offices are never marked complete: the rule then checks only the listed terms.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .model import KnowledgeBase, fold

QID = re.compile(r"(Q\d+)\s*$")


class ImportError_(ValueError):
    """An export that cannot be read; the message names the file."""


@dataclass
class Row:
    person: str  # Q-id, or the label when the export has no ids
    name: str
    aliases: list[str]
    position: str
    position_label: str
    start: dt.date | None
    end: dt.date | None


def _qid(value: str) -> str:
    m = QID.search(value or "")
    return m.group(1) if m else (value or "").strip()


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value.strip())
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    try:
        return dt.date(y, max(mo, 1), max(d, 1))  # Wikidata writes year precision as -00-00
    except ValueError:
        return None


def _value(cell: Any) -> str:
    if isinstance(cell, dict):
        return str(cell.get("value", ""))
    return "" if cell is None else str(cell)


def read_rows(path: Path) -> list[Row]:
    """The rows of a JSON or CSV export; raises ImportError_ naming the file."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ImportError_(f"{path}: cannot read: {exc.strerror or exc}") from None
    records: list[dict[str, Any]]
    if path.suffix.lower() == ".json" or raw.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ImportError_(f"{path}: not valid JSON: {exc}") from None
        if isinstance(data, dict) and "results" in data:
            records = data["results"].get("bindings", [])
        elif isinstance(data, list):
            records = data
        else:
            raise ImportError_(f"{path}: expected SPARQL JSON results or an array of rows")
    else:
        records = list(csv.DictReader(raw.splitlines()))
    rows = []
    for n, rec in enumerate(records, 1):
        if not isinstance(rec, dict):
            raise ImportError_(f"{path}: row {n} is not an object")
        get = {k: _value(v) for k, v in rec.items()}
        missing = [k for k in ("person", "position") if not get.get(k)]
        if missing:
            raise ImportError_(f"{path}: row {n} lacks {', '.join(missing)} (columns: person, personLabel, "
                               "position, positionLabel, start, end, altLabels)")
        name = get.get("personLabel") or get["person"]
        aliases = [a.strip() for a in re.split(r"[|;]", get.get("altLabels", "")) if a.strip()]
        rows.append(Row(
            person=_qid(get["person"]), name=name.strip(), aliases=aliases,
            position=_qid(get["position"]), position_label=(get.get("positionLabel") or get["position"]).strip(),
            start=_date(get.get("start")), end=_date(get.get("end")),
        ))
    return rows


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@dataclass
class Fragment:
    """What an import adds: TOML-ready tables in the knowledge-base file format."""

    jurisdictions: dict[str, dict[str, Any]] = field(default_factory=dict)
    offices: dict[str, dict[str, Any]] = field(default_factory=dict)
    people: dict[str, dict[str, Any]] = field(default_factory=dict)


def _split_label(label: str) -> tuple[str, str]:
    """"Prime Minister of Ukraine" -> ("Prime Minister", "Ukraine")."""
    m = re.match(r"(.+?)\s+of\s+(?:the\s+)?(.+)$", label)
    return (m.group(1), m.group(2)) if m else (label, "")


def build_fragment(rows: Iterable[Row], kb: KnowledgeBase, origin: str, existing: Fragment | None = None) -> Fragment:
    frag = existing or Fragment()
    by_qid = {o.wikidata: o.id for o in kb.offices.values() if o.wikidata}
    by_qid.update({spec.get("wikidata"): oid for oid, spec in frag.offices.items() if spec.get("wikidata")})
    by_label = {fold(o.label): o.id for o in kb.offices.values()}
    by_label.update({fold(spec["label"]): oid for oid, spec in frag.offices.items()})
    # only a jurisdiction's own name: "Mayor of Kyiv" is not an office of Ukraine
    jur_by_name = {fold(j.name): code for code, j in kb.jurisdictions.items()}
    for code, spec in frag.jurisdictions.items():
        jur_by_name[fold(spec["name"])] = code
    people_by_name: dict[str, str] = {}
    for p in kb.people.values():
        for n in (p.name, *p.aliases):
            people_by_name.setdefault(fold(n), p.id)
    for pid, spec in frag.people.items():
        people_by_name.setdefault(fold(spec["name"]), pid)
    today = dt.date.today().isoformat()
    for row in rows:
        office_id = by_qid.get(row.position) or by_label.get(fold(row.position_label))
        if office_id is None:
            head, where = _split_label(row.position_label)
            code = jur_by_name.get(fold(where)) if where else None
            if code is None:
                code = f"wd-{_slug(where or row.position_label)}"
                if code not in frag.jurisdictions and code not in kb.jurisdictions:
                    frag.jurisdictions[code] = {"name": where or row.position_label, "names": [where] if where else []}
                    if where:
                        jur_by_name[fold(where)] = code
            office_id = f"{code}.{_slug(head)}"
            frag.offices[office_id] = {
                "label": row.position_label, "short": head, "jurisdiction": code,
                "titles": [head], "wikidata": row.position,
            }
            by_qid[row.position] = office_id
            by_label[fold(row.position_label)] = office_id
        pid = people_by_name.get(fold(row.name))
        if pid is None:
            pid = _slug(row.name) or row.person.lower()
            people_by_name[fold(row.name)] = pid
        spec = frag.people.setdefault(pid, {
            "id": pid, "name": kb.people[pid].name if pid in kb.people else row.name,
            "aliases": [], "basis": f"Wikidata {row.person} P39, from the SPARQL export {origin}, imported {today}",
            "terms": [],
        })
        for alias in row.aliases:
            if alias not in spec["aliases"] and fold(alias) != fold(spec["name"]):
                spec["aliases"].append(alias)
        term = {"office": office_id}
        if row.start:
            term["start"] = row.start
        if row.end:
            term["end"] = row.end
        known = kb.people.get(pid)
        duplicate = term in spec["terms"] or (known is not None and any(
            t.office == office_id and t.start == row.start for t in known.terms))
        if not duplicate:
            spec["terms"].append(term)
    return frag


# --- writing TOML (the subset our files use) -------------------------------------------------
def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (dt.date,)):
        return v.isoformat()
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(x)}" for k, x in v.items()) + " }"
    return json.dumps(str(v), ensure_ascii=False)


def _key(k: str) -> str:
    return k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else json.dumps(k)


def fragment_to_toml(frag: Fragment, header: str) -> str:
    out = [f"# {line}".rstrip() for line in header.splitlines()]
    for code, spec in sorted(frag.jurisdictions.items()):
        out += ["", f"[jurisdictions.{_key(code)}]"] + [f"{k} = {_toml_value(v)}" for k, v in spec.items()]
    for oid, spec in sorted(frag.offices.items()):
        out += ["", f"[offices.{_key(oid)}]"] + [f"{k} = {_toml_value(v)}" for k, v in spec.items()]
    for pid, spec in sorted(frag.people.items()):
        if not spec["terms"] and not spec.get("aliases"):
            continue
        out += ["", "[[people]]"]
        for k, v in spec.items():
            if k == "terms":
                out.append("terms = [")
                out += [f"  {_toml_value(t)}," for t in v]
                out.append("]")
            elif v or v is False:
                out.append(f"{k} = {_toml_value(v)}")
    return "\n".join(out) + "\n"


def fragment_from_data(data: dict[str, Any]) -> Fragment:
    """An existing output file read back, so that a second import extends it."""
    frag = Fragment(
        jurisdictions={k: dict(v) for k, v in data.get("jurisdictions", {}).items()},
        offices={k: dict(v) for k, v in data.get("offices", {}).items()},
    )
    for spec in data.get("people", []):
        frag.people[spec["id"]] = {**spec, "aliases": list(spec.get("aliases", [])), "terms": [dict(t) for t in spec.get("terms", [])]}
    return frag
