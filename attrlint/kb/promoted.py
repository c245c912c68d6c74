"""A deputy's title for someone who held the office itself: "Deputy President William
Ruto" in 2024, two years into his presidency.

No one is the deputy of their own office, so the title is wrong on the date whether or
not the record lists the earlier deputy post (deputies' posts are the least completely
recorded). An undated story is judged from the years it names: a story that names 2024
was written in 2024 or later, and someone who took the office before then and still
holds it was no deputy at any date since.
"""
from __future__ import annotations

import datetime as dt
import re

from ..finding import Severity
from .judge import Verdict, _evidence
from .mentions import TitledMention
from .model import GRACE, KnowledgeBase, Person, Term, jurisdiction_matches, title_key

#: the words that make a title the deputy of an office ("Deputy President", "Vice Premier")
DEPUTY_WORDS = ("first deputy ", "deputy ", "vice ")
#: a year in the copy, and the words before it that make it a year still ahead when the
#: story was written ("by 2030", "ahead of the 2027 election") or the end of a span
_YEAR = re.compile(r"(?<![\w./-])(19[89]\d|20\d\d)(?![\w/-]|\.\d)")
_AHEAD_BEFORE = re.compile(
    r"(?:\b(?:by|until|till|before|ahead\s+of(?:\s+the)?|in\s+time\s+for(?:\s+the)?|vision|agenda|"
    r"to|through|beyond|from)|[-–—])\s*$", re.IGNORECASE)
#: a year naming an event that is often still ahead ("the 2027 election", "2030 goals")
_AHEAD_AFTER = re.compile(
    r"^\s*(?:general\s+|presidential\s+|parliamentary\s+|local\s+)?(?:elections?|polls?|vote|race|"
    r"campaign|bid|ticket|world\s+cup|olympics?|games|census|targets?|goals?|deadline|plan)\b", re.IGNORECASE)
#: a capitalised word right before the title: a body's name ("ANC", "Jubilee Party")
_BODY_BEFORE = re.compile(r"\b[A-Z][\w.&'’-]*[ \t]+$")
#: how long after taking office an undated story must be to judge it from its years
SETTLED = dt.timedelta(days=365)


def year_floor(text: str, today: dt.date) -> dt.date | None:
    """The first day of the latest past year the copy names as a year already come (not
    "by 2030", "the 2027 election"), or None."""
    best = 0
    for m in _YEAR.finditer(text):
        year = int(m.group(1))
        if year > today.year or year <= best:
            continue
        if _AHEAD_BEFORE.search(text[max(0, m.start() - 24):m.start()]) or _AHEAD_AFTER.match(text[m.end():m.end() + 30]):
            continue
        best = year
    return dt.date(best, 1, 1) if best else None


def _holds_throughout(term: Term, when: dt.date | None, floor: dt.date | None) -> bool:
    """Held, in full, on the story date; or, undated, from well before ``floor`` to now."""
    if term.acting or term.start is None:
        return False
    if when is not None:
        return term.start + GRACE < when and (term.end is None or term.end >= when)
    return floor is not None and term.end is None and term.start + SETTLED < floor


def promoted_title(kb: KnowledgeBase, person: Person, text: str, m: TitledMention, when: dt.date | None,
                   floor: dt.date | None = None) -> Verdict | None:
    """A verdict when ``m`` is the deputy's title of an office ``person`` held itself on the
    date (``when``) or, undated, at every date since ``floor``."""
    if m.when != "current" or m.staff_of or m.comma:
        return None
    deputy = next((w for w in DEPUTY_WORDS if m.title.startswith(w)), None)
    if deputy is None:
        return None
    if not m.jurisdiction and _BODY_BEFORE.search(text, max(0, m.title_start - 40), m.title_start):
        return None  # "ANC Deputy President": a body the knowledge base does not know
    head = m.title[len(deputy):]
    for t in person.terms:
        if not _holds_throughout(t, when, floor):
            continue
        office = kb.offices[t.office]
        if head not in office.titles | {title_key(office.short)}:
            continue
        if m.jurisdiction and not jurisdiction_matches(office.jurisdiction, m.jurisdiction):
            continue  # "ANC Deputy President": a party's post beside the state's office
        if when is not None:
            problem = f"{person.name} held the office itself ({office.label}) on {when.isoformat()}"
        else:
            since = t.start.isoformat() if t.start else "?"
            problem = f"{person.name} has held the office itself ({office.label}) since {since}"
        return Verdict("wrong-office", Severity.WARNING,
                       f"{problem}, not its deputy's: write '{office.short}'",
                       _evidence(kb, person, [t]), new_title=office.short, new_jurisdiction=office.jurisdiction,
                       dated_by=None if when else f"story undated; it names {floor.year if floor else '?'}")
    return None
