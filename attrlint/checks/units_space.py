"""units.space-distance: a distance to a galaxy or a star given in kilometres or miles (category ``date_unit``).

"A dwarf galaxy 31 million kilometres away": the nearest galaxies are
tens of thousands of light-years away, and one light-year is about 9.5 trillion
kilometres. A rewrite or a translation that turned "light-years" into "kilometres" leaves
a figure far too small for the object. Flagged when a sentence names an object beyond the
solar system (a galaxy, an exoplanet, a black hole, a nebula, a quasar, a star that is not
the Sun) and puts it at fewer than ten trillion kilometres (a light-year) away; planets,
comets and asteroids of the solar system are not judged.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule

#: objects no closer than a light-year (the nearest star is 4.2 light-years away)
_FAR = re.compile(r"\b(?:galax(?:y|ies)|exoplanets?|black holes?|nebulae?|nebulas|quasars?|star clusters?"
                  r"|star systems?|stars?)\b", re.I)
_SUN = re.compile(r"\b(?:Sun|sun's|our star|solar)\b")
_DIST = re.compile(
    r"\b(?P<n>\d[\d,]*(?:\.\d+)?)(?: (?P<scale>thousand|million|billion|trillion))? "
    r"(?P<unit>kilometres|kilometers|km|miles)\b(?= (?:away|from (?:the )?(?:Earth|us|our planet)|distant))"
    r"|\bat a distance of (?P<n2>\d[\d,]*(?:\.\d+)?)(?: (?P<scale2>thousand|million|billion|trillion))? "
    r"(?P<unit2>kilometres|kilometers|km|miles)\b", re.I)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: a light-year in kilometres, rounded down
LIGHT_YEAR_KM = 9.4e12


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    rights = [r for r in (text.find(". ", end), text.find("\n", end)) if r >= 0]
    return text[left:(min(rights) if rights else len(text))]


class SpaceDistance(BaseRule):
    id = "units.space-distance"
    category = "date_unit"
    severity = Severity.WARNING
    description = ("A galaxy, a star or an exoplanet put fewer kilometres or miles away than a single "
                   "light-year (“a dwarf galaxy 31 million kilometres away”): light-years were meant.")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _DIST.finditer(text):
            num = m.group("n") or m.group("n2")
            scale = (m.group("scale") or m.group("scale2") or "").lower()
            unit = (m.group("unit") or m.group("unit2")).lower()
            km = float(num.replace(",", "")) * _SCALE.get(scale, 1.0) * (1.609 if unit == "miles" else 1.0)
            if km >= LIGHT_YEAR_KM:
                continue
            sentence = _sentence(text, m.start(), m.end())
            far = _FAR.search(sentence)
            if far is None or _SUN.search(sentence):
                continue
            if far.group(0).lower().startswith("star") and not re.search(r"\b(?:galax|light|telescope|astronom)",
                                                                         sentence, re.I):
                continue  # "the star drove 300 miles from us": a celebrity, not a sun
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: a {far.group(0).lower()} lies at least a light-year away (about 9.5 "
                f"trillion kilometres); {m.group(0)} is closer than that. Light-years were probably meant: "
                f"check the unit against the source.",
                suggestions=[f"{num}{' ' + scale if scale else ''} light-years"],
                evidence=f"{km:,.0f} km is less than one light-year; the sentence speaks of a {far.group(0).lower()}",
            )


def rules():
    return [SpaceDistance()]
