"""One walk over a document's parse: cues, their sources, and what each sentence rests on.

The attribution rules all ask the same questions (is this sentence attributed? to whom?
is that source anonymous or low-rated?), so the answers are computed once per document
and cached on it; the rules only pick the issues that belong to them.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from typing import TYPE_CHECKING

from ..parse_table import ParseTable, parse_table
from .hedges import HedgedSourcing
from .lexicon import Lexicon, lexicon
from .lists import list_items
from .model import Analysis, Cue, Issue, Sentence, Source, dedupe
from .parse import PRONOUNS, phrase, subject
from .quotes import covered, quote_spans, quoted_share
from .sources import Catalogue, catalogue_for
from .summary import sourcing_summary
from .unattributed import Unattributed
from .unreliable import UnreliableSourcing
from .speakers import UnmetSpeakers
from .reports import RUMOUR_HEADS, VAGUE_HEADS, UnnamedReports
from .weak import WeakSourcing

if TYPE_CHECKING:  # pragma: no cover
    from typing import Iterable

    from spacy.tokens import Span, Token

    from ..document import Document

_RETRO = re.compile(
    r"\W*(?:That|This|The|These|Those)\s+(?:\w+\s+){0,2}?(?:claims?|figures?|estimates?|assessments?|"
    r"reports?|numbers?|information|accounts?|details?|tally|count|toll|warnings?|statements?|comments?|"
    r"remarks?|criticism|calls?|appeals?|concerns?)\s+(?:was|were|is|are|came|comes|"
    r"has\s+been|had\s+been)\s+(?:\w+\s+){0,2}?(?:by|from)\b"
)
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_CUE_WORDS = ("according", "citing", "quoting")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``parse.trimmed`` of the sentence ``text[start:end]`` (a Span's text is exactly that
    slice of its Doc's text), without joining its tokens again."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip())


class _TokenTable:
    """What the walk asks of every token, from the document's parse table (the parse read
    once with ``Doc.to_array``, shared with the grammar rules) rather than through a
    Python Token per word per question: which tokens can be a cue (``according``,
    ``citing``, ``quoting``, or a verb whose lemma is a cue verb) and which sentences are
    claims (``parse.is_claim``: six words or more, with a main, complement or conjoined
    verb; the closing question mark is the caller's). The same answers as the token walks
    (tests/test_engine_speed.py)."""

    def __init__(self, table: ParseTable, cue_verbs: frozenset[str]):
        sp = self.sp = table.sp
        if not len(sp):
            self.alpha: list[int] = []
            self.verbal: list[int] = []
            self.cues: list[int] = []
            return
        strings = sp.vocab.strings
        alpha, pos, dep, lower, lemma = (table.hashes(a) for a in ("IS_ALPHA", "POS", "DEP", "LOWER", "LEMMA"))
        verbs = {v for v in set(pos) if strings[v] in ("VERB", "AUX")}
        spine = {d for d in set(dep) if strings[d] in ("ROOT", "ccomp", "conj")}
        cue_lower = {w for w in set(lower) if strings[w] in _CUE_WORDS}
        cue_lemma = {m for m in set(lemma) if strings[m].lower() in cue_verbs}
        self.alpha = list(accumulate(alpha, initial=0))  # alphabetic tokens before each position
        self.verbal = list(accumulate(((p in verbs and d in spine) for p, d in zip(pos, dep)), initial=0))
        self.cues = [i for i, (lo, p, le) in enumerate(zip(lower, pos, lemma))
                     if lo in cue_lower or (p in verbs and le in cue_lemma)]

    def cue_tokens(self, start: int, end: int) -> "list[Token]":
        """The tokens in ``[start, end)`` (token positions) that may be cues, in order."""
        lo, hi = bisect_left(self.cues, start), bisect_left(self.cues, end)
        return [self.sp[i] for i in self.cues[lo:hi]]

    def is_claim(self, start: int, end: int) -> bool:
        """``parse.is_claim`` of the sentence of tokens ``[start, end)``, but for its
        closing question mark."""
        return self.alpha[end] - self.alpha[start] >= 6 and self.verbal[end] > self.verbal[start]


def analyse(doc: "Document") -> Analysis:
    """The attribution analysis of ``doc``, computed once and kept on the document."""
    def compute() -> Analysis:
        result = _Analyser(doc, lexicon(), catalogue_for(doc)).run()
        result.sourcing = sourcing_summary(doc, result)
        doc.metadata["sourcing"] = result.sourcing
        return result

    return doc.shared("attribution", compute)


class _Analyser(HedgedSourcing, WeakSourcing, UnnamedReports, UnmetSpeakers, UnreliableSourcing, Unattributed):
    """The walk; the mixins add the issues of each category."""

    def __init__(self, doc: "Document", lex: Lexicon, cat: Catalogue):
        self.doc, self.lex, self.cat = doc, lex, cat
        self.text = doc.text
        self.sp = doc.spacy
        self.quotes = quote_spans(doc)
        self.issues: list[Issue] = []
        self.late_issues: list[Issue] = []  # yield to an overlapping issue of the same family

    # --- the walk ---------------------------------------------------------------------
    def run(self) -> Analysis:
        sents = list(self.sp.sents)
        infos: list[Sentence] = []
        cues: list[Cue] = []
        table = _TokenTable(parse_table(self.doc), self.lex.cue_verbs)
        for n, sent in enumerate(sents):
            start, end = _trimmed(self.text, sent.start_char, sent.end_char)
            info = Sentence(n, start, end)
            info.quoted = quoted_share(self.quotes, start, end) > 0.6
            info.cues = self._cues(table.cue_tokens(sent.start, sent.end), n)
            info.sources = [c.source for c in info.cues if c.source is not None]
            info.attributed = bool(info.sources)
            info.claim = table.is_claim(sent.start, sent.end) and not self.text.endswith("?", sent.start_char, end)
            cues.extend(info.cues)
            infos.append(info)
        self._carry_over(sents, infos)
        self._infos = infos  # the hedges read a sentence's neighbours (hedges.py)
        for n, (sent, info) in enumerate(zip(sents, infos)):
            self._hedges(sent, info)
            self._figures(sent, info, infos[n - 1] if n else None, infos[n + 1] if n + 1 < len(infos) else None)
            self._anonymous(sent, info)
            self._unreliable(sent, info)
            self._passive_evaluation(sent, info)
            self._characterisation(sent, info)
            self._signals(sent, info)
            self._analysis_claims(sent, info, infos[n - 1] if n else None)
        self._unattributed_quotes(infos)
        items = list_items(self.doc)  # related headlines and captions: not the story's voice
        issues = [i for i in self.issues + self.late_issues if not items.holds(i.start)]
        return Analysis(infos, cues, self.quotes, dedupe(issues), {})

    # --- cues and sources -------------------------------------------------------------
    def _cues(self, tokens: "Iterable[Token]", n: int) -> list[Cue]:
        """The cues among a sentence's tokens (``_TokenTable.cue_tokens``: the only ones
        that can be one)."""
        out = []
        for tok in tokens:
            low = tok.lower_
            if low == "according" and any(c.lower_ == "to" for c in tok.children):
                to = next(c for c in tok.children if c.lower_ == "to")
                obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                out.append(Cue(tok.idx, to.idx + len(to), tok.i, self._source(obj), n))
            elif low in ("citing", "quoting"):
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "pobj")), None)
                out.append(Cue(tok.idx, tok.idx + len(tok), tok.i, self._source(obj), n))
            elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.lex.cue_verbs:
                subj = subject(tok)
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
        start, end = phrase(tok)
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
        toks = list(span) if span is not None else [tok]
        # the tokens' entity types, not span.ents: that scans every entity of the document
        # for each cue, which made the analysis quadratic in the length of the text
        ents = {t.ent_type_ for t in toks if t.ent_type_}
        head = tok.lemma_.lower()
        if head in self.lex.plural_only and tok.tag_ != "NNS":
            head = ""  # "the port authority" is a body, not an unnamed person
        if tok.lower_ in PRONOUNS:
            return "pronoun"
        if "PERSON" in ents:
            return "person"
        if tok.pos_ == "PROPN" and any(t.lower_.rstrip(".") in self.lex.person_roles for t in toks if t.i < tok.i):
            return "person"
        if head in self.lex.stranger_nouns and "PERSON" not in ents and tok.pos_ == "NOUN":
            return "anonymous"  # "a source in the Finance Ministry": still nobody named
        if head in self.lex.anonymous_nouns and len(toks) == 1 and tok.i == next(
                (t.i for t in tok.sent if not t.is_space), -1):
            return "anonymous"  # "Insiders insist": a capital at the start of a sentence is not a name
        has_proper = any(t.pos_ == "PROPN" for t in toks)
        if head in self.lex.anonymous_nouns and not (ents & {"ORG", "PERSON"}) and not any(
            t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") for t in toks
        ):
            return "anonymous"
        if ents & _NAMED_ENTS or has_proper:
            return "organisation"
        if head in VAGUE_HEADS or (head in ("mill", "grapevine") and any(
                c.dep_ == "compound" and c.lemma_.lower() in RUMOUR_HEADS for c in tok.children)):
            return "vague"  # "reports", "rumours", "the rumour mill": talk with no owner
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
