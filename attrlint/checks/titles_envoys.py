"""`title.self-envoy`: a country's envoy to itself ("the American ambassador to the United
States"), a slip of machine translation or of a rushed edit that names the same country
on both sides of "ambassador to". The country names are the knowledge base's written
forms of each jurisdiction (``rules/people/_jurisdictions.toml``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..finding import Finding, Severity
from ..rule import BaseRule
from ..ordering import longest_first

_ENVOY = r"(?:ambassador|envoy|high\s+commissioner|consul(?:\s+general)?|chargé\s+d['’]affaires|charge\s+d['’]affaires)"
#: an envoy's title and "to": every match of the full pattern holds one
_ANCHOR = re.compile(rf"(?i)\b{_ENVOY}\s+to\b")


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over every written form, and the forms (lower case) to their codes.
    Forms of four letters or fewer count only as written ("US", not "us")."""
    from ..kb.analysis import analyzer

    names = analyzer().kb.jurisdiction_names
    lower = {n.lower(): c for n, c in names.items() if len(n) > 4}
    alts = "|".join(re.escape(n) for n in sorted(names, key=longest_first))
    pat = re.compile(rf"\b(?P<a>{alts})(?:['’]s)?\s+{_ENVOY}\s+to\s+(?:the\s+)?(?P<b>{alts})\b(?![-‐‑]\w)", re.IGNORECASE)
    return pat, lower


def _matches(pat: re.Pattern[str], text: str, anchors: list[int], longest: int) -> Iterator[re.Match[str]]:
    """``pat.finditer(text)``, trying the pattern only where a match can start: the
    pattern (hundreds of country names, case-blind) tried at every word of a story cost
    ~30 M instructions. A match holds an anchor (its envoy's title) after a name of at
    most ``longest`` characters, a possessive and the whitespace before the anchor, so it
    starts in that window; matched at each place of the windows in order, left to right
    and never inside the last match, the pattern gives exactly what ``finditer`` gives."""
    starts: set[int] = set()
    for q in anchors:
        r = q
        while r > 0 and text[r - 1].isspace():  # what ``\s`` matches
            r -= 1
        starts.update(range(max(0, r - longest - 2), q))
    done = 0
    for p in sorted(starts):
        if p < done:
            continue
        m = pat.match(text, p)
        if m is not None:
            done = m.end()
            yield m


def _code(written: str, names: dict[str, str], lower: dict[str, str]) -> str | None:
    return names.get(written) or lower.get(written.lower())


class SelfEnvoy(BaseRule):
    id = "title.self-envoy"
    category = "title"
    severity = Severity.WARNING
    description = "A country's ambassador or envoy to that same country ('the American ambassador to the United States')."

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        anchors = [m.start() for m in _ANCHOR.finditer(text)]
        if not anchors:
            return  # the common case: no envoy at all, and no pattern to build
        from ..kb.analysis import analyzer

        pat, lower = _pattern()
        names = analyzer().kb.jurisdiction_names
        for m in _matches(pat, text, anchors, max(map(len, names))):
            a, b = _code(m.group("a"), names, lower), _code(m.group("b"), names, lower)
            if a is None or a != b or doc.in_quote(m.start(), m.end()):
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"'{m.group(0)}' names the same country twice: an envoy is posted to another country "
                "(check which country the envoy comes from or is posted to).",
                evidence=f"both '{m.group('a')}' and '{m.group('b')}' name {analyzer().kb.jurisdictions[a].name}",
            )


def rules():
    return [SelfEnvoy()]
