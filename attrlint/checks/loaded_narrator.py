"""The narrator's own insults: what partisan feed copy calls people in its own voice.

- ``loaded_language.insult``: an insult noun for a person ("this buffoon", "impatient
  morons", "the lowlife"; the nouns come from WordNet, ``rules/insults.toml``, built by
  ``tools/build_insults.py``), an office belittled ("the amateur president"), a "Lying"
  label on a person or office ("Lying Chief Of Staff", "lying politicians"), and what
  someone said called a lie ("these poisonous lies").
- ``loaded_language.headline-accusation``: a headline that states as fact that someone
  lied ("Minister Lied About Expenses"): a charge a court, an inquiry or a named critic
  makes, which the headline should attribute.

All stay off quotations, embedded tweets, other stories' headlines and attributed uses
("critics called him a buffoon"); each wording is reported once per story.
"""
from __future__ import annotations

from functools import cached_property
from typing import Iterator

import regex

from ..data import load_data
from ..document import Document
from ..finding import Finding
from ..headlines import SENTENCE_STOP, headline_shaped
from ..token_filter import token_indices, tokens_where
from .loaded_base import GROUP_ENTS, QuoteAware, attributed, data, next_word

#: determiners that keep an insult from being one: "he is no fool", "not an idiot"
_DENIED = frozenset({"no", "not", "never"})
#: the subject of a verb of motion is a person: a name, a pronoun, or a person noun
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who"})
#: what follows "lying" when it is the verb of lying down or of lying to someone
_LYING_NOT_A_LABEL = frozenset({"in", "on", "at", "down", "low", "about", "to", "there", "here", "under",
                                 "beside", "near", "next", "face", "dead", "flat", "still", "awake", "around",
                                 "across", "along", "inside", "outside", "behind", "between", "among", "by",
                                 "with", "for", "and", "or", "idle", "dormant", "unused", "empty", "ahead"})


def _line_of(doc: Document, pos: int) -> tuple[int, int]:
    start = doc.text.rfind("\n", 0, pos) + 1
    end = doc.text.find("\n", pos)
    return start, len(doc.text) if end < 0 else end


def _is_headline(doc: Document, pos: int) -> bool:
    """The line holding ``pos`` is a headline: the story's first line of text, or a short
    line in title case with no closing full stop."""
    start, end = _line_of(doc, pos)
    first = not doc.text[:start].strip()
    return headline_shaped(doc.text[start:end], stops=SENTENCE_STOP, max_words=18,
                           caps_at_least=None if first else 0.8)


class Insult(QuoteAware):
    """'this buffoon', 'impatient morons like you', 'the amateur president', 'Lying X'."""

    id = "loaded_language.insult"
    description = ("An insult for a person in the writer's voice: an insult noun ('this buffoon', "
                   "'impatient morons'), an office belittled ('the amateur president') or a 'Lying' label.")
    needs = frozenset({"parser", "tagger", "lemmatizer", "ner"})
    section = "insult"

    @cached_property
    def _lists(self) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
        conf = self.conf
        nouns = frozenset(load_data("insults.toml")["insults"]["nouns"]) | frozenset(conf.get("extra", []))
        people = frozenset(data("evaluative")["people"]) | frozenset(conf.get("offices", []))
        # a belittling word the evaluative lexicon holds is loaded_language.evaluative's already
        judged = frozenset(load_data("evaluative.toml")["evaluative"]["words"]) | frozenset(data("evaluative")["extra"]) \
            | frozenset(data("epithet")["adjectives"])
        return (nouns - frozenset(conf.get("not-insults", [])), frozenset(conf.get("belittling", [])) - judged,
                frozenset(conf.get("offices", [])), people)

    def _candidates(self, sp) -> list:
        """The tokens ``check`` may report, in order: those whose lower case or lemma is one
        it asks about (found over the parse's arrays: the other words were each a Token
        made and asked in Python for nothing)."""
        nouns, belittling = self._lists[0], self._lists[1]
        lows = nouns | belittling | {"lying", "called", "ravings", "rantings", "heads"}
        lemmas = nouns | self._camp_insults[0] | {"lie"}
        found = set(token_indices(sp, "LOWER", lows.__contains__))
        found.update(token_indices(sp, "LEMMA", lambda lemma: lemma.lower() in lemmas))
        return [sp[i] for i in sorted(found)]

    def check(self, doc: Document) -> Iterator[Finding]:
        nouns, belittling, offices, people = self._lists
        seen: set[str] = set()
        flagged_to = -1  # where the last finding ends: a word inside it is not reported again
        for tok in self._candidates(doc.spacy):
            low = tok.lower_
            found = None
            if tok.idx < flagged_to:
                continue
            if low in nouns or tok.lemma_.lower() in nouns:
                found = self._noun(doc, tok)
            elif tok.lemma_.lower() in self._camp_insults[0]:
                found = self._camp_insult(doc, tok)
            elif low in belittling:
                found = self._office(tok, offices)
            elif low == "lying":
                found = self._lying(tok, people)
            elif low == "called" and tok.i > 1 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "so":
                found = self._so_called(tok, offices | frozenset(self.conf.get("credentials", [])))
            elif low in ("ravings", "rantings") or (low == "heads" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "talking"):
                found = self._scorned_speech(tok)
            elif tok.lemma_.lower() == "lie" and tok.pos_ == "NOUN":
                found = self._lies(tok)
            if found is None:
                continue
            start, end, message = found
            key = doc.text[start:end].lower()
            if key in seen or self.quoted(doc, start, end) or attributed(tok, self._cues) \
                    or tok.sent.text.rstrip().endswith("?"):
                continue  # a question ("madman or mastermind?") asserts nothing
            seen.add(key)
            flagged_to = end
            yield self.finding(doc, start, end, message,
                               suggestions=["use the name or office", "attribute it"])

    @cached_property
    def _camp_insults(self) -> tuple[frozenset[str], frozenset[str]]:
        return frozenset(self.conf.get("camp-insults", [])), frozenset(self.conf.get("camps", []))

    def _camp_insult(self, doc: Document, tok):
        """'liberal fools', 'these leftist clowns', 'Tory sheep': a word that is plain on its
        own ('a circus clown') made an insult by the political camp put on it."""
        camps = self._camp_insults[1]
        if not any(c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and c.lower_ in camps
                   for c in tok.children):
            return None
        return self._noun(doc, tok)

    def _noun(self, doc: Document, tok):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound",):
            return None
        if tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "GPE"):
            return None  # a name or a title ("The Idiot"), not an insult in the copy
        if tok.text[:1].isupper() and not tok.is_sent_start and not _is_headline(doc, tok.idx):
            return None  # capitalised mid-sentence: a title of a work or a nickname in a name
        if tok.i > 0 and tok.doc[tok.i - 1].text == "-":
            return None  # "knee-jerk"
        kids = list(tok.children)
        if any(c.lower_ in _DENIED for c in kids) or (tok.i > 1 and tok.doc[tok.i - 2].lower_ in _DENIED):
            return None  # "he is no fool", "not an idiot": praise
        if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("useful",):
            return None  # "useful idiots" is loaded_language.judgement's
        if any(c.dep_ == "prep" and c.lower_ == "like" for c in [tok.head]) or (
                tok.i > 1 and tok.doc[tok.i - 2].lower_ == "like" and tok.doc[tok.i - 1].lower_ in ("a", "an")):
            return None  # "felt like an idiot", "looked like a fool": a simile of the speaker's
        if tok.dep_ in ("attr", "oprd", "dobj") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in tok.head.children):
            return None  # "I felt a fool", "we were idiots to trust it": self-mockery, no verdict on anyone
        start = tok.idx
        det = next((c for c in kids if c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those")), None)
        adj = [c for c in kids if c.dep_ == "amod" and c.i < tok.i]
        if det is not None:
            start = det.idx
        elif adj:
            start = min(a.idx for a in adj)
        end = tok.idx + len(tok)
        phrase = doc.text[start:end]
        return start, end, (f"“{phrase}”: “{tok.text}” is an insult in the writer's voice. Name the person "
                            "and report what they did; if someone said it, quote and attribute them.")

    def _lies(self, tok):
        """'these poisonous lies', 'this latest lie': the writer calling what someone said a lie,
        with a demonstrative or an adjective that points at it (not 'a white lie', 'the Big Lie'
        as a name, 'a lie detector')."""
        if tok.dep_ == "compound":
            return None
        kids = list(tok.children)
        det = next((c for c in kids if c.dep_ == "det" and c.lower_ in ("this", "these", "those", "such")), None)
        adj = [c for c in kids if c.dep_ == "amod" and c.i < tok.i and c.lower_ not in self.conf.get("plain-lies", [])]
        # "Trump's lies", "the media's lies", "their lies": a party's statements called lies
        # (plural only: "his first lie" is a kind of anecdote; none in 3,823 clean articles outside quotations)
        owner = next((c for c in kids if c.dep_ == "poss" and tok.tag_ == "NNS" and not adj), None)
        if det is None and not adj and owner is None:
            return None
        if any(c.lower_ in _DENIED for c in kids):
            return None
        if owner is not None and det is None:
            det = owner.left_edge
        start = min([tok.idx] + [c.idx for c in adj] + ([det.idx] if det is not None else []))
        end = tok.idx + len(tok)
        phrase = tok.doc.text[start:end]
        return start, end, (f"“{phrase}” calls a statement a lie in the writer's voice. Show what is false "
                            "and who showed it, or attribute the charge.")

    @staticmethod
    def _so_called(tok, roles: frozenset[str]):
        """'the so-called experts', 'this so-called president': a credential or an office
        denied in the writer's voice. A term being introduced ('so-called starter homes',
        'so-called health tourists') names no office or credential."""
        head = tok.head
        if tok.dep_ != "amod" or head.i <= tok.i or head.i - tok.i > 3 or head.lemma_.lower() not in roles:
            return None
        start, end = tok.doc[tok.i - 2].idx, head.idx + len(head)
        if tok.doc.text[start - 1:start] in ('"', "“", "‘", "'"):
            return None  # a “so-called judge” in marks: someone's phrase, quoted
        text = tok.doc.text[start:end]
        return start, end, (f"“{text}” sneers at the person's standing in the writer's voice. Use the "
                            "title plainly, and report what they said or did.")

    @staticmethod
    def _scorned_speech(tok):
        """'his ravings', 'the rantings of X', 'the talking heads on cable': what someone says,
        or those who comment, named with contempt (not 'ranting and raving', a verb)."""
        if tok.pos_ != "NOUN":
            return None
        kids = list(tok.children)
        det = next((c for c in kids if c.dep_ in ("det", "poss") and c.i < tok.i), None)
        if det is None and not any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
            return None
        first = tok.doc[tok.i - 1] if tok.lower_ == "heads" else tok
        start = det.idx if det is not None and det.i < first.i else first.idx
        end = tok.idx + len(tok)
        of = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is not None:
            end = obj.idx + len(obj)  # "the ravings of this lunatic": one finding for the phrase
        text = tok.doc.text[start:end]
        return start, end, (f"“{text}” scorns what people say in the writer's voice. Report what was "
                            "said, and by whom, plainly.")

    @staticmethod
    def _office(tok, offices: frozenset[str]):
        """'the amateur president': a belittling word on an office, not on a pastime ('an
        amateur golfer')."""
        head = tok.head if tok.dep_ == "amod" else next_word(tok)
        if head is None or head.i <= tok.i or head.i - tok.i > 2 or head.lemma_.lower() not in offices:
            return None
        start, end = tok.idx, head.idx + len(head)
        text = tok.doc.text[start:end]
        return start, end, (f"“{text}” belittles the office holder in the writer's voice. Use the office "
                            "and the name, and report what they did.")

    @staticmethod
    def _lying(tok, people: frozenset[str]):
        """'Trump's Lying Chief Of Staff', 'lying politicians', 'Lying Ted': a label, not the
        verb ('lying in state', 'was lying about his age')."""
        nxt = next_word(tok)
        if nxt is None or nxt.lower_ in _LYING_NOT_A_LABEL or nxt.is_punct:
            return None
        if tok.i > 0 and tok.doc[tok.i - 1].lemma_ in ("be", "keep", "stop", "start", "caught", "catch", "accuse"):
            return None  # "was lying", "caught lying": an accusation of the act (another matter)
        named = nxt.pos_ == "PROPN" and nxt.text[:1].isupper()
        if not (nxt.lemma_.lower() in people or named):
            return None
        if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" and nxt.pos_ == "NOUN":
            return None  # "the lying politician" stands in for a name: loaded_language.epithet's
        if named and tok.is_sent_start and tok.text[:1].isupper() and nxt.ent_type_ not in ("PERSON", ""):
            return None
        last = nxt
        while last.lemma_.lower() not in people and last.dep_ in ("compound", "amod") \
                and last.i < last.head.i <= last.i + 2:
            last = last.head  # "Lying Budget Director": the whole title
        after = last.doc[last.i + 1:last.i + 3]
        if len(after) == 2 and after[0].text == "Of" and after[1].text[:1].isupper():
            last = after[1]  # "Lying Chief Of Staff" in a title-case headline
        end = last.idx + len(last)
        text = tok.doc.text[tok.idx:end]
        return tok.idx, end, (f"“{text}”: “{tok.text}” is a label in the writer's voice. Report the false "
                              "statement and who showed it false, or attribute the charge.")


class HeadlineAccusation(QuoteAware):
    """'Minister Lied About Expenses': a charge of lying stated as fact in a headline."""

    id = "loaded_language.headline-accusation"
    description = ("A headline stating as fact that someone lied ('Minister Lied About Expenses'); "
                   "attribute the charge.")
    needs = frozenset({"parser", "tagger", "lemmatizer", "ner"})
    section = "insult"

    def check(self, doc: Document) -> Iterator[Finding]:
        for tok in tokens_where(doc.spacy, "LOWER", lambda w: w in ("lied", "lies")):
            nxt = next_word(tok)
            if nxt is None or nxt.lower_ not in ("about", "to", "under", "repeatedly", "again"):
                continue  # "lies in ruins", "lies ahead": the verb of place
            if not _is_headline(doc, tok.idx):
                continue
            start, end = _line_of(doc, tok.idx)
            line = doc.text[start:end]
            prefix = regex.match(r"\s*([\w ]{2,30}):", line)
            if prefix and not prefix.group(1).isupper():
                continue  # "Report: …", "Auditor: …" says whose charge it is ("NEW:", "WATCH:" are tags)
            if regex.search(r"[\"“”‘’']|\b(?:says?|claims?|alleges?|accuses?|finds?|rules?|"
                            r"according|report|lawsuit|suit|denies|deny)\b", line, regex.I):
                continue  # a quoted charge, or a line that says whose charge it is
            subject_start = self._subject_start(tok)
            if subject_start is None or self.quoted(doc, tok.idx, tok.idx + len(tok)):
                continue
            s, e = subject_start, nxt.idx + len(nxt)
            yield self.finding(
                doc, s, e,
                f"“{doc.text[s:e]}” states in the headline, as fact, that someone lied. Attribute the "
                "charge (who found or says it) or say what the false statement was.",
                suggestions=["attribute the charge", "say what was false"],
            )
            return  # one per story: a headline

    @staticmethod
    def _subject_start(tok):
        """Where the liar named by the headline starts: a name, a person or an office."""
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.ent_type_ in GROUP_ENTS or subj.pos_ == "PROPN" or subj.lower_ in _PERSON_PRONOUNS:
                return min(t.idx for t in subj.subtree)
            return None
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper():
            first = prev
            while first.i > 0 and tok.doc[first.i - 1].pos_ == "PROPN" and tok.doc[first.i - 1].text[:1].isupper():
                first = tok.doc[first.i - 1]
            return first.idx
        return None


def rules():
    return [Insult(), HeadlineAccusation()]
