"""One walk over a document's parse: cues, their sources, and what each sentence rests on.

The attribution rules all ask the same questions (is this sentence attributed? to whom?
is that source anonymous or low-rated?), so the answers are computed once per document
and cached on it; the rules only pick the issues that belong to them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import Lexicon, lexicon
from .quotes import covered, quote_spans, quoted_share
from .sources import Catalogue, SourceEntry, catalogue_for
from .summary import sourcing_summary

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from ..document import Document

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Content that can carry a claim without anyone standing behind it.
CONTENT_NOUNS = frozenset({
    "video", "footage", "clip", "image", "photo", "picture", "post", "message", "claim",
    "rumour", "rumor", "report", "account", "channel", "page", "group", "user", "tweet",
    "thread", "story", "allegation", "screenshot", "recording", "audio", "map", "blogger",
})
# Verbs through which a platform or outlet passes content on.
CARRY_VERBS = frozenset({
    "post", "share", "publish", "report", "claim", "circulate", "upload", "say", "write",
    "show", "surface", "appear", "emerge", "spread", "suggest",
    "allege", "reveal", "tweet", "quote", "cite", "run", "print",
})
# Bodies whose own page or account is their own statement ("the police Facebook page").
PUBLIC_BODIES = frozenset({
    "police", "government", "ministry", "department", "council", "embassy", "army", "military",
    "agency", "office", "company", "club", "team", "party", "campaign", "church", "school",
})
# Verbs that put a claim on the record whatever follows them ("bloggers reported heavy fighting").
REPORT_VERBS = frozenset({
    "say", "report", "claim", "post", "publish", "reveal", "announce", "allege", "tweet",
    "confirm", "show", "suggest", "warn", "insist", "share",
})
# Passing on a photograph is a credit, not a claim.
CREDIT_VERBS = frozenset({"release", "provide", "distribute", "supply", "obtain", "take", "hand"})
_RETRO = re.compile(
    r"\W*(?:That|This|The|These|Those)\s+(?:\w+\s+){0,2}?(?:claims?|figures?|estimates?|assessments?|"
    r"reports?|numbers?|information|accounts?|details?|tally|count|toll)\s+(?:was|were|is|are|came|comes|"
    r"has\s+been|had\s+been)\s+(?:\w+\s+){0,2}?(?:by|from)\b"
)
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


@dataclass
class Source:
    text: str
    start: int
    end: int
    kind: str  # person | organisation | outlet | platform | anonymous | vague | pronoun | other
    entry: SourceEntry | None = None
    head: int = -1  # token index of the noun phrase head

    @property
    def named(self) -> bool:
        return self.kind in ("person", "organisation", "outlet")


@dataclass
class Cue:
    start: int
    end: int
    token: int  # index of the cue word in the parse
    source: Source | None
    sentence: int


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    cues: list[Cue] = field(default_factory=list)
    quoted: bool = False  # mostly inside a direct quotation
    attributed: bool = False
    sources: list[Source] = field(default_factory=list)
    claim: bool = False


@dataclass
class Issue:
    rule: str
    start: int
    end: int
    message: str
    severity: str = "warning"
    evidence: str | None = None
    suggestions: list[str] = field(default_factory=list)


@dataclass
class Analysis:
    sentences: list[Sentence]
    cues: list[Cue]
    quotes: list[tuple[int, int]]
    issues: list[Issue]
    sourcing: dict  # the per-file summary (see summary.py), also in doc.metadata["sourcing"]


def analyse(doc: "Document") -> Analysis:
    """The attribution analysis of ``doc``, computed once and kept on the document."""
    def compute() -> Analysis:
        result = _Analyser(doc, lexicon(), catalogue_for(doc)).run()
        result.sourcing = sourcing_summary(doc, result)
        doc.metadata["sourcing"] = result.sourcing
        return result

    return doc.shared("attribution", compute)


class _Analyser:
    def __init__(self, doc: "Document", lex: Lexicon, cat: Catalogue):
        self.doc, self.lex, self.cat = doc, lex, cat
        self.text = doc.text
        self.sp = doc.spacy
        self.quotes = quote_spans(doc)
        self.issues: list[Issue] = []

    # --- the walk ---------------------------------------------------------------------
    def run(self) -> Analysis:
        sents = list(self.sp.sents)
        infos: list[Sentence] = []
        cues: list[Cue] = []
        for n, sent in enumerate(sents):
            start, end = _trimmed(sent)
            info = Sentence(n, start, end)
            info.quoted = quoted_share(self.quotes, start, end) > 0.6
            info.cues = self._cues(sent, n)
            info.sources = [c.source for c in info.cues if c.source is not None]
            info.attributed = bool(info.sources)
            info.claim = _is_claim(sent)
            cues.extend(info.cues)
            infos.append(info)
        self._carry_over(sents, infos)
        for n, (sent, info) in enumerate(zip(sents, infos)):
            self._hedges(sent, info)
            self._figures(sent, info, infos[n - 1] if n else None, infos[n + 1] if n + 1 < len(infos) else None)
            self._anonymous(sent, info)
            self._unreliable(sent, info)
            self._passive_evaluation(sent, info)
            self._characterisation(sent, info)
            self._signals(sent, info)
        self._unattributed_quotes(infos)
        return Analysis(infos, cues, self.quotes, _dedupe(self.issues), {})

    # --- cues and sources -------------------------------------------------------------
    def _cues(self, sent: "Span", n: int) -> list[Cue]:
        out = []
        for tok in sent:
            low = tok.lower_
            if low == "according" and any(c.lower_ == "to" for c in tok.children):
                to = next(c for c in tok.children if c.lower_ == "to")
                obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                out.append(Cue(tok.idx, to.idx + len(to), tok.i, self._source(obj), n))
            elif low in ("citing", "quoting"):
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "pobj")), None)
                out.append(Cue(tok.idx, tok.idx + len(tok), tok.i, self._source(obj), n))
            elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.lex.cue_verbs:
                subj = _subject(tok)
                if subj is None:
                    continue
                out.append(Cue(tok.idx, tok.idx + len(tok), tok.i, self._source(subj), n))
        return out

    def _source(self, tok: "Token | None") -> Source | None:
        """Describe the noun phrase headed by ``tok`` as a source."""
        if tok is None:
            return None
        # "a statement from the ministry", "the MoD's update": the issuer is the source
        if tok.lemma_.lower() in self.lex.statement_nouns:
            issuer = next((c for c in tok.children if c.dep_ == "poss"), None)
            if issuer is None:
                for c in tok.children:
                    if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by", "of"):
                        issuer = next((g for g in c.children if g.dep_ == "pobj"), None)
                        break
            if issuer is not None and issuer.lower_ not in PRONOUNS:
                inner = self._source(issuer)
                if inner is not None:
                    return inner
        start, end = _phrase(tok)
        text = self.text[start:end]
        mention = next(iter(self.cat.find(self.text, start, end)), None)
        kind = self._kind(tok, start, end)
        entry = None
        if mention is not None:
            entry = mention.entry
            kind = "platform" if entry.platform else "outlet"
        return Source(text, start, end, kind, entry, tok.i)

    def _kind(self, tok: "Token", start: int, end: int) -> str:
        span = self.sp.char_span(start, end, alignment_mode="expand")
        ents = {e.label_ for e in span.ents} if span is not None else set()
        toks = list(span) if span is not None else [tok]
        head = tok.lemma_.lower()
        if tok.lower_ in PRONOUNS:
            return "pronoun"
        if "PERSON" in ents:
            return "person"
        if tok.pos_ == "PROPN" and any(t.lower_.rstrip(".") in self.lex.person_roles for t in toks if t.i < tok.i):
            return "person"
        has_proper = any(t.pos_ == "PROPN" for t in toks)
        if head in self.lex.anonymous_nouns and not (ents & {"ORG", "PERSON"}) and not any(
            t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") for t in toks
        ):
            return "anonymous"
        if ents & _NAMED_ENTS or has_proper:
            return "organisation"
        if head in ("report", "media", "rumour", "rumor", "claim"):
            return "vague"
        return "other"

    def _carry_over(self, sents: list, infos: list[Sentence]) -> None:
        """Attribution that reaches past its own sentence."""
        for i, info in enumerate(infos):
            # "That claim was made by a South Korean official": attributes the sentence before
            m = _RETRO.match(self.text, info.start, info.end) if i > 0 else None
            if m is None:
                continue
            by = self.sp.char_span(m.end() - 4, m.end(), alignment_mode="expand")
            prep = next((t for t in (by or ()) if t.lower_ in ("by", "from")), None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            src = self._source(obj) if obj is not None else None
            if src is not None:
                info.attributed = True
                info.sources.append(src)
            if info.attributed:
                infos[i - 1].attributed = True
                infos[i - 1].sources.extend(info.sources)
        for i, info in enumerate(infos):
            if info.attributed or not info.quoted:
                continue
            # a quotation continued from an attributed one nearby ("…," it added.)
            for j in range(i - 1, max(-1, i - 4), -1):
                prev = infos[j]
                if prev.attributed and (prev.quoted or self._ends_with_quote_intro(prev)):
                    info.attributed = True
                    info.sources.extend(prev.sources)
                    break
            if not info.attributed and i + 1 < len(infos) and infos[i + 1].attributed:
                nxt = infos[i + 1]
                if self.doc.paragraph_at(nxt.start) == self.doc.paragraph_at(info.start):
                    info.attributed = True
                    info.sources.extend(nxt.sources)

    def _ends_with_quote_intro(self, info: Sentence) -> bool:
        tail = self.text[info.start:info.end].rstrip()
        return tail.endswith(":") or covered(self.quotes, info.end - 1, info.end)

    # --- governed: is a clause under a cue with a source? ------------------------------
    def _governed(self, tok: "Token", sent: "Span", info: Sentence) -> bool:
        if any(c.source is not None and self.sp[c.token].lower_ == "according" for c in info.cues):
            return True  # "according to X" vouches for its whole sentence, however it is parsed
        cue_tokens = {c.token for c in info.cues if c.source is not None}
        anc = {a.i for a in tok.ancestors} | {tok.i}
        if cue_tokens & ({a.i for a in tok.ancestors}):
            return True
        for c in info.cues:
            if c.source is None:
                continue
            ctok = self.sp[c.token]
            # "…, according to X" / "…, X said" hanging off the claim's spine
            if ctok.head.i in anc and ctok.i != tok.i:
                if ctok.lower_ in ("according", "citing") or ctok.dep_ == "parataxis":
                    return True
                # "…, as the minister said": a bare "as" clause vouches for its host
                if ctok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in ctok.children) \
                        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in ctok.children):
                    return True
        return False

    # --- weak_attribution -------------------------------------------------------------
    def _hedges(self, sent: "Span", info: Sentence) -> None:
        start, end = info.start, info.end
        named = any(s.named for s in info.sources)
        for hedge in self.lex.hedges:
            for m in hedge.pattern.finditer(self.text, start, end):
                if covered(self.quotes, m.start(), m.end()):
                    continue
                if hedge.kind in ("raising", "impersonal") and named:
                    continue
                if hedge.kind == "anonymous" and self.lex.anonymity_reason.search(
                        self.text, start, min(len(self.text), end + 200)):
                    self.issues.append(Issue(
                        "attribution.anonymous-source-explained", m.start(), m.end(),
                        f"'{m.group(0)}': anonymous source, reason given. Describe the source as "
                        "specifically as you can.", "info"))
                    continue
                self.issues.append(Issue(
                    "attribution.vague-source", m.start(), m.end(),
                    hedge.message.format(match=m.group(0)),
                ))

    def _anonymous(self, sent: "Span", info: Sentence) -> None:
        for cue in info.cues:
            src = cue.source
            if src is not None and src.kind == "vague" and src.head >= 0:
                self._unnamed_report(src, cue)
            if src is None or src.kind != "anonymous" or src.head < 0:
                continue
            head = self.sp[src.head]
            if covered(self.quotes, src.start, src.end) or self._named_nearby(head):
                continue
            plural = head.tag_ in ("NNS", "NNPS")
            if plural and (head.lower_ not in self.lex.vague_plurals
                           or any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children)):
                continue  # "officials said": named by the institution that follows in most copy
            if not plural and not any(c.lower_ in ("a", "an", "one", "another") for c in head.children):
                continue  # "the official" points back to someone already described
            reason = self.lex.anonymity_reason.search(self.text, info.start, min(len(self.text), info.end + 200))
            ctok = self.sp[cue.token]
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
            else:
                msg = (f"'{src.text}': anonymous source with no reason for anonymity. Name the source, "
                       "or say why they cannot be named.")
                self.issues.append(Issue("attribution.anonymous-source", s, e, msg))

    def _unnamed_report(self, src: Source, cue: Cue) -> None:
        """'a report said', 'reports claimed': a report nobody can look up."""
        head = self.sp[src.head]
        if head.lemma_.lower() != "report" or covered(self.quotes, src.start, src.end):
            return
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod")}
        indefinite = dets & {"a", "an", "one", "some", "several", "other", "earlier"} or (
            head.tag_ == "NNS" and not dets and not any(c.dep_ in ("poss", "compound", "amod") for c in head.children))
        if not indefinite or self._named_nearby(head):
            return
        ctok = self.sp[cue.token]
        end = ctok.idx + len(ctok) if 0 <= ctok.idx - src.end <= 2 else src.end
        self.issues.append(Issue(
            "attribution.vague-source", src.start, end,
            f"'{self.text[src.start:end]}': which report? Name the outlet or the body that published it.",
        ))

    def _named_nearby(self, head: "Token") -> bool:
        """'analysts at Capital Economics', 'an official, Jane Doe,' name the source."""
        m = re.match(r"[^,.;]{0,40}?,\s*", self.text[head.idx + len(head):head.idx + len(head) + 60])
        if m:
            after = self.sp.char_span(head.idx + len(head) + m.end(), head.idx + len(head) + m.end() + 1,
                                      alignment_mode="expand")
            if after is not None and after[0].ent_type_ == "PERSON":
                return True  # "a senior adviser to the Ayatollah, Ali Akbar Velayati, said"
        for c in head.children:
            if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("at", "from", "with", "of", "for")):
                if any(t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN" for t in c.subtree):
                    return True
            if c.dep_ in ("compound", "nmod", "poss") and (c.ent_type_ in ("ORG", "PERSON") or c.pos_ == "PROPN") \
                    and c.ent_type_ not in ("NORP", "GPE"):
                return True
        return False

    # --- unreliable_source ------------------------------------------------------------
    def _unreliable(self, sent: "Span", info: Sentence) -> None:
        for m in self.cat.find(self.text, info.start, info.end):
            if not m.entry.low or covered(self.quotes, m.start, m.end):
                continue
            span = self._rests_on(m.start, m.end, sent)
            if span is None:
                continue
            e = m.entry
            self.issues.append(Issue(
                "attribution.unreliable-source", span[0], span[1],
                f"This rests on {e.name} ({e.rating}: {e.reason}). Confirm it with a reliable "
                "source or attribute it to a named person or body.",
                evidence=e.evidence(),
            ))

    def _rests_on(self, start: int, end: int, sent: "Span") -> tuple[int, int] | None:
        """The span to flag if the claim rests on the mention at [start, end), else None."""
        span = self.sp.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        # climb a noun phrase: "Telegram channel", "KCNA state news agency", "a Sun report"
        while tok.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod") and tok.head.i != tok.i \
                and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
        if self._owned(tok, start, end):
            return None  # "its Facebook page", "the police Facebook page": the owner speaks
        if self.cat_entry_platform(start, end) and tok.lemma_.lower() in self.lex.person_roles:
            return None  # "the Facebook founder said": a person, not a post
        tail = self.text[end:end + 40]
        verb = re.match(r"\s+(?:has\s+|had\s+)?(reports|reported|says|said|claims|claimed|reveals|revealed|"
                        r"alleges|alleged|writes|wrote|published|posted)\b", tail)
        if verb and not self.cat_entry_platform(start, end):
            return start, end + verb.end()
        lo = min(start, tok.left_edge.idx)
        lo = start if lo < sent.start_char else lo
        np_end = max(end, tok.idx + len(tok))
        head = tok.head
        dep = tok.dep_
        # "a report by the Daily Star claimed": the issuer's statement is the subject
        if dep == "pobj" and head.lower_ in ("by", "from", "of") and head.head.lemma_.lower() in self.lex.statement_nouns \
                and head.dep_ == "prep":
            tok = head.head
            head, dep = tok.head, tok.dep_
        if dep == "nsubj" and head.lemma_.lower() in (self.lex.cue_verbs | CARRY_VERBS):
            if self._bare_platform(start, end, tok):
                return None  # "Facebook announced new tools": the company, not a post
            if head.lemma_.lower() not in REPORT_VERBS \
                    and not any(c.dep_ in ("ccomp", "parataxis") for c in head.children) and head.dep_ != "parataxis" \
                    and not any(c.dep_ == "ccomp" and c.i < head.i for c in head.head.children):
                return None  # "The Sun has described residents as…": the outlet is the topic
            if head.lemma_.lower() == "say" or 0 <= head.idx - np_end <= 2:
                return start, max(np_end, head.idx + len(head)) if head.idx > start else np_end
            return start, np_end
        if dep in ("pobj", "agent") or (head.dep_ == "agent"):
            prep = head
            gov = prep.head
            if prep.lower_ == "to" and gov.lower_ == "according":
                if self._bare_platform(start, end, tok):
                    return None  # "according to Twitter, users will…": the company
                return gov.idx, np_end
            if prep.lower_ == "by" and gov.lemma_.lower() in CARRY_VERBS and gov.lemma_.lower() not in CREDIT_VERBS:
                return start, np_end
            if prep.lower_ in ("on", "in", "via", "across", "onto", "to"):
                if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in CARRY_VERBS:
                    return None if self._speaker_named(gov) else (start, np_end)
                if gov.pos_ in ("NOUN", "PROPN") and gov.lemma_.lower() in CONTENT_NOUNS | self.lex.statement_nouns:
                    return self._content_role(gov, start, np_end)
        if dep == "dobj" and head.lower_ in ("citing", "quoting", "cited", "quoted"):
            return start, np_end
        if dep in ("dobj", "dative") and head.lemma_.lower() == "tell":
            subj = _subject(head)
            if subj is not None and self._source(subj).kind == "anonymous":
                return start, np_end
        return None

    def _bare_platform(self, start: int, end: int, tok: "Token") -> bool:
        """The platform's own name standing alone: the company, not content on it."""
        return self.cat_entry_platform(start, end) and tok.idx >= start and tok.idx + len(tok) <= end \
            and tok.pos_ == "PROPN"

    def cat_entry_platform(self, start: int, end: int) -> bool:
        m = next(iter(self.cat.find(self.text, start, end)), None)
        return m is not None and m.entry.platform

    def _owned(self, head: "Token", start: int, end: int) -> bool:
        """A page or account that belongs to a named person or body (outside the mention)."""
        for c in head.children:
            if start <= c.idx < end:
                continue
            if c.dep_ == "poss":
                return True
            if c.dep_ == "compound" and (c.ent_type_ in ("PERSON", "ORG", "GPE") or c.lemma_.lower() in PUBLIC_BODIES):
                return True
            if c.dep_ == "appos" and any(t.ent_type_ == "PERSON" for t in c.subtree):
                return True
        return False

    def _content_role(self, noun: "Token", start: int, end: int) -> tuple[int, int] | None:
        """'a post on X': flagged when the post itself is what the claim rests on."""
        head = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in (self.lex.cue_verbs | CARRY_VERBS):
            return start, end
        if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return head.head.idx, end
        if noun.dep_ in ("dobj", "pobj") and head.lower_ in ("citing", "quoting"):
            return start, end
        return None  # "In a post on X, the minister wrote": the platform is the venue

    def _speaker_named(self, verb: "Token") -> bool:
        """Whether a verb that passes content on has a person or body as its subject."""
        subj = _subject(verb)
        if subj is None and verb.dep_ == "acl" and verb.head.lemma_.lower() in self.lex.statement_nouns \
                and verb.head.lemma_.lower() not in CONTENT_NOUNS:
            return True  # "a statement posted on Facebook": a statement has an issuer who speaks
        if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj", "compound"):
            return True  # "a charge of spreading false news via Twitter": the act, not a source
        if verb.tag_ == "VB" and subj is None:
            return True  # "post it to Twitter", "to post on social media": instructions, not claims
        if subj is None and verb.dep_ in ("advcl", "xcomp"):
            subj = _subject(verb.head)  # "Writing on Instagram, the actor said"; "wants to post it on X"
        if subj is None and verb.dep_ == "acl" and any(c.dep_ == "poss" for c in verb.head.children):
            return True  # "his video, posted on YouTube": his own
        if subj is None:
            return False  # "a video posted on X", "footage circulating on Telegram"
        if subj.lemma_.lower() in CONTENT_NOUNS:
            return False
        return self._source(subj).kind in ("person", "organisation", "pronoun", "other", "outlet")

    # --- unattributed -----------------------------------------------------------------
    def _passive_evaluation(self, sent: "Span", info: Sentence) -> None:
        lex = self.lex
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
                continue
            adverb = any(c.dep_ == "advmod" and c.lower_ in lex.judging_adverbs for c in tok.children)
            as_np = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            if lemma in lex.judging_verbs:
                named_as = as_np is not None or any(c.dep_ in ("oprd", "dobj", "attr") for c in tok.children)
                if not (adverb or named_as):
                    continue  # "was branded a disgrace" names a verdict; "was criticised" alone may be sourced next
            elif lemma in lex.perception_verbs:
                complement = as_np is not None or any(c.dep_ in ("oprd", "xcomp", "acomp", "attr") for c in tok.children)
                if not (adverb and complement):
                    continue  # "a disease seen widely in the south" is observed, not judged
            else:
                continue
            if covered(self.quotes, tok.idx, tok.idx + len(tok)) or self._has_agent(tok):
                continue
            if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("will", "would") for c in tok.children):
                continue  # "can be considered as…" muses; it does not report a verdict
            if self._governed(tok, sent, info):
                continue
            s, e = self._clause_span(tok, as_np)
            self.issues.append(Issue(
                "attribution.passive-evaluation", s, e,
                f"'{tok.text}' by whom? An evaluation with no one behind it reads as the paper's "
                "own view. Name who judges it so, or cut the judgement.",
            ))

    def _has_agent(self, tok: "Token") -> bool:
        skip = {"relcl", "advcl", "acl", "ccomp", "conj"}
        stack = [c for c in tok.children if c.dep_ not in skip]
        while stack:
            t = stack.pop()
            if t.lower_ == "by" and t.dep_ in ("agent", "prep"):
                if any(g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON") for g in t.children):
                    return True
            if t.lower_ in ("in", "by") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in self.lex.statement_nouns for g in t.children):
                return True  # "praised in inspection reports": the reports are the judges
            stack.extend(c for c in t.children if c.dep_ not in skip)
        return False

    def _clause_span(self, tok: "Token", as_np: "Token | None") -> tuple[int, int]:
        """From the judged noun phrase to the end of the judgement ("as a clear provocation")."""
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            first = tok.head.left_edge
        else:
            subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            first = subj.left_edge if subj is not None else tok
        last = tok
        if as_np is not None:
            obj = next((c for c in as_np.children if c.dep_ == "pobj"), None)
            last = obj if obj is not None else as_np
        return first.idx, _np_end(last)

    def _characterisation(self, sent: "Span", info: Sentence) -> None:
        lex = self.lex
        for tok in sent:
            word = tok.lemma_.lower() if tok.lemma_.lower() in lex.characterisations else tok.lower_
            if word not in lex.characterisations:
                continue
            if tok.dep_ == "acomp":  # "Ukraine is desperate"
                verb = tok.head
                if verb.lemma_.lower() not in lex.copulas:
                    continue
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            elif tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
                verb = tok  # "Ukraine is exhausted", parsed as a passive
                if self._has_agent(tok):
                    continue
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            elif tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children):
                verb = tok  # "Investors are panicking"
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            else:
                continue
            if subj is not None and subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                subj = verb.head  # "Macron, who is desperate to ...": the clause's antecedent
            if subj is None or not self._is_party(subj):
                continue
            lead = [t for t in sent if t.i <= tok.i and t.is_alpha and len(t) > 2]
            if lead and all(t.text[0].isupper() for t in lead):
                continue  # "Dems Are Furious": a headline run into the copy
            if _headline(sent) or not _present(verb) or any(
                    c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
                continue  # headlines are not copy; "was furious" narrates; "may be" speculates
            if any(i.rule == "attribution.vague-source" and info.start <= i.start < info.end for i in self.issues):
                continue  # "is reportedly furious": the hedge is the finding
            if covered(self.quotes, tok.idx, tok.idx + len(tok)) or info.quoted:
                continue
            carried = info.attributed and not any(c.source is not None for c in info.cues)
            if carried or self._governed(verb, sent, info):
                continue
            s = subj.left_edge.idx
            clause_end = max(t.idx + len(t) for t in verb.subtree if t.dep_ != "punct" or t.i < verb.i)
            self.issues.append(Issue(
                "attribution.unattributed-claim", s, min(clause_end, info.end),
                f"'{self.text[s:subj.idx + len(subj)]} … {tok.text}': whose assessment is this? A characterisation of a "
                "party needs a source; attribute it or describe what they did instead.",
            ))

    def _is_party(self, subj: "Token") -> bool:
        if subj.lower_ in PRONOUNS:
            return False
        if subj.ent_type_ in ("GPE", "ORG", "PERSON"):
            return True
        return subj.lemma_.lower() in self.lex.party_nouns

    def _signals(self, sent: "Span", info: Sentence) -> None:
        if info.attributed or info.quoted:
            return
        for m in self.lex.signals.finditer(self.text, info.start, info.end):
            if covered(self.quotes, m.start(), m.end()):
                continue
            clause_end = self.text.find(",", m.end(), info.end)
            self.issues.append(Issue(
                "attribution.unattributed-claim", m.start(), clause_end if clause_end > 0 else info.end,
                self.lex.signals_message.format(match=m.group(0)),
            ))

    def _figures(self, sent: "Span", info: Sentence, before: Sentence | None, after: Sentence | None) -> None:
        """A war-loss, casualty or troop figure that no source in reach stands behind."""
        if info.attributed or info.cues or info.quoted or _headline(sent) or not info.claim:
            return
        if any(i.rule == "attribution.vague-source" and info.start <= i.start < info.end for i in self.issues):
            return  # "has reportedly sent 12,000 troops": the hedge is the finding
        para = self.doc.paragraph_at(info.start)
        if before is not None and before.attributed and self.doc.paragraph_at(before.start) == para:
            return  # a run of sentences under one attribution
        if after is not None and after.attributed and self.doc.paragraph_at(after.start) == para:
            return
        lex = self.lex
        for tok in sent:
            if tok.pos_ != "NUM" or not _big_number(tok):
                continue
            noun = tok.head
            if tok.dep_ != "nummod" or noun.lemma_.lower() not in lex.figure_nouns:
                continue
            if covered(self.quotes, tok.idx, tok.idx + len(tok)):
                continue
            verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
            if verb is noun or verb.lemma_.lower() not in lex.figure_verbs or not _present(verb):
                continue  # past-tense tolls are usually settled background
            first = min(noun.left_edge.idx, tok.left_edge.idx)
            subj = _subject(verb) if verb is not noun else None
            if subj is not None and subj.i < noun.i:
                first = subj.left_edge.idx
            self.issues.append(Issue(
                "attribution.unattributed-claim", first, _np_end(verb) if verb is not noun else _np_end(noun),
                f"'{self.text[tok.left_edge.idx:noun.idx + len(noun)]}': whose figure? Casualty and "
                "troop numbers are contested; say who gives them.",
            ))
            return

    def _unattributed_quotes(self, infos: list[Sentence]) -> None:
        """A direct quotation with no speaker in the sentence or within reach before it."""
        lex = self.lex
        paras = self.doc.paragraphs
        flagged: set[int] = set()  # paragraphs holding an orphan quotation
        for qs, qe in self.quotes:
            words = self.text[qs:qe].split()
            body = self.text[qs:qe]
            if len(words) < lex.quote_min_words or len(body) < 2 or not (body[1].isupper() or body[1] in "‘'") \
                    or "@" in body:
                continue  # a mark before a space closes a quotation; tweet embeds carry their own byline
            before = self.text[self.doc.paragraph_at(qs)[0]:qs].rstrip()
            if before and not before.endswith((".", "!", "?", "”", '"', "’")):
                continue  # a phrase quoted inside a sentence, or introduced by "as X puts it:"
            line_end = self.text.find("\n", qe)
            line_end = len(self.text) if line_end == -1 else line_end
            after = self.sp.char_span(qe, min(line_end, qe + 60), alignment_mode="expand") if qe < line_end else None
            if after is not None and any(t.lemma_.lower() in lex.cue_verbs and t.pos_ in ("VERB", "AUX") for t in after):
                continue  # "…," added Maher.
            if _SPEECH_AFTER.search(self.text, qe, min(line_end, qe + 60)):
                continue  # the same, where damaged text fooled the tagger ("said.-")
            here = [i for i in infos if i.start < qe and qs < i.end]
            if any(not (qs <= c.start < qe) for i in here for c in i.cues):
                continue  # a speech verb outside the marks ("she said"); one inside is the speaker's own
            p_idx = next((n for n, (a, b) in enumerate(paras) if a <= qs < b), None)
            if p_idx is None:
                continue
            if self._speaker_carries_over(infos, qs, flagged) or self._attributed_after(infos, p_idx):
                continue
            flagged.add(p_idx)
            end = min(qe, self.text.find("\n", qs) if self.text.find("\n", qs) > 0 else qe)
            self.issues.append(Issue(
                "attribution.unattributed-quote", qs, end,
                "Who said this? A direct quotation needs a named speaker.",
            ))


    def _attributed_after(self, infos: list[Sentence], p_idx: int) -> bool:
        """The next paragraph opens by attributing the quotation ("Those were the words of
        the minister, who said ...", "The remarks came from a senior aide")."""
        if p_idx + 1 >= len(self.doc.paragraphs):
            return False
        a, b = self.doc.paragraphs[p_idx + 1]
        first = next((i for i in infos if a <= i.start < b), None)
        return bool(first and first.cues and _POINTS_BACK.match(self.text, first.start))

    def _speaker_carries_over(self, infos: list[Sentence], qs: int, flagged: set[int]) -> bool:
        """A quotation continues a speaker named earlier in its own paragraph or in the
        paragraph before it, or the quotation paragraph before it when that one was not
        an orphan itself (a quote continued over paragraphs). A paragraph of narrative in
        between breaks the chain, unless the quotation opens with a conjunction ("And
        the world is watching...") and so plainly continues a speaker named a little
        earlier."""
        paras = self.doc.paragraphs
        if not paras:
            return False
        p_idx = next((n for n, (a, b) in enumerate(paras) if a <= qs < b), 0)
        own = paras[p_idx][0]
        if any(i.cues or i.attributed for i in infos if own <= i.start and i.end <= qs):
            return True
        if p_idx > 0:
            a, b = paras[p_idx - 1]
            if any(i.cues for i in infos if a <= i.start < b):
                return True
            if quoted_share(self.quotes, a, b) >= 0.5:
                return p_idx - 1 not in flagged
        if _CONTINUES.match(self.text, qs + 1):
            lo = paras[max(0, p_idx - 3)][0]
            return any(i.cues for i in infos if lo <= i.start < own)
        return False


# --- helpers --------------------------------------------------------------------------
#: a speech verb written right after a quotation
_SPEECH_AFTER = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|explained|explains|continued|"
    r"insisted|insists|argued|argues|noted|notes|recalled|recalls|cried|shouted|declared|remembers|"
    r"according to)\b", re.IGNORECASE)
#: a quotation that opens with a conjunction continues an earlier one
_CONTINUES = re.compile(r"(?:And|But|So|Or|Yet|Because)\b")
#: a sentence that opens by pointing back at what was just quoted
_POINTS_BACK = re.compile(
    r"(?:That|This|Those|These|Such|The\s+(?:remarks?|comments?|words|statement|claims?|warning|quote))\b")


def _trimmed(sent: "Span") -> tuple[int, int]:
    text = sent.text
    lead = len(text) - len(text.lstrip())
    return sent.start_char + lead, sent.start_char + len(text.rstrip())


def _subject(verb: "Token") -> "Token | None":
    """The speaker of a cue verb: its subject, or the agent of a passive ("as reported by X")."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    # "…, with analysts speculating": the subject hangs off "with"
    if verb.dep_ in ("pcomp", "advcl") and verb.head.lower_ == "with":
        return next((c for c in verb.children if c.dep_ in ("nsubj", "npadvmod")), None)
    # a conjoined verb shares the subject: "X said … and added …"
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    # a misparse left the verb without a subject ("harbour master X told", with "harbour"
    # read as a verb): a person's name standing right before the verb is the speaker
    prev = verb.nbor(-1) if verb.i > 0 else None
    if prev is not None and prev.ent_type_ == "PERSON" and not prev.whitespace_ == "":
        return prev
    return None


def _phrase(tok: "Token") -> tuple[int, int]:
    """A noun phrase's extent without trailing relative clauses and appositions."""
    cut = {"relcl", "acl", "appos", "punct", "cc", "conj", "prep", "advcl"}
    toks = [tok]
    stack = [c for c in tok.children if c.dep_ not in cut or (c.dep_ == "prep" and c.i < tok.i)]
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(c for c in t.children if c.dep_ not in {"relcl", "acl", "punct", "appos"})
    # prepositions after the head that name where the source is from ("officials at X")
    for c in tok.children:
        if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("at", "from", "in", "with", "of", "close"):
            toks.extend(c.subtree)
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t) for t in toks)
    return lo, hi


def _np_end(tok: "Token") -> int:
    """Where a phrase ends, leaving out relative clauses and appositions after it."""
    end = tok.idx + len(tok)
    stack = [c for c in tok.children if c.i > tok.i and c.dep_ not in ("relcl", "acl", "appos", "punct", "cc", "conj")]
    while stack:
        t = stack.pop()
        end = max(end, t.idx + len(t))
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "appos", "punct"))
    return end


def _present(verb: "Token") -> bool:
    """Present or present perfect: a standing characterisation, not narrated past."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children)


def _big_number(tok: "Token") -> bool:
    """A count worth contesting: 100 or more, or written with thousand/million."""
    text = tok.text.replace(",", "")
    if text.isdigit():
        return int(text) >= 100
    return tok.lower_ in ("hundreds", "thousands", "millions", "thousand", "million") or any(
        c.lower_ in ("thousand", "million", "hundred") for c in tok.children)


def _headline(sent: "Span") -> bool:
    """Title Case with no closing full stop: a headline or a caption label, not copy."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    caps = sum(1 for t in words if t.text[0].isupper())
    return len(words) >= 3 and caps / len(words) > 0.7 and not sent.text.rstrip().endswith(".")


def _is_claim(sent: "Span") -> bool:
    words = [t for t in sent if t.is_alpha]
    if len(words) < 6 or sent.text.rstrip().endswith("?"):
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "conj") for t in sent)


def _dedupe(issues: list[Issue]) -> list[Issue]:
    """Keep one issue per overlapping span and category family, the earlier-listed rule first."""
    family = {
        "attribution.vague-source": "weak", "attribution.anonymous-source": "weak",
        "attribution.anonymous-source-explained": "weak",
        "attribution.unreliable-source": "unreliable", "attribution.passive-evaluation": "unattr",
        "attribution.unattributed-claim": "unattr", "attribution.unattributed-quote": "unattr",
    }
    out: list[Issue] = []
    for iss in issues:
        fam = family.get(iss.rule, iss.rule)
        if any(family.get(o.rule, o.rule) == fam and o.start < iss.end and iss.start < o.end for o in out):
            continue
        out.append(iss)
    return sorted(out, key=lambda i: (i.start, i.end, i.rule))
