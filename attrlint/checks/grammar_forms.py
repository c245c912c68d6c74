"""Slips in how words are joined that leave each word correctly spelt (category ``typo``).

Rules:
  grammar.one-sided-compound  a two-party noun joined to one party by a hyphen
                              ("the progress in Canada-relations"): the other party was
                              dropped, or the hyphen is stray
  grammar.stray-that          a "that" left over from an edit, opening no clause ("would
                              be in force that by the time the court sits.")
  grammar.participle-object   a participle describing a noun that takes a direct object
                              where a preposition is needed ("a man allegedly involved a
                              robbery was arrested": involved in)

Possessives whose number is wrong or whose apostrophe was lost are in
``grammar_possessive_plural``. Each reads the parse (or the text) for a structure that cannot
be right, not a list of phrases; the parse-reading ones keep to prose sentences and stay out
of quotations.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.prose import PARSE, prose_sentences, quoted
from ..grammar.tokens import token_table
from ..rule import BaseRule

#: nouns that name a relation between two parties: "X-Y talks" needs both X and Y
TWO_PARTY = ("relations", "relationship", "ties", "talks", "tensions", "negotiations", "dialogue",
             "cooperation", "rivalry", "rapprochement", "détente", "detente", "standoff", "stand-off")
#: capitalised prefixes that are not a party ("Post-war", "Anti-government")
PREFIXES = {"anti", "pro", "post", "pre", "non", "inter", "intra", "trans", "cross", "co", "re", "bi",
            "multi", "over", "under", "mid", "semi", "super", "self", "ex", "neo", "counter", "sub",
            "all", "well", "long", "high", "low", "peace", "trade", "full", "inner", "outer"}


#: states and blocs written as abbreviations, which the gazetteer does not list
_ABBREVIATED_PARTIES = {"US", "U.S.", "USA", "UK", "U.K.", "EU", "UN", "NATO", "UAE", "DPRK", "ROK",
                        "PRC", "ASEAN", "GCC", "AU"}


def _is_party(word: str) -> bool:
    """A country, place or organisation that can be one side of a relation."""
    if word in _ABBREVIATED_PARTIES:
        return True
    from ..gazetteer import gazetteer  # loaded once, and only when a candidate is found

    entry = gazetteer().lookup(word)
    return entry is not None and ("L" in entry.kinds or "O" in entry.kinds)


class OneSidedCompound(BaseRule):
    id = "grammar.one-sided-compound"
    category = "typo"
    severity = Severity.WARNING
    description = ("A hyphen joining one country or party to a noun that needs two (“Canada-relations”, "
                   "“Delhi-talks”): the other party was dropped, or the hyphen is stray.")
    PATTERN = regex.compile(
        r"(?<![\p{L}\d’'.-])(?P<party>\p{Lu}[\p{L}.]*)-(?P<noun>" + "|".join(TWO_PARTY) + r")(?![\p{L}-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            party, noun = m.group("party"), m.group("noun")
            if party.lower().rstrip(".") in PREFIXES or not _is_party(party):
                continue  # "TED-talks" are lectures: only a country, place or body is a party
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: {noun} between {party} and whom? A hyphen here joins two parties "
                f"(“{party}-X {noun}”); put back the one that was dropped, or write “{party} {noun}”.",
                suggestions=[f"{party} {noun}"],
                evidence=f"“{noun}” names a relation between two parties; only “{party}” is joined to it",
            )


_THAT = frozenset({"that"})
_PAST_FORMS = frozenset({"VBN", "VBD"})
#: marks that may follow a sentence's last word
_CLOSERS = frozenset(("”", '"', "’", "'", ")"))


def _last_mark(table, start: int, end: int) -> str | None:
    """The last token of ``[start, end)`` that is neither whitespace nor a closing mark
    (read from the token table's lower-case column: these marks have no case)."""
    lower = table.lower
    for k in range(end - 1, start - 1, -1):
        if not lower[k].isspace() and lower[k] not in _CLOSERS:
            return lower[k]
    return None


class StrayThat(BaseRule):
    """"that" + a phrase + the end of the sentence: "would be in force that by the time the
    court sits." A "that" (a conjunction, not a pronoun) must open a clause; when every finite
    verb after it belongs to the phrase that follows it ("by the time the court sits"), or
    there is none, it opens nothing and is a leftover."""

    id = "grammar.stray-that"
    category = "typo"
    severity = Severity.WARNING
    description = ("A “that” left over from an edit: it opens no clause, only a phrase that runs "
                   "to the end of the sentence (“be in force that by the time the court sits.”).")
    needs = PARSE
    FINITE = {"VBD", "VBZ", "VBP", "MD"}

    def check(self, doc: Document) -> Iterator[Finding]:
        table = token_table(doc)
        thats, sp = table.of_words(_THAT), doc.spacy
        for sent in prose_sentences(doc):
            here = table.within(thats, sent.start, sent.end)
            if not here or _last_mark(table, sent.start, sent.end) not in (".", "!", "?"):
                continue
            for i in here:
                if table.tag[i] != "IN" or i + 2 >= sent.end:
                    continue
                tok = sp[i]
                if quoted(doc, tok):
                    continue
                nxt = sent.doc[tok.i + 1]
                if nxt.pos_ != "ADP" or nxt.lower_ == "of":
                    continue
                prev = sent.doc[tok.i - 1] if tok.i > sent.start else None
                if prev is None or prev.pos_ not in ("NOUN", "PROPN", "NUM") or tok.dep_ in ("dobj", "nsubj", "pobj"):
                    continue  # "calls that into question": the pronoun, the object of a verb
                rest = sent.doc[tok.i + 1:sent.end]
                if any(t.text in (",", ";", ":", "“", '"') for t in rest):
                    continue  # "that by then, the shop had closed": a clause after the phrase
                finite = [t for t in rest if t.tag_ in self.FINITE]
                if any(not self._in_phrase(t, nxt) for t in finite):
                    continue  # a finite verb of its own: "that by 2030 the fleet will be electric"
                yield self.finding(
                    doc, tok.idx, tok.idx + len(tok.text),
                    f"“that {nxt.text} …”: this “that” opens no clause, only a phrase that runs to the "
                    f"end of the sentence; it looks left over from an edit. Delete it (or restore "
                    f"the words it belonged to).",
                    evidence=f"no finite verb after “that” outside the phrase “{nxt.text} …”",
                )

    @staticmethod
    def _in_phrase(verb, prep) -> bool:
        """Whether a finite verb belongs to the phrase after "that": under its preposition, or
        a relative clause ("by the time [the court] sits", however the parser attached it)."""
        head = verb if verb.dep_ not in ("aux", "auxpass") else verb.head
        return prep in head.ancestors or head.dep_ == "relcl"


#: participles whose object is a second object, not the noun described ("a man given a medal")
_TWO_OBJECTS = {"give", "hand", "show", "grant", "award", "offer", "deny", "send", "promise", "tell",
                "ask", "teach", "pay", "charge", "fine", "owe", "lend", "issue", "serve", "allow",
                "assign", "refuse", "spare", "cost", "bring", "leave", "sell", "feed", "call", "name",
                "dub", "elect", "appoint", "make", "consider", "label", "crown", "declare", "vote"}


class ParticipleObject(BaseRule):
    id = "grammar.participle-object"
    category = "typo"
    severity = Severity.WARNING
    description = ("A participle describing a subject that is given a direct object where a "
                   "preposition is needed (“a man allegedly involved a robbery was arrested”).")
    needs = PARSE

    #: verbs that take a clause with "that" dropped ("reported the loss was smaller")
    CLAUSE_VERBS = {"say", "report", "show", "find", "believe", "think", "expect", "announce", "claim",
                    "know", "reveal", "confirm", "predict", "warn", "indicate", "suggest", "argue",
                    "estimate", "assume", "feel", "hope", "insist", "learn", "note", "realise", "realize",
                    "see", "hear", "fear", "admit", "deny", "state", "tell", "understand", "prove", "mean"}
    AUX = {"was", "were", "is", "are", "has", "have", "had"}

    def check(self, doc: Document) -> Iterator[Finding]:
        table, sp = token_table(doc), doc.spacy
        verbs = table.where("tag", _PAST_FORMS)
        for sent in prose_sentences(doc):
            for i in table.within(verbs, sent.start, sent.end):
                if not table.is_lower[i] or table.lower[i].endswith("ing"):
                    continue
                part = sp[i]
                if part.lemma_.lower() in _TWO_OBJECTS or quoted(doc, part):
                    continue
                objs = [c for c in part.children if c.dep_ == "dobj"]
                if len(objs) != 1 or any(c.dep_ in ("aux", "auxpass") for c in part.children):
                    continue  # "reports that its planes had bombed the town were false": a clause
                obj = objs[0]
                noun = self._described(sent, part, obj)
                if noun is None:
                    continue
                if any(c.dep_ in ("prep", "agent", "dative", "ccomp", "xcomp") and c.i < obj.i
                       for c in part.children):
                    continue
                between = sent.doc[part.i + 1:obj.left_edge.i]
                if len(between) or obj.left_edge.pos_ not in ("DET", "NOUN", "ADJ", "PROPN", "NUM"):
                    continue  # the object must follow the participle at once
                yield self.finding(
                    doc, part.idx, part.idx + len(part.text),
                    f"“{noun.text} … {part.text} {obj.left_edge.text} …”: “{part.text}” describes "
                    f"the {noun.text} and cannot take “{obj.text}” as its object; a word seems to be "
                    f"missing, most often a preposition after it (“{part.text} in”, “{part.text} with” ...).",
                    evidence=f"“{part.text}” modifies the subject “{noun.text}”, has a direct object, and "
                             f"the sentence's verb follows that object",
                )

    def _described(self, sent, part, obj):
        """The subject the participle describes, when the sentence's own verb comes right
        after the participle's object. The parser reads "a man involved a robbery was
        arrested" two ways: the participle attached to the noun (acl), or as the verb of
        "a man" with a subjectless "was arrested" after it."""
        nxt = sent.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < sent.end else None
        if nxt is None:
            return None
        if part.dep_ == "acl":
            noun = part.head
            main = noun.head
            if noun.i >= part.i or noun.dep_ not in ("nsubj", "nsubjpass") or main.i <= obj.i \
                    or main.pos_ not in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in part.children):
                return None
            first = min([main.i] + [c.i for c in main.children if c.dep_ in ("aux", "auxpass", "neg")])
            return noun if first == nxt.i else None
        subj = [c for c in part.children if c.dep_ == "nsubj" and c.i < part.i]
        if len(subj) != 1 or subj[0].pos_ != "NOUN" or part.lemma_.lower() in self.CLAUSE_VERBS:
            return None
        if nxt.lower_ not in self.AUX or nxt.dep_ not in ("aux", "auxpass"):
            return None
        main = nxt.head
        if main.i <= nxt.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in main.children):
            return None  # "... was fined" must have no subject of its own
        if not (main.head.i == part.i or part.head.i == main.i):
            return None
        return subj[0]


def rules():
    return [OneSidedCompound(), StrayThat(), ParticipleObject()]
