"""`title.us-legislator`: a member of the US Congress given the wrong state or chamber
("Ohio Senator X" for Kansas's senator; "Sen. X (D-Ore.)" for a House member; "Rep. X of
Texas" for a Utah member).

Judged against the congressional record (``attrlint/kb/congress.py``). Names the record
does not know are never flagged, nor is a state named in a quotation. A member's other
chamber counts: a sitting senator's past House term makes "Rep." no error, so the chamber
is judged only where the record lists every term (sitting members), and not for a story
dated before the member's first term (a state legislator of the same name, years earlier).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..finding import Finding, Severity
from ..rule import BaseRule
from ..ordering import longest_first

_TITLE = r"(?P<title>Sen\.|Senator|Rep\.|Representative|Congressman|Congresswoman)"
_NAME = r"(?P<name>[A-Z][a-z'’]+\.?(?:\s+[A-Z]\.)?(?:\s+(?:Mc|Mac|O['’]|De|Van\s)?[A-Z][a-z'’-]+){1,2})"
_CHEAP = re.compile(r"\b(?:Sen\.|Senator|Rep\.|Representative|Congress(?:wo)?man)\s+[A-Z]|\([DRI]\s*[-–—]\s*[A-Z]")


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[re.Pattern[str]], dict[str, str]]:
    """The three forms, and every written state form to its code."""
    from ..kb.congress import STATES

    forms = {f: code for code, names in STATES.items() for f in names}
    full = "|".join(re.escape(names[0]) for names in sorted(STATES.values(), key=lambda n: -len(n[0])))
    any_form = "|".join(re.escape(f) for f in sorted(forms, key=longest_first))
    postal = "|".join(STATES)
    forms.update({code: code for code in STATES})
    pats = [
        # "Ohio Senator X", "Texas U.S. Rep. X", "Utah's Senator X", "Ohio Republican Sen. X"
        re.compile(rf"\b(?P<state>{full})(?:['’]s)?\s+(?:(?:Republican|Democratic|Democrat|GOP|Independent)\s+)?"
                   rf"(?:U\.?S\.?\s+)?{_TITLE}\s+{_NAME}"),
        # "Sen. X (D-Ore.)", "Rep. X, R-Texas,", "Senator X (R-TX)"
        re.compile(rf"{_TITLE}\s+{_NAME}\s*[(,]\s*(?:[DRI]|Dem\.?|Rep\.?|Ind\.?)\s*[-–—]\s*"
                   rf"(?P<state>{any_form}|{postal})(?![\w.])"),
        # no title, the congressional bracket alone: "X (D-Ore.)" (the state only is judged)
        re.compile(rf"\b{_NAME}\s*\(\s*[DRI]\s*[-–—]\s*(?P<state>{any_form}|{postal})\s*\)"),
        # "Rep. X of Texas"
        re.compile(rf"{_TITLE}\s+{_NAME}\s+of\s+(?:the\s+state\s+of\s+)?(?P<state>{full})\b"),
    ]
    return pats, forms


def _chamber(title: str) -> str:
    return "S" if title.lower().startswith("sen") else "H"


class UsLegislator(BaseRule):
    id = "title.us-legislator"
    category = "title"
    severity = Severity.WARNING
    description = ("A member of the US Congress given a state or a chamber the congressional record does not "
                   "list for them ('Ohio Senator X' for Kansas's senator).")

    def check(self, doc) -> Iterator[Finding]:
        text = doc.text
        if not _CHEAP.search(text):
            return  # the common case: no chamber title at all
        from ..kb.congress import lookup, state_name
        from .titles import analyse

        pats, forms = _patterns()
        seen: list[tuple[int, int]] = []  # spans already reported: one finding per mention
        for pat in pats:
            for m in pat.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in seen) or doc.in_quote(m.start(), m.end()):
                    continue
                if re.search(r"(?i)\bstate\s*$", text[max(0, m.start() - 8):m.start()]):
                    continue  # "state Sen. X": a state legislator
                record = lookup(m.group("name"))
                if record is None:
                    continue
                said = forms[m.group("state")]
                chamber = _chamber(m.groupdict().get("title") or "")
                who = m.group("name")
                if said not in record.states:
                    seen.append(m.span())
                    known = ", ".join(sorted(state_name(s) for s in record.states))
                    fix = [] if len(record.states) != 1 or m.group("state") not in _full_names() else [
                        m.group(0).replace(m.group("state"), known, 1)]
                    yield self.finding(
                        doc, m.start(), m.end(),
                        f"Wrong state for {who}: the congressional record lists {who} for {known}, "
                        f"not {state_name(said)} (check the state, or whether this is another person).",
                        suggestions=fix, evidence=_evidence(record),
                    )
                    continue
                if m.groupdict().get("title") is None or record.partial or any(c == chamber for c, _ in record.chambers):
                    continue
                checked, when, _ = analyse(doc)
                if record.first_year and when is not None and when.year < record.first_year:
                    continue
                if any(c.verdict.rule and c.mention.start < m.end() and m.start() < c.mention.end for c in checked):
                    continue  # the knowledge base's own verdict on this title already says it
                seen.append(m.span())
                other = "House" if chamber == "S" else "Senate"
                yield self.finding(
                    doc, m.start(), m.end(),
                    f"Wrong chamber for {who}: the congressional record lists only {other} terms "
                    f"for {who}, never the {'Senate' if chamber == 'S' else 'House'} "
                    f"(write {'Rep.' if chamber == 'S' else 'Sen.'} or check the name).",
                    evidence=_evidence(record),
                )


@lru_cache(maxsize=1)
def _full_names() -> frozenset[str]:
    from ..kb.congress import STATES

    return frozenset(names[0] for names in STATES.values())


def _evidence(record) -> str:
    from ..kb.congress import state_name

    terms = ", ".join(f"{'Senate' if c == 'S' else 'House'} ({state_name(s)})" for c, s in sorted(record.chambers))
    tail = "; last term only on record" if record.partial else ""
    return f"US Congress: {terms}{tail} (unitedstates/congress-legislators, CC0)"


def rules():
    return [UsLegislator()]
