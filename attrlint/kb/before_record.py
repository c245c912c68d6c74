"""What can be ruled out before the date a person's record claims to be complete: another
country's office (a head's title their countries do not have, a title only one other
country uses). Split from judge.py, which calls it from ``person_level``."""
from __future__ import annotations

import datetime as dt

from .mentions import TitledMention
from .model import KnowledgeBase, Person, jurisdiction_matches
from .seated import ruled_out
from .title_kinds import NOT_FOR_LEADERS


#: titles of one country's office that no other country's politics uses, judged before a
#: record starts as another country's office (most titles — "foreign minister", "home
#: secretary", "attorney general" — name posts, political or civil-service, in many
#: countries whose offices are not all modelled)
_ONE_COUNTRY = frozenset({"supreme leader", "chancellor of the exchequer", "treasury secretary"})
#: the heads' titles, judged before a record starts only for people of countries that have
#: no such office at all (rules/absent_offices.toml)
_HEADS = {"prime minister": "prime minister", "premier": "prime minister", "president": "president"}


def _absent() -> dict[str, frozenset[str]]:
    from ..data import load_data  # lazily: only a story dated before a record starts needs it

    return {k: frozenset(v) for k, v in load_data("absent_offices.toml").get("absent", {}).items()}


def _before_record(kb: KnowledgeBase, person: Person, m: TitledMention, when: dt.date | None) -> bool:
    """Before the date a record claims to be complete, only another country's office is
    ruled out, for a person whose record makes the claim at all (a namesake of a common name
    makes none): a head's title where the person's countries have no such office ("Prime
    Minister George W. Bush" in 2005, "President Tony Blair"), or a title only one other
    country uses ("Supreme Leader Lindsey Graham"); or, on a date inside a listed term, an
office that cannot be held alongside it (seated.py).

    A story with no trustworthy date (``when`` None) could be of any year: only the first
    two hold at every date ("Prime Minister Joe Biden": the United States has had no prime
    minister in any year), so only they are judged."""
    if person.complete_since is None or m.when != "current" or m.acting:
        return False
    if person.family_first and all(e.kind == "surname" for e in m.name.entries):
        return False
    if when is not None and ruled_out(kb, person, m, when):
        return True  # sitting in a listed office that day: see seated.py
    if m.title in _ONE_COUNTRY:
        return _foreign_national(kb, person, m)
    head = _HEADS.get(m.title)
    if head is None:
        return False
    # an international body's office on record counts as held if it goes by the title
    mine = {_country(c) for c in kb.person_jurisdictions(person)} - {None}
    if not mine:
        return False
    if m.jurisdiction and _country(m.jurisdiction) in mine:
        return False  # "German President ..." for a German: the office-level check judges it
    return mine <= _absent().get(head, frozenset())


#: two-letter codes that name an international body, not a country
_BODIES = frozenset({"eu", "un"})


def _country(code: str) -> str | None:
    """The country of a jurisdiction code ("us-ca" -> "us"), None for an international body."""
    head = code.split("-")[0]
    return head if len(head) == 2 and head not in _BODIES else None


def _foreign_national(kb: KnowledgeBase, person: Person, m: TitledMention) -> bool:
    """After the data was last checked, a person may have taken any new office at home or in
    an international body, but not a national office of another country: "Prime Minister
    Donald Trump", "Chancellor Emmanuel Macron" stay wrong. True when every office the title
    can name is such an office (and the person's own country is known)."""
    if m.title in NOT_FOR_LEADERS or m.title.split()[0] in ("deputy", "vice", "lieutenant", "lt"):
        return False
    mine = {_country(c) for c in kb.person_jurisdictions(person)} - {None}
    offices = kb.offices_by_title.get(m.title, [])
    if m.jurisdiction:
        offices = [o for o in offices if jurisdiction_matches(o.jurisdiction, m.jurisdiction)]
    if not mine or not offices:
        return False
    return all(_country(o.jurisdiction) is not None and _country(o.jurisdiction) not in mine for o in offices)
