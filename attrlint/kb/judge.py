"""Is a title right for this person on this date? The decision, apart from the reading.

The knowledge base only speaks where it knows: a title is judged against the offices it
names in the person's own jurisdictions (or the one the text names), and a mismatch is
only called wrong when that office's holders are all known ("complete") or the person's
own term in it is listed. For a person whose record is complete (every office since a
date listed), a title naming any office of any country is judged: "Prime Minister Angela
Merkel" is wrong because Germany has no prime minister and she held no such office.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..finding import Severity
from .before_record import _before_record, _country, _foreign_national
from .mentions import TitledMention
from .model import GENERIC_TITLES, GRACE, KnowledgeBase, Office, Person, Term, holds, jurisdiction_matches, title_key
from .seated import ruled_out
from .title_kinds import FOR_OFFICEHOLDERS, HONORIFIC, NOT_FOR_LEADERS

#: how long before taking office someone may be called "-elect" when the data has no date
ELECT_WINDOW = dt.timedelta(days=100)
#: how long after a death in office the reporting on it keeps the title without "former"
MOURNING = dt.timedelta(days=30)
#: after a full term out of office (and in none), a title without "former" is the title
#: of the time in an account of the past ("an agreement between Israeli Prime Minister Ehud Barak and ..." in
#: 2017), not a stale title a reader could take as current
STALE = dt.timedelta(days=4 * 365 + 1)


@dataclass
class Verdict:
    rule: str  # "wrong-office", "missing-former", "former-incumbent"
    severity: Severity
    problem: str  # one sentence
    evidence: str
    new_title: str | None = None  # replace the title with this (e.g. "President")
    #: the jurisdiction of the suggested title's office ("ua"): the text's own country
    #: adjective can stay when it matches
    new_jurisdiction: str | None = None
    add_former: bool = False
    add_acting: bool = False  # write "acting" before the title
    drop_acting: bool = False  # delete "acting"/"interim"/"caretaker"
    drop_former: bool = False
    left_office: dt.date | None = None  # for outdated titles: when the office was left
    term_years: tuple[int, int] | None = None  # and the years the term covered
    #: what an undated story was judged by, in place of the story date ("undated; the copy names 2024")
    dated_by: str | None = None


def _evidence(kb: KnowledgeBase, person: Person, terms: list[Term], when: dt.date | None = None) -> str:
    """The terms behind a verdict, and what the person held on the date instead."""
    shown = list(terms)
    if when is not None:
        shown += [t for t in _current_offices(kb, person, when) if t not in shown]
    parts = [f"{kb.offices[t.office].label} {t.span_text()}" for t in sorted(shown, key=lambda t: t.start or dt.date.min)]
    return f"{person.name}: " + "; ".join(parts)


def _current_offices(kb: KnowledgeBase, person: Person, when: dt.date) -> list[Term]:
    return [t for t in person.terms if holds(t, when, dt.timedelta(0))]


def _best_office(kb: KnowledgeBase, person: Person, when: dt.date, near: str | None) -> tuple[str, str] | None:
    """The title to suggest, with its jurisdiction: an office held on the date (in the
    jurisdiction the text names first), else the last office held, as "former"."""
    now = _current_offices(kb, person, when)
    now.sort(key=lambda t: (kb.offices[t.office].jurisdiction != near, t.acting, not _leads(kb.offices[t.office]),
                            -(t.start or dt.date.min).toordinal()))
    if now:
        office = kb.offices[now[0].office]
        return office.short, office.jurisdiction
    past = [t for t in person.terms if t.end and t.end < when]
    if past:
        office = kb.offices[max(past, key=lambda t: t.end).office]
        return "former " + office.short, office.jurisdiction
    return None


def _leads(office: Office) -> bool:
    """A head of state or government: the title to suggest first."""
    return "head of state" in office.titles or "head of government" in office.titles


def _suggest(kb: KnowledgeBase, person: Person, when: dt.date, m: TitledMention) -> dict:
    best = _best_office(kb, person, when, m.jurisdiction)
    return {"new_title": best[0] if best else None, "new_jurisdiction": best[1] if best else None}


def candidate_offices(kb: KnowledgeBase, person: Person, m: TitledMention) -> list[Office]:
    offices = kb.offices_by_title.get(m.title, [])
    if m.jurisdiction:
        return [o for o in offices if jurisdiction_matches(o.jurisdiction, m.jurisdiction)]
    mine = kb.person_jurisdictions(person)
    return [o for o in offices if o.jurisdiction in mine]



def _sitting(kb: KnowledgeBase, person: Person, m: TitledMention, when: dt.date) -> bool:
    """A full holder of a listed office on the date whose offices, ever held, do not carry
    the title's word ("Governor" suits a central bank governor, "Ambassador" a UN
    ambassador, "Speaker" a House speaker: the office check judges those)."""
    if not any(not t.acting for t in _current_offices(kb, person, when)):
        return False
    word = {"sen": "senator", "us senator": "senator", "gov": "governor", "us rep": "rep",
            "us representative": "representative"}.get(m.title, m.title)
    for t in person.terms:
        office = kb.offices[t.office]
        if word in " ".join([title_key(office.label), title_key(office.short), *office.titles]).split():
            return False
    return True


def person_level(kb: KnowledgeBase, person: Person, m: TitledMention, when: dt.date | None) -> bool:
    """Whether the person's own complete record decides this title, whatever country's
    office it names: a dated story within the verified period, a title that names one
    public office (not "spokesman", "chairman", "leader"); deputies' titles and the titles
    in NOT_FOR_LEADERS only for a sitting head of state or government, those in
    FOR_OFFICEHOLDERS also for anyone holding a listed office that day. Life-long US
    honorifics stay quiet when the record leaves them out (``complete_except``)."""
    if not person.complete_for(m.title) or m.comma:
        return False
    if not person.complete_at(when):
        return _before_record(kb, person, m, when)
    if m.when != "current":
        return False  # "then interior minister Nicolas Sarkozy": an office before the record starts
    if kb.verified_through is not None and when > kb.verified_through and not _foreign_national(kb, person, m):
        return False  # the person may have taken a new office since the data was checked
    surname = all(e.kind == "surname" for e in m.name.entries)
    if surname and person.family_first:
        return False  # "Ambassador Kim", "President Li": too common a surname to tie to one person
    deputy = m.title.split()[0] in ("deputy", "vice", "security", "lieutenant", "lt") and m.title != "vice president"
    if deputy or m.title in NOT_FOR_LEADERS:
        if surname:
            return False
        # deputies' posts are the least completely recorded ("Deputy Prime Minister Taro Aso")
        if any(_leads(kb.offices[t.office]) for t in _current_offices(kb, person, when)):
            return True
        if m.title not in FOR_OFFICEHOLDERS or (m.title not in HONORIFIC - {"ambassador"} and not m.styled):
            return False  # "goodwill ambassador", "keynote speaker", "the film's king": roles
        return _sitting(kb, person, m, when)
    return m.title not in GENERIC_TITLES


def _office_pool(kb: KnowledgeBase, person: Person, m: TitledMention, cands: list[Office]) -> list[Office]:
    """For a complete record: the offices the title can name anywhere (the text's country
    first: "German Prime Minister" names no German office, so any prime minister)."""
    if m.jurisdiction and cands:
        return cands
    if m.jurisdiction and _country(m.jurisdiction) is None and m.jurisdiction in kb.jurisdictions:
        # "WHO Foreign Minister Tedros": the body named has no such office, and the title
        # cannot mean the foreign ministry he once held in his own country
        return []
    return list(kb.offices_by_title.get(m.title, []))


def _not_held(kb: KnowledgeBase, person: Person, m: TitledMention, when: dt.date | None) -> Verdict:
    """A complete record shows no office called this on the date, nor ever since it starts.
    Undated (``when`` None): another country's office, wrong at any date; no suggestion,
    since which office the person held when the story was written is not known."""
    if when is None:
        return Verdict(
            "wrong-office", Severity.ERROR,
            f"{person.name} has held no office called '{m.title}' at any date (another country's office)",
            f"{person.name}: " + ("; ".join(kb.describe(person)) or "no office on record"),
        )
    said = {"sen": "senator", "gov": "governor"}.get(m.title, m.title)
    jur = kb.jurisdictions.get(m.jurisdiction or "")
    pool = kb.offices_by_title.get(said, [])
    mine = kb.person_jurisdictions(person)
    where = ""
    if jur is not None and not any(jurisdiction_matches(o.jurisdiction, jur.code) for o in pool):
        where = f"; no office of {jur.name} on record goes by that title"
    elif mine and not any(o.jurisdiction in mine for o in pool):
        names = sorted(kb.jurisdictions[c].name for c in mine if c in kb.jurisdictions)
        where = f"; no office of {' or '.join(names)} on record goes by that title" if names else ""
    if where and jur is not None and {t.office for t in person.terms} & {o.id for o in pool}:
        # held at home, not in the body named ("WHO Foreign Minister Tedros"): say where
        said, where = f"{said}' in '{jur.name}", ""
    best = _best_office(kb, person, when, m.jurisdiction or _home(kb, person, when))
    if kb.verified_through is not None and when > kb.verified_through:
        best = None  # what the person held that day is not known for sure: no suggestion
    before = not person.complete_at(when)
    if before and best and best[0].startswith("former "):
        best = None  # before the record starts an unlisted office may have been held
    since = person.complete_since.isoformat() if person.complete_since else "?"
    claim = (ruled_out(kb, person, m, when) or "another country's office") if before else f"record complete since {since}"
    return Verdict(
        "wrong-office", Severity.ERROR,
        f"{person.name} has held no office called '{said}' ({claim}){where}",
        _evidence(kb, person, [], when) if _current_offices(kb, person, when) else
        f"{person.name}: " + ("; ".join(kb.describe(person)) or "no office on record"),
        new_title=best[0] if best else None, new_jurisdiction=best[1] if best else None,
    )


def _home(kb: KnowledgeBase, person: Person, when: dt.date) -> str | None:
    now = _current_offices(kb, person, when)
    return kb.offices[now[0].office].jurisdiction if now else None


def _acting(kb: KnowledgeBase, person: Person, m: TitledMention, when: dt.date, current: list[Term]) -> Verdict | None:
    """"Acting"/"interim" against the terms, both ways: a full holder called acting is
    wrong (warning); an acting holder called by the bare title lacks "acting" (info).
    Near a change from an acting to a full term (the grace period) either is accepted."""
    office = kb.offices[current[0].office]
    date = when.isoformat()
    # a head of government who lost an election or resigned stays on as caretaker ("acting
    # chancellor" while a coalition is formed) with no new term on record: not judged
    caretaker = "head of government" in office.titles and "head of state" not in office.titles
    # "caretaker" and "transitional" also describe full holders (a transitional government's
    # elected president): only "acting"/"interim" are judged wrong for a full holder
    if m.acting and m.acting not in ("caretaker", "transitional") and not caretaker and not any(t.acting for t in current):
        return Verdict("acting", Severity.WARNING,
                       f"{person.name} was not {m.acting} but full {office.label} on {date}: drop '{m.acting}'",
                       _evidence(kb, person, current, when), drop_acting=True)
    if not m.acting and all(t.acting for t in current):
        return Verdict("acting", Severity.INFO,
                       f"{person.name} only held this office in an acting capacity on {date}: write 'acting'",
                       _evidence(kb, person, current, when), add_acting=True)
    return None


def judge(kb: KnowledgeBase, person: Person, m: TitledMention, when: dt.date | None) -> Verdict | None:
    """A verdict when the title is wrong or outdated on ``when`` (None: date unknown)."""
    if m.comma:
        # "After meeting the Russian president, Emmanuel Macron said": most likely two
        # people (the title is someone else's), so the title says nothing about the name
        return None
    cands = candidate_offices(kb, person, m)
    if person_level(kb, person, m, when):
        cands = _office_pool(kb, person, m, cands)
        ids = {o.id for o in cands}
        if not any(t.office in ids for t in person.terms):
            return None if m.staff_of else _not_held(kb, person, m, when)
    if not cands:
        return None
    ids = {o.id for o in cands}
    held = [t for t in person.terms if t.office in ids]
    complete = any(o.complete_at(when) for o in cands)
    if not held and not complete:
        return None
    said = m.title
    if not held and m.staff_of:
        return None  # "the spokeswoman of the Foreign Minister Maria Zakharova": hers
    if not held:  # a complete office the person never held
        if when is not None and kb.verified_through and when > kb.verified_through and not _current_offices(kb, person, when):
            return None  # may be a new appointment the data does not know yet
        if m.when in ("former", "then") and not any(_leads(o) for o in cands):
            # "former education secretary Michael Gove" (2010-2014): the lists of holders
            # start in 2015 and ministers' earlier posts are not all recorded, so a past
            # office is not ruled out (heads of state and government are: the records of
            # the people in the data list their earlier terms as leaders)
            return None
        best = _best_office(kb, person, when or dt.date.today(), m.jurisdiction)
        whose = ", ".join(sorted({o.label for o in cands}))
        known = kb.describe(person)
        return Verdict(
            "wrong-office", Severity.ERROR,
            f"{person.name} has never held the office called '{said}' here ({whose})",
            f"{person.name}: " + ("; ".join(known) if known else "no office on record"),
            new_title=best[0] if best else None, new_jurisdiction=best[1] if best else None,
        )
    if when is None:
        return None  # undated: the title was right at some time
    current = [t for t in held if holds(t, when)]
    strictly_current = [t for t in held if holds(t, when, dt.timedelta(0))]
    past = [t for t in held if t.end is not None and t.end + GRACE < when]
    future = [t for t in held if t.start is not None and t.start - GRACE > when]
    # "took it later" needs a record that lists every earlier term: a leader's first term
    # years before the one on record (a non-consecutive second term) is otherwise unknown
    known_before = person.complete_at(when) or any(kb.offices[t.office].complete_at(when) for t in held)
    if any(t.uncertain for t in held if t in current or t in past):
        return None  # the data is not sure when this term ended
    date = when.isoformat()
    if m.when == "elect":
        for t in held:
            opened = (t.elected or (t.start - ELECT_WINDOW if t.start else None))
            if opened and t.start and opened - GRACE <= when <= t.start + GRACE:
                return None
        if strictly_current:
            return Verdict("wrong-office", Severity.WARNING,
                           f"{person.name} had already taken office on {date}: drop '-elect'",
                           _evidence(kb, person, strictly_current, when), new_title=kb.offices[strictly_current[0].office].short)
        return Verdict("wrong-office", Severity.WARNING,
                       f"{person.name} was not '{said}-elect' on {date}",
                       _evidence(kb, person, held, when), **_suggest(kb, person, when, m))
    if m.when == "current":
        if current:
            return _acting(kb, person, m, when, current)
        if past and not current and all(t.died and when - t.end <= MOURNING for t in past if t.end):
            return None  # "Ambassador Vitaly Churkin" in the reports of his death and funeral
        if (past and not future and not _current_offices(kb, person, when)
                and when - max(t.end for t in past if t.end) > STALE):
            # "President Bush" in 2017: the title of the time, years after (but "Defence
            # Minister Ueli Maurer" when he was finance minister misleads)
            return None
        if past:
            upcoming = [t for t in future if t.elected and t.elected - GRACE <= when]
            new = f"{kb.offices[upcoming[0].office].short}-elect" if upcoming else None
            now = _best_office(kb, person, when, m.jurisdiction)
            other = now[0] if now and not now[0].startswith("former ") else None
            return Verdict("missing-former", Severity.INFO,
                           f"{person.name} no longer held this office on {date}: write 'former' or 'then-'"
                           + (f" (held on that date: {other})" if other and not new else ""),
                           _evidence(kb, person, past + upcoming, when), new_title=new or other,
                           new_jurisdiction=now[1] if now and not new else None, add_former=new is None,
                           left_office=max(t.end for t in past),
                           term_years=(min((t.start or t.end).year for t in past), max(t.end.year for t in past)))
        # only future terms: an anachronism
        upcoming = [t for t in future if t.elected and t.elected - GRACE <= when]
        if upcoming:
            return Verdict("wrong-office", Severity.WARNING,
                           f"{person.name} had not yet taken office on {date}",
                           _evidence(kb, person, upcoming, when), new_title=f"{kb.offices[upcoming[0].office].short}-elect")
        if not known_before:
            return None
        return Verdict("wrong-office", Severity.WARNING,
                       f"{person.name} did not hold this office on {date} (took it later)",
                       _evidence(kb, person, future, when), **_suggest(kb, person, when, m))
    if m.when == "former":
        # on the day of a handover (or just before it) "former" is not faulted either
        # ("former Prime Minister Stefan Lofven" the day his successor took office)
        lasting = [t for t in strictly_current if t.end is None or t.end - when > GRACE]
        if lasting:
            if kb.verified_through and when > kb.verified_through and any(
                t.end is None and (t.scheduled_end is None or when > t.scheduled_end) for t in lasting
            ):
                return None  # may have left after the data was last checked
            return Verdict("former-incumbent", Severity.WARNING,
                           f"{person.name} held this office on {date}: 'former' is wrong",
                           _evidence(kb, person, lasting, when), drop_former=True)
        if past or current or not known_before:
            return None
        return Verdict("wrong-office", Severity.WARNING,
                       f"{person.name} had not held this office by {date} (took it later)",
                       _evidence(kb, person, future, when), **_suggest(kb, person, when, m))
    if m.when == "incoming":  # about to take office, or had just taken it
        if any(t.start is None or t.start <= when + ELECT_WINDOW for t in held):
            return None
        return Verdict("wrong-office", Severity.WARNING,
                       f"{person.name} was not about to take this office on {date}",
                       _evidence(kb, person, held, when), **_suggest(kb, person, when, m))
    # "then-"
    if past or current or not known_before:
        return None
    return Verdict("wrong-office", Severity.WARNING,
                   f"{person.name} had not held this office by {date} (took it later)",
                   _evidence(kb, person, future, when), **_suggest(kb, person, when, m))
