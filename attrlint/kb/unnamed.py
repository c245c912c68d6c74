"""Unnamed holders: "the Russian prime minister said" read as a mention of a known person.

The phrase is tied to the last known person of that country named just before it (the
same or the previous sentence). It is judged only where the reading is near certain:

* the person's record is complete on the story date and shows no office of that country
  called so on that date (they held another one: "Putin ... the Russian prime minister
  said" in 2017, when Putin was president);
* the office's holders are all listed (a complete office) and the real holder on the date
  is not named anywhere in the story, so the phrase cannot be about them;
* the phrase is the bare title after "the" and a country ("the Russian prime minister",
  "Russia's prime minister"), not followed by a name or "of".

"The prime minister wrote", with no country, is read the same way when the story names
exactly one country (or body) that has an office of that name, counting the countries
written out and those of the known people named; two such countries and the phrase is
left alone. It is tied only to a former holder of that very office named just before
(the outdated bare title: "Boris Johnson ... the prime minister said" in 2023), whom the
story never calls "former", in a passage that names no earlier year.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .judge import Verdict, _best_office, _evidence, person_level
from .mentions import MentionReader, TitledMention
from .model import GENERIC_TITLES, KnowledgeBase, holds
from .names import NameMention, Tokens
from ..finding import Severity

#: how far back the person the phrase refers to may be named (characters)
REACH = 400
_SPEAKS = re.compile(r"[ \t\u00a0]+(?:(?:also|then|later|has|had|on \w+)[ \t\u00a0]+)?"
                     r"(?:said|says|told|tells|added|adds|warned|warns|stressed|noted|insisted|declared|announced|wrote|writes)\b")
_SENTENCE_END = re.compile(r"[.!?](?:[\"”’')\]]*)\s+(?=[\"“‘(]?[A-Z])")


@dataclass
class UnnamedPhrase:
    start: int  # "the"
    title_start: int
    title_end: int
    jurisdiction: str
    title: str


def _phrase_starts(reader: MentionReader, toks: Tokens) -> list[int]:
    """Where ``find_phrases`` may find one, in order: at "the", and where a country's
    name ending in a possessive may start (at most ``max_jur`` words before one). Every
    other word would look its country names up for nothing (most of the search's time)."""
    starts: set[int] = set()
    for k in toks.possessive.union(toks.where_key("the")):
        if k in toks.possessive:
            starts.update(range(max(0, k - reader.max_jur + 1), k + 1))
        else:
            starts.add(k)
    return sorted(starts)


def find_phrases(reader: MentionReader, text: str, toks: Tokens) -> list[UnnamedPhrase]:
    """"the Russian prime minister", "Russia's prime minister" with no name after it."""
    out = []
    for i in _phrase_starts(reader, toks):
        if toks.keys[i] == "the":
            found = reader._jur_starting(text, toks, i + 1) if i + 1 < len(toks) else None
            if not found or found[1] in toks.possessive:
                continue
        else:  # "Russia's prime minister"
            found = reader._jur_starting(text, toks, i)
            if not found or found[1] not in toks.possessive:
                continue
            if i > 0 and toks.words[i - 1][:1].isupper() and not reader._sentence_start(text, toks, i):
                continue
        tok = toks[i]
        code, jlast = found
        jstart = i + 1 if tok.key == "the" else i
        written = text[toks[jstart].start:toks[jlast].end].replace(".", "")
        jur = reader.kb.jurisdictions[code]
        if written not in (jur.name, jur.adjective, "US", "UK"):
            continue  # "Washington's attorney general" may be the state's; "the Kremlin" is no person
        if not reader._sentence_start(text, toks, i) and toks[i - 1].key not in ("and", "but", "while"):
            continue  # only as the subject of a clause: "The Russian prime minister said"
        first = jlast + 1
        if first >= len(toks):
            continue
        gap = text[toks[jlast].end:toks[first].start]
        if not (re.fullmatch(r"[ \t\u00a0]+", gap) or toks[jlast].possessive and re.fullmatch(r"['’]s[ \t\u00a0]+", gap)):
            continue
        for n in range(min(reader.max_title, len(toks) - first), 0, -1):
            title = reader._title_at(text, toks, first, first + n - 1)
            if title:
                break
        if not title or title in GENERIC_TITLES or toks[first].text[:1].isupper():
            continue  # capitals: "the Russian Prime Minister Dmitry Medvedev" is read with the name
        last = first + n - 1
        if toks[last].possessive:
            continue
        after = text[toks[last].end:toks[last].end + 40]
        if not _SPEAKS.match(after):
            continue  # a speaker, not a role: "Flynn would advise the US president on ..."
        # the phrase ends here: a verb or punctuation follows, not a name, "of", "-elect"
        if re.match(r"[ \t\u00a0]*,?[ \t\u00a0]*[A-Z]", after) or re.match(r"\s*(?:of|-|and|or)\b", after):
            continue
        out.append(UnnamedPhrase(tok.start, toks[first].start, toks[last].end, code, title))
    return out


def judge_unnamed(kb: KnowledgeBase, text: str, phrase: UnnamedPhrase, named: list[tuple[NameMention, str]],
                  when: dt.date | None) -> tuple[TitledMention, str, Verdict] | None:
    if when is None:
        return None
    offices = [o for o in kb.offices_by_title.get(phrase.title, []) if o.jurisdiction == phrase.jurisdiction]
    if not offices or not all(o.complete_at(when) for o in offices):
        return None
    ids = {o.id for o in offices}
    holders = {pid for pid, p in kb.people.items() for t in p.terms if t.office in ids and holds(t, when)}
    named_ids = {pid for _, pid in named}
    if not holders or holders & named_ids:
        return None  # the holder on the date is in the story: the phrase may be about them
    before = [(nm, pid) for nm, pid in named if nm.end <= phrase.start and phrase.start - nm.end <= REACH
              and phrase.jurisdiction in kb.person_jurisdictions(kb.people[pid])]
    if not before:
        return None
    nm, pid = before[-1]
    if len(_SENTENCE_END.findall(text, nm.end, phrase.start)) > 1:
        return None  # more than one sentence between them
    person = kb.people[pid]
    mention = TitledMention(name=nm, form="unnamed", title=phrase.title, jurisdiction=phrase.jurisdiction,
                            when="current", acting=False, start=phrase.title_start, end=phrase.title_end,
                            title_start=phrase.title_start, title_end=phrase.title_end, former_at=phrase.title_start)
    if not person_level(kb, person, mention, when) or any(t.office in ids for t in person.terms if holds(t, when)):
        return None
    now = [t for t in person.terms if holds(t, when, dt.timedelta(0))
           and kb.offices[t.office].jurisdiction == phrase.jurisdiction]
    if not now:
        return None  # the person held no office of that country then: not the referent
    best = _best_office(kb, person, when, phrase.jurisdiction)
    holder = ", ".join(sorted(kb.people[h].name for h in holders))
    said = text[phrase.title_start:phrase.title_end]
    return mention, pid, Verdict(
        "wrong-office", Severity.WARNING,
        f"'the {kb.jurisdictions[phrase.jurisdiction].adjective or kb.jurisdictions[phrase.jurisdiction].name} {said}' "
        f"here reads as {person.name} (named just before), who was not that on {when.isoformat()}; "
        f"the holder then was {holder}, who is not named in the story",
        _evidence(kb, person, [], when),
        new_title=best[0] if best else None, new_jurisdiction=best[1] if best else None,
    )


# --- the bare title: "the prime minister said", no country --------------------------------
_BARE_SPEAKS = re.compile(r"[ \t\u00a0]+(?:(?:also|then|later|on \w+)[ \t\u00a0]+)?"
                          r"(?:said|says|told|tells|added|adds|warned|warns|stressed|noted|insisted|"
                          r"declared|announced|wrote|writes)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FORMER = re.compile(r"\b(?:former|ex-|then-|erstwhile|one-time|onetime|outgoing)", re.IGNORECASE)


def find_bare_phrases(reader: MentionReader, text: str, toks: Tokens) -> list[UnnamedPhrase]:
    """"The prime minister said", "the President wrote": a title alone after "the", the
    subject of a clause, followed by a verb of saying (not by a name, "of" or a possessive).
    The jurisdiction is left empty: the story decides it."""
    out = []
    for i in toks.where_key("the"):
        if i == len(toks) - 1:
            break  # the last word: no title after it
        if not reader._sentence_start(text, toks, i) and toks.keys[i - 1] not in ("and", "but", "while"):
            continue
        first = i + 1
        if not re.fullmatch(r"[ \t\u00a0]+", text[toks.ends[i]:toks.starts[first]]):
            continue
        title, n = None, 0
        for n in range(min(reader.max_title, len(toks) - first), 0, -1):
            title = reader._title_at(text, toks, first, first + n - 1)
            if title:
                break
        if not title or title in GENERIC_TITLES or title not in reader.kb.offices_by_title:
            continue
        last = first + n - 1
        if toks[last].possessive or not _BARE_SPEAKS.match(text, toks[last].end):
            continue
        out.append(UnnamedPhrase(toks.starts[i], toks[first].start, toks[last].end, "", title))
    return out


def story_jurisdictions(reader: MentionReader, text: str, toks: Tokens,
                        named: list[tuple[NameMention, str]]) -> set[str]:
    """Every country or body the story names, written out ("Britain", "French") or through
    the known people in it (their offices' jurisdictions)."""
    found = set()
    for k in toks.capitalised():
        hit = reader._jur_starting(text, toks, k)
        if hit:
            found.add(hit[0])
    for _, pid in named:
        found |= reader.kb.person_jurisdictions(reader.kb.people[pid])
    return found


def judge_bare(reader: MentionReader, text: str, toks: Tokens, phrase: UnnamedPhrase,
               named: list[tuple[NameMention, str]], when: dt.date | None,
               ) -> tuple[TitledMention, str, Verdict] | None:
    """The bare title tied to a former holder of that office named just before it."""
    kb = reader.kb
    if when is None or (kb.verified_through is not None and when > kb.verified_through):
        return None
    bearing = {o.jurisdiction for o in kb.offices_by_title.get(phrase.title, [])}
    here = bearing & story_jurisdictions(reader, text, toks, named)
    if len(here) != 1:
        return None  # no country, or two with such an office: "the president" is anybody's
    jur = next(iter(here))
    offices = [o for o in kb.offices_by_title[phrase.title] if o.jurisdiction == jur]
    if not all(o.complete_at(when) for o in offices):
        return None
    ids = {o.id for o in offices}
    holders = {pid for pid, p in kb.people.items() for t in p.terms if t.office in ids and holds(t, when)}
    if not holders or holders & {pid for _, pid in named}:
        return None  # the holder on the date is in the story: the phrase may be about them
    before = [(nm, pid) for nm, pid in named if nm.end <= phrase.start and phrase.start - nm.end <= REACH]
    if not before:
        return None
    nm, pid = before[-1]  # the last person named before the phrase is its referent
    if len(_SENTENCE_END.findall(text, nm.end, phrase.start + 1)) != 1:
        return None  # the second reference opens the next sentence; within one it is somebody else
    person = kb.people[pid]
    held = [t for t in person.terms if t.office in ids]
    if not held or not person.complete_at(when) or any(holds(t, when) for t in held):
        return None
    past = [t for t in held if t.end is not None and t.end < when]
    ends = {id(t): t.end for t in past if t.end is not None}  # every one: filtered above
    if not past or any(t.uncertain for t in held):
        return None  # only a former holder: one who takes the office later is not judged
    sentence_start = text.rfind(".", 0, nm.start) + 1
    sentence_end = text.find(".", phrase.title_end)
    passage = text[sentence_start:sentence_end if sentence_end >= 0 else len(text)]
    if any(int(y) < when.year for y in _YEAR.findall(passage)):
        return None  # "In 2016 Cameron ... the prime minister said": the title of the time
    if any(_FORMER.search(text[max(0, m.start - 40):m.end + 40]) for m, p in named if p == pid):
        return None  # the story knows they are former ("X, the former chancellor"): the bare title is someone else
    mention = TitledMention(name=nm, form="unnamed", title=phrase.title, jurisdiction=jur,
                            when="current", acting=False, start=phrase.title_start, end=phrase.title_end,
                            title_start=phrase.title_start, title_end=phrase.title_end, former_at=phrase.title_start)
    last = max(past, key=lambda t: ends[id(t)])
    left = ends[id(last)]
    holder = ", ".join(sorted(kb.people[h].name for h in holders))
    said = text[phrase.title_start:phrase.title_end]
    where = kb.jurisdictions[jur].adjective or kb.jurisdictions[jur].name
    return mention, pid, Verdict(
        "missing-former", Severity.INFO,
        f"'the {said}' here reads as {person.name} (named just before), who had left the {where} office "
        f"on {left.isoformat()}; the holder on {when.isoformat()} was {holder}, who is not named in the story",
        _evidence(kb, person, past, when), new_title=f"former {said}",
        left_office=left, term_years=((last.start or left).year, left.year),
    )
