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

_ENVOY = r"(?:ambassador|envoy|high\s+commissioner|consul(?:\s+general)?|chargé\s+d['’]affaires|charge\s+d['’]affaires)"


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over every written form, and the forms (lower case) to their codes.
    Forms of four letters or fewer count only as written ("US", not "us")."""
    from ..kb.analysis import analyzer

    names = analyzer().kb.jurisdiction_names
    lower = {n.lower(): c for n, c in names.items() if len(n) > 4}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pat = re.compile(rf"\b(?P<a>{alts})(?:['’]s)?\s+{_ENVOY}\s+to\s+(?:the\s+)?(?P<b>{alts})\b(?![-‐‑]\w)", re.IGNORECASE)
    return pat, lower


def _code(written: str, names: dict[str, str], lower: dict[str, str]) -> str | None:
    return names.get(written) or lower.get(written.lower())


class SelfEnvoy(BaseRule):
    id = "title.self-envoy"
    category = "title"
    severity = Severity.WARNING
    description = "A country's ambassador or envoy to that same country ('the American ambassador to the United States')."

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        if not re.search(rf"(?i)\b{_ENVOY}\s+to\b", text):
            return  # the common case: no envoy at all, and no pattern to build
        from ..kb.analysis import analyzer

        pat, lower = _pattern()
        names = analyzer().kb.jurisdiction_names
        for m in pat.finditer(text):
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
