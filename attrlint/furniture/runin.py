"""An author's name run into the dateline at the start of the copy: "Jane Doe Lagos: The
minister …", "JANE DOE, Lagos — The minister …". The CMS printed its author field in front
of the dateline; the dateline stays, the name goes.

Found from the shape (two or three capitalised words, a place the gazetteer knows, then the
dateline's colon or dash and the lead's first word) and checked against the gazetteer: the
name must not itself be a place or an organisation ("MOUNTAIN VIEW, Ark. —", "New Delhi,
March 3"), nor hold a title or an institution's word ("Prime Minister Jane Doe Lagos:").
"""
from __future__ import annotations

import regex

_CAP = r"[A-Z][a-z][\w'’.-]{0,20}|[A-Z]{2,}[A-Z'’.-]{0,20}"
RUN_IN_AUTHOR = regex.compile(
    rf"^[ \t]*(?P<name>(?:(?:By|BY)[ \t]+)?(?:{_CAP})(?:[ \t]+(?:{_CAP})){{1,2}})(?P<sep>,?[ \t]+)"
    rf"(?P<place>(?:{_CAP})(?:[ \t]+(?:{_CAP}))?)[ \t]*(?::|[—–]|--|-(?=[ \t]))[ \t]*(?=[A-Z\"“‘(])"
)

#: words of a title, a body or a desk: a name holding one is not an author's name
_NOT_NAME = frozenset("""
president minister prime chairman chairperson chair governor senator mayor chief secretary general
spokesman spokeswoman spokesperson director head leader king queen prince princess judge justice
court police army party government ministry agency bureau office council assembly parliament
senate house news desk reporter reporters correspondent correspondents staff report update
updates breaking live exclusive special national international world local state federal
city county district province region republic united kingdom states nations union
island islands isle airport port bay beach coast valley hill hills lake river mount mountain
camp village town square street road avenue station park bridge border gulf sea north south
east west central upper lower new old
the of and for in on at
""".split())


def author_run_in(line: str) -> tuple[int, int] | None:
    """(start, end) in ``line`` of an author's name run into the dateline, if any."""
    m = RUN_IN_AUTHOR.match(line)
    if m is None:
        return None
    name = regex.sub(r"^(?:By|BY)[ \t]+", "", m.group("name"))
    words = name.split()
    from ..gazetteer import ORG, PLACE, gazetteer

    g = gazetteer()

    def entry(s: str):
        return g.lookup(s) or (s.isupper() and g.lookup(s.title())) or None

    place_text = m.group("place")
    if len(words) == 3 and _is_place(entry(f"{words[-1]} {place_text}")):
        words, place_text = words[:2], f"{words[-1]} {place_text}"  # "Jane Doe New York:"
        name = " ".join(words)
    if any(w.lower().strip(".'’") in _NOT_NAME for w in words):
        return None
    if not _is_place(entry(place_text)):
        return None
    if name.isupper() and "," in m.group("sep") and not place_text.isupper() and entry(words[0].title()) is None:
        return None  # "WAD MADANI, Sudan:": the wire's dateline (a city in capitals, its country);
        # "MARY JONES, Portsmouth": a first name the name lists know, an author's byline
    whole = entry(name)
    if whole is not None and (PLACE in whole.kinds or ORG in whole.kinds):
        return None  # "MOUNTAIN VIEW, Ark. —": a dateline, not a name
    for w in words:
        e = entry(w)
        if e is not None and ((set(e.kinds) <= {PLACE, ORG} and e.prominence >= 2.5)
                              or (PLACE in e.kinds and e.prominence >= 3.0)):
            return None  # "Kenya Lagos:", "Reuters Lagos:": a well-known place or body, not a person
    if name == " ".join(regex.sub(r"^(?:By|BY)[ \t]+", "", m.group("name")).split()):
        return m.start("name"), m.end("sep")
    end = m.start("name") + m.group("name").index(words[-1]) + len(words[-1])
    return m.start("name"), end


def _is_place(e) -> bool:
    from ..gazetteer import PLACE

    return e is not None and PLACE in e.kinds
