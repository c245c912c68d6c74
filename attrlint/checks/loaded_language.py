"""Loaded language: words with which the writer, not a source, passes judgement.

News copy reports what people said and did; a said-bookism ("conceded", "gloated")
tells the reader what to think of it, an adjective like "enraged" asserts a state of
mind nobody reported, and a label ("dictator Kim", "illegal war") states a verdict as
fact. All of it is fine inside a quotation or when the sentence says whose verdict it
is, so those are left alone. Word lists live in ``rules/loaded_language.toml``.
"""
from __future__ import annotations

from functools import cached_property
from typing import Iterator

import regex

from ..data import load_data
from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule

_SAID = {"VBD": "said", "VBN": "said", "VBZ": "says", "VBP": "say", "VB": "say", "VBG": "saying"}
_CLAUSE_DEPS = {"ccomp", "parataxis"}


def _data(section: str) -> dict:
    return load_data("loaded_language.toml")[section]


# --- quotations ----------------------------------------------------------------------
class _QuoteAware(BaseRule):
    """Shared: the speaker's words inside a direct quotation are not the writer's."""

    def quoted(self, doc: Document, start: int, end: int) -> bool:
        return doc.in_quote(start, end)

    @cached_property
    def _cues(self) -> set[str]:
        """Verbs and phrases that put a label in someone else's mouth ("which Kyiv calls")."""
        return set(_data("label")["attribution-cues"])


def _next_word(tok):
    """The next token that is not whitespace (scraped text has stray no-break spaces)."""
    i = tok.i + 1
    while i < len(tok.doc) and tok.doc[i].is_space:
        i += 1
    return tok.doc[i] if i < len(tok.doc) else None


def _attributed(tok, cues: set[str]) -> bool:
    """Does the sentence say whose characterisation this is? The word sits under a verb
    of saying or calling ("which Kyiv calls an illegal war", "the war is illegal, she
    said"), or the sentence has "according to". A coordinated clause ("X said …, and
    an enraged Y left") does not inherit the attribution."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "conj" and node.tag_.startswith("VB"):
            break
        # the subject of a verb of saying is the speaker (or the accused), not what is said
        from_subject = node.dep_ in {"nsubj", "nsubjpass"}
        node = node.head
        if node.lower_ in cues and not from_subject:
            return True
    return any(t.lower_ == "according" for t in tok.sent)


# --- said-bookisms -------------------------------------------------------------------
class SaidBookism(_QuoteAware):
    """Speech verbs that judge the speech: 'conceded', 'admitted', 'claimed', 'gloated'."""

    id = "loaded_language.said-bookism"
    category = "loaded_language"
    severity = Severity.WARNING
    description = "A speech verb that editorialises ('conceded', 'admitted', 'claimed', 'gloated'); use 'said'."
    needs = frozenset({"parser", "tagger", "lemmatizer"})

    @cached_property
    def _lists(self) -> dict:
        d = _data("said-bookism")
        return {k: set(v) for k, v in d.items()}

    def check(self, doc: Document) -> Iterator[Finding]:
        lists = self._lists
        include_mild = bool(self.options(doc).get("include-mild", False))
        for tok in doc.spacy:
            if not tok.tag_.startswith("VB"):
                continue
            lemma = tok.lemma_.lower()
            forced = self._forced_head(tok)
            if forced is not None:
                start, end = forced.idx, tok.idx + len(tok.text)
                if self.quoted(doc, start, end):
                    continue
                said = _SAID.get(forced.tag_, "said")
                yield self.finding(
                    doc, start, end,
                    f"“{doc.text[start:end]}” presumes the speaker was cornered into the admission; "
                    f"report what was said (“{said}”) and let the facts show any pressure.",
                    suggestions=[said],
                )
                continue
            if lemma in lists["mild"] and not include_mild:
                continue
            if lemma in lists["always"]:
                reports = True
            elif lemma in lists["needs-clause"]:
                reports = self._has_subject(tok) and self._reports_speech(tok)
            else:
                continue
            if not reports or not self._reports_a_third_party(tok):
                continue
            start = tok.idx
            adverb = self._leading_adverb(tok)
            if adverb is not None:
                start = adverb.idx
            end = tok.idx + len(tok.text)
            if self.quoted(doc, start, end):
                continue
            said = _SAID.get(tok.tag_, "said")
            span = doc.text[start:end]
            has_clause = self._reports_speech(tok)
            yield self.finding(
                doc, start, end,
                f"Said-bookism “{span}”: it judges the statement (doubt, guilt or glee) in the "
                f"writer's voice. Use “{said}” unless the judgement is itself reported.",
                suggestions=[said],
                fix=said if has_clause and tok.tag_ in _SAID else None,
                severity=Severity.INFO if lemma in lists["mild"] else None,
            )

    def _forced_head(self, tok):
        """'forced to admit': return 'forced' when tok is the admitted verb."""
        lists = self._lists
        if tok.lemma_.lower() not in lists["forced-verbs"] or tok.dep_ != "xcomp":
            return None
        head = tok.head
        if head.lemma_.lower() not in lists["forced"] or head.i > tok.i:
            return None
        # "not obliged to admit everyone": letting people in, and negated
        if any(c.dep_ == "dobj" for c in tok.children) or any(c.dep_ == "neg" for c in head.children):
            return None
        return head

    def _reports_a_third_party(self, tok) -> bool:
        """Bookisms colour what someone else said. Left alone: the passive ("it was
        claimed that": weak attribution, another rule's business), the negated ("did
        not boast"), the writer's own voice ("we can scoff", "let's admit") and legal
        papers, which "claim" as a term of art ("the lawsuit claims")."""
        kids = list(tok.children)
        if any(c.dep_ in {"auxpass", "neg"} for c in kids):
            return False
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if any(c.lower_ in {"i", "we", "you", "us"} for c in subjects):
            return False
        if tok.head.lower_ == "let" or any(c.lower_ == "let" for c in kids):
            return False
        if tok.lemma_.lower() == "claim" and any(c.lemma_.lower() in self._lists["document-subjects"] for c in subjects):
            return False
        return True

    @staticmethod
    def _has_subject(tok) -> bool:
        """A speaker is named ('the ministry claimed'), directly or through coordination
        ('denied the report and claimed …'); without one, 'claims' is usually a noun
        the tagger got wrong."""
        node = tok
        while True:
            if any(c.dep_ in {"nsubj", "csubj"} for c in node.children):
                return True
            if node.dep_ != "conj" or node.head.i == node.i:
                return False
            node = node.head

    @staticmethod
    def _reports_speech(tok) -> bool:
        """A clause complement, 'that', a colon, or a direct quotation being reported."""
        for c in tok.children:
            # "claiming it to be the best" is an infinitive, not reported speech
            if c.dep_ in _CLAUSE_DEPS and not any(k.dep_ == "aux" and k.tag_ == "TO" for k in c.children):
                return True
        nxt = _next_word(tok)
        while nxt is not None and nxt.dep_ == "advmod":
            nxt = _next_word(nxt)
        if nxt is not None and nxt.lower_ == "that":
            return True
        return SaidBookism._reporting_tail(tok)

    @staticmethod
    def _reporting_tail(tok) -> bool:
        """'The depot caught fire, the ministry conceded.': the verb and its subject follow
        a comma after a clause (its statement); 'Late on Tuesday, she conceded.' has no
        clause before the comma, and 'conceded the race' has an object."""
        if any(c.dep_ in {"dobj", "xcomp", "attr"} for c in tok.children):
            return False
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj:
            return False
        first = subj[0].left_edge
        if first.i == tok.sent.start or first.doc[first.i - 1].text != ",":
            return False
        before = first.doc[tok.sent.start:first.i - 1]
        return any(t.tag_ in {"VBD", "VBZ", "VBP", "VBN", "MD"} for t in before)

    def _leading_adverb(self, tok):
        if tok.i == 0:
            return None
        prev = tok.nbor(-1)
        if prev.lower_ in self._lists["adverbs"] and prev.head.i == tok.i:
            return prev
        return None


# --- adjectives of state of mind ----------------------------------------------------------
class StateOfMind(_QuoteAware):
    """'enraged Putin', 'a furious minister': a feeling asserted as fact, with no source."""

    id = "loaded_language.state-of-mind"
    category = "loaded_language"
    severity = Severity.WARNING
    description = ("An adjective or adverb asserting someone's emotional state ('enraged', 'furious', "
                   "'furiously rejected') in the writer's voice.")
    needs = frozenset({"parser", "tagger", "lemmatizer"})

    @cached_property
    def _words(self) -> tuple[set[str], set[str]]:
        d = _data("state-of-mind")
        return set(d["words"]), set(d["not-before"])

    @cached_property
    def _adverbs(self) -> tuple[set[str], set[str]]:
        d = _data("state-of-mind")
        return set(d["adverbs"]), set(d["adverb-verbs"])

    def _feeling_adverb(self, tok) -> bool:
        """'furiously rejected': an adverb giving the feeling behind a reply."""
        adverbs, verbs = self._adverbs
        return tok.lower_ in adverbs and tok.dep_ == "advmod" and tok.head.lemma_.lower() in verbs

    def check(self, doc: Document) -> Iterator[Finding]:
        words, not_before = self._words
        for tok in doc.spacy:
            if tok.lower_ not in words and not self._feeling_adverb(tok):
                continue
            nxt = _next_word(tok)
            # headlines capitalise the adjective: "Furious Brenn quits"
            headline_adj = tok.pos_ == "PROPN" and nxt is not None and nxt.pos_ == "PROPN"
            if tok.pos_ not in {"ADJ", "VERB", "ADV"} and not headline_adj:
                continue
            if nxt is not None and nxt.lower_ in not_before:
                continue
            start, end = tok.idx, tok.idx + len(tok.text)
            if self.quoted(doc, start, end) or _attributed(tok, self._cues):
                continue
            yield self.finding(
                doc, start, end,
                f"“{tok.text}” asserts a state of mind as fact. Report what the person said or "
                "did that shows it, or attribute the description.",
                suggestions=["describe what was said or done", "attribute it"],
            )


# --- verdicts and labels --------------------------------------------------------------
class Judgement(_QuoteAware):
    """'illegal war', 'unprovoked invasion', 'brutal regime': a verdict stated as fact."""

    id = "loaded_language.judgement"
    category = "loaded_language"
    severity = Severity.WARNING
    description = "A legal or moral verdict ('illegal war', 'brutal regime') stated in the writer's voice."
    needs = frozenset({"parser"})

    @cached_property
    def _re(self) -> regex.Pattern:
        pats = _data("judgement")["patterns"]
        return regex.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in pats) + r")(?![\w-])", regex.I)

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self._re.finditer(doc.text):
            if self.quoted(doc, m.start(), m.end()):
                continue
            span = doc.spacy.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and _attributed(span[0], self._cues):
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}” is a verdict in the writer's voice. Attribute it to whoever makes "
                "the judgement, or use a neutral term (“war”, “invasion”, “government”).",
                suggestions=["attribute the judgement", "use a neutral term"],
            )


class Label(_QuoteAware):
    """'dictator Kim', 'Dictator Kim', 'the Assad regime': a label used as a title or a name."""

    id = "loaded_language.label"
    category = "loaded_language"
    severity = Severity.WARNING
    description = "A pejorative label used as a title before a name ('dictator Kim Jong Un') or a government called a 'regime'."
    needs = frozenset({"parser", "tagger", "ner"})

    @cached_property
    def _conf(self) -> dict:
        return _data("label")

    def check(self, doc: Document) -> Iterator[Finding]:
        conf = self._conf
        titles, cues = set(conf["titles"]), set(conf["attribution-cues"])
        regimes = []
        for tok in doc.spacy:
            low = tok.lower_
            if low in titles and self._before_name(tok):
                kind = "title"
            elif low == "regime" and conf.get("regime", True) and self._named_regime(tok):
                kind = "regime"
            else:
                continue
            start, end = tok.idx, tok.idx + len(tok.text)
            if self.quoted(doc, start, end) or _attributed(tok, cues):
                continue
            if kind == "title":
                yield self.finding(
                    doc, start, end,
                    f"“{tok.text}” used as a title is a label, not a job. Use the person's office "
                    "(“leader”, “president”) and let the reporting show how they rule.",
                    suggestions=["leader"],
                )
            else:
                regimes.append((start, end))
        if regimes:  # one pointer per story is enough; the editor fixes them all
            start, end = regimes[0]
            more = f" ({len(regimes)} uses in this story)" if len(regimes) > 1 else ""
            yield self.finding(
                doc, start, end,
                f"Calling a government a “regime” takes a side{more}. Use “government” or "
                "“administration”, or attribute the term.",
                suggestions=["government", "administration"],
                severity=Severity.INFO,
            )

    @staticmethod
    def _before_name(tok) -> bool:
        """The label is directly followed by a person's name (a title, not a description)."""
        nxt = _next_word(tok)
        return nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.ent_type_ in {"PERSON", ""}

    def _named_regime(self, tok) -> bool:
        """'the Assad regime', 'Syria's regime', 'the Syrian regime' (not 'the sanctions regime',
        not 'regime change')."""
        nxt = _next_word(tok)
        if nxt is not None and nxt.lower_ in set(self._conf["not-regime-after"]):
            return False
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in {"compound", "amod", "poss", "nmod"}]
        if any(c.lower_ in self._historical for c in mods):
            return False
        return any(c.pos_ == "PROPN" or c.ent_type_ in {"PERSON", "NORP", "GPE", "ORG"} for c in mods)

    @cached_property
    def _historical(self) -> set[str]:
        return {w.lower() for w in self._conf.get("historical-regimes", [])}


# --- tabloid verbs of criticism ------------------------------------------------------------
class AttackVerb(_QuoteAware):
    """'slammed', 'blasted': tabloid shorthand that dramatises criticism."""

    id = "loaded_language.attack-verb"
    category = "loaded_language"
    severity = Severity.INFO
    description = "A tabloid verb for criticism ('slammed', 'blasted'); say who criticised what."
    needs = frozenset({"parser", "tagger", "lemmatizer", "ner"})

    @cached_property
    def _conf(self) -> tuple[set[str], set[str]]:
        d = _data("attack-verb")
        return set(d["verbs"]), set(d["targets"])

    def check(self, doc: Document) -> Iterator[Finding]:
        verbs, targets = self._conf
        for tok in doc.spacy:
            if not tok.tag_.startswith("VB") or tok.lemma_.lower() not in verbs:
                continue
            if not self._criticism(tok, targets):
                continue
            start, end = tok.idx, tok.idx + len(tok.text)
            if self.quoted(doc, start, end):
                continue
            plain = {"VBZ": "criticises", "VBG": "criticising", "VB": "criticise", "VBP": "criticise"}.get(tok.tag_, "criticised")
            yield self.finding(
                doc, start, end,
                f"“{tok.text}” dramatises criticism. Say what was said: “{plain}”, or quote the words.",
                suggestions=[plain],
            )

    @staticmethod
    def _criticism(tok, targets: set[str]) -> bool:
        kids = list(tok.children)
        if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in {"into", "through", "off", "out", "away", "open", "against", "from", "with"}) for c in kids):
            return False
        for c in kids:
            if c.dep_ in {"dobj", "nsubjpass"}:
                if c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or c.lemma_.lower() in targets or c.lower_ in targets:
                    return True
            if c.dep_ == "prep" and c.lower_ in {"as", "for"} and any(k.dep_ == "dobj" or k.dep_ == "nsubjpass" for k in kids):
                return True
        return False


def rules():
    return [SaidBookism(), StateOfMind(), Judgement(), Label(), AttackVerb()]
