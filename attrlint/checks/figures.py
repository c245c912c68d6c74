"""Conflicting figures: one quantity given different numbers in one article
("11,000 troops" here, "12,000 troops" there).

Category ``date_unit``: a figure that disagrees with itself is a mechanics problem of
the same kind as a wrong conversion, and no other category fits better.

The rule is deliberately narrow, because most different numbers of the same thing are
legitimate: estimates ("up to", "more than"), ranges, increments ("another 2,000"),
changes over time ("rose from", "last year") and figures from different sources. It
compares only bare figures of the same countable noun, skips sentences that speak of
change or time, and stays quiet when every figure carries its own attribution.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

import regex

from ..data import load_data
from ..finding import Finding, Severity
from ..rule import BaseRule
from ..ordering import longest_first

_QUALIFIED = regex.compile(
    r"(?:up to|more than|at least|about|around|nearly|almost|some|over|under|fewer than|less than|"
    r"between|an estimated|estimated|approximately|roughly|as many as|as few as|another|additional|"
    r"further|extra|and|to|or|of|than|from|by|plus|the first|the last|the other|only|just|all)\s+$"
    r"|[-–—~+]\s*$",
    regex.IGNORECASE,
)
_ATTRIBUTED = regex.compile(
    r"\b(?:said|says|say|saying|according to|reported|reports|reportedly|estimated|estimates|claimed|"
    r"claims|suggested|believed|thought|told|confirmed|announced|citing|cited)\b",
    regex.IGNORECASE,
)
_CHANGE_OR_TIME = regex.compile(
    r"\b(?:(?:19|20)\d\d|last|previous|previously|earlier|since|so far|now|rose|risen|rise|increased|"
    r"increase|fell|fallen|drop|dropped|up from|down from|compared|total|totals|per|each|every|daily|"
    r"initially|originally|later|until|before|after|next|already|remaining|another)\b",
    regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")


#: figures of one quantity that disagree are close (10,000 / 12,000); far-apart ones count different things
CLOSE_RATIO = 1.5
MAX_DISTINCT = 3


def _number(written: str) -> float:
    num, _, scale = written.partition(" ")
    return float(num.replace(",", "")) * {"thousand": 1e3, "million": 1e6}.get(scale, 1.0)


def _nouns() -> list[str]:
    return list(load_data("units.toml").get("figures", {}).get("nouns", []))


def _figure_pattern() -> regex.Pattern:
    nouns = "|".join(regex.escape(n) for n in sorted(_nouns(), key=longest_first))
    return regex.compile(
        r"(?<![\d.,$£€¥₹\w-])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:[ \t]+(?P<scale>thousand|million))?"
        r"[ \t]+(?P<mods>(?:\p{Lu}[\w-]*[ \t]+){0,2})"
        rf"(?P<noun>{nouns})\b"
    )


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    return start, (m.end() if m else len(text))


class ConflictingFiguresRule(BaseRule):
    id = "figures.conflicting"
    category = "date_unit"
    severity = Severity.INFO
    description = "One quantity given different numbers in the same article."

    def __init__(self) -> None:
        self._re = _figure_pattern()

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        groups: dict[tuple[str, str], list[tuple[int, int, str, bool]]] = defaultdict(list)
        for m in self._re.finditer(text):
            if _QUALIFIED.search(text[max(0, m.start() - 25) : m.start()]):
                continue
            s, e = _sentence(text, m.start())
            sentence = text[s:e]
            if _CHANGE_OR_TIME.search(sentence):
                continue
            mods = " ".join(m["mods"].split())
            key = (m["noun"].lower(), mods)
            number = m["num"] + (f" {m['scale']}" if m["scale"] else "")
            groups[key].append((m.start(), m.end(), number, bool(_ATTRIBUTED.search(sentence))))
        for (noun, mods), figs in groups.items():
            values = {_number(f[2]) for f in figs}
            if not 2 <= len(values) <= MAX_DISTINCT:
                continue  # one figure, or a list of different events
            if max(values) > CLOSE_RATIO * min(values):
                continue  # 40 homes and 4,000 homes are different homes
            if all(f[3] for f in figs):
                continue  # each figure has its own source; the copy says who says what
            places = "; ".join(f"{f[2]} (line {self._line(doc, f[0])})" for f in figs)
            last = next(f for f in reversed(figs) if _number(f[2]) != _number(figs[0][2]))
            thing = f"{mods} {noun}".strip()
            yield self.finding(
                doc,
                last[0],
                last[1],
                f"The number of {thing} differs within the article: {places}. "
                "Reconcile the figures, or say whose each figure is.",
                evidence=places,
            )

    @staticmethod
    def _line(doc, pos: int) -> int:
        s, _ = doc.source_span(pos, pos)
        return doc.line_index.line_col(s)[0]


def rules():
    return [ConflictingFiguresRule()]
