"""Inline suppression comments.

Markdown / HTML::

    <!-- attrlint-disable-next-line loaded_language -->
    <!-- attrlint-disable debris.share-widget, typo -->  ...  <!-- attrlint-enable -->
    <!-- attrlint-disable-file -->

Plain text uses the same words on a line of their own, after ``#``::

    # attrlint-disable-next-line loaded_language

With no rule list a directive covers every rule. A selector is a rule id, an id prefix
or a category. Directives that suppress nothing are reported back as unused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .finding import Finding

_DIRECTIVE = re.compile(
    r"(?:<!--|^[ \t]*#)[ \t]*attrlint-(?P<verb>disable-next-line|disable-file|disable|enable)\b"
    r"(?P<rest>[^\n]*?)[ \t]*(?:-->|$)",
    re.MULTILINE,
)


@dataclass
class Directive:
    verb: str
    selectors: list[str]
    start: int  # source offsets of the comment
    end: int
    line: int
    used: bool = False


@dataclass
class Region:
    directive: Directive
    start_line: int
    end_line: int  # inclusive


@dataclass
class Suppressions:
    directives: list[Directive] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)

    @classmethod
    def parse(cls, source: str, line_of) -> "Suppressions":
        out = cls()
        open_regions: list[Directive] = []
        last_line = line_of(len(source))
        for m in _DIRECTIVE.finditer(source):
            sels = [s for s in re.split(r"[,\s]+", m["rest"].strip()) if s]
            d = Directive(m["verb"], sels, m.start(), m.end(), line_of(m.start()))
            out.directives.append(d)
            if d.verb == "disable-next-line":
                out.regions.append(Region(d, d.line + 1, d.line + 1))
            elif d.verb == "disable-file":
                out.regions.append(Region(d, 1, last_line))
            elif d.verb == "disable":
                open_regions.append(d)
            else:  # enable closes the matching open regions (all of them with no list)
                for o in list(open_regions):
                    if not d.selectors or set(d.selectors) & set(o.selectors) or not o.selectors:
                        out.regions.append(Region(o, o.line, d.line))
                        open_regions.remove(o)
                d.used = True
        for o in open_regions:
            out.regions.append(Region(o, o.line, last_line))
        return out

    def suppresses(self, finding: Finding) -> bool:
        loc = finding.location
        if loc is None:
            return False
        hit = False
        for r in self.regions:
            if r.start_line <= loc.line <= r.end_line and _matches(r.directive.selectors, finding):
                r.directive.used = True
                hit = True
        return hit

    def on_directive(self, finding: Finding) -> bool:
        """Findings inside a directive comment itself are noise."""
        loc = finding.location
        return loc is not None and any(d.start <= loc.start < d.end for d in self.directives)

    def unused(self) -> list[Directive]:
        return [d for d in self.directives if not d.used]


def _matches(selectors: list[str], f: Finding) -> bool:
    if not selectors:
        return True
    for s in selectors:
        if s in (f.rule, f.category) or s.upper() == "ALL":
            return True
        if f.rule.startswith(s.rstrip("*").rstrip(".") + ".") or (s.endswith("*") and f.rule.startswith(s[:-1])):
            return True
    return False
