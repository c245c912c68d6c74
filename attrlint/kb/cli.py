"""``attrlint kb import FILE``, ``attrlint kb lookup NAME [--date D]`` and ``attrlint kb audit``.

``register(subparsers)`` adds the ``kb`` command to the main parser; each handler takes
the parsed arguments and returns an exit code (0 ok, 1 nothing found, 2 bad input).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ..data import DataError, load_toml_file
from .loader import load_files, bundled_files
from .model import fold, holds
from .names import name_tokens
from .wikidata import ImportError_, build_fragment, fragment_from_data, fragment_to_toml, read_rows

#: where ``kb import`` writes unless told otherwise; point the title rule at it with
#: [tool.attrlint.rule-options."title.wrong-office"] kb = ["attrlint-people.toml"]
DEFAULT_OUTPUT = "attrlint-people.toml"
OPTIONS_RULE = "title.wrong-office"


def _configured_kb_files(extra: list[str] | None) -> list[Path]:
    """The user knowledge-base files: --kb options, else those the configuration names."""
    if extra:
        return [Path(p) for p in extra]
    from ..config import find_config

    try:
        cfg = find_config(Path.cwd())
    except Exception:  # a broken config is reported by `attrlint check`; lookups still work
        return []
    paths = cfg.rule_options(OPTIONS_RULE).get("kb", [])
    if isinstance(paths, str):
        paths = [paths]
    return [cfg.root / p for p in paths]


def _load(extra: list[Path]):
    for p in extra:
        if not p.is_file():
            raise DataError(f"{p}: knowledge-base file does not exist")
    return load_files([*bundled_files(), *extra])


def cmd_import(args: argparse.Namespace) -> int:
    src = Path(args.file)
    out = Path(args.output)
    try:
        rows = read_rows(src)
        existing = None
        if out.exists():
            existing = fragment_from_data(load_toml_file(out))
        extra = [p for p in _configured_kb_files(args.kb) if p.resolve() != out.resolve()]
        kb = _load(extra)
        frag = build_fragment(rows, kb, src.name, existing)
        header = (
            "People and offices imported from Wikidata (CC0) SPARQL exports by `attrlint kb import`.\n"
            "Imported offices are not marked complete: only the listed terms are checked.\n"
            "Use it with: [tool.attrlint.rule-options.\"title.wrong-office\"] kb = [\"" + out.name + "\"]"
        )
        text = fragment_to_toml(frag, header)
        # the result must load together with the bundled data before we write it
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        try:
            _load([*extra, tmp])
        except DataError as exc:
            tmp.unlink()
            print(f"attrlint kb import: {src}: the import would not load: {exc}", file=sys.stderr)
            return 2
        tmp.replace(out)
    except (ImportError_, DataError) as exc:
        print(f"attrlint kb import: {exc}", file=sys.stderr)
        return 2
    people = sum(1 for p in frag.people.values() if p["terms"])
    terms = sum(len(p["terms"]) for p in frag.people.values())
    print(f"{out}: {people} people, {terms} terms, {len(frag.offices)} new offices from {len(rows)} rows of {src}")
    return 0


def cmd_lookup(args: argparse.Namespace) -> int:
    try:
        kb = _load(_configured_kb_files(args.kb))
    except DataError as exc:
        print(f"attrlint kb lookup: {exc}", file=sys.stderr)
        return 2
    when = None
    if args.date:
        from ..dates import parse_date

        when = parse_date(args.date)
        if when is None:
            print(f"attrlint kb lookup: cannot read {args.date!r} as a date (use YYYY-MM-DD)", file=sys.stderr)
            return 2
    want = name_tokens(args.name)
    found = []
    for p in kb.people.values():
        names = [p.name, *p.aliases, *p.short]
        if any(name_tokens(n) == want for n in names) or fold(args.name) == p.id:
            found.append(p)
    if not found:
        print(f"{args.name}: not in the knowledge base (the title rule never flags unknown people)")
        return 1
    for p in found:
        print(p.name + (f" (also: {', '.join(p.aliases)})" if p.aliases else ""))
        for line in kb.describe(p, when):
            print(f"  {line}")
        if when is not None:
            now = [t for t in p.terms if holds(t, when, dt.timedelta(0))]
            held = ", ".join(kb.offices[t.office].label for t in now) or "no office on record"
            print(f"  on {when.isoformat()}: {held}")
        if p.basis:
            print(f"  basis: {p.basis}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    """What the data is not sure of: uncertain terms, records not complete, the date checked."""
    try:
        kb = _load(_configured_kb_files(args.kb))
    except DataError as e:
        print(f"attrlint kb: {e}", file=sys.stderr)
        return 2
    vt = kb.verified_through.isoformat() if kb.verified_through else "never"
    print(f"verified through {vt}: {len(kb.people)} people, {len(kb.offices)} offices, "
          f"{sum(1 for o in kb.offices.values() if o.complete_since)} with every holder listed")
    print("uncertain terms (never the basis of a finding):")
    for p in sorted(kb.people.values(), key=lambda p: p.id):
        for t in p.terms:
            if t.uncertain:
                print(f"  {p.name}: {kb.offices[t.office].label} {t.span_text()}" + (f" ({t.note})" if t.note else ""))
    print("records not complete since their date for titles with these words:")
    for p in sorted(kb.people.values(), key=lambda p: p.id):
        if p.complete_except:
            print(f"  {p.name}: {', '.join(p.complete_except)}")
    bare = [p.name for p in kb.people.values() if p.complete_since is None]
    print(f"records that claim no completeness: {len(bare)}" + (f" ({', '.join(sorted(bare))})" if bare else ""))
    return 0


def register(subparsers) -> argparse.ArgumentParser:
    kb = subparsers.add_parser("kb", help="the knowledge base of public figures behind the title rule")
    sub = kb.add_subparsers(dest="kb_command", metavar="KB_COMMAND")
    sub.required = True

    imp = sub.add_parser("import", help="build or extend a knowledge-base file from a Wikidata SPARQL export (JSON or CSV)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--output", "-o", default=DEFAULT_OUTPUT,
                     help=f"knowledge-base file to write or extend (default: {DEFAULT_OUTPUT})")
    imp.add_argument("--kb", action="append", metavar="FILE", help="other knowledge-base files to match against")
    imp.set_defaults(func=cmd_import)

    look = sub.add_parser("lookup", help="what the knowledge base knows about a person")
    look.add_argument("name", metavar="NAME")
    look.add_argument("--date", metavar="D", help="also say which offices the person held on this date")
    look.add_argument("--kb", action="append", metavar="FILE", help="extra knowledge-base files")
    look.set_defaults(func=cmd_lookup)

    audit = sub.add_parser("audit", help="list uncertain terms and records that are not complete")
    audit.add_argument("--kb", action="append", metavar="FILE", help="extra knowledge-base files")
    audit.set_defaults(func=cmd_audit)
    return kb
