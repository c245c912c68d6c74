"""``loaded_language.mockery``: contempt as a figure of speech in the writer's voice: a person
who "crawled out of her crypt" or "back under his rock", "a ridiculous failure of a career",
"this joke of a president", "a sad excuse for a man", "the joke of the nation", what a party
does forced "down our throats". Quotations, embedded tweets and attributed uses are left alone;
each wording is reported once per story.
"""
from __future__ import annotations

from functools import cached_property
from typing import Iterator

from ..document import Document
from ..finding import Finding
from ..token_filter import token_indices
from .loaded_base import QuoteAware, attributed, data
from .loaded_narrator import _PERSON_PRONOUNS

class Mockery(QuoteAware):
    """'crawled out of her crypt', 'a ridiculous failure of a career': contempt as a figure."""

    id = "loaded_language.mockery"
    description = ("Contempt as a figure of speech in the writer's voice: a person who 'crawled out of "
                   "her crypt' or 'back under his rock', 'a joke of a president', 'a failure of a career'.")
    needs = frozenset({"parser", "tagger", "lemmatizer", "ner"})
    section = "mockery"

    @cached_property
    def _conf(self):
        conf = self.conf
        people = frozenset(data("evaluative")["people"]) | frozenset(data("evaluative")["acts"])
        return (frozenset(conf["creep-verbs"]), frozenset(conf["lairs"]), frozenset(conf["idiom-lairs"]),
                frozenset(conf["sneer-nouns"]), people | frozenset(conf["careers"]))

    def check(self, doc: Document) -> Iterator[Finding]:
        verbs, lairs, idioms, sneers, targets = self._conf
        seen: set[str] = set()
        # only the tokens a branch below asks about (the parse's arrays, not a Token a word)
        lemmas = verbs | sneers
        walk = set(token_indices(doc.spacy, "LEMMA", lambda lemma: lemma.lower() in lemmas))
        walk.update(token_indices(doc.spacy, "LOWER", ("throat", "throats").__contains__))
        for tok in (doc.spacy[i] for i in sorted(walk)):
            found = None
            if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
                found = self._creep(tok, lairs, idioms)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in sneers:
                found = self._n_of_a_n(tok, targets) or self._n_of_the_community(tok)
            elif tok.lower_ in ("throat", "throats"):
                found = self._down_throats(tok, frozenset(self.conf.get("force-verbs", [])))
            if found is None:
                continue
            start, end, message = found
            key = doc.text[start:end].lower()
            if key in seen or self.quoted(doc, start, end) or attributed(tok, self._cues):
                continue
            seen.add(key)
            yield self.finding(doc, start, end, message, suggestions=["report what they did"])

    @staticmethod
    def _creep(tok, lairs: frozenset[str], idioms: frozenset[str]):
        """'X crawled out of her crypt', 'slithered back under his rock': a person moving like
        vermin from a lair of their own (a possessive) or an idiom's ('the woodwork'); a
        survivor who 'crawled out of the rubble' is news."""
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in _PERSON_PRONOUNS
                                or (subj.pos_ == "PROPN" and subj.text[:1].isupper())):
            return None
        for t in tok.subtree:
            if t.i <= tok.i or t.i - tok.i > 6 or t.pos_ != "NOUN":
                continue
            lemma = t.lemma_.lower()
            own = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in t.children)
            if (lemma in lairs and own) or lemma in idioms:
                start, end = tok.idx, t.idx + len(t)
                text = tok.doc.text[start:end]
                return start, end, (f"“{text}” sneers at the person in the writer's voice. Say what they "
                                    "did or said, plainly.")
        return None

    @staticmethod
    def _down_throats(tok, verbs: frozenset[str]):
        """'cramming lies down our throats': the writer's contempt for what a party says or
        does as something forced on the public ('our', 'your', 'their', 'people's' throats);
        a doctor who 'pushed a tube down his throat' is news."""
        prep = tok.head
        if prep.lower_ != "down" or tok.dep_ != "pobj":
            return None
        if not any(c.dep_ == "poss" and c.lower_ in ("our", "your", "their", "people", "voters", "taxpayers")
                   for c in tok.children):
            return None
        verb = prep.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or verb.i >= tok.i or tok.i - verb.i > 8:
            return None
        start, end = verb.idx, tok.idx + len(tok)
        text = tok.doc.text[start:end]
        return start, end, (f"“{text}” sneers in the writer's voice at what a party says or does. Report "
                            "what it said or did, plainly, or attribute the complaint.")

    def _n_of_the_community(self, tok):
        """'Sanctuary cities are the joke of the nation': a whole community's laughingstock."""
        if tok.lemma_.lower() not in self.conf.get("community-sneers", []) or tok.i + 3 >= len(tok.doc):
            return None
        of, the, place = tok.doc[tok.i + 1], tok.doc[tok.i + 2], tok.doc[tok.i + 3]
        if of.lower_ != "of" or the.lower_ != "the" or place.lemma_.lower() not in self.conf.get("communities", []):
            return None
        start, end = tok.idx, place.idx + len(place)
        text = tok.doc.text[start:end]
        return start, end, (f"“{text}” mocks in the writer's voice. Report the record and let readers judge, "
                            "or attribute the verdict.")

    @staticmethod
    def _n_of_a_n(tok, targets: frozenset[str]):
        """'a ridiculous failure of a career', 'this joke of a president': an evaluative noun
        put on a person or career with 'of a'; 'the failure of a bank' is news."""
        kids = list(tok.children)
        det = next((c for c in kids if c.dep_ in ("det", "poss")), None)
        adj = [c for c in kids if c.dep_ == "amod" and c.i < tok.i]
        if det is None and not adj:
            return None
        if det is not None and det.lower_ == "the" and not adj:
            return None  # "the failure of a bank", "the disgrace of a former minister": events
        prep = next((c for c in kids if c.dep_ == "prep" and c.i == tok.i + 1
                     and (c.lower_ == "of" or (c.lower_ == "for" and tok.lemma_.lower() == "excuse"))), None)
        if prep is None:
            return None
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
            return None
        if obj.lemma_.lower() not in targets:
            return None
        start = min([tok.idx] + [a.idx for a in adj])
        end = obj.idx + len(obj)
        text = tok.doc.text[start:end]
        return start, end, (f"“{text}” mocks in the writer's voice. Report the record and let readers judge, "
                            "or attribute the verdict.")


def rules():
    return [Mockery()]
