"""weak_attribution: anonymous people and unnamed representatives.

A mixin of the analyser (analysis.py): it reads the cues and sources found in the walk
and appends issues. Unnamed reports ("a report said") are reports.py's; hedge words
("reportedly", "it is believed") are hedges.py's; speakers the reader never meets (a surname never introduced, a lone pronoun) are speakers.py's.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

from .model import Issue, Sentence, Source
from .nearby import crowd_named_before
from .parse import nameless, negated
from .quotes import covered

#: "a second source", "a third insider": an ordinal stands in for the article
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "other"})
#: plural collectives that say nothing of which body speaks ("Authorities say", "Scientists believe")
_COLLECTIVES = frozenset({"authority", "scientist"})
#: what closes a line of copy (a headline line closes no sentence)
_CLOSES_LINE = re.compile(r"[.!?…:;][\"”’')\]]*\s*$")
#: plain verbs of saying by which a lede's unnamed speaker is named next ("Jane Doe said …")
_PLAIN_SAYING = frozenset({"say", "tell", "add", "note", "state", "explain"})
#: an outlet interviewing someone: "spoke to an insider", "talked to a source"
_INTERVIEW_VERBS = frozenset({"speak", "talk", "chat"})
#: people who speak for a person: "a rep for Jones says"
_PROXY_NOUNS = frozenset({"rep", "representative", "publicist"})
#: the person a representative speaks for, when not named in the phrase ("a rep for the singer")
_CELEBRITY_NOUNS = frozenset({
    "actor", "actress", "singer", "star", "rapper", "couple", "pair", "model", "comedian", "musician",
    "presenter", "host", "influencer", "designer", "athlete", "player", "celebrity", "family",
})


class WeakSourcing:
    def _anonymous(self, sent: "Span", info: Sentence) -> None:
        for cue in info.cues:
            src = cue.source
            if src is not None and src.kind == "vague" and src.head >= 0:
                self._unnamed_report(src, cue)
            if src is not None and src.kind == "person" and src.head >= 0:
                self._unintroduced(src, cue)
            if src is not None and src.kind == "pronoun" and src.head >= 0:
                self._pronoun_only(src, cue)
            if src is None or src.kind != "anonymous" or src.head < 0:
                continue
            head = self.sp[src.head]
            if covered(self.quotes, src.start, src.end) or self._named_nearby(
                    head, people_only=head.lemma_.lower() in self.lex.stranger_nouns):
                continue
            if head.lemma_.lower() in self.lex.body_voices and _speaks_for_a_body(head):
                continue  # "a council spokesperson said", "a spokesperson for the prefecture": the body speaks
            if self._named_next(head):
                continue  # "a Russia expert suggested … Tom Varga, a Russia expert at …, said"
            if self._named_after_lede(head, info):
                continue  # "A top aide to the mayor said she is leaving. Deputy Jane Doe said …"
            ctok = self.sp[cue.token]
            if not self._reports_speech(ctok):
                continue  # "A constable responded to the alarm": a person acting, not a source
            if negated(ctok) and head.lemma_.lower() not in self.lex.stranger_nouns:
                continue  # "an official would not say whether …": nothing is passed on
            plural = head.tag_ in ("NNS", "NNPS")
            unnamed = nameless(head, self.lex.nameless_adjectives)  # "the unnamed friend": no name to point back to
            if plural and crowd_named_before(self.sp, head):
                continue  # "The Institute for … said … Analysts said": the analysts are named
            if plural and (head.lower_ not in self.lex.vague_plurals or any(c.dep_ == "det" and c.lower_ in (
                    "the", "these", "those") for c in head.children) and not (unnamed and head.lemma_.lower() in self.lex.stranger_nouns)
                    and not self._strangers_again(head, info)):
                continue  # "officials said": named by the institution that follows in most copy
            stranger = not plural and self._never_introduced(head)
            if not plural and not stranger and not _possessed_stranger(head, self.lex.stranger_nouns) and not any(
                    c.lower_ in ("a", "an", "one", "another") for c in head.children) and not unnamed:
                if self._same_stranger_again(head, ctok, src):
                    self.issues.append(Issue(
                        "attribution.anonymous-source", src.start, src.end + (ctok.idx + len(ctok) - src.end
                                                                              if 0 <= ctok.idx - src.end <= 2 else 0),
                        f"'{src.text}': the same unnamed source again, still with no name and no reason "
                        "for anonymity. Name the source, or say why they cannot be named."))
                continue  # "the official" points back to someone already described
            collective = plural and head.lemma_.lower() in _COLLECTIVES
            if collective and any(c.dep_ in ("amod", "compound", "nmod", "poss") and (
                    c.pos_ in ("PROPN", "NOUN") or c.ent_type_ in ("NORP", "GPE", "ORG")) for c in head.children):
                continue  # "Chinese authorities", "port authorities": the body is said
            if collective and not (0 <= ctok.idx - src.end <= 2 or 0 <= src.start - (ctok.idx + len(ctok)) <= 2):
                continue  # only "Authorities say" / "said authorities": not a parse across a comma
            again = unnamed and any(c.lower_ == "the" for c in head.children)
            reason = None if stranger else self.lex.anonymity_reason.search(  # "the unnamed aide": told before?
                self.text, 0 if again else info.start, min(len(self.text), info.end + 200))
            s, e = src.start, src.end
            if 0 <= ctok.idx - src.end <= 2:
                e = ctok.idx + len(ctok)
                nxt = ctok.nbor(1) if ctok.i + 1 < len(self.sp) else None
                if nxt is not None and nxt.dep_ in ("dobj", "dative") and nxt.ent_type_ == "ORG":
                    e = nxt.idx + len(nxt)
            if reason:
                msg = (f"'{src.text}': anonymous source, reason given. Describe the source as "
                       "specifically as you can.")
                self.issues.append(Issue("attribution.anonymous-source-explained", s, e, msg, "info"))
            elif collective:
                msg = (f"'{self.text[s:e]}': which {head.lower_}? Name the body or the people "
                       "(the police, the council, the study's authors). Wire copy often writes it so; "
                       "name the body where the story allows.")
                self.issues.append(Issue("attribution.anonymous-source", s, e, msg, "info"))
            elif plural and head.lemma_.lower() not in self.lex.stranger_nouns:
                msg = (f"'{self.text[s:e]}': which {head.lower_}? Wire copy often sums up a shared view "
                       "this way; name at least one of them, or the firm or body they speak for.")
                self.issues.append(Issue("attribution.anonymous-source", s, e, msg, "info"))
            elif stranger:
                msg = (f"'{src.text}': this source is never introduced. Say who the source is, or at "
                       "least what they are and how they know, where they first appear.")
                self.issues.append(Issue("attribution.anonymous-source", s, e, msg))
            else:
                msg = (f"'{src.text}': anonymous source with no reason for anonymity. Name the source, "
                       "or say why they cannot be named.")
                self.issues.append(Issue("attribution.anonymous-source", s, e, msg))
        self._strangers(sent, info)
        self._proxies(sent, info)
        self._sector_crowds(info)

    def _sector_crowds(self, info: Sentence) -> None:
        """'Health bosses said', '…, say transport chiefs': the heads of a sector as a crowd,
        right beside their verb, with nothing in the phrase that names a body."""
        for cue in info.cues:
            src = cue.source
            if src is None or src.head < 0 or covered(self.quotes, src.start, src.end):
                continue
            head, ctok = self.sp[src.head], self.sp[cue.token]
            if head.lemma_.lower() not in self.lex.sector_heads or head.tag_ != "NNS":
                continue
            mods = [c for c in head.children if c.i < head.i]
            if not mods or any(c.pos_ == "PROPN" or c.ent_type_ or c.dep_ in ("det", "poss", "nummod")
                               for t in mods for c in t.subtree):
                continue  # "the health officials", "NHS bosses", "two council chiefs": a body or a count
            if not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.lex.sectors for c in mods):
                continue
            if any(c.dep_ == "prep" for c in head.children) or self._named_nearby(head):
                continue  # "health bosses in Halden", "council chiefs at the town hall"
            if any(o is not src and o.kind in ("organisation", "person") for o in info.sources):
                continue  # "… health bosses say. The warning was made by NHS Providers": named after
            before = 0 <= ctok.idx - src.end <= 2
            if not (before or 0 <= src.start - (ctok.idx + len(ctok)) <= 2) or negated(ctok):
                continue
            s, e = (src.start, ctok.idx + len(ctok)) if before else (ctok.idx, src.end)
            self.issues.append(Issue(
                "attribution.anonymous-source", s, e,
                f"'{self.text[s:e]}': which body? Name the trust, council or service, or the person "
                "who spoke for it."))

    def _strangers(self, sent: "Span", info: Sentence) -> None:
        """'Another insider echoes that …', 'a source for the magazine has added …', 'spoke to
        an insider who confirmed …': an indefinite source or insider is an unnamed informant
        whatever the verb, so it is judged from its own noun phrase when no cue verb caught it
        (also where the parser reads 'A source told X' as a noun with a reduced relative)."""
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.stranger_nouns:
                continue
            kids = list(tok.children)
            if tok.tag_ == "NNS" and self._interviewed(tok) and not any(c.dep_ == "poss" for c in kids):
                pass  # "the columnist talked to the studio insiders": the outlet's unnamed informants
            elif tok.tag_ != "NN":
                continue
            elif not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in kids) and not any(
                    c.dep_ == "amod" and c.lower_ in _ORDINALS for c in kids):
                continue
            if any(c.dep_ == "prep" and c.lower_ in ("of", "on", "in") and tok.lemma_.lower() == "source"
                   and not any(g.pos_ == "PROPN" for g in c.subtree) for c in kids):
                continue  # "a source of income", "another source of tension"
            if not self._informs(tok):
                continue
            s = min([c.idx for c in kids if c.dep_ in ("det", "amod", "compound") and c.i < tok.i] + [tok.idx])
            e = tok.idx + len(tok)
            if covered(self.quotes, s, e) or self._named_nearby(tok, people_only=True):
                continue
            if self.lex.anonymity_reason.search(self.text, info.start, min(len(self.text), info.end + 200)):
                continue  # _anonymous reports the explained case when a cue verb caught it
            phrase = self.text[s:e]
            self.issues.append(Issue(
                "attribution.anonymous-source", s, e,
                f"'{phrase}': anonymous source with no reason for anonymity. Name the source, "
                "or say why they cannot be named."))

    def _proxies(self, sent: "Span", info: Sentence) -> None:
        """'A rep for Jones says …', 'a representative for the singer told …': someone speaking
        for a person, unnamed. The person is named, the speaker is not: whose word is it?
        (A spokesman for a ministry or a company speaks for a body: left alone.)"""
        for tok in sent:
            if tok.lemma_.lower() not in _PROXY_NOUNS or tok.pos_ != "NOUN":
                continue
            kids = list(tok.children)
            det = [c for c in kids if c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one")]
            if not det or not any(c.dep_ == "prep" and c.lower_ in ("for", "of") and self._a_person(c)
                                  for c in kids):
                continue
            if not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in self.lex.cue_verbs) and not (
                    tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"):
                continue
            if tok.dep_ != "pobj" and (negated(tok.head) or not self._reports_speech(tok.head)):
                continue  # "a rep for Jones did not respond to a request for comment": no source
            if self._named_nearby(tok, people_only=True):
                continue  # "a representative for the singer, Jane Doe, said"
            s = det[0].idx
            prep = next(c for c in kids if c.dep_ == "prep" and c.lower_ in ("for", "of"))
            e = max(t.idx + len(t) for t in prep.subtree)
            if covered(self.quotes, s, e):
                continue
            phrase = self.text[s:e]
            self.issues.append(Issue(
                "attribution.anonymous-source", s, e,
                f"'{phrase}': an unnamed representative is the source. Name the "
                "representative, or quote the statement they issued."))

    @staticmethod
    def _a_person(prep: "Token") -> bool:
        """'for Jones', 'for her', 'for the singer': the representative speaks for a person."""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            return False
        if obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her", "them"):
            return True
        if obj.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART"):
            return False
        return obj.lemma_.lower() in _CELEBRITY_NOUNS

    @staticmethod
    def _interviewed(tok: "Token") -> bool:
        """'spoke to the insiders', 'talked to sources': the one an outlet spoke to."""
        return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in _INTERVIEW_VERBS

    def _informs(self, tok: "Token") -> bool:
        """The informant passes something on: subject of a clause ('another insider echoes'),
        the one an outlet spoke to or quoted ('spoke to a source close to', 'quoted an insider
        as saying'),
        antecedent of a reporting relative clause ('an insider who confirmed'), or a sentence
        root the parser left with a reporting verb hung on it ('A source told X, "…"')."""
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if self._interviewed(tok):
            return True  # "Glitz Weekly talked to a source close to the drummer": the outlet's informant
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "quote" and any(
                c.dep_ == "prep" and c.lower_ == "as" for c in tok.head.children):
            return True  # "the Daily Planet quoted a source as saying": a rewrite passing on an informant
        if tok.dep_ == "compound" and tok.head.pos_ == "VERB" and tok.head.i > tok.i:
            return True  # "Another insider echoes that …" parsed as a compound of the verb
        for c in tok.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in self.lex.cue_verbs:
                return True
            if c.dep_ == "acl" and tok.dep_ == "ROOT" and c.lemma_.lower() in self.lex.plain_speech:
                return True
        return False

    def _reports_speech(self, verb: "Token") -> bool:
        """The cue passes on information: 'said'/'told', a clause ('insist that …', '…, the
        insider reveals'), or a quotation next to it; not 'responded to the alarm'."""
        if verb.lemma_.lower() in self.lex.plain_speech or verb.lower_ == "according":
            return True
        if verb.lemma_.lower() in self.lex.gossip_speech and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(g.pos_ == "PROPN" for g in c.subtree)
                for c in verb.children):
            return True  # "a pal dished to Life & Style": told to a named outlet
        if any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) or verb.dep_ == "parataxis":
            return True
        if any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.head.children):
            return True
        before = self.text[max(0, verb.idx - 40):verb.idx]
        return bool(re.search(r"[,”\"’]\s*(?:\w+\s+){0,6}$", before)) and verb.dep_ == "ROOT"

    def _same_stranger_again(self, head: "Token", verb: "Token", src: Source) -> bool:
        """'the source added', 'the insider said': a later mention of an unnamed informant who
        was never named nor given a reason for anonymity before (wire copy that explained the
        anonymity once, "not authorised to speak", is left alone)."""
        if head.lemma_.lower() not in self.lex.stranger_nouns or head.tag_ != "NN":
            return False
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return False
        if not self._reports_speech(verb) or self._named_nearby(head, people_only=True):
            return False
        if covered(self.quotes, src.start, src.end):
            return False
        sent = head.sent
        return not self.lex.anonymity_reason.search(self.text, 0, min(len(self.text), sent.end_char + 200))

    def _strangers_again(self, head: "Token", info: Sentence) -> bool:
        """'The harbour sources later added', 'the insiders told': sources and insiders never
        have a name for 'the' to point back to, so the definite plural is the same unnamed
        informants again (or strangers), unless the story gave a reason for their anonymity.
        (Marked in the blind labels of fresh25, 26 and 29 as often as the singular.)"""
        if head.lemma_.lower() not in self.lex.stranger_nouns or head.tag_ != "NNS":
            return False
        return not self.lex.anonymity_reason.search(self.text, 0, min(len(self.text), info.end + 200))

    def _never_introduced(self, head: "Token") -> bool:
        """'the source said' with no source met before it: a definite article for a stranger."""
        if head.lemma_.lower() not in self.lex.stranger_nouns:
            return False  # "the Russian diplomat said" usually points back to a named envoy
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return False
        stem = re.escape(head.lemma_.lower())
        if re.search(rf"\b{stem}s?\b", self.text[:head.idx], re.IGNORECASE):
            return False
        # "a friend of the couple told X … the source said": any unnamed informant met
        # before ("a friend", "an insider", "a pal") is the one "the source" points back to
        return not any(
            t.lemma_.lower() in self.lex.anonymous_nouns and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in t.children)
            for t in self.sp[:head.i])

    def _named_next(self, head: "Token") -> bool:
        """'a Russia expert suggested … Tom Varga, a Russia expert at the institute, said': the
        next sentence names a person with the same description ("<Name>, a … expert"), so the
        unnamed one is introduced and named at once. Not for sources and insiders."""
        if head.tag_ not in ("NN", "NNS") or head.lemma_.lower() in self.lex.stranger_nouns:
            return False  # (a plural: "Nutrition experts note … Jane Doe, a nutrition expert at …")
        sent = head.sent
        if sent.end >= len(self.sp):
            return False
        nxt = self.sp[sent.end].sent
        pattern = rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head.lemma_.lower())}\b"
        for m in re.finditer(pattern, self.text[nxt.start_char:nxt.end_char]):
            before = self.sp.char_span(nxt.start_char, nxt.start_char + m.start(), alignment_mode="contract")
            if before is not None and len(before) and before[-1].ent_type_ == "PERSON":
                return True
        return False

    def _named_after_lede(self, head: "Token", info: Sentence) -> bool:
        """The story's opening speaker under its headline, unnamed in the lede or the deck
        ("A top aide to the mayor said she is leaving", "A diplomat says the pullout was
        hasty"), when the next speaker the story gives, within three sentences, is a named
        person with a plain verb of saying ("Deputy chief of staff Jane Doe said …"):
        the delayed identification of wire ledes, not an anonymous source. Not for sources
        and insiders, who are never named later; not when the named one denies or rejects
        (another speaker answering); not further down the story."""
        if head.tag_ != "NN" or head.lemma_.lower() in self.lex.stranger_nouns or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return False
        before = self.text[:info.start]
        if not before.strip() or any(_CLOSES_LINE.search(line) for line in before.splitlines() if line.strip()):
            return False  # only headline lines (closing no sentence) stand before it
        infos: list[Sentence] = getattr(self, "_infos", [])
        for nxt in infos[info.index + 1:info.index + 4]:
            cues = [c for c in nxt.cues if c.source is not None]
            if cues:  # the next speaker the story gives must be the named one
                return any(c.source is not None and c.source.kind == "person" and c.source.head >= 0
                           and self.sp[c.source.head].pos_ == "PROPN"
                           and self.sp[c.token].lemma_.lower() in _PLAIN_SAYING for c in cues)
        return False

    def _named_nearby(self, head: "Token", people_only: bool = False) -> bool:
        """'analysts at Capital Economics', 'an official, Jane Doe,' name the source. For a
        'source' only a person's name will do: 'a source at the ministry' is still unnamed."""
        m = re.match(r"[^,.;]{0,40}?,\s*", self.text[head.idx + len(head):head.idx + len(head) + 60])
        if m:
            after = self.sp.char_span(head.idx + len(head) + m.end(), head.idx + len(head) + m.end() + 1,
                                      alignment_mode="expand")
            if after is not None and after[0].ent_type_ == "PERSON":
                return True  # "a senior adviser to the mayor, Tomas Lind, said"
        if people_only:
            return any(c.dep_ == "appos" and any(t.ent_type_ == "PERSON" for t in c.subtree) for c in head.children)
        for c in head.children:
            if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("at", "from", "with", "of", "for")):
                if any(t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN" for t in c.subtree):
                    return True
            if c.dep_ in ("compound", "nmod", "poss") and (c.ent_type_ in ("ORG", "PERSON") or c.pos_ == "PROPN") \
                    and c.ent_type_ not in ("NORP", "GPE"):
                return True
        return False



def _speaks_for_a_body(head: "Token") -> bool:
    """'a council spokesperson', 'a LinkedIn spokesperson', 'a spokesperson for the local
    prefecture': the phrase says which body the spokesperson speaks for (a noun before it,
    or one after 'for', 'of', 'at' or 'from'); 'a French spokesperson' does not."""
    for c in head.children:
        if c.dep_ in ("compound", "nmod", "poss") and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "NORP":
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from") and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children):
            return True
    return False


def _possessed_stranger(head: "Token", stranger_nouns: frozenset[str]) -> bool:
    """'our source says', 'explains the tabloid's source', 'Glitz Weekly's insider claims': an
    informant the outlet owns but never names is as anonymous as 'a source'."""
    return head.tag_ == "NN" and head.lemma_.lower() in stranger_nouns and any(
        c.dep_ == "poss" for c in head.children)
