"""The well-known names a misspelt word may be meant as: the candidate pool of prominent
names, hyphenated names by shape, and the people whose names are born in Latin letters.
Kept apart from the judge (names.py), which decides whether a word is a slip of one."""
from __future__ import annotations

from functools import lru_cache

from ..gazetteer import gazetteer
from .candidates import CandidatePool, stored
from .lexicon import DICTIONARY, RARE, lexicon

#: the pool of candidate names: gazetteer names and name-like words of running text this prominent
POOL_FLOOR = 1.5
#: an entry of the long word lists in lower case only ("blitzer", "spiegel", "vardy") is a
#: name the pool must hold when the gazetteer knows it as one, or when running text, which
#: wordfreq counts case-folded, uses it this often: far more than such a word ("dialogic")
RARE_NAME_ZIPF = 2.5


@lru_cache(maxsize=1)
def prominent_names() -> CandidatePool:
    """Names a misspelt word may be meant as: well-known people, places and organisations
    (gazetteer), and capitalised words of running text (lexicon), minus recorded misspellings."""
    return stored("spelling-prominent-names", _prominent_names)


def _prominent_names() -> CandidatePool:
    lex, gaz = lexicon(), gazetteer()
    recorded = {line.partition("\t")[0] for line in lex.misspellings.lines()}

    def entries():
        for tok, prom in gaz.tokens().items():
            if prom < POOL_FLOOR or len(tok) < 4 or not tok.isalpha() or not tok[:1].isupper():
                continue
            if lex.tier(tok.lower()) == DICTIONARY and prom < 3.0:
                continue  # a common word inside a company's name ("Recent"); Sturgeon stays
            yield tok, max(prom, lex.zipf(tok))
        floor = round(POOL_FLOOR * 10)
        for w, code in lex.iter_entries(lambda c: c % 100 >= floor):
            if code % 100 < floor or not w.isalpha() or w.lower() in recorded:
                continue
            tier, zipf = code // 100, code % 100 / 10
            if tier >= 3 and w.islower() or tier == RARE and w.islower() and _rare_entry_a_name(w, zipf):
                yield w[:1].upper() + w[1:], zipf
            elif w[:1].isupper() and not w.isupper():
                yield w, zipf

    return CandidatePool(entries())


def _rare_entry_a_name(word: str, zipf: float) -> bool:
    name = word[:1].upper() + word[1:]
    return zipf >= RARE_NAME_ZIPF or zipf >= POOL_FLOOR and gazetteer().lookup(name) is not None


@lru_cache(maxsize=1)
def hyphenated_names(floor: float) -> dict[tuple[int, int, tuple[str, ...]], list[tuple[str, str]]]:
    """Hyphenated words of well-known names (prominence at least `floor`) by their shape with one
    part left out:
    (2, 0, ("un",)) -> [("Jong", "Jong-un")]. Kept on disk between processes (attrlint/memo.py):
    made from every token of the gazetteer (~40,000, decoded from its stored lines), it was
    ~60 ms of a one-draft check's set-up (issue 16.5)."""
    from ..data import data_files
    from ..memo import cached

    return cached("spelling-hyphenated-names", lambda: _hyphenated_names(floor),
                  data_files("spelling", "gazetteer", "people"), extra=float(floor))


def _hyphenated_names(floor: float) -> dict[tuple[int, int, tuple[str, ...]], list[tuple[str, str]]]:
    out: dict[tuple[int, int, tuple[str, ...]], list[tuple[str, str]]] = {}
    for tok, prom in gazetteer().tokens().items():
        if "-" not in tok or prom < floor:
            continue
        parts = tok.split("-")
        if not all(parts):
            continue
        for k, part in enumerate(parts):
            if len(part) >= 3 and part.isalpha():
                key = (len(parts), k, tuple(p.lower() for j, p in enumerate(parts) if j != k))
                out.setdefault(key, []).append((part, tok))
    return out


@lru_cache(maxsize=1)
def latin_people() -> frozenset[str]:
    """The names (and aliases) of knowledge-base people whose offices are all in countries
    that write names in Latin letters (rules/spelling/name_context.toml); offices of
    international bodies (nato, un) say nothing either way. Read only when needed."""
    from ..data import DataError, load_toml_file, rules_dir

    try:
        latin = {str(c) for c in load_toml_file(rules_dir() / "spelling" / "name_context.toml").get("latin_script", [])}
    except (DataError, OSError):
        return frozenset()
    out: set[str] = set()
    for path in sorted((rules_dir() / "people").glob("*.toml")):
        try:
            people = load_toml_file(path).get("people", [])
        except (DataError, OSError):
            continue
        for p in people:
            codes = {str(t.get("office", "")).split(".")[0].split("-")[0] for t in p.get("terms", [])
                     if isinstance(t, dict)}
            countries = {c for c in codes if len(c) == 2}
            if countries and countries <= latin:
                out.update(n for n in [p.get("name", ""), *p.get("aliases", [])] if isinstance(n, str))
    return frozenset(out)


def native_latin(full_name: str) -> bool:
    return full_name in latin_people()


@lru_cache(maxsize=1)
def accents_deleted() -> dict[str, tuple[str, ...]]:
    """Name words with letters outside ASCII, keyed by what is left when those letters are
    deleted ("Orbn" -> "Orbán"): how a scrape that cannot encode them writes the name."""
    out: dict[str, list[str]] = {}
    for token in gazetteer().tokens():
        if token.isascii() or not token[:1].isupper():
            continue
        kept = "".join(ch for ch in token if ch.isascii())
        if len(kept) >= 3 and kept[:1].isupper():
            out.setdefault(kept, []).append(token)
    return {k: tuple(v) for k, v in out.items()}
