"""unattributed: evaluations, characterisations, figures and quotations that no one stands behind.

A mixin of the analyser (analysis.py).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from .lexicon import Hedge

from ..parse_table import parse_table
from .model import Issue, Sentence
from .parse import (CONTINUES, PRONOUNS, POINTS_BACK, SPEECH_AFTER, big_number, headline, np_end, present,
                    subject)
from .quotes import covered, quoted_share, speaker_in_reach

#: a quotation cited with its source: "…,” by Jane Doe, Harbour Ledger, May 2, 2018:" or
#: "…”, KGO, March 23, 2018:" (a title quoted from a named outlet, with its date)
_CITATION = re.compile(
    r"\s*,?\s*(?:by\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s*,\s*)?"
    r"(?-i:[A-Z])[\w&.'’-]*(?:\s+[\w&.'’-]+){0,4}?\s*,\s*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}", re.IGNORECASE)


_VBN = frozenset({"VBN"})


class Unattributed:
    def _passive_evaluation(self, sent: "Span", info: Sentence) -> None:
        lex = self.lex
        # only a past participle can be one: its Tokens alone are made (the parse table)
        table = parse_table(self.doc)
        for i in table.within(table.where("tag", _VBN), sent.start, sent.end):
            tok = self.sp[i]
            lemma = tok.lemma_.lower()
            if not any(c.dep_ == "auxpass" for c in tok.children):
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
            if lemma in lex.perception_verbs:
                # "is widely regarded as a key rival": a crowd's view with no one in it, the
                # labellers' weak sourcing like "is seen as a signal" (vague-source), not a verdict
                # passed on the party ("widely panned as", which stays unattributed)
                s = min([tok.idx] + [c.idx for c in tok.children if c.dep_ in ("auxpass", "advmod") and c.i < tok.i])
                e = as_np.idx + len(as_np) if as_np is not None else tok.idx + len(tok)
                self.issues.append(Issue(
                    "attribution.vague-source", s, e,
                    f"'{self.text[s:e]}': by whom? Say who sees it this way, or report the facts behind the view.",
                ))
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
        return first.idx, np_end(last)

    def _characterisation(self, sent: "Span", info: Sentence) -> None:
        lex = self.lex
        for i in parse_table(self.doc).within(self._characterisation_words(), sent.start, sent.end):
            tok = self.sp[i]
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
            if headline(sent, self.text) or not present(verb) or any(
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

    def _characterisation_words(self) -> list[int]:
        """Positions of the tokens whose lemma or lower-case form is a characterisation
        ("desperate", "panicking"): the only ones ``_characterisation`` looks at."""
        got = getattr(self, "_characterisation_at", None)
        if got is None:
            table, words = parse_table(self.doc), self.lex.characterisations
            got = self._characterisation_at = [
                i for i, (lemma, low) in enumerate(zip(table.lemma_lower, table.lower)) if lemma in words or low in words
            ]
        return got

    def _is_party(self, subj: "Token") -> bool:
        if subj.lower_ in PRONOUNS:
            return False
        if subj.ent_type_ in ("GPE", "ORG", "PERSON"):
            return True
        return subj.lemma_.lower() in self.lex.party_nouns

    def _present_claims(self) -> list["Hedge"]:
        """The analysis markers whose ``needs`` (literals every match holds) the story holds:
        the others cannot match in any of its sentences, and are not tried on each one."""
        present: "list[Hedge] | None" = getattr(self, "_claims_present", None)
        if present is None:
            folded = self.text.casefold()
            present = self._claims_present = [
                c for c in self.lex.analysis_claims if not c.needs or any(w in folded for w in c.needs)]
        return present

    def _analysis_claims(self, sent: "Span", info: Sentence, prev: "Sentence | None" = None) -> None:
        """Analysis stated as fact in the writer's voice: 'This proves that …', 'which left
        the ministry no choice but to …', 'a move widely seen as …'. Only the most reliable
        markers (rules/attribution.toml [[analysis_claims]])."""
        if info.quoted or headline(sent, self.text):
            return
        for claim in self._present_claims():
            for m in claim.pattern.finditer(self.text, info.start, info.end):
                if covered(self.quotes, m.start(), m.end()):
                    continue
                if claim.kind == "certainty" and self._speech_runs_on(sent, info, prev):
                    continue  # "…, a source close to the club said. The striker wants out, no question.": their words
                tok = self.sp.char_span(m.start(), m.end(), alignment_mode="expand")
                if tok is not None and (self._governed(tok.root, sent, info)
                                        or any(c.source is not None and c.source.kind != "pronoun"
                                               and not m.start() <= self.sp[c.token].idx < m.end()
                                               for c in info.cues)
                                        or self._reported(tok.root)):
                    continue  # "…, the minister said": someone's analysis, attributed
                self.issues.append(Issue(
                    "attribution.analysis-claim", m.start(), m.end(),
                    claim.message.format(match=m.group(0)),
                ))
                break

    def _speech_runs_on(self, sent: "Span", info: Sentence, prev: "Sentence | None") -> bool:
        """The sentence carries on a speaker's words: the sentence before, in the same
        paragraph, reports someone (a cue with a source that is not a report or a rumour), or
        this sentence or the one before speaks in the first person outside quotation marks
        (a speech set down without them: "we built three schools … make no mistake, we will build more")."""
        if prev is None or self.doc.paragraph_at(prev.start) != self.doc.paragraph_at(info.start):
            return False
        if any(c.source is not None and c.source.kind != "vague" for c in prev.cues):
            return True
        first = sent.doc[self.sp[sent.start - 1].sent.start:sent.end] if sent.start else sent
        return any(t.lower_ in ("i", "we") and t.dep_ in ("nsubj", "nsubjpass")
                   and not covered(self.quotes, t.idx, t.idx + len(t)) for t in first)

    def _reported(self, tok: "Token") -> bool:
        """The words sit in a clause reported by a verb of saying or believing, whoever its
        subject ("parties claiming the government is hell-bent on …", "I suspect that …"):
        someone's reading, not the narrator's."""
        if any(a.pos_ in ("VERB", "AUX") and (a.lemma_.lower() in self.lex.cue_verbs or a.lemma_.lower()
                                              in ("suspect", "guess", "reckon", "accuse", "charge"))
               for a in tok.ancestors):
            return True
        # "parties claiming the government is hell-bent on …", where the parser loses the clause
        lo = max(tok.sent.start, tok.i - 12)
        return any(t.tag_ == "VBG" and t.lemma_.lower() in self.lex.cue_verbs for t in tok.doc[lo:tok.i])

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
        if info.attributed or info.cues or info.quoted or headline(sent, self.text) or not info.claim:
            return
        if any(i.rule == "attribution.vague-source" and info.start <= i.start < info.end for i in self.issues):
            return  # "has reportedly sent 12,000 troops": the hedge is the finding
        para = self.doc.paragraph_at(info.start)
        if before is not None and before.attributed and self.doc.paragraph_at(before.start) == para:
            return  # a run of sentences under one attribution
        if after is not None and after.attributed and self.doc.paragraph_at(after.start) == para:
            return
        lex = self.lex
        if self._running_toll(sent):
            return
        for tok in sent:
            if tok.pos_ != "NUM" or not big_number(tok):
                continue
            noun = tok.head
            if tok.dep_ != "nummod" or noun.lemma_.lower() not in lex.figure_nouns:
                continue
            if covered(self.quotes, tok.idx, tok.idx + len(tok)):
                continue
            verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
            if verb is noun or verb.lemma_.lower() not in lex.figure_verbs or not present(verb):
                continue  # past-tense tolls are usually settled background
            first = min(noun.left_edge.idx, tok.left_edge.idx)
            subj = subject(verb) if verb is not noun else None
            if subj is not None and subj.i < noun.i:
                first = subj.left_edge.idx
            self.issues.append(Issue(
                "attribution.unattributed-claim", first, np_end(verb) if verb is not noun else np_end(noun),
                f"'{self.text[tok.left_edge.idx:noun.idx + len(noun)]}': whose figure? Casualty and "
                "troop numbers are contested; say who gives them.",
            ))
            return

    def _running_toll(self, sent: "Span") -> bool:
        """'The death toll is now above 2,300', 'the toll has risen to 312': a running
        count in the present with no one giving it (the caller has checked the neighbours)."""
        lex = self.lex
        for noun in sent:
            if noun.lemma_.lower() not in lex.toll_nouns or noun.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = noun.head
            if verb.lemma_.lower() not in lex.toll_verbs or not present(verb):
                continue
            nums = [t for t in verb.subtree if t.pos_ == "NUM" and big_number(t) and t.i > verb.i]
            if not nums or covered(self.quotes, noun.idx, nums[-1].idx):
                continue
            first = noun.left_edge.idx
            self.issues.append(Issue(
                "attribution.unattributed-claim", first, nums[-1].idx + len(nums[-1]),
                f"'{self.text[first:nums[-1].idx + len(nums[-1])]}': whose count? A running toll "
                "needs its source (the health ministry, the UN, the police).",
            ))
            return True
        return False

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
            line_end = self._tag_line_end(qs, qe)
            after = self.sp.char_span(qe, min(line_end, qe + 60), alignment_mode="expand") if qe < line_end else None
            if after is not None and any(t.lemma_.lower() in lex.cue_verbs and t.pos_ in ("VERB", "AUX") for t in after):
                continue  # "…," added Maher.
            if SPEECH_AFTER.search(self.text, qe, min(line_end, qe + 60)):
                continue  # the same, where damaged text fooled the tagger ("said.-")
            if _CITATION.match(self.text, qe, min(line_end, qe + 120)):
                continue  # a cited piece: "…,” by Jane Doe, Harbour Ledger, May 2, 2018:"
            if self._speaker_just_before(qs):
                continue  # "Her father, Lamar, saw it too. / “It kept exploding…”": his words
            here = [i for i in infos if i.start < qe and qs < i.end]
            if any(not (qs <= c.start < qe) for i in here for c in i.cues):
                continue  # a speech verb outside the marks ("she said"); one inside is the speaker's own
            p_idx = next((n for n, (a, b) in enumerate(paras) if a <= qs < b), None)
            if p_idx is None:
                continue
            if self._speaker_carries_over(infos, qs, flagged) or self._attributed_after(infos, p_idx):
                continue
            if speaker_in_reach(self.doc, qs, qe, lex.cue_verbs):
                continue  # introduced by the paragraph before, or named across a line break
            flagged.add(p_idx)
            end = min(qe, self.text.find("\n", qs) if self.text.find("\n", qs) > 0 else qe)
            self.issues.append(Issue(
                "attribution.unattributed-quote", qs, end,
                "Who said this? A direct quotation needs a named speaker.",
            ))


    def _tag_line_end(self, qs: int, qe: int) -> int:
        """Where the words after a quotation that may name its speaker end: its line's end,
        or the next line's when the quotation closes its line on a comma, a question or an
        exclamation mark (hard-wrapped wire copy: "…outpace demand,”⏎Lind said.")."""
        line_end = self.text.find("\n", qe)
        if line_end == -1:
            return len(self.text)
        if self.text[qe:line_end].strip() or self.text[qs:qe].rstrip("”\"’' ")[-1:] not in (",", "?", "!"):
            return line_end
        nxt = self.text.find("\n", line_end + 1)
        nxt = len(self.text) if nxt == -1 else nxt
        return nxt if self.text[line_end + 1:nxt].strip() else line_end

    def _speaker_just_before(self, qs: int) -> bool:
        """The quotation opens its line, and the sentence just before it has a named person as
        its subject ("Her father, Lamar, saw it too." then the quotation): a feature writer's
        way of handing the floor to the person just named."""
        if self.text[self.text.rfind("\n", 0, qs) + 1:qs].strip():
            return False
        before = self.sp.char_span(max(0, qs - 2), qs, alignment_mode="expand")
        if before is None or not len(before) or before[0].i == 0:
            return False
        prev = self.sp[before[0].i - 1].sent
        if prev.end_char > qs or qs - prev.end_char > 3:
            return False
        return any(t.dep_ == "nsubj" and (t.ent_type_ == "PERSON" or any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children)) for t in prev)

    def _attributed_after(self, infos: list[Sentence], p_idx: int) -> bool:
        """The next paragraph opens by attributing the quotation ("Those were the words of
        the minister, who said ...", "The remarks came from a senior aide")."""
        if p_idx + 1 >= len(self.doc.paragraphs):
            return False
        a, b = self.doc.paragraphs[p_idx + 1]
        first = next((i for i in infos if a <= i.start < b), None)
        return bool(first and first.cues and POINTS_BACK.match(self.text, first.start))

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
        if CONTINUES.match(self.text, qs + 1):
            lo = paras[max(0, p_idx - 3)][0]
            return any(i.cues for i in infos if lo <= i.start < own)
        return False

