"""Name-variant families and house styles: the data behind the inconsistent_name rules.

Families (``rules/names.toml``) say which spellings belong to one name; a house style
(``rules/styles/<name>.toml``, or a newsroom's own file) says which of them it prefers.
Keeping both in TOML lets a desk change its style without touching code.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import regex

from .data import DataError, load_data, load_toml_file, rules_dir


@dataclass
class Occurrence:
    form: str  # the listed variant this match stands for
    start: int
    end: int


@dataclass
class Family:
    """The spellings of one name that copy may mix up."""

    id: str
    variants: list[str]
    default: str | None = None
    abandoned: set[str] = field(default_factory=set)
    abandoned_since: dt.date | None = None
    exceptions: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key = {_key(v): v for v in self.variants}
        # capitals too, as in datelines ("KIEV, Ukraine (AP) -")
        self._by_key.update({_key(v.upper()): v for v in self.variants if v.upper() != v})
        # longest first; ties in a fixed order, so the pattern's text is the same in every process
        alts = sorted({*self.variants, *(v.upper() for v in self.variants)}, key=lambda v: (-len(v), v))
        body = "|".join(_variant_pattern(v) for v in alts)
        # whole words; a possessive or a hyphenated affix ("Kiev-based", "pro-Kiev") may go with them
        self._re = regex.compile(rf"(?<![\w’'])(?:{body})(?!\w)")
        # text every match must contain: the first word of a variant after its first letter
        # (whose case may change), up to any apostrophe (' and ’ both match); a story with
        # none of them is not searched. An empty probe (a one-letter first word) always searches.
        self._probes = tuple({_probe(v) for v in alts})
        self._exc = (
            regex.compile("|".join(_variant_pattern(e) for e in self.exceptions), regex.IGNORECASE)
            if self.exceptions else None
        )

    def occurrences(self, text: str) -> Iterator[Occurrence]:
        """Every use of a variant in ``text``, except inside the fixed phrases."""
        if not any(p in text for p in self._probes):
            return
        excepted = [m.span() for m in self._exc.finditer(text)] if self._exc else []
        for m in self._re.finditer(text):
            if any(s <= m.start() and m.end() <= e for s, e in excepted):
                continue
            form = self._by_key.get(_key(m.group(0)))
            if form is not None:
                yield Occurrence(form, m.start(), m.end())

    def has(self, form: str) -> bool:
        return form in self.variants


@dataclass
class HouseStyle:
    """A style's preferred form per family, plus any families the style adds."""

    name: str
    prefer: dict[str, str]
    families: list[Family]
    origin: str

    def preferred(self, family: Family) -> str | None:
        return self.prefer.get(family.id)


def _key(s: str) -> str:
    """Spelling key of a variant: spaces and apostrophes normalised, first letter folded
    (so that "Al-Qaeda" opening a sentence counts as "al-Qaeda")."""
    s = " ".join(s.replace("’", "'").split())
    return s[:1].lower() + s[1:]


def _probe(v: str) -> str:
    """A piece of ``v`` that ``_variant_pattern(v)`` matches literally and case-sensitively."""
    first = v.split()[0] if v.split() else ""
    return first[1:].split("'")[0].split("’")[0]


def _variant_pattern(v: str) -> str:
    parts = []
    for i, word in enumerate(v.split()):
        w = regex.escape(word).replace("'", "['’]").replace("’", "['’]")
        if i == 0 and word[:1].isalpha():
            w = f"[{word[0].upper()}{word[0].lower()}]" + regex.escape(word[1:]).replace("'", "['’]").replace("’", "['’]")
        parts.append(w)
    return r"\s+".join(parts)


def _family(spec: dict[str, Any], origin: str) -> Family:
    try:
        variants = list(spec["variants"])
        fam = Family(
            id=str(spec["id"]),
            variants=variants,
            default=spec.get("default"),
            abandoned=set(spec.get("abandoned", [])),
            abandoned_since=_as_date(spec.get("abandoned_since"), origin),
            exceptions=list(spec.get("exceptions", [])),
        )
    except (KeyError, TypeError) as exc:
        raise DataError(f"{origin}: a [[family]] needs 'id' and 'variants' ({exc})") from None
    for form in [fam.default, *fam.abandoned]:
        if form is not None and form not in variants:
            raise DataError(f"{origin}: family {fam.id}: {form!r} is not one of its variants")
    return fam


def _as_date(value: Any, origin: str) -> dt.date | None:
    """A TOML date (2019-08-14) or a string holding one."""
    if value is None or isinstance(value, dt.date):
        return value
    from ..dates import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise DataError(f"{origin}: abandoned_since {value!r} is not a date (write 2019-08-14)")
    return parsed


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    """The bundled variant families."""
    data = load_data("names.toml")
    return tuple(_family(spec, "names.toml") for spec in data.get("family", []))


@lru_cache(maxsize=1)
def romanisation_groups() -> tuple[frozenset[str], ...]:
    """Romanisations of one East Asian surname ("Park" / "Pak" / "Bak"), from names.toml."""
    data = load_data("names.toml")
    groups = []
    for spec in data.get("romanisation", []):
        forms = spec.get("forms")
        if not isinstance(forms, list) or len(forms) < 2 or not all(isinstance(f, str) for f in forms):
            raise DataError(f"names.toml: a [[romanisation]] needs two or more forms, not {forms!r}")
        groups.append(frozenset(forms))
    return tuple(groups)


def bundled_styles() -> list[str]:
    return sorted(p.stem for p in (rules_dir() / "styles").glob("*.toml"))


@lru_cache(maxsize=None)
def load_style(name_or_path: str, base: str = ".") -> HouseStyle:
    """A house style by bundled name ("ap") or by path to a TOML file (relative paths
    are taken from ``base``, the directory of the configuration file)."""
    if name_or_path.endswith(".toml") or "/" in name_or_path or "\\" in name_or_path:
        path = Path(name_or_path)
        if not path.is_absolute():
            path = Path(base) / path
        data, origin = load_toml_file(path), str(path)
    elif name_or_path in bundled_styles():
        data, origin = load_data(f"styles/{name_or_path}.toml"), f"styles/{name_or_path}.toml"
    else:
        raise DataError(
            f"house-style {name_or_path!r} is neither a bundled style "
            f"({', '.join(bundled_styles())}) nor a path to a .toml file"
        )
    meta = data.get("style", {})
    prefer: dict[str, str] = {}
    extra: list[Family] = []
    parent = meta.get("extends")
    if parent:
        base_style = load_style(parent, str(Path(origin).parent) if "/" in origin else base)
        prefer.update(base_style.prefer)
        extra.extend(base_style.families)
    extra.extend(_family(spec, origin) for spec in data.get("family", []))
    prefer.update(data.get("prefer", {}))
    known = {f.id: f for f in (*families(), *extra)}
    for fid, form in prefer.items():
        if fid not in known:
            raise DataError(f"{origin}: [prefer] names unknown family {fid!r}")
        if not known[fid].has(form):
            raise DataError(
                f"{origin}: [prefer] {fid} = {form!r} is not one of its variants "
                f"({', '.join(known[fid].variants)})"
            )
    return HouseStyle(str(meta.get("name", Path(origin).stem)), prefer, extra, origin)


def style_for(doc) -> HouseStyle | None:
    """The house style configured for ``doc``, or None."""
    cfg = doc.config
    if cfg is None or not cfg.house_style:
        return None
    return load_style(cfg.house_style, str(cfg.root))


def all_families(style: HouseStyle | None) -> list[Family]:
    """Bundled families, with a style's own families replacing same-id ones."""
    out = {f.id: f for f in families()}
    if style is not None:
        out.update({f.id: f for f in style.families})
    return list(out.values())
