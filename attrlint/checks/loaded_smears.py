"""Partisan and state copy's verdicts on an opponent, stated as what the opponent did.

A state outlet does not report that a foreign official criticised its policies: it says he
"smeared" them. A partisan site does not say a paper is wrong: it says "they are lying about
everything". And an occupying army becomes "the occupation", an actor that announces and
raids. Each is the writer's verdict dressed as a fact. Three rules, data in
``rules/loaded_language.toml`` ([smear], [occupation-actor], [sweeping-lie]):

- ``loaded_language.smear``: a verb of defamation (WordNet's defame/vilify/malign senses) with
  a person, body or their policies as its object, or a verb of spreading with a falsehood as
  its object ("peddled lies", "hyped the threat");
- ``loaded_language.occupation-actor``: "the occupation" as the name of a state's actor;
- ``loaded_language.sweeping-lie``: a whole party said to lie about everything, to everyone.

All are skipped inside quotations and where the sentence says whose words they are.
"""
from __future__ import annotations

from functools import cached_property
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding
from ..rule import needed_strings
from ..token_filter import token_indices, tokens_where
from .loaded_base import GROUP_ENTS, QuoteAware, attributed
from .loaded_narrator import _is_headline

#: a year of the last two centuries: "the Allied occupation forces (1945)" is history's term
_OLD_YEAR = regex.compile(r"\b1[89]\d\d\b|\bWorld War\b|\bpostwar\b|\bpost-war\b|\bAllied\b")
_PRONOUN_TARGETS = frozenset({"him", "her", "them", "us", "me", "you"})


def _subject_of(verb):
    """The verb's subject, through coordination ("denied the report and smeared …")."""
    node = verb
    while True:
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None or node.dep_ != "conj" or node.head.i == node.i:
            return subj
        node = node.head


def _reported(verb) -> bool:
    """Passive, negated, hedged ("allegedly smeared") or a question of fact: not a verdict."""
    kids = list(verb.children)
    return any(c.dep_ in ("auxpass", "nsubjpass", "neg", "agent") for c in kids) or any(
        c.lower_ in ("allegedly", "reportedly", "supposedly") for c in kids)


class Smear(QuoteAware):
    """'Burns smeared China's policies', 'the paper peddled lies': the writer's verdict on an act."""

    id = "loaded_language.smear"
    description = ("A verb that judges what an opponent said or did ('smeared China's policies', "
                   "'slandered the ministry', 'peddled lies', 'hyped the threat') in the writer's voice.")
    needs = frozenset({"parser", "tagger", "lemmatizer", "ner"})
    section = "smear"

    @cached_property
    def _lists(self) -> dict[str, frozenset[str]]:
        return {k: frozenset(v) for k, v in self.conf.items() if isinstance(v, list)}

    def check(self, doc: Document) -> Iterator[Finding]:
        lists = self._lists
        defame, spread = lists["defame-verbs"], lists["spread-verbs"]
        seen: set[str] = set()
        malice, acts = lists["malice-adverbs"], lists["malice-acts"]
        # only the listed adverbs and verbs are looked at (no Token for every other word)
        walk = set(token_indices(doc.spacy, "LOWER", malice.__contains__))
        walk.update(token_indices(doc.spacy, "LEMMA", lambda lemma: lemma.lower() in defame or lemma.lower() in spread))
        for tok in (doc.spacy[i] for i in sorted(walk)):
            if tok.lower_ in malice and tok.dep_ == "advmod" and tok.head.lemma_.lower() in acts:
                yield from self._malice(doc, tok, seen)
                continue
            if not tok.tag_.startswith("VB"):
                continue
            lemma = tok.lemma_.lower()
            if lemma in defame:
                target = self._target(tok)
            elif lemma in spread:
                target = self._falsehood(tok)
            else:
                continue
            if target is None or lemma in seen or _reported(tok) or _subject_of(tok) is None:
                continue
            if lemma in lists["literal-verbs"] and any(
                    c.dep_ == "prep" and c.lower_ in ("with", "on", "onto", "over", "across", "in") for c in tok.children):
                continue  # "smeared the wall with paint", "smeared it on his face"
            start, end = tok.idx, tok.idx + len(tok.text)
            if self.quoted(doc, start, end) or attributed(tok, self._cues):
                continue
            seen.add(lemma)
            end = max(end, target.idx + len(target.text))
            yield self.finding(
                doc, start, end,
                f"“{tok.text}” is the writer's verdict on what was said or done. Report the act plainly "
                "(“criticised”, “said”, “accused”) and let the reader judge, or attribute the verdict.",
                suggestions=["criticised", "attribute the verdict"],
            )

    def _malice(self, doc: Document, adverb, seen: set[str]) -> Iterator[Finding]:
        """'groundlessly accused', 'maliciously hyped': the writer's verdict on a speaker's motive."""
        verb = adverb.head
        start, end = min(adverb.idx, verb.idx), max(adverb.idx + len(adverb), verb.idx + len(verb))
        if adverb.lower_ in seen or _reported(verb) or self.quoted(doc, start, end) or attributed(verb, self._cues):
            return
        seen.add(adverb.lower_)
        yield self.finding(
            doc, start, end,
            f"“{doc.text[start:end]}”: “{adverb.text}” is the writer's verdict on the speaker's motive or "
            "grounds. Report what was said and let the facts show whether it holds, or attribute the verdict.",
            suggestions=[verb.text, "attribute the verdict"],
        )

    def _target(self, verb):
        """A person, body or nation, or one of their policies, records or names, as object."""
        targets = self._lists["targets"]
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() in targets or obj.ent_type_ in GROUP_ENTS or obj.lower_ in _PRONOUN_TARGETS:
                return obj
        return None

    def _falsehood(self, verb):
        """'peddled lies', 'spewing conspiracy theories', 'hyping the threat': what is spread."""
        falsehoods = self._lists["falsehoods"]
        if verb.lemma_.lower() in self._lists["threat-verbs"]:
            falsehoods = falsehoods | self._lists["threats"]
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() in falsehoods or obj.lower_ in falsehoods:
                return obj
        return None


class OccupationActor(QuoteAware):
    """'the occupation declared', 'the occupation army': a verdict used as a name."""

    id = "loaded_language.occupation-actor"
    description = ("'The occupation' used as the name of a state's forces or government ('the "
                   "occupation announced', 'the occupation army') in the writer's voice.")
    needs = frozenset({"parser", "tagger", "lemmatizer", "ner"})
    section = "occupation-actor"

    def check(self, doc: Document) -> Iterator[Finding]:
        bodies, acts = frozenset(self.conf["bodies"]), frozenset(self.conf["acts"])
        seen: set[str] = set()
        for tok in tokens_where(doc.spacy, "LOWER", "occupation".__eq__):
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            head = tok.head
            if tok.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in bodies and head.i == tok.i + 1:
                kind, last = "body", head  # "the occupation army", "occupation forces"
            elif tok.dep_ == "nsubj" and head.lemma_.lower() in acts and not any(
                    c.dep_ in ("neg", "auxpass") for c in head.children):
                kind, last = "actor", head  # "the occupation announced", "the occupation killed"
            else:
                continue
            first = tok.left_edge if kind == "actor" else head.left_edge  # "the Ruritanian occupation forces"
            start, end = first.idx, last.idx + len(last.text)
            key = f"{kind}:{last.lemma_.lower()}"
            if key in seen or self.quoted(doc, start, end) or attributed(tok, self._cues):
                continue
            if _OLD_YEAR.search(tok.sent.text):
                continue  # "the Allied occupation forces in 1945": history's term
            seen.add(key)
            yield self.finding(
                doc, start, end,
                f"“{doc.text[start:end]}” names a state's forces or government by a verdict on them "
                "(“the occupation”). Name the actor (“the Israeli army”, “the government”) and attribute "
                "the characterisation if it matters.",
                suggestions=["name the army or government", "attribute the characterisation"],
            )


#: the forms of "lie" a sweeping accusation is made with (only these tokens are walked)
_LIE_FORMS = frozenset({"lie", "lies", "lied", "lying"})


class SweepingLie(QuoteAware):
    """'they lie about all of it', 'nothing but lies': a whole party called liars."""

    id = "loaded_language.sweeping-lie"
    description = ("A sweeping accusation of lying in the writer's voice ('they are lying about "
                   "everything', 'lying to the American people', 'nothing but lies').")
    needs = frozenset({"parser", "tagger", "lemmatizer"})
    section = "sweeping-lie"

    @cached_property
    def _phrases(self) -> regex.Pattern:
        return regex.compile(r"(?<![\w-])(?:" + "|".join(self.conf["phrases"]) + r")(?![\w-])", regex.I)

    @cached_property
    def _phrase_needs(self) -> tuple[str, ...] | None:
        """Strings one of which every fixed phrase covers, for ``Document.re_lower`` ("pack
        of lies", ...; None: not known, always searched): a case-blind ``regex`` match reads
        a character as an ASCII letter only where ``re_lower`` has that letter."""
        need = needed_strings((), tuple(f"(?i:{p})" for p in self.conf["phrases"]))
        return need if need is not None and all(s.isascii() for s in need) else None

    def check(self, doc: Document) -> Iterator[Finding]:
        everything, everyone = frozenset(self.conf["everything"]), frozenset(self.conf["everyone"])
        found = False
        for tok in tokens_where(doc.spacy, "LOWER", _LIE_FORMS.__contains__):
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("about", "to")), None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if prep is None or obj is None:
                continue
            # the object's words up to its head: "everything, not the least of which is …" is "everything"
            words = doc.text[obj.left_edge.idx:obj.idx + len(obj.text)].lower()
            if not (prep.lower_ == "about" and words in everything or prep.lower_ == "to" and words in everyone):
                continue
            subj = _subject_of(tok)
            if subj is None or subj.lower_ in ("i", "we") or _reported(tok):
                continue
            start, end = subj.left_edge.idx, obj.idx + len(obj.text)
            if self.quoted(doc, tok.idx, end) or attributed(tok, self._cues):
                continue
            found = True
            yield self._finding(doc, start, end)
            break
        if found:
            return
        group_lie = self._group_lie(doc)
        if group_lie is not None:
            yield self._finding(doc, *group_lie)
            return
        need = self._phrase_needs
        if need is not None and not any(s in doc.re_lower for s in need):
            return  # the phrase pattern (a look-behind first: tried at every character) finds nothing
        for m in self._phrases.finditer(doc.text):
            span = doc.spacy.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or self.quoted(doc, m.start(), m.end()) or attributed(span[-1], self._cues):
                continue
            yield self._finding(doc, m.start(), m.end())
            break

    def _group_lie(self, doc: Document) -> tuple[int, int] | None:
        """'the Republicans lied when they promised …': a party or government said to have lied,
        in the writer's voice (a court's or an inquiry's finding is attributed: "found that")."""
        groups, cues = frozenset(self.conf["groups"]), self._cues | set(self.conf["findings"])
        for tok in tokens_where(doc.spacy, "LOWER", lambda w: w == "lied"):
            if tok.pos_ not in ("VERB", "AUX") or _reported(tok) or any(c.dep_ == "mark" for c in tok.children):
                continue  # "if the party lied", "whether they lied": a question, not a verdict
            subj = _subject_of(tok)
            if subj is None or not (subj.lemma_.lower() in groups or subj.lower_ in groups
                                    or subj.ent_type_ == "NORP" and subj.tag_ in ("NNPS", "NNS")):
                continue
            start, end = subj.left_edge.idx, tok.idx + len(tok.text)
            if self.quoted(doc, start, end) or attributed(tok, cues) or _is_headline(doc, tok.idx):
                continue  # a headline's charge is loaded_language.headline-accusation's
            return start, end
        return None

    def _finding(self, doc: Document, start: int, end: int) -> Finding:
        return self.finding(
            doc, start, end,
            f"“{doc.text[start:end]}” accuses a whole party of lying in the writer's voice. Show which "
            "statement is false and how we know, or attribute the accusation.",
            suggestions=["show the false statement", "attribute the accusation"],
        )
