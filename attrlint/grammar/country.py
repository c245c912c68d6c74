"""Which country a story is about, from the places, peoples and institutions it names.

Used where a proper name is spelt by country ("Labour Party" in New Zealand and Britain,
"Labor Party" in Australia): a name is only judged when the story's country is clear.
Cue words are data (``rules/grammar/countries.toml``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..data import load_data
from ..ordering import longest_first


@dataclass(frozen=True)
class CountryName:
    written: str
    right: str
    before: tuple[str, ...]
    where: tuple[str, ...]
    not_where: tuple[str, ...]


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, regex.Pattern]:
    out = {}
    for code, entry in load_data("grammar/countries.toml").get("countries", {}).items():
        words = sorted(entry.get("cues", []), key=longest_first)
        out[code] = regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}\d])")
    return out


@lru_cache(maxsize=1)
def country_names() -> tuple[CountryName, ...]:
    return tuple(
        CountryName(n["written"], n["right"], tuple(n.get("before", ())), tuple(n["where"]), tuple(n.get("not_where", ())))
        for n in load_data("grammar/countries.toml").get("names", []))


@lru_cache(maxsize=1)
def country_label() -> dict[str, str]:
    """Country code -> the name a message uses."""
    return {code: e.get("name", code) for code, e in load_data("grammar/countries.toml").get("countries", {}).items()}


def country_cues(text: str) -> Counter[str]:
    """How many times the text names each country's places, peoples and institutions."""
    return Counter({code: n for code, pat in _cue_patterns().items() if (n := len(pat.findall(text)))})
