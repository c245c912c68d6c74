"""weak_attribution: hedge words and phrases that stand in for a source ("reportedly",
"it is believed", "apparently"), unless the sentence relays a named source.

A mixin of the analyser (analysis.py), split from weak.py (people as sources).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from ..document import Document
    from .lexicon import Hedge, Lexicon

from .model import Issue, Sentence
from .nearby import crowd_named_before
from .parse import headline
from .quotes import QuoteSpans, covered

#: hedges that may relay a named source instead of standing in for one
_RELAYING_HEDGES = frozenset({"reportedly", "allegedly", "supposedly"})
#: "supposedly “independent” agencies": a scare-quoted label of a word to three, the
#: writer's doubt of a name, not a claim passed on from an unnamed source
_SCARE_QUOTED = re.compile(r"[ \t]+[“\"‘][^\s“”\"‘’]+(?:[ \t]+[^\s“”\"‘’]+){0,2}[”\"’][ \t]+(?=[a-z])")
#: a hedge tagged on after a comma to close the sentence (", apparently."): irony, not sourcing
_IRONIC_TAG = re.compile(r"\s*[.!]")
#: a legal step taken over the act "allegedly" hedges ("arrested for allegedly shooting",
#: "charged with allegedly taking bribes"): the arrest or the charge is the source
_CHARGED_FOR = re.compile(
    r"\b(?:arrested|charged|indicted|detained|jailed|convicted|sentenced|booked|prosecuted|sued|fined|"
    r"extradited|remanded)\s+(?:\w+\s+){0,3}?(?:for|with|over|on\s+suspicion\s+of)\s+$", re.IGNORECASE)
#: a legal proceeding named in the sentence ("Parramatta Local Court heard bail bids from
#: people who allegedly …", "refused bail for allegedly assaulting"): the charge the court
#: hears is the allegation's source, as after an arrest
_LEGAL_SETTING = re.compile(
    r"\b(?:court|courts|courtroom|bail|magistrates?|jury|jurors|prosecutors?|prosecution|indictment|"
    r"charge\s+sheet|inquest|(?<!clinical\s)trial)\b", re.IGNORECASE)
#: police and extradition words in the paragraph: "allegedly" there hedges a suspicion the
#: investigation owns (clean wire copy: "the ring to which X allegedly belongs", detained on an
#: extradition request), as a court's charge does
_POLICE_SETTING = re.compile(
    r"\b(?:detained|extradit\w*|investigators?|accused|suspects?|arrest(?:ed)?)\b", re.IGNORECASE)
#: the passives of alleging ("it is alleged", "was alleged to have")
_ALLEGED = re.compile(r"\balleged\b", re.IGNORECASE)
#: a belief passive ("is believed to be", "it is understood"), not a report passed on ("it is
#: reported that", "is rumoured to"): beside a source that speaks, it is that source's belief
_BELIEF = re.compile(r"\b(?:believed|thought|understood|suspected)\b", re.IGNORECASE)
#: kinds of source that vouch for a belief passive in the next or previous sentence: a named
#: one, or a described body ("investigators", "the sheriff's office"); not an anonymous or
#: vague one ("a source", "officials")
_VOUCHING = frozenset({"person", "organisation", "outlet", "other"})
#: what closes a sentence of copy: a line without it is a headline, whatever its case
_CLOSES_SENTENCE = re.compile(r"[.!?…:;][\"”’')\]]*\s*$|[\"”]\s*$")
#: verbs by which a named party alleges what the next sentence hedges with "allegedly"
_ALLEGING_VERBS = frozenset({"allege", "claim", "accuse", "charge", "say", "tell", "testify", "state", "detail"})
#: legal papers that allege ("the lawsuit claims", "the complaint says")
_LEGAL_PAPERS = frozenset({"lawsuit", "suit", "complaint", "indictment", "affidavit", "filing", "petition", "writ"})
#: a year, decade or century the hedged clause dates itself to ("is thought to have died in a
#: zoo in 1936", "in the late 1890s", "in the 12th century", "that the 1952 smog …"), up to
#: the end of its sentence
_DATED_PAST = re.compile(
    r"[^.;!?]{0,160}?\b(?:in|by|around|circa|c\.|since|until|from|during|before|the)\s+(?:the\s+)?"
    r"(?:(?:early|mid|late)[- ])?(?:(1\d{3}|20\d{2})s?\b|(\d{1,2})(?:st|nd|rd|th)[- ]century\b)",
    re.IGNORECASE)
#: words after "it was thought" that start no reported clause ("it was thought much of")
_NO_CLAUSE = frozenset({"much", "little", "of", "about", "over", "through", "highly", "well"})
#: dependency links from a clause up to the clause it is part of
_CLAUSAL = frozenset({"ccomp", "conj", "parataxis", "advcl", "xcomp"})


def _clause_chain(tok: "Token") -> list["Token"]:
    """``tok`` and the heads it hangs from through clausal links only (not a relative
    clause: "Epstein, who reportedly …" is the writer's aside inside a denial)."""
    chain = [tok]
    while tok.head.i != tok.i and tok.dep_ in _CLAUSAL:
        tok = tok.head
        chain.append(tok)
    return chain


class HedgedSourcing:
    # set by the analyser (analysis.py)
    doc: "Document"
    lex: "Lexicon"
    text: str
    sp: "Doc"
    quotes: QuoteSpans
    issues: list[Issue]
    late_issues: list[Issue]

    def _present_hedges(self) -> list["Hedge"]:
        """The hedges whose pattern matches somewhere in the text, in the lexicon's order: a
        story holds few of them, and trying every pattern on every sentence was a third of
        the attribution walk (36 patterns over ~1,600 sentences of 60 articles, 16 hedged)."""
        present: "list[Hedge] | None" = getattr(self, "_present", None)
        if present is None:
            # a hedge's ``needs`` (literals every match holds) are looked for first: a
            # substring test is far cheaper than the slowest patterns' scans of the text
            folded = self.text.casefold()
            present = self._present = [
                h for h in self.lex.hedges
                if (not h.needs or any(w in folded for w in h.needs)) and h.pattern.search(self.text)]
        return present

    def _hedges(self, sent: "Span", info: Sentence) -> None:
        start, end = info.start, info.end
        named = any(s.named for s in info.sources) or self._pronoun_speaker_named(info)
        # a hedge may run on past a sentence end the parser put inside it ("Reports" cut off
        # from "indicate …" under a title-case line): read on to the end of the line
        line_end = self.text.find("\n", end)
        reach = min(len(self.text) if line_end < 0 else line_end, end + 80)
        for hedge in self._present_hedges():
            for m in hedge.pattern.finditer(self.text, start, reach):
                if m.start() >= end or covered(self.quotes, m.start(), m.end()):
                    continue
                if hedge.kind in ("raising", "impersonal") and (named or self._background(m.end(), end)):
                    continue
                if hedge.kind in ("raising", "impersonal") and _BELIEF.search(m.group(0)) \
                        and (self._source_beside(info) or self._belief_reported(info, m.start(), m.end())):
                    continue  # "Police said … They are believed to be in the hills": the police's belief
                if hedge.kind == "crowd" and any(
                        s.named and not m.start() <= s.start < m.end() for s in info.sources):
                    continue  # the crowd is its own (unnamed) source; another, named, vouches
                if hedge.kind == "crowd" and self._crowd_named_before(m.start(), m.end()):
                    continue  # "The Institute for … said … Analysts predict": named a sentence before
                # "allegedly" and the passives of alleging ("it is alleged", "is alleged to
                # have") are one hedge, with the same owners
                alleging = m.group(0).lower() == "allegedly" or _ALLEGED.search(m.group(0)) is not None
                if alleging and any(
                        c.source is not None and c.source.kind not in ("pronoun", "vague")
                        for c in info.cues):
                    continue  # "X allegedly took bribes, prosecutors said": someone alleges (not "a report")
                if m.group(0).lower() == "allegedly" and _CHARGED_FOR.search(self.text, max(0, m.start() - 80), m.start()):
                    continue  # "arrested for allegedly shooting": the charge is the allegation's source
                if alleging and (
                        self._legal_setting(info) or self._headline_line(sent, m.start())
                        or _POLICE_SETTING.search(self.text, *self.doc.paragraph_at(m.start()))
                        or (m.group(0).lower() != "allegedly" and self._alleged_before(sent))):
                    continue  # a court's charge, a police case; a headline's legal shorthand, sourced in the body
                if hedge.kind == "adverb" and self._headline_line(sent, m.start()):
                    continue  # "Ferry captain reportedly quits": a headline's shorthand, sourced in the body
                if "quoted" in m.group(0).lower() and self._named_subject(m.start(), m.end()):
                    continue  # "Ilse Varnholt was quoted as saying": the speaker is named; the outlet is style
                if hedge.kind == "adverb" and (self._attributive(m.start(), m.end())
                                               or self._scare_quoted_label(m.end())):
                    continue  # "the supposedly ceramic back", "the allegedly stolen car", "supposedly “neutral” judges": a hedged label
                if self._relayed_hedge(sent, info, m.start(), m.group(0).lower()):
                    continue  # "…reportedly found drugs, the sheriff said": the source is named
                if hedge.kind == "apparent" and (info.sources or not self._hedges_a_finite_verb(m.start(), m.end())):
                    continue  # a sentence with a speaker, or "apparently unaware": what was seen
                if m.group(0).lower() == "apparently" and _IRONIC_TAG.match(self.text, m.end()) \
                        and self.text[max(0, m.start() - 4):m.start()].rstrip().endswith(","):
                    continue  # "… because books are bad, apparently.": the writer's irony, no source in question
                if hedge.kind == "anonymous" and self.lex.anonymity_reason.search(
                        self.text, start, min(len(self.text), end + 200)):
                    self.issues.append(Issue(
                        "attribution.anonymous-source-explained", m.start(), m.end(),
                        f"'{m.group(0)}': anonymous source, reason given. Describe the source as "
                        "specifically as you can.", "info"))
                    continue
                # a crowd is listed after the other issues: where the same words make an
                # anonymous source ("Scientists believe"), that finding's message is kept
                (self.late_issues if hedge.kind == "crowd" else self.issues).append(Issue(
                    "attribution.vague-source", m.start(), m.end(),
                    hedge.message.format(match=m.group(0)),
                ))

    def _legal_setting(self, info: Sentence) -> bool:
        """A court, a trial or a charge named in the sentence, or in the sentence before or
        after it in the same paragraph ("The firm is being tried for … It is alleged the firm
        failed to …"): the prosecution owns the allegation."""
        if _LEGAL_SETTING.search(self.text, info.start, info.end):
            return True
        infos: list[Sentence] = getattr(self, "_infos", [])
        para = self.doc.paragraph_at(info.start)
        return any(0 <= n < len(infos) and self.doc.paragraph_at(infos[n].start) == para
                   and _LEGAL_SETTING.search(self.text, infos[n].start, infos[n].end)
                   for n in (info.index - 1, info.index + 1))

    def _source_beside(self, info: Sentence) -> bool:
        """The sentence before or after, in the same paragraph, has a named or described source
        that speaks ("Police in Fenwick said …", "Investigators said …")."""
        infos: list[Sentence] = getattr(self, "_infos", [])
        para = self.doc.paragraph_at(info.start)
        for n in (info.index - 1, info.index + 1):
            if 0 <= n < len(infos) and self.doc.paragraph_at(infos[n].start) == para and any(
                    s.kind in _VOUCHING for s in infos[n].sources):
                return True
        return False

    def _belief_reported(self, info: Sentence, start: int, end: int) -> bool:
        """'The harbourmaster said the yachts are believed to be …': the belief passive sits in
        the clause a named or described speaker reports, so the belief is the speaker's, not
        the writer's."""
        span = self.sp.char_span(start, end, alignment_mode="expand")
        belief = next((t for t in span or () if _BELIEF.fullmatch(t.text)), None)
        if belief is None:
            return False
        chain = {t.i for t in _clause_chain(belief)} - {belief.i}
        return any(c.source is not None and c.source.kind in _VOUCHING and c.token in chain
                   for c in info.cues)

    def _pronoun_speaker_named(self, info: Sentence) -> bool:
        """'He said the fire was suspected to have started …': the speaker is a pronoun for a
        person named earlier in the paragraph or the one before it (outside quotation marks:
        wire copy names the official, then opens the next paragraph with "He said"), so the
        hedged clause is that person's report, not the writer's."""
        for src in info.sources:
            if src.kind != "pronoun" or self.text[src.start:src.end].lower() not in ("he", "she"):
                continue
            lo, _ = self.doc.paragraph_at(src.start)
            lo = max((p[0] for p in self.doc.paragraphs if p[1] <= lo), default=lo)  # the one before
            span = self.sp.char_span(lo, src.start, alignment_mode="contract")
            if span is not None and any(t.ent_type_ == "PERSON" and not covered(self.quotes, t.idx, t.idx + 1)
                                        for t in span):
                return True
        return False

    def _named_subject(self, start: int, end: int) -> bool:
        """The subject of 'was quoted as saying' is a named person."""
        span = self.sp.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        for tok in span:
            if tok.lower_ == "quoted":
                subjects = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
                # the subject itself or its apposition ("The mayor, Ilse Varnholt, was quoted")
                names = subjects + [a for c in subjects for a in c.children if a.dep_ == "appos"]
                return any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in names)
        return False

    def _headline_line(self, sent: "Span", pos: int) -> bool:
        """The words at ``pos`` are a headline: title case (parse.headline), or the text's
        first line, closing no sentence, with copy after it ("Man allegedly shoots three
        officers"). Further down, such a line is copy that lost its full stop."""
        if headline(sent, self.text):
            return True
        lo = self.text.rfind("\n", 0, pos) + 1
        hi = self.text.find("\n", pos)
        if self.text[:lo].strip() or hi < 0 or not self.text[hi:].strip():
            return False
        line = self.text[lo:hi]
        return not _CLOSES_SENTENCE.search(line) and len(line.split()) <= 25

    def _crowd_named_before(self, start: int, end: int) -> bool:
        """The crowd in the matched words ('Analysts predict') is a body's experts named in one
        of the two sentences before (nearby.py)."""
        span = self.sp.char_span(start, end, alignment_mode="expand")
        return span is not None and any(crowd_named_before(self.sp, t) for t in span if t.tag_ in ("NNS", "NNPS"))

    def _background(self, pos: int, end: int) -> bool:
        """'is thought to have died in a zoo in 1936', 'what was believed to be the last one
        died in 1936': history's own uncertainty, dated decades before the story, is
        background no source could settle (a generation before the story); and 'it was thought much of …' reports nothing."""
        nxt = re.match(r"\s+(\w+)", self.text[pos:end])
        if nxt and nxt.group(1).lower() in _NO_CLAUSE and self.text[pos - 7:pos].lower().endswith("thought"):
            return True
        m = _DATED_PAST.match(self.text, pos, end)
        if m is None:
            return False
        story_year = self.doc.story_date.date.year
        if m.group(2):
            return (int(m.group(2)) - 1) * 100 + 99 <= story_year - 25
        return int(m.group(1)) <= story_year - 25

    def _attributive(self, start: int, end: int) -> bool:
        """'the supposedly ceramic back', 'the allegedly illusory jobs': the adverb hedges an
        adjective before a noun, the careful way to name a disputed thing, not a claim passed
        on with no source (that is 'the back is supposedly ceramic', still flagged)."""
        span = self.sp.char_span(start, end)
        if span is None or span[0].dep_ != "advmod":
            return False
        adj = span[0].head
        return adj.dep_ == "amod" and adj.head.i > adj.i and adj.head.pos_ in ("NOUN", "PROPN")

    def _scare_quoted_label(self, end: int) -> bool:
        """'the supposedly “independent” agencies': the hedge and scare quotes around a
        label before its noun, the writer's doubt of a name (the parse loses the adjective
        between the quote marks, so the noun after them is asked for)."""
        m = _SCARE_QUOTED.match(self.text, end)
        if m is None:
            return False
        noun = self.sp.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        return noun is not None and len(noun) > 0 and noun[0].pos_ in ("NOUN", "PROPN")

    def _hedges_a_finite_verb(self, start: int, end: int) -> bool:
        """'she apparently knows', 'he is apparently still angry', 'it has apparently ended':
        the adverb hedges a statement of fact, not a participle describing what was seen."""
        span = self.sp.char_span(start, end)
        if span is None or span[0].dep_ != "advmod":
            return False
        verb = span[0].head
        if verb.dep_ == "relcl":
            return False  # "a man who had apparently shot himself": the writer's aside on a person
        if verb.tag_ in ("VBD", "VBZ", "VBP"):
            return True
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        return any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") and a.lower_ not in ("to",) for a in aux) and (
            verb.tag_ != "VBG" or any(a.lemma_ == "be" for a in aux))

    def _relayed_hedge(self, sent: "Span", info: Sentence, pos: int, word: str) -> bool:
        """A hedge that relays a named source rather than standing in for one: the hedged
        clause is reported by a named speaker ("officers reportedly found drugs, the sheriff
        said"), not the speech itself hedged ("Kim reportedly warned"); "allegedly" after a
        sentence of its paragraph in which a named person or a legal paper alleges ("The
        complaint says … Items allegedly taken included …"); "supposedly to …" doubts a
        motive, not a source."""
        if word not in _RELAYING_HEDGES:
            return False
        span = self.sp.char_span(pos, pos + len(word))
        if span is None:
            return False
        hedge = span[0]
        if word == "supposedly":
            nxt = hedge.nbor(1) if hedge.i + 1 < len(self.sp) else None
            return nxt is not None and (nxt.lower_ == "because" or (nxt.tag_ == "TO" and nxt.head.pos_ == "VERB"))
        hedged = hedge.head
        chain = {t.i for t in _clause_chain(hedged)}
        for c in info.cues:
            if c.source is None or not c.source.named or c.token == hedged.i:
                continue
            cue = self.sp[c.token]
            if cue.lower_ == "according":
                # "reportedly …, according to the Daily Ledger": the report is named, so the
                # claim has its source (the dev gold marks "reportedly" only with none; whether
                # the outlet can be trusted is unreliable_source's question)
                return True
            if cue.i in chain or (cue.i > hedged.i and cue.dep_ in ("ccomp", "parataxis")
                                  and any(t.i in chain for t in _clause_chain(cue))):
                return True
        return word == "allegedly" and self._alleged_before(sent)

    def _alleged_before(self, sent: "Span") -> bool:
        """The sentence before, in the same paragraph, has a named person or a legal paper
        as the subject of a verb of alleging or saying."""
        if sent.start == 0:
            return False
        prev = self.sp[sent.start - 1].sent
        if self.doc.paragraph_at(prev.start_char) != self.doc.paragraph_at(sent.start_char):
            return False
        for tok in prev:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in _ALLEGING_VERBS:
                continue
            for subj in tok.children:
                if subj.dep_ == "nsubj" and (subj.ent_type_ == "PERSON" or subj.lemma_.lower() in _LEGAL_PAPERS
                                             or (subj.pos_ == "PROPN" and subj.ent_type_ == "")):
                    return True
        return False
