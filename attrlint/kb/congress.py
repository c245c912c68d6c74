"""Members of the US Congress: the state and chamber of each term, by name.

Built by ``tools/build_congress.py`` into ``rules/people/congress/us_legislators.toml``
and read lazily, only when a draft gives someone a US chamber title next to a state, so
start-up does not pay for it. A record with only the member's last term (former members)
can be judged for its state only.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import load_toml_file, rules_dir
from .model import fold

#: state names and the forms news copy abbreviates them to ("Calif.", "Ore.", "TX")
STATES: dict[str, tuple[str, ...]] = {
    "AL": ("Alabama", "Ala."), "AK": ("Alaska",), "AZ": ("Arizona", "Ariz."), "AR": ("Arkansas", "Ark."),
    "CA": ("California", "Calif.", "Cal."), "CO": ("Colorado", "Colo."), "CT": ("Connecticut", "Conn."),
    "DE": ("Delaware", "Del."), "FL": ("Florida", "Fla."), "GA": ("Georgia", "Ga."), "HI": ("Hawaii",),
    "ID": ("Idaho",), "IL": ("Illinois", "Ill."), "IN": ("Indiana", "Ind."), "IA": ("Iowa",),
    "KS": ("Kansas", "Kan.", "Kans."), "KY": ("Kentucky", "Ky."), "LA": ("Louisiana", "La."), "ME": ("Maine",),
    "MD": ("Maryland", "Md."), "MA": ("Massachusetts", "Mass."), "MI": ("Michigan", "Mich."),
    "MN": ("Minnesota", "Minn."), "MS": ("Mississippi", "Miss."), "MO": ("Missouri", "Mo."),
    "MT": ("Montana", "Mont."), "NE": ("Nebraska", "Neb.", "Nebr."), "NV": ("Nevada", "Nev."),
    "NH": ("New Hampshire", "N.H."), "NJ": ("New Jersey", "N.J."), "NM": ("New Mexico", "N.M."),
    "NY": ("New York", "N.Y."), "NC": ("North Carolina", "N.C."), "ND": ("North Dakota", "N.D."),
    "OH": ("Ohio",), "OK": ("Oklahoma", "Okla."), "OR": ("Oregon", "Ore."), "PA": ("Pennsylvania", "Pa."),
    "RI": ("Rhode Island", "R.I."), "SC": ("South Carolina", "S.C."), "SD": ("South Dakota", "S.D."),
    "TN": ("Tennessee", "Tenn."), "TX": ("Texas", "Tex."), "UT": ("Utah",), "VT": ("Vermont", "Vt."),
    "VA": ("Virginia", "Va."), "WA": ("Washington", "Wash."), "WV": ("West Virginia", "W.Va.", "W. Va."),
    "WI": ("Wisconsin", "Wis."), "WY": ("Wyoming", "Wyo."),
}


def state_name(code: str) -> str:
    return STATES[code][0]


@dataclass(frozen=True)
class Record:
    """What the table knows of one name (namesakes merged)."""
    chambers: frozenset[tuple[str, str]]  # ("S" | "H", state code)
    partial: bool  # only the last term is known: judge the state only
    first_year: int | None  # sitting members: the year their first term began

    @property
    def states(self) -> frozenset[str]:
        return frozenset(s for _, s in self.chambers)


def _parse(value: str) -> Record:
    parts = value.split()
    year = int(parts.pop()[1:]) if parts and parts[-1].startswith("@") else None
    partial = bool(parts) and parts[-1].endswith("~")
    codes = frozenset((p[0], p[2:].rstrip("~")) for p in parts)
    return Record(codes, partial, year)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    # the stored parse (``memo``), not a TOML parse of 4,890 names in every process
    return dict(load_toml_file(rules_dir() / "people" / "congress" / "us_legislators.toml")["legislators"])


def lookup(name: str) -> Record | None:
    """The record for a written name ("Frank Church", "Frank F. Church"), or None."""
    words = fold(name).replace(".", " ").split()
    table = _table()
    tries = [" ".join(words)]
    if len(words) >= 3:
        tries.append(f"{words[0]} {words[-1]}")  # a middle name or initial
        tries.append(" ".join(words[-2:]))  # a capitalised word before the name
    for key in tries:
        if key in table:
            return _parse(table[key])
    return None
