"""The writer's own verdicts on people and their acts, beyond fixed phrases.

Three rules, all restricted to the narrator's voice (outside quotations, not under a verb
of saying or calling):

- ``loaded_language.evaluative``: a strongly negative, subjective adjective from an
  openly licensed sentiment lexicon (``rules/evaluative.toml``, built by
  ``tools/build_evaluative.py``) modifying a person, a group, a government or one of their
  acts ("his reckless gamble", "a grotesque parade"). Descriptive words that the lexicons
  also rate negative ("deadly", "violent") are listed in ``rules/loaded_language.toml``.
  Adjectives of contempt (``rules/contempt.toml``, from WordNet glosses: "pusillanimous",
  "obsequious") count on any noun; a political label counts after "this" ("this fascist
  theocracy").
- ``loaded_language.epithet``: an epithet standing in for a person already named ("the
  despot's latest move", "the disgraced tycoon said").
- ``loaded_language.cronies``: the associates of a named party called by a sneer ("Varga's
  cronies", "the henchmen of Varga", "Varga's terrorist allies").

Each word is reported once per story: the editor fixes every use.
"""
from __future__ import annotations

from functools import cached_property
from typing import Iterator

from ..data import load_data
from ..document import Document
from ..finding import Finding
from ..token_filter import token_indices, tokens_where
from .loaded_base import GROUP_ENTS, QuoteAware, attributed, data



def _voice_ok(rule: QuoteAware, doc: Document, tok, start: int, end: int) -> bool:
    """The word is the writer's: outside quotations and not put in anyone's mouth."""
    return not rule.quoted(doc, start, end) and not attributed(tok, rule._cues)


def _once(rule: QuoteAware, doc: Document, tok, key: str, seen: set[str], start: int, end: int,
          message: str, suggestions: list[str]) -> Finding | None:
    """A finding for the writer's own word, the first time this key is seen in the story."""
    if key in seen or not _voice_ok(rule, doc, tok, start, end):
        return None
    seen.add(key)
    return rule.finding(doc, start, end, message, suggestions=suggestions)


#: copulas through which a predicate adjective describes its subject
_COPULAS = frozenset({"be", "seem", "appear", "look", "sound", "become", "remain"})
#: verbs and nouns by which a story names a part an actor plays
_PLAYS = frozenset({"play", "portray", "star", "cast"})
_ROLES = frozenset({"role", "part", "character", "turn", "performance"})


def _a_role(noun) -> bool:
    """The noun names a character an actor plays: 'playing a ruthless lawyer', 'her role as
    a cruel queen', 'cast as a corrupt cop'."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _PLAYS:
        return True
    if noun.dep_ == "pobj" and head.lower_ in ("as", "of"):
        up = head.head
        return up.lemma_.lower() in _ROLES or up.lemma_.lower() in _PLAYS
    return False


class Evaluative(QuoteAware):
    """'his reckless gamble', 'a grotesque parade': the writer judging a party or its act."""

    id = "loaded_language.evaluative"
    description = ("A strongly negative, subjective adjective (from an evaluative lexicon) on a person, "
                   "group, government or their act, in the writer's voice.")
    needs = frozenset({"parser", "tagger", "lemmatizer", "ner"})
    section = "evaluative"

    @cached_property
    def _feelings(self) -> frozenset[str]:
        """Participles that report what a person felt ("annoyed fans", "dismayed residents"):
        rules/feelings.toml, built from WordNet by tools/build_feelings.py. A reaction
        described, not the writer's verdict on the people who felt it."""
        return frozenset(load_data("feelings.toml")["feelings"]["words"])

    @cached_property
    def _conf(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        words = frozenset(load_data("evaluative.toml")["evaluative"]["words"]) | frozenset(self.conf.get("extra", []))
        conf = self.conf
        return (words - frozenset(conf["descriptive"]) - self._feelings, frozenset(conf["people"]),
                frozenset(conf["acts"]))

    @cached_property
    def _extra(self) -> frozenset[str]:
        return frozenset(self.conf.get("extra", []))

    @cached_property
    def _intensified(self) -> tuple[frozenset[str], frozenset[str]]:
        """Every lexicon word, descriptive ones too, and the intensifiers that make them a
        verdict ("the famously corrupt agency")."""
        words = frozenset(load_data("evaluative.toml")["evaluative"]["words"]) | frozenset(self.conf["descriptive"])
        return words - self._feelings, frozenset(self.conf.get("intensifiers", []))

    @cached_property
    def _contempt(self) -> tuple[frozenset[str], frozenset[str]]:
        """Adjectives of contempt (rules/contempt.toml, built by tools/build_contempt.py) and
        political labels that a demonstrative makes the writer's verdict ("this fascist
        theocracy")."""
        return (frozenset(load_data("contempt.toml")["contempt"]["words"]),
                frozenset(self.conf.get("demonstrated", [])))

    def check(self, doc: Document) -> Iterator[Finding]:
        words, people, acts = self._conf
        every, intensifiers = self._intensified
        contempt, demonstrated = self._contempt
        seen: set[str] = set()
        # only an adjectival complement or modifier is judged below: a Token for those alone
        for i in token_indices(doc.spacy, "DEP", _JUDGED_DEPS.__contains__):
            tok = doc.spacy[i]
            low = tok.lower_
            if tok.dep_ == "acomp" and low not in seen and low in words and tok.pos_ == "ADJ":
                found = _evaluative_predicate(self, doc, tok, people, seen)
                if found is not None:
                    yield found
                continue
            if tok.dep_ != "amod" or low in seen or (tok.pos_ != "ADJ" and low not in self._extra and low not in contempt):
                continue  # (the small model tags some rare insults as verbs: "sordid")
            if tok.i > 0 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 1].whitespace_ == "":
                continue  # the second half of a compound: "anti-racism", "pre-recession", "anti-terror"
            intensifier = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in intensifiers), None)
            head = tok.head
            lemma = head.lemma_.lower()
            # contempt on any noun: these words are rare in clean copy outside quotations
            scorned = low in contempt and head.pos_ in ("NOUN", "PROPN") and head.i > tok.i
            # "this fascist theocracy": a label the writer points at a present government
            pointed = low in demonstrated and lemma in people and any(
                c.dep_ == "det" and c.lower_ in ("this", "these") for c in head.children)
            if low not in words and not scorned and not pointed and not (intensifier is not None and low in every):
                continue
            if not (scorned or head.ent_type_ in GROUP_ENTS or lemma in people or lemma in acts
                    or (intensifier is not None and head.pos_ == "PROPN")):
                continue
            if any(c.dep_ == "neg" or c.lower_ in ("not", "less", "least") for c in tok.children):
                continue  # "a not unreasonable plan"
            if doc.text[tok.idx - 1:tok.idx] in ("'", "‘") and doc.text[tok.idx + len(tok):tok.idx + len(tok) + 1] in ("'", "’"):
                continue  # "tourists who 'humiliate' sex workers": a word in quotation marks, someone's
            if _a_role(head):
                continue  # "for playing a ruthless lawyer", "his role as a cruel king": a character
            start, end = tok.idx, head.idx + len(head) if head.i > tok.i else tok.idx + len(tok)
            if intensifier is not None and intensifier.i < tok.i:
                start = intensifier.idx
            found = _once(
                self, doc, tok, low, seen, start, end,
                f"“{doc.text[start:end]}”: “{tok.text}” is the writer's verdict. Report what was done or "
                "said and let readers judge, or attribute the description to someone.",
                ["describe what was done", "attribute it"],
            )
            if found is not None:
                yield found


#: the dependencies Evaluative judges (a predicate adjective, an adjective on a noun)
_JUDGED_DEPS = frozenset({"acomp", "amod"})


def _evaluative_predicate(rule: QuoteAware, doc: Document, tok, people: frozenset[str], seen: set[str]):
    """'the Democrats are corrupt', 'Varga is senile': the verdict as a predicate on a named
    person or group, in the writer's voice."""
    subj = _predicate_subject(tok)
    if subj is None or subj.lower_ in ("i", "we", "you", "it", "this", "that", "who", "which"):
        return None
    if not ((subj.ent_type_ in ("PERSON", "ORG") and subj.pos_ == "PROPN") or subj.ent_type_ == "NORP"
            or subj.lemma_.lower() in people):
        return None  # (the tagger calls some common nouns organisations: "the legal jargon")
    if any(c.dep_ in ("neg", "advmod") and c.lower_ in ("not", "less", "least", "never") for c in tok.children):
        return None
    if tok.sent.text.rstrip().endswith("?"):
        return None  # "Is the mayor corrupt?" asks
    start = subj.left_edge.idx
    end = tok.idx + len(tok)
    return _once(
        rule, doc, tok, tok.lower_, seen, start, end,
        f"“{doc.text[start:end]}”: “{tok.text}” is the writer's verdict on a named party. Report what was "
        "done or said and let readers judge, or attribute the description to someone.",
        ["describe what was done", "attribute it"],
    )


def _predicate_subject(tok):
    """The named person or group that the predicate adjective describes ("the Democrats are
    corrupt", "Varga is senile"), through a plain copula; None otherwise."""
    verb = tok.head
    if verb.lemma_.lower() not in _COPULAS or any(c.dep_ == "neg" for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "could be disastrous": a forecast, not a verdict
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


class Epithet(QuoteAware):
    """'the despot's latest move', 'the disgraced tycoon said': a sneer in place of a name."""

    id = "loaded_language.epithet"
    description = ("A pejorative epithet standing in for a person ('the despot', 'the disgraced tycoon') "
                   "instead of their name or office.")
    needs = frozenset({"parser", "tagger", "lemmatizer", "ner"})
    section = "epithet"

    @cached_property
    def _conf(self) -> tuple[frozenset[str], frozenset[str]]:
        conf = self.conf
        return frozenset(data("label")["titles"]) | frozenset(conf["nouns"]), frozenset(conf["adjectives"])

    def check(self, doc: Document) -> Iterator[Finding]:
        nouns, adjectives = self._conf
        people = frozenset(data("evaluative")["people"])
        seen: set[str] = set()
        #: where the first named person ends, found once rather than per candidate word
        first_person = next((e.end for e in doc.spacy.ents if e.label_ == "PERSON"), None)
        # only a listed noun or person word can be flagged below: the others are never looked at
        for tok in tokens_where(doc.spacy, "LEMMA", lambda lem: lem.lower() in nouns or lem.lower() in people):
            stacked = _stacked_insults(tok, adjectives) if tok.lemma_.lower() in people else None
            if stacked is not None and not self.quoted(doc, stacked.idx, tok.idx + len(tok)) \
                    and not attributed(tok, self._cues):
                start, end = stacked.idx, tok.idx + len(tok)
                found = _once(
                    self, doc, tok, doc.text[start:end].lower(), seen, start, end,
                    f"“{doc.text[start:end]}” piles insults on a person in the writer's voice. Report "
                    "what they did, or attribute the judgement to someone.",
                    ["describe what was done", "attribute it"],
                )
                if found is not None:
                    yield found
                continue
            if tok.pos_ != "NOUN" or tok.dep_ in ("attr", "appos", "conj", "compound"):
                continue  # "he is a despot" states a view; that is another matter
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            if det is None or det.lower_ != "the":
                continue
            lemma = tok.lemma_.lower()
            adj = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in adjectives), None)
            if lemma in nouns and adj is None:
                start = det.idx
            elif adj is not None and (lemma in people or lemma in nouns):
                start = det.idx
            else:
                continue
            nxt = tok.nbor(1) if tok.i + 1 < len(doc.spacy) else None
            if nxt is not None and nxt.pos_ == "PROPN":
                continue  # a title before a name is loaded_language.label's
            if first_person is None or first_person > tok.i:
                continue  # a back-reference needs someone named before it
            end = tok.idx + len(tok)
            found = _once(
                self, doc, tok, doc.text[start:end].lower(), seen, start, end,
                f"“{doc.text[start:end]}” refers to a person by a sneer. Use their name or office, and "
                "report the facts that led others to the judgement.",
                ["use the name or office"],
            )
            if found is not None:
                yield found


def _stacked_insults(tok, adjectives: frozenset[str]):
    """The first of two or more listed insults on one person noun ("a corrupt, lying career
    politician"): one may be a fact (a conviction for corruption), two are a sneer. None
    when there are fewer."""
    mods = [c for c in tok.children if c.dep_ == "amod"]
    mods += [k for c in mods for k in c.children if k.dep_ == "conj"]
    insults = sorted((c for c in mods if c.lower_ in adjectives), key=lambda c: c.i)
    return insults[0] if len(insults) >= 2 else None


def _possessor_before(tok):
    """'… financing Varga’s terrorist allies' where the parser lost the possessive: a name
    followed by "'s" right before the word owns it."""
    if tok.i < 2:
        return None
    case, name = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if case.tag_ == "POS" and name.pos_ == "PROPN" and name.ent_type_ in GROUP_ENTS:
        return name
    return None


class Cronies(QuoteAware):
    """'Putin's cronies', 'the henchmen of the governor', 'Varga's terrorist allies': the people
    around a named party called by a sneer, which paints them and the party at once."""

    id = "loaded_language.cronies"
    description = ("A sneer for the associates of a named person or group ('X's cronies', 'the henchmen "
                   "of X', 'X's terrorist allies') in the writer's voice.")
    needs = frozenset({"parser", "tagger", "lemmatizer", "ner"})
    section = "cronies"

    @cached_property
    def _conf(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        conf = self.conf
        return frozenset(conf["nouns"]), frozenset(conf["smears"]), frozenset(conf["associates"])

    def check(self, doc: Document) -> Iterator[Finding]:
        nouns, smears, associates = self._conf
        seen: set[str] = set()
        for tok in tokens_where(doc.spacy, "LEMMA", lambda lem: lem.lower() in nouns or lem.lower() in associates):
            if tok.pos_ != "NOUN":
                continue
            lemma = tok.lemma_.lower()
            smear = None
            if lemma in associates:
                smear = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                              and c.lower_ in smears), None)
                if smear is None:
                    continue  # "Varga's allies" is plain description
            owner = self._owner(tok) or _possessor_before((smear or tok))
            if owner is None:
                continue
            start = min(owner.idx, (smear or tok).idx)
            end = max(owner.idx + len(owner), tok.idx + len(tok))
            phrase = doc.text[start:end]
            found = _once(
                self, doc, tok, (smear.lower_ + " " if smear is not None else "") + lemma, seen, start, end,
                f"“{phrase}” sneers at the people around a named party in the writer's voice. Say who "
                "they are and what they did (“aides”, “allies”, “supporters”), or attribute the term.",
                ["aides", "allies", "supporters"],
            )
            if found is not None:
                yield found

    @staticmethod
    def _owner(tok):
        """The named person or group the associates belong to: a possessive name ('Varga's'),
        or 'of' a name ('the henchmen of Varga')."""
        for c in tok.children:
            if c.dep_ == "poss" and (c.ent_type_ in GROUP_ENTS or c.pos_ == "PROPN"):
                return c
            if c.dep_ in ("compound", "nmod") and c.i == tok.i - 1 and (c.ent_type_ in ("ORG", "GPE")
                                                                      or (c.pos_ == "PROPN" and c.text.isupper())):
                return c  # "an FBI stooge", "a Kremlin lackey": the body he is said to serve
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and (obj.ent_type_ in GROUP_ENTS or obj.pos_ == "PROPN"):
                    return obj
        return None


def rules():
    return [Evaluative(), Epithet(), Cronies()]
