"""One pass over a document: known names -> titled mentions -> verdicts.

Shared by the title rules and computed once per document.
"""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from ..dates import find_written_date
from ..finding import Severity
from .judge import Verdict, candidate_offices, judge
from .lazy_map import LazyMap
from .loader import load_kb
from .mentions import MentionReader, TitledMention
from .model import KnowledgeBase, Office, Person
from .model import fold
from .names import PARTICLES, NameEntry, NameIndex, NameMention, Tokens, tokenize
from .promoted import promoted_title, year_floor
from .unnamed import find_bare_phrases, find_phrases, judge_bare, judge_unnamed

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

#: before a dateline's date: bullets, a weekday, a place ("KYIV, Ukraine, ")
_STAMP = r"(?:(?:First |Last )?(?:Published|Updated|Posted|Date|Dated)(?: on)?:?[^\S\n]*)?"
_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[^\S\n]*[\W\d_]*" + _STAMP +
    # a place, maybe with an agency or outlet in brackets, then a comma, bar or dash:
    # "KYIV, Ukraine, ", "LONDON | ", "DHAKA (Broadcast) - "
    r"(?:[A-Z][\w.'’ -]{0,40}(?:[^\S\n]*\([^)\n]{1,30}\))?[^\S\n]*[,|–—-][^\S\n]*){0,2}" + _STAMP +
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?[^\S\n]*)?$", re.IGNORECASE)
#: after it: the end of the line, an agency in brackets, a dash, a time
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:$|\n|[(\[|•·/–—-]|\d{1,2}[:.]\d\d|at\b|updated|published|GMT|UTC|[A-Z]{2,4}T\b)", re.IGNORECASE)


def dateline_is_trusted(text: str) -> bool:
    """Whether the date found at the top stands alone (a dateline or dated line) rather than
    being a date inside the first sentence ("On 24 February 2022, Russia invaded ...")."""
    found = find_written_date(text[:600])
    if not found:
        return False
    m = found[1]
    return bool(_DATELINE_BEFORE.search(text[:m.start()])) and bool(_DATELINE_AFTER.match(text, m.end()))


#: story dates read from the page's own furniture, not from a sentence: the option, front
#: matter, HTML metadata, a dateline, the article URL, a scraper's " date 2023-05-10 "
#: prefix and a "Published"/"Updated" line at the top or bottom ("a study published on 3
#: May 2015" in a sentence is not read as one)
_STAMPED = frozenset({"option", "front matter", "meta", "dateline", "today", "url", "scrape metadata",
                      "published line", "updated line"})


def judging_date(doc: "Document", undated: str = "unknown") -> tuple[dt.date | None, str]:
    """The date titles are judged at and where it came from; None when the story has no
    trustworthy date (then only titles a person never held are reported)."""
    sd = doc.story_date
    if sd.source == "today" and undated != "today":
        return None, "none found (only titles never held are checked)"
    stamped = sd.source in _STAMPED or sd.source.startswith("meta ") or sd.source == "time element"
    if not stamped and not dateline_is_trusted(doc.text):
        # the first date written near the top may be a date in the story, not its own
        return None, "a date in the first lines that is not a dateline (only titles never held are checked)"
    return sd.date, sd.source


#: words before a title that put the mention in the past ("signed by President Obama")
_PAST_BEFORE = re.compile(
    r"\b(?:under|by|during|following|after|before|since|until|when|while|of|from|like|predecessor|"
    r"where|then|than|replaced|succeeded|ousted|defeated|beat|toppled|impeached|was|were|became|become|as|elected|appointed|named|served)[ \t]*$", re.IGNORECASE)
#: words after a possessive name that do the same ("President Obama's administration")
_PAST_AFTER = re.compile(
    r"^['’]s?\s+(?:\w+\s+){0,2}(?:achievements?|administration|era|presidency|term|tenure|government|premiership|cabinet|"
    r"rule|years|reign|mandate|watch|predecessor|time|legacy|policy|policies|plan|budget|legislation|law)\b", re.IGNORECASE)
#: the holder's own time named in the sentence ("allegations that President Obama wiretapped
#: him during the campaign", "when he accused President Obama of"): the title of the time
_TERM_TIME = re.compile(r"\b(?:during\s+(?:the|his|her)\s+(?:campaign|election|term|presidency|premiership|tenure)|"
                        r"at\s+the\s+time|while\s+in\s+office)\b", re.IGNORECASE)
_ACCUSED_BEFORE = re.compile(r"\baccused[ \t]*$", re.IGNORECASE)
#: a past role in the holder's service right before the title ("a former adviser to
#: President Obama", "former chief of programmes in President Karzai's office"): the whole
#: phrase is about the time in office
_FORMER_ROLE_BEFORE = re.compile(r"\b(?:former|ex-)\s*(?:[\w-]+\s+){1,4}(?:in|to|at|for|with)\s+(?:the\s+)?$",
                                 re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.!?\n]")


#: for a while after a handover, copy keeps the old title for the person's recent acts
#: ("Trump accused President Obama of ..." in February 2017); in that period an outdated
#: title is reported only when the sentence is about something the person does now
HANDOVER = dt.timedelta(days=120)
_NOW_MARKER = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|"
    r"this (?:week|morning|afternoon|evening))\b")
_ACTS_NOW = re.compile(
    # the verb may follow an aside: "Chancellor X, speaking in Munich, said ..."
    r"^,?\s*(?:,?[^,.;:\n]{1,80},\s*)?(?:said|says|told|tells|announced|announces|met|meets|visited|visits|arrived|arrives|spoke|"
    r"speaks|warned|warns|added|adds|wrote|writes|called|calls|urged|urges|insisted|insists|declared|"
    r"declares|is|has|will)\b")


#: the end of the term itself, told in the sentence ("Trump ousted his national security
#: adviser, Michael Flynn", "the resignation of National Security Adviser Michael Flynn",
#: "Flynn, who resigned on Monday"): the title is the one the person held until then
_TERM_ENDED = re.compile(
    r"\b(?:oust(?:ed|ing|s)?|ouster|fir(?:ed|es|ing)|sack(?:ed|s|ing)?|dismiss(?:ed|es|ing|al)|forced\s+out|"
    r"forcing\s+out|removal|removed|resign(?:ed|s|ing|ation)|quit|stepped\s+down|steps\s+down|"
    r"scalp|impeach(?:ed|ment)|deposed|toppled|axed|step\s+down)\b", re.IGNORECASE)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    s = start
    while s > 0 and not _SENTENCE_END.match(text[s - 1]):
        s -= 1
    e = _SENTENCE_END.search(text, end)
    return s, (e.start() if e else len(text))


def about_the_past(text: str, m: TitledMention, when: dt.date, left: dt.date | None = None,
                   years: tuple[int, int] | None = None) -> bool:
    """Whether an outdated title sits in a sentence about the past, where the title of the
    time is usual ("a 2012 law signed by President Obama", "under President Obama", "In 2019,
    President Trump said"), or refers, soon after a handover, to the person's recent acts."""
    s, e = _sentence(text, m.start, m.end)
    if left is not None and when - left < HANDOVER:
        if _TERM_ENDED.search(text[s:m.start]) or _TERM_ENDED.search(text, m.end, e):
            return True  # the sentence tells of the end of the term itself
        acts_now = _ACTS_NOW.match(text[m.end:m.end + 120]) or _NOW_MARKER.search(text, s, e)
        if not acts_now:
            return True
    if _PAST_BEFORE.search(text[max(0, m.start - 30):m.start]):
        return True
    if _FORMER_ROLE_BEFORE.search(text[max(s, m.start - 60):m.start]):
        return True
    if _TERM_TIME.search(text, s, e) or (_ACCUSED_BEFORE.search(text[max(0, m.start - 12):m.start])
                                         and re.match(r"\s+of\b", text[m.end:m.end + 6])):
        return True
    if m.name.possessive and _PAST_AFTER.match(text[m.name.end:m.name.end + 40]):
        return True
    if years is None:
        return False
    # a year of the term written in the same sentence
    span = text[s:m.start] + " " + text[m.end:e]
    return any(years[0] <= int(y) <= years[1] and int(y) < when.year for y in _YEAR.findall(span))


@dataclass
class Checked:
    mention: TitledMention
    person_id: str
    verdict: Verdict


class Analyzer:
    """The knowledge base with its indexes, built once and reused for every document."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.names = NameIndex(kb)
        self.reader = MentionReader(kb)
        #: words that may stand right before a surname without being a first name
        self.title_words = {w for t in kb.all_titles for w in t.split()} | {
            "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "former", "then", "elect", "president",
        } | {fold(n) for n in kb.jurisdiction_names}

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (kept between processes, ``_analyzer``) with its people, offices, title
        index and name index as ``LazyMap``s: a process unpickles only the entries a draft looks up (the
        whole analyser was ~20 ms of a one-draft check's set-up). Built in the process (the
        store turned off), it keeps plain dicts; both give the same answers."""
        kb = copy.copy(self.kb)
        kb.people = cast("dict[str, Person]", LazyMap.pack(self.kb.people, whole=True))
        # offices too (compared by value, never by identity: an office read through the
        # title index is an equal copy of the one in ``offices``)
        kb._by_title = cast("dict[str, list[Office]]", LazyMap.pack(self.kb.offices_by_title))
        kb.offices = cast("dict[str, Office]", LazyMap.pack(self.kb.offices, whole=True))
        names = copy.copy(self.names)
        names.by_first = cast("dict[str, list[NameEntry]]", LazyMap.pack(self.names.by_first))
        reader = copy.copy(self.reader)
        reader.kb = kb
        return (_unpickled_analyzer, (kb, names, reader, self.title_words))

    def resolve(self, text: str, toks: Tokens, mentions: list[NameMention]) -> list[tuple[NameMention, str]]:
        """Tie each name mention to one person, or drop it. Surnames count only after the
        full name has appeared in the story; declared short forms count on their own."""
        seen: dict[str, str] = {}  # surname key -> person id from a full mention
        out = []
        for nm in mentions:
            full = {e.person_id for e in nm.entries if e.kind == "full"}
            if full:
                if len(full) != 1:
                    continue
                pid = next(iter(full))
                sur = self.kb.people[pid].surname()
                key = " ".join(sur.lower().split())
                if key in seen and seen[key] != pid:
                    seen[key] = ""  # two people of that name: surnames are ambiguous
                else:
                    seen[key] = pid
                if self._followed_by_suffix(text, nm):
                    continue
                out.append((nm, pid))
                continue
            key = text[nm.start:nm.end].lower()
            cands = set()
            from_story = seen.get(" ".join(key.split()))
            if from_story:
                cands.add(from_story)
            elif from_story is None:
                cands |= {e.person_id for e in nm.entries if e.kind == "short"}
            if len(cands) != 1 or self._glued(text, toks, nm):
                continue
            out.append((nm, next(iter(cands))))
        return out

    def _fits_namesake(self, nm: NameMention, pid: str, mention: TitledMention, when: dt.date | None) -> bool:
        """Whether another person the short name also fits (a namesake in the data: the
        Bushes) held an office so called on the date: the short form names its best-known
        bearer, but the title and the date may be the namesake's."""
        if when is None:
            return False
        for other in sorted({e.person_id for e in nm.entries} - {pid}):
            person = self.kb.people[other]
            ids = {o.id for o in candidate_offices(self.kb, person, mention)}
            if any(t.office in ids and t.start is not None and t.start <= when and (t.end is None or when <= t.end)
                   for t in person.terms):
                return True
        return False

    @staticmethod
    def _followed_by_suffix(text: str, nm: NameMention) -> bool:
        return bool(re.match(r",?\s*(?:Jr|Sr|Junior|Senior|II|III)\b", text[nm.end:nm.end + 10]))

    def _glued(self, text: str, toks: Tokens, nm: NameMention) -> bool:
        """A short name inside a longer name ("Hunter Biden", "Sadiq Khan", "Trump Tower")."""
        prev = nm.first_token - 1
        if prev >= 0 and toks[prev].text[:1].isupper() and not toks[prev].possessive \
                and re.fullmatch(r"[ \t]+", text[toks[prev].end:nm.start]) \
                and toks[prev].key not in self.title_words:
            return True
        nxt = nm.last_token + 1
        if nxt < len(toks) and toks[nxt].text[:1].isupper() and re.fullmatch(r"[ \t]+", text[nm.end:toks[nxt].start]) and not nm.possessive:
            return True
        if nxt + 1 < len(toks) and toks[nxt].key in PARTICLES and toks[nxt + 1].text[:1].isupper() \
                and not nm.possessive and re.fullmatch(r"[ \t]+", text[nm.end:toks[nxt].start] + text[toks[nxt].end:toks[nxt + 1].start]):
            return True  # "Charles de Gaulle", "Mohammed bin Rashid"
        if re.match(r",?\s*(?:Jr|Sr)\b", text[nm.end:nm.end + 6]):
            return True
        return False

    def check(self, text: str, when: dt.date | None) -> list[Checked]:
        toks = tokenize(text)
        out = []
        named = self.resolve(text, toks, self.names.find(text, toks))
        floor = year_floor(text, dt.date.today()) if when is None else None
        for phrase in find_phrases(self.reader, text, toks) if when is not None else ():
            found = judge_unnamed(self.kb, text, phrase, named, when)
            if found:
                out.append(Checked(found[0], found[1], found[2]))
        for phrase in find_bare_phrases(self.reader, text, toks) if when is not None and named else ():
            found = judge_bare(self.reader, text, toks, phrase, named, when)
            if found:
                out.append(Checked(found[0], found[1], found[2]))
        for nm, pid in named:
            person = self.kb.people[pid]
            for mention in (self.reader.before(text, toks, nm), self.reader.after(text, toks, nm)):
                if mention is None:
                    continue
                if nm.is_short and mention.form == "appositive" and nm.first_token > 0:
                    prev = toks[nm.first_token - 1]
                    if prev.text[:1].isupper() and re.fullmatch(r"[ \t]+", text[prev.end:nm.start]):
                        continue  # "Hunter Biden, the president's son"
                verdict = promoted_title(self.kb, person, text, mention, when, floor) or judge(self.kb, person, mention, when)
                if verdict is not None and mention.when == "elect" and _OFFICE_AHEAD.search(text):
                    continue  # "-elect ... when he takes office on Dec. 10": written before the
                    # inauguration, whatever later date an aggregator's page gives it
                if verdict is not None and nm.is_short and self._fits_namesake(nm, pid, mention, when):
                    continue  # "President Bush" in 1991: the father, not the son the short form names
                if verdict is not None and verdict.rule == "missing-former" and about_the_past(
                    text, mention, when, verdict.left_office, verdict.term_years
                ):
                    # the title of the time for an act done in office: reported only by the
                    # opt-in rule title.past-act (AP style), with the same suggestion
                    verdict = dataclasses.replace(verdict, rule="past-act", severity=Severity.INFO)
                if verdict is not None:
                    out.append(Checked(mention, pid, verdict))
        return out


#: the copy says the inauguration is still ahead ("when he takes office on Dec. 10", "will be
#: sworn in next month"): an "-elect" title in it was right when it was written
_OFFICE_AHEAD = re.compile(
    r"\b(?:takes|will take|is (?:due |set |expected )?to take|before (?:he|she|they) takes?)[ \t]+office\b"
    r"|\b(?:will be|is (?:due |set |expected )?to be)[ \t]+(?:sworn[ \t]+in|inaugurated)\b"
)


def _unpickled_analyzer(kb: KnowledgeBase, names: NameIndex, reader: MentionReader,
                        title_words: set[str]) -> Analyzer:
    an = Analyzer.__new__(Analyzer)
    an.kb, an.names, an.reader, an.title_words = kb, names, reader, title_words
    return an


@lru_cache(maxsize=8)
def _analyzer(extra: tuple[str, ...]) -> Analyzer:
    """Built once and kept on disk between processes (attrlint/memo.py): reading the
    knowledge base and indexing its names was ~0.1-0.2 s of a one-draft check's set-up.
    An edit to any of its files or to attrlint's code builds it anew."""
    import hashlib

    from ..memo import cached
    from .loader import bundled_files

    files = [*bundled_files(), *extra]
    name = "kb-analyzer-" + hashlib.sha256(repr(extra).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return cached(name, lambda: Analyzer(load_kb(extra)), files)


def analyzer(extra: tuple[str, ...] = ()) -> Analyzer:
    return _analyzer(tuple(extra))
