"""``loaded_language.crime-label``: a crime pinned on a people, a state or its regime as a
label in the writer's voice ("Israeli genocide", "Russia's atrocities", "the Zionist regime's
genocide", "its genocidal war"), not as a reported accusation.
"""
from __future__ import annotations

from functools import cached_property
from typing import Iterator

from ..document import Document
from ..finding import Finding
from ..token_filter import tokens_where
from .loaded_base import GROUP_ENTS, QuoteAware, data
from .loaded_voice import _once

#: what a state acts through: "the regime's genocide", "the Israeli army's atrocities"
_STATE_BODIES = frozenset({"regime", "army", "military", "forces", "government", "state", "entity",
                           "occupation", "troops", "soldiers", "junta"})


def _state_body(tok) -> bool:
    """A possessive that names a state's regime, army or forces, with or without its
    nationality ("the Zionist regime's", "the army's")."""
    return tok.lemma_.lower() in _STATE_BODIES or tok.lower_ in _STATE_BODIES


class CrimeLabel(QuoteAware):
    """'Israeli genocide', 'Russia's war crimes' in the narrator's voice."""

    id = "loaded_language.crime-label"
    description = ("A crime (genocide, atrocities, war crimes, aggression) pinned on a nation, people or "
                   "state as a label in the writer's voice ('Ruritanian atrocities in the north').")
    needs = frozenset({"parser", "tagger", "lemmatizer", "ner"})
    section = "crime-label"

    @cached_property
    def _conf(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        conf = self.conf
        hist = frozenset(w.lower() for w in data("label").get("historical-regimes", []))
        return frozenset(conf["crimes"]), frozenset(conf["named-events"]), hist

    def check(self, doc: Document) -> Iterator[Finding]:
        crimes, named, historical = self._conf
        seen: set[str] = set()
        # only a listed crime (or the head of "war crimes", "ethnic cleansing") can be flagged
        for tok in tokens_where(doc.spacy, "LEMMA",
                                lambda lem: lem.lower() in crimes or lem.lower() in ("crime", "cleansing")):
            lemma = tok.lemma_.lower()
            word = lemma
            if lemma in ("crime", "cleansing"):  # "war crimes", "ethnic cleansing"
                mod = next((c for c in tok.children if c.i == tok.i - 1 and c.lower_ in ("war", "ethnic")), None)
                if mod is not None:
                    word = f"{mod.lower_} {lemma}"
                elif tok.lower_ == "crimes":
                    word = "crimes"  # "Israeli crimes", "the regime's crimes": a party's, as a label
                else:
                    continue
            if word not in crimes or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            party = next((c for c in tok.children if c.i < tok.i and (
                (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ == "NORP")
                or (c.dep_ == "poss" and (c.ent_type_ in GROUP_ENTS or _state_body(c))))), None)
            if party is None or party.lower_ in historical or "." in party.text:
                continue  # (a token run together by damaged text: "groups.-These")
            if word == "crimes" and (party.i != tok.i - 1 and party.dep_ != "poss" or any(
                    c.dep_ in ("compound", "amod", "det") and c.i != party.i and c.i < tok.i for c in tok.children)):
                continue  # "anti-Muslim hate crimes", "These crimes": a kind of crime, not a party's label
            if word in named and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue  # "the Armenian genocide", "the Rwandan genocide": names of history
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and word in named:
                continue
            if tok.head.lemma_.lower() in ("accuse", "allege", "deny", "charge", "investigate", "probe"):
                continue
            lead = min((t for t in party.subtree if t.dep_ not in ("det", "case")), key=lambda t: t.i, default=party)
            start, end = min(lead.idx, tok.idx), tok.idx + len(tok)
            found = _once(
                self, doc, tok, word, seen, start, end,
                f"“{doc.text[start:end]}” pins a crime on a party in the writer's voice. Attribute the "
                "charge (who alleges it, which court or body found it) or describe the events.",
                ["attribute the accusation", "describe the events"],
            )
            if found is not None:
                yield found
        yield from self._adjectives(doc, seen)

    def _adjectives(self, doc: Document, seen: set[str]) -> Iterator[Finding]:
        """'its genocidal war on the strip', 'the genocidal regime': the crime pinned on a
        party's war or government by an adjective (none in 3,823 clean articles outside one
        history column)."""
        adjectives = frozenset(self.conf.get("adjectives", []))
        targets = frozenset(self.conf.get("adjective-targets", []))
        for tok in tokens_where(doc.spacy, "LOWER", lambda w: w in adjectives):
            head = tok.head
            if tok.dep_ != "amod" or head.i <= tok.i or head.lemma_.lower() not in targets:
                continue  # "the genocidal destruction of …" in a history is an event described
            start, end = tok.idx, head.idx + len(head)
            found = _once(
                self, doc, tok, tok.lower_, seen, start, end,
                f"“{doc.text[start:end]}” pins a crime on a party in the writer's voice. Attribute the "
                "charge (who alleges it, which court or body found it) or describe the events.",
                ["attribute the accusation", "describe the events"],
            )
            if found is not None:
                yield found


def rules():
    return [CrimeLabel()]
