"""weak_attribution: a report nobody can look up ("a report said", "reports claimed").

A mixin of the analyser (analysis.py), split from weak.py (people without names): it reads
the vague sources found in the walk and appends issues, unless the report is named, dated
and issued by someone the text names, or an inquiry named just before is its author.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

from .model import Cue, Issue, Source
from .parse import negated
from .quotes import covered

#: a sentence that opens on "The report" and says who issued it
_ISSUER_NEXT = re.compile(
    r"\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:report|study|review|paper|document)\b[^.;]{0,80}?\b"
    r"(?:commissioned|released|published|prepared|written|compiled|produced|issued|ordered|drawn\s+up)\s+"
    r"by\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
#: talk with no owner that copy hands a claim to ("Rumours claim", "the local rumour mill says")
RUMOUR_HEADS = frozenset({"rumour", "rumor", "gossip", "whisper", "chatter", "buzz"})
#: heads of a source that is nobody: a report, "the media", a claim, a rumour
VAGUE_HEADS = frozenset({"report", "media", "claim"}) | RUMOUR_HEADS
#: verbs that make unowned talk the source of a claim ("reports suggest that …"); not the
#: talk itself spreading ("rumours have been swirling that …"), which the blind labels of
#: four holdouts leave unmarked every time
_PASSING_ON = frozenset({"say", "suggest", "claim", "indicate", "allege", "state", "report", "hint", "reveal"})
#: bodies whose findings come as a report ("An inquiry into … found …")
_INQUIRIES = frozenset({"investigation", "inquiry", "enquiry", "probe", "audit", "review", "commission",
                        "committee", "panel", "inspectorate", "ombudsman", "watchdog", "regulator"})
#: bodies whose reports a noun before "report" names ("a government report", "a state
#: department report", "a police report"): the issuer is said, as in "Police reports say"
_ISSUING_BODIES = frozenset({
    "government", "department", "ministry", "police", "army", "military", "navy", "court", "parliament",
    "senate", "congress", "council", "treasury", "agency", "office", "bureau", "authority", "regulator",
    "watchdog", "inspectorate", "commission", "committee", "cabinet", "embassy", "administration",
}) | _INQUIRIES
#: verbs by which a report comes out in a named outlet ("a report published in … The Argus")
_OUT_IN = frozenset({"publish", "print", "carry", "air", "run", "release", "issue", "leak"})
#: outlets a report comes out in, when their name follows ("the newspaper The Argus")
_OUTLET_NOUNS = frozenset({"newspaper", "paper", "magazine", "journal", "daily", "weekly", "tabloid", "website"})
#: entity types that name no issuer ("released in November", "published in Halden")
_NOT_ISSUERS = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL", "QUANTITY"})
#: "a report released on Friday"
_RELEASE_VERBS = frozenset({"release", "publish", "issue", "unveil", "present", "deliver", "submit", "table"})


class UnnamedReports:
    def _unnamed_report(self, src: Source, cue: Cue) -> None:
        """'a report said', 'reports claimed': a report nobody can look up."""
        head = self.sp[src.head]
        lemma = head.lemma_.lower()
        ctok = self.sp[cue.token]
        if covered(self.quotes, src.start, src.end):
            return
        if lemma in RUMOUR_HEADS or head.lemma_.lower() in ("mill", "grapevine"):
            self._rumour_as_source(head, src, ctok)
            return
        if lemma != "report":
            return
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod")}
        indefinite = dets & {"a", "an", "one", "some", "several", "other", "earlier"} or (
            head.tag_ == "NNS" and not dets and not any(c.dep_ in ("poss", "compound", "amod") for c in head.children))
        if not indefinite and _described_reports(head, dets) and ctok.lemma_.lower() in _PASSING_ON \
                and not negated(ctok):
            indefinite = True  # "The newest reports indicate", "comparable reports alleged": still nobody's
        if not indefinite or self._named_nearby(head) or _published_by_name(head) or self._issuer_next(head) \
                or _issuer_in_phrase(head):
            return
        if _dated_release(head) and self._inquiry_before(head):
            return  # "An inquiry into … has found … According to a report released on Friday, …"
        end = ctok.idx + len(ctok) if 0 <= ctok.idx - src.end <= 2 else src.end
        self.issues.append(Issue(
            "attribution.vague-source", src.start, end,
            f"'{self.text[src.start:end]}': which report? Name the outlet or the body that published it.",
        ))

    def _rumour_as_source(self, head: "Token", src: Source, ctok: "Token") -> None:
        """'Rumours claim that …', 'the rumour mill says …': a claim handed to talk that
        belongs to nobody. Rumours that only exist or spread are news about talk, not a source."""
        if ctok.lemma_.lower() not in _PASSING_ON or negated(ctok):
            return
        if any(c.dep_ == "poss" for c in head.children) or self._named_nearby(head):
            return  # "the club's whispers", "rumours from the Harbour Times"
        end = ctok.idx + len(ctok) if 0 <= ctok.idx - src.end <= 2 else src.end
        self.issues.append(Issue(
            "attribution.vague-source", src.start, end,
            f"'{self.text[src.start:end]}': rumour is not a source. Say who is saying it, or leave the "
            "claim out.",
        ))

    def _issuer_next(self, head: "Token") -> bool:
        """'A 120-page report found … The report, commissioned by the Harbour Committee, …':
        the next sentence names who issued the report the sentence before left unnamed."""
        sent = head.sent
        for _ in range(2):  # the next sentence, or the one after a caption in between
            if sent.end >= len(self.sp):
                return False
            sent = self.sp[sent.end].sent
            if _ISSUER_NEXT.match(self.text, sent.start_char, sent.end_char):
                return True
        return False

    def _inquiry_before(self, head: "Token") -> bool:
        """One of the two sentences before names the inquiry whose report this is ('An
        investigation into the harbour deal has revealed …')."""
        sent = head.sent
        for _ in range(2):
            if sent.start == 0:
                return False
            sent = self.sp[sent.start - 1].sent
            if any(t.lemma_.lower() in _INQUIRIES and t.pos_ == "NOUN" for t in sent):
                return True
        return False


def _described_reports(head: "Token", dets: set[str]) -> bool:
    """'the newest reports', 'unverified reports', 'comparable reports': plural reports that
    adjectives describe but nothing owns (no possessive, no compound such as 'police reports',
    no adjective naming a side such as 'Ukrainian reports'). 'The reports' alone points back."""
    if head.tag_ != "NNS" or not dets <= {"the"}:
        return False
    mods = [c for c in head.children if c.i < head.i and c.dep_ not in ("det", "punct")]
    return bool(mods) and all(
        c.dep_ == "amod" and c.pos_ in ("ADJ", "VERB") and not c.ent_type_ for c in mods)  # "unverified": a participle


def _dated_release(head: "Token") -> bool:
    """'a report released on Friday', 'a report published last week': one document, out on
    a given day, that the reader can find."""
    for c in head.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _RELEASE_VERBS and any(
                t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
            return True
    return False


def _published_by_name(head: "Token") -> bool:
    """'a report released by Halden University's centre', 'a report on the test carried by the
    state agency', 'a draft report obtained by the AP': the phrase says who issued or holds it."""
    for t in head.subtree:
        if t.i == head.i or not (t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")):
            continue
        if any(g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "PERSON", "GPE") for g in t.subtree):
            return True
    return False


def _issuer_in_phrase(head: "Token") -> bool:
    """'a recent government report', 'a state department report', 'a report published in
    2009 in the Halden newspaper The Ledger', 'a secret report leaked to Radio Halden': the
    phrase names the body that issued the report, or the outlet it came out in."""
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in _ISSUING_BODIES
           for c in head.children):
        return True
    for c in head.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in _OUT_IN:
            continue
        for p in c.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "on", "by", "to"):
                continue
            if any(g.pos_ == "PROPN" and g.ent_type_ not in _NOT_ISSUERS for g in p.subtree):
                return True
            for g in p.children:  # "in the Halden newspaper The Argus" (the parser may hang the name elsewhere)
                nxt = g.nbor(1) if g.i + 1 < len(g.doc) else None
                if g.dep_ == "pobj" and g.lemma_.lower() in _OUTLET_NOUNS and nxt is not None and (
                        nxt.pos_ == "PROPN" or (nxt.lower_ == "the" and nxt.i + 1 < len(g.doc)
                                                and g.doc[nxt.i + 1].pos_ == "PROPN")):
                    return True
    return False
