"""Real names ranked by prominence: people, places, organisations, and name tokens.

Built offline by ``tools/build_gazetteer.py`` into ``rules/gazetteer/names.tsv.gz``
(sources and licences in ``rules/gazetteer/NOTICE.md``) and loaded lazily, once.

The small public API, for any rule that needs to know whether a name is real:

* ``gazetteer().lookup(name)`` -> an ``Entry`` (canonical spelling, kinds, prominence) or None
* ``gazetteer().is_known(name)`` -> is this exact spelling a name we know (any kind)?
* ``gazetteer().prominence(name)`` -> how famous (Zipf-like: 0 = merely exists, 4 = a
  head of government, a country, a city of ten million)
* ``gazetteer().full_names_like(tokens, i)`` -> well-known multi-word names that agree
  with ``tokens`` everywhere except at position ``i`` (for "Kier Starmer" -> "Keir Starmer")
* ``gazetteer().token_prominence(token)`` -> the best prominence of a name this token is part of

Kinds: ``P`` person (the curated knowledge base), ``L`` place, ``O`` organisation,
``N`` a first name or surname known to exist.
"""
from __future__ import annotations

import gzip
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..data import DataError, load_toml_file, rules_dir

PERSON, PLACE, ORG, NAME = "P", "L", "O", "N"
#: spellings whose look-up is kept (``Gazetteer._found``)
LOOKUP_MEMO = 16_384
#: the most a person's first or middle name inherits of their prominence
GIVEN_NAME_PROMINENCE = 2.0
#: articles and particles joined to a name by a hyphen (al-Assad, bin-Salman)
ARTICLE_PREFIXES = frozenset({"al", "el", "ul", "bin", "ibn", "abu", "abd"})


@dataclass(frozen=True)
class Entry:
    name: str  # as the gazetteer spells it
    kinds: str  # any of "PLON"
    prominence: float


class Gazetteer:
    """Sorted ``name<TAB>kind<TAB>prominence x 10`` lines, searched by bisection: building a
    dict of 77,000 entries would cost more load time than we allow."""

    def __init__(self, path: Path, people: Path | None = None) -> None:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            lines = fh.read().splitlines()
        if people is not None:
            # the knowledge base grows between builds: read its names as they are now
            known = set(lines)
            extra = [ln for ln in _kb_lines(people) if ln not in known]
            if extra:
                lines = sorted(lines + extra)
        self._lines = lines

    # --- exact look-ups ----------------------------------------------------------------
    @cached_property
    def _found(self) -> dict[str, Entry | None]:
        """Spellings looked up, and their entries (a run's names; emptied when full): a
        look-up in the stored lines decodes a chunk, and the spelling rule asks about the
        same name many times."""
        return {}

    def lookup(self, name: str) -> Entry | None:
        """The entry for this exact spelling (a possessive 's and curly apostrophes aside)."""
        memo = self._found
        try:
            return memo[name]
        except KeyError:
            pass
        clean = _clean(name)
        found = self._find(clean) or ("’" in clean and self._find(clean.replace("’", "'"))) or None
        if len(memo) >= LOOKUP_MEMO:
            memo.clear()
        memo[name] = found
        return found

    def _find(self, name: str) -> Entry | None:
        key = name + "\t"
        lines = self._lines
        if isinstance(lines, list):
            i, found = bisect_left(lines, key), []
            while i < len(lines) and lines[i].startswith(key):
                found.append(lines[i])
                i += 1
        else:  # the stored lines (sorted_lines.SortedLines): searched without decoding them
            found = lines.starting_with(key)
        kinds, prom = "", -1
        for line in found:
            _, kind, p = line.split("\t")
            kinds, prom = kinds + kind, max(prom, int(p))
        return Entry(name, kinds, prom / 10) if kinds else None

    def is_known(self, name: str) -> bool:
        return self.lookup(name) is not None

    def prominence(self, name: str) -> float:
        e = self.lookup(name)
        return e.prominence if e else 0.0

    # --- tokens of multi-word names ------------------------------------------------------
    @cached_property
    def _tokens(self) -> dict[str, float]:
        """Every token of every name, with the best prominence of a name it identifies:
        "Starmer" 4.0 from "Keir Starmer", but "Keir" only GIVEN_NAME_PROMINENCE; single
        names count as their own token."""
        out: dict[str, float] = {}
        for line in self._lines:
            name, kind, p = line.split("\t")
            if p == "0" and " " not in name:
                continue  # a bare name token: lookup() finds it
            prom = int(p) / 10
            toks = name.split()
            for n, t in enumerate(toks):
                # a first name does not identify a person: "Keir" is not as famous as "Starmer"
                tp = min(prom, GIVEN_NAME_PROMINENCE) if kind == PERSON and n < len(toks) - 1 else prom
                if out.get(t, -1.0) < tp:
                    out[t] = tp
                head, dash, rest = t.partition("-")
                if dash and head.lower() in ARTICLE_PREFIXES and rest[:1].isupper() and out.get(rest, -1.0) < tp:
                    out[rest] = tp  # "Omar al-Bashir": "Bashir" is the word a writer types
        return out

    def token_prominence(self, token: str) -> float:
        return self._tokens.get(_clean(token), 0.0)

    def is_name_token(self, token: str) -> bool:
        """Is this a word of some known name (a first name, a surname, part of a place)?"""
        return _clean(token) in self._tokens or self.lookup(token) is not None

    def tokens(self) -> dict[str, float]:
        """All name tokens and their prominence (read-only; for candidate pools)."""
        if not isinstance(self._tokens, dict):  # read in place: the dict, in its own order
            return Gazetteer._tokens.func(self)  # type: ignore[attr-defined]
        return self._tokens

    @cached_property
    def _wildcards(self) -> dict[tuple[str, ...], list[tuple[str, Entry]]]:
        """For each well-known multi-word name and each of its positions, the name with
        that token blanked out: ("*", "Starmer") -> [("Keir", <Keir Starmer>)]."""
        out: dict[tuple[str, ...], list[tuple[str, Entry]]] = {}
        for line in self._lines:
            name, kind, p = line.split("\t")
            if " " not in name or kind == NAME or int(p) < 20:
                continue
            e = self.lookup(name)
            toks = tuple(name.split())
            plain = tuple(_plain(t) for t in toks)
            for i, t in enumerate(toks):
                out.setdefault(toks[:i] + ("*",) + toks[i + 1:], []).append((t, e))
                if plain[:i] + plain[i + 1:] != toks[:i] + toks[i + 1:]:
                    # the others as English keyboards write them: "Francois Holland" is
                    # still François Hollande with a slip
                    out.setdefault(plain[:i] + ("*",) + plain[i + 1:], []).append((t, e))
        return out

    @cached_property
    def _names_by_token(self) -> dict[str, list[tuple[str, ...]]]:
        """For each token of a multi-word person, place or organisation, the names it is in."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for line in self._lines:
            name, kind, _ = line.split("\t")
            if " " not in name or kind == NAME:
                continue
            toks = tuple(name.split())
            for t in set(toks):
                out.setdefault(t, []).append(toks)
        return out

    def names_with_token(self, token: str) -> list[tuple[str, ...]]:
        """The multi-word names (as token tuples) that have ``token`` as one of their words:
        "Peskov" -> [("Dmitry", "Peskov"), ...]."""
        return self._names_by_token.get(_clean(token), [])

    def full_names_like(self, tokens: tuple[str, ...] | list[str], i: int) -> list[tuple[str, Entry]]:
        """Well-known names equal to ``tokens`` except at position ``i``: (their token there, entry)."""
        toks = tuple(tokens)
        return self._wildcards.get(toks[:i] + ("*",) + toks[i + 1:], [])


def _plain(token: str) -> str:
    """The token without its accents (François -> Francois), the case kept."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", token) if not unicodedata.combining(ch))


def _clean(name: str) -> str:
    name = " ".join(name.split())
    for tail in ("'s", "’s"):
        if name.endswith(tail):
            return name[: -len(tail)]
    return name


#: the prominence of a person in the curated knowledge base (as in tools/build_gazetteer.py)
KB_PROMINENCE = 40


def _kb_lines(folder: Path) -> list[str]:
    """Gazetteer lines for the people of the bundled knowledge base (rules/people/*.toml):
    full names, aliases and the short forms it uses alone."""
    out = []
    for path in sorted(folder.glob("*.toml")):
        try:
            data = load_toml_file(path)
        except DataError:
            continue  # the knowledge base reports its own errors
        for p in data.get("people", []):
            for n in [p.get("name", ""), *p.get("aliases", []), *p.get("short", [])]:
                if isinstance(n, str) and n.strip() and "\t" not in n:
                    out.append(f"{' '.join(n.split())}\t{PERSON}\t{KB_PROMINENCE}")
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer with its token indexes, kept on disk between processes
    (attrlint/memo.py): reading and indexing it was ~0.4 s of a one-draft check's set-up.
    Editing rules/gazetteer, rules/people or attrlint's code builds it anew. Its lines and
    indexes are stored as sorted lines read in place (``stored.py``); if they cannot be,
    as a pickle."""
    from ..data import data_files
    from ..memo import cache_dir, cached, cached_arrays
    from .stored import pack, unpack

    inputs = data_files("gazetteer", "people")
    if cache_dir() is None:
        return _indexed()
    built: list[Gazetteer] = []

    def arrays() -> dict:
        built.append(_indexed())
        return pack(built[-1])

    try:
        return unpack(cached_arrays("gazetteer", arrays, inputs))
    except ValueError:  # a line or index the arrays cannot hold exactly
        return cached("gazetteer", lambda: built[-1] if built else _indexed(), inputs)


def _indexed() -> Gazetteer:
    gaz = Gazetteer(rules_dir() / "gazetteer" / "names.tsv.gz", rules_dir() / "people")
    gaz._tokens, gaz._wildcards, gaz._names_by_token  # noqa: B018 - stored with it
    vars(gaz).pop("_found", None)  # look-ups made while indexing are not stored with it
    return gaz
