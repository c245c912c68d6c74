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

from ..document import Document
from ..finding import Finding, Severity
from ..token_filter import tokens_where
from .loaded_base import QuoteAware as _QuoteAware
from .loaded_base import attributed as _attributed
from .loaded_admissions import self_disclosure as _self_disclosure
from .loaded_base import next_word as _next_word
from .loaded_labels import AttackVerb, Judgement, Label, Splash
from .loaded_crimes import CrimeLabel
from .loaded_mockery import Mockery
from .loaded_narrator import HeadlineAccusation, Insult
from .loaded_scare import ScareQuotes
from .loaded_smears import OccupationActor, Smear, SweepingLie
from .loaded_sneers import Profanity, Sneer
from .loaded_voice import Cronies, Epithet, Evaluative

def _is_verb_tag(tag: str) -> bool:
    return tag.startswith("VB")


#: subjects for which "admits" is a procedure (evidence, patients, members), not a confession
_INSTITUTIONS = frozenset({"court", "judge", "tribunal", "magistrate", "jury", "hospital", "school", "university", "college"})
#: a paragraph about an investigation or a trial: there a suspect "admitted" or "confessed" to police
#: (or to "authorities", when they are the ones told: "authorities said" alone is any body's voice)
_LEGAL_CONTEXT = regex.compile(
    r"\b(?:police|detectives?|investigators?|FBI|prosecutors?|courts?|trial|jury|judge|pleaded|guilty|custody|"
    r"interrogat\w*|confession|arrest(?:ed)?|suspect|(?:told|to)\s+(?:the\s+)?authorities)\b",
    regex.I,
)
_SAID = {"VBD": "said", "VBN": "said", "VBZ": "says", "VBP": "say", "VB": "say", "VBG": "saying"}
_CLAUSE_DEPS = {"ccomp", "parataxis"}

# --- said-bookisms -------------------------------------------------------------------
def _personal_name(subj) -> bool:
    """A bare proper name whose every word is a first name or surname of somebody (not a
    place, a people or an organisation's word): a person, whatever the entity tagger said."""
    if subj.pos_ != "PROPN" or subj.ent_type_ in ("GPE", "NORP", "LOC", "FAC"):
        return False
    words = [t for t in subj.subtree if t.pos_ == "PROPN"]
    if len(words) != len([t for t in subj.subtree if not t.is_punct]):
        return False  # "the ministry's Tariq", "the RPC": more than a name
    from ..spelling.context import personal_name  # the name lists, loaded on first use

    left, right = subj.left_edge, subj.right_edge
    name = subj.doc.text[left.idx : right.idx + len(right)]
    return all(personal_name(part) for part in name.split())  # "Jay-Z" is one word of a name


class SaidBookism(_QuoteAware):
    """Speech verbs that judge the speech: 'conceded', 'admitted', 'claimed', 'gloated'."""

    id = "loaded_language.said-bookism"
    description = "A speech verb that editorialises ('conceded', 'admitted', 'claimed', 'gloated'); use 'said'."
    needs = frozenset({"parser", "tagger", "lemmatizer"})

    section = "said-bookism"

    @cached_property
    def _lists(self) -> dict:
        return {k: set(v) for k, v in self.conf.items()}

    def check(self, doc: Document) -> Iterator[Finding]:
        lists = self._lists
        include_mild = bool(self.options(doc).get("include-mild", False))
        for tok in tokens_where(doc.spacy, "TAG", _is_verb_tag):
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
            doubt = lemma in lists.get("doubt-on-credible", set()) and self._doubt_on_credible(doc, tok)
            if lemma in lists["mild"] and not include_mild and not doubt:
                continue
            if lemma in lists["always"]:
                reports = True
            elif lemma in lists["needs-clause"]:
                reports = self._has_subject(tok) and self._reports_speech(tok)
            else:
                continue
            if not reports or not self._reports_a_third_party(tok) or self._in_reported_speech(tok):
                continue
            if lemma in ("admit", "confess") and self._legal_sense(doc, tok):
                continue
            if lemma in lists.get("self-disclosure-verbs", ()) and _self_disclosure(
                    tok, lists.get("self-disclosure-words", set())):
                continue  # "the singer admits he nearly gave up music": no concession
            start = tok.idx
            adverb = self._leading_adverb(tok)
            if adverb is not None:
                start = adverb.idx
            elif lemma in lists.get("concession-verbs", ()) and self._shown_concession(tok):
                continue
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
                severity=Severity.INFO if lemma in lists["mild"] and not doubt else None,
            )

    @cached_property
    def _contrast(self):
        words = self.conf.get("concession-contrast", [])
        return regex.compile("|".join(words), regex.I) if words else regex.compile(r"(?!)")

    def _shown_concession(self, tok) -> bool:
        """'Though he concedes that …', 'admits …, but insists …', 'admitted it gave false
        figures': the sentence itself sets the statement against the speaker's position, or
        what is admitted is a fault; or the admission is quoted word for word before the
        verb. Then 'admitted' reports a concession; it judges nothing."""
        sent = tok.sent
        if self._contrast.search(sent.text):
            return True
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        marks = ("”", '"', "''")
        if subj is not None and (subj.left_edge.text in marks or (
                subj.left_edge.i >= 1 and subj.left_edge.nbor(-1).text in marks)):
            return True  # '“I feel like a dinosaur,” the senator admitted': the words are there to judge
        faults = self._lists.get("concession-faults", set())
        return any(t.lower_ in faults for t in sent if not t.is_punct)

    def _legal_sense(self, doc: Document, tok) -> bool:
        """'admitted'/'confessed' in their legal sense: a court admits evidence, a suspect
        confesses to police or to a crime. There the verb is the fact, not a judgement."""
        verb = tok.head if tok.dep_ == "conj" else tok  # "Court rejects X, admits Y"
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in _INSTITUTIONS:
            return True  # "the court admits CCTV footage", "admitted to hospital"
        lo, hi = doc.paragraph_at(tok.idx)
        return _LEGAL_CONTEXT.search(doc.text, lo, hi) is not None

    def _doubt_on_credible(self, doc: Document, tok) -> bool:
        """'The State Department claimed that …' as a sentence's main verb casts doubt on a
        credible speaker. Left alone: 'claimed' in a subordinate clause ('after Biden claimed
        …', narration), and a speaker of doubtful standing, for whom it is the neutral verb
        (a low-rated outlet, state-run media: 'the state-owned daily claimed')."""
        if tok.dep_ != "ROOT" or not any(c.dep_ == "ccomp" for c in tok.children):
            return False
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in ("he", "she", "they", "it", "i", "we", "you"):
            return False
        if subj.pos_ != "PROPN":
            # "officials claim", "police claim", "critics claim that", "prosecutors claimed":
            # a group of people giving their account, for whom "claim" is the neutral verb as for
            # a person; the doubt is cast only on a named body ("the Foreign Office claimed").
            # On 1,000 clean articles about half of this rule's "claim" findings were these.
            return False
        if subj.ent_type_ == "PERSON":
            return False  # a person "claimed": many desks' neutral verb for a disputed assertion
        people = self._lists.get("person-nouns", set())
        if any(t.lemma_.lower() in people or t.ent_type_ == "PERSON" for t in (subj, *subj.conjuncts)):
            return False  # "one expert claims", "Saban and other coaches claim": people too
        if _personal_name(subj):
            return False  # the same, where the tagger took the person for a body ("Jay-Z", "Tariq")
        if not self._credible_body(subj):
            return False
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        if self._doubtful.search(doc.text, lo, hi):
            return False
        from ..attribution.sources import catalogue_for  # the source ratings (rules/sources.toml)

        return not any(m.entry.low for m in catalogue_for(doc).find(doc.text, lo, hi))

    def _credible_body(self, subj) -> bool:
        """The speaker is a public body, on whom "claimed" casts doubt: a state or a city as
        its government ("Moscow", "China"), an acronym ("the FBI"), or a name whose words say
        office ("the State Department", "the Defence Ministry", "the Pentagon"). A magazine or
        a company ("Garden Monthly claimed") and a bare surname the tagger could not place
        are not: for them, as for a person, "claimed" is the neutral verb for a disputed
        assertion."""
        if subj.ent_type_ in ("GPE", "NORP"):
            return True
        bodies = self._lists.get("credible-bodies", set())
        words = [t for t in subj.subtree if not t.is_punct]
        if any(t.lemma_.lower() in bodies or t.lower_ in bodies for t in words):
            return True
        return any(t.pos_ == "PROPN" and len(t.text) >= 2 and t.text.isupper() for t in words)

    @cached_property
    def _doubtful(self):
        import regex

        words = self.conf.get("doubtful-speakers", [])
        return regex.compile(r"\b(?:" + "|".join(words) + r")\b", regex.I) if words else regex.compile(r"(?!)")

    @staticmethod
    def _in_reported_speech(tok) -> bool:
        """'She said the minister has conceded that …': the verb is the speaker's wording,
        reported in a clause under 'said', not the writer's choice."""
        node = tok
        while node.head.i != node.i:
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in ("say", "tell", "write", "state", "add", "report"):
                return True
            if node.dep_ not in ("ccomp", "conj", "xcomp"):
                return False
            node = node.head
        return False

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
        if any(c.dep_ in {"auxpass", "neg", "agent"} for c in kids):
            return False  # "it was claimed", "did not boast", "was scoffed at by opponents"
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if any(c.lower_ in {"i", "we", "you", "us"} for c in subjects):
            return False
        if tok.head.lower_ == "let" or any(c.lower_ == "let" for c in kids):
            return False
        if SaidBookism._imperative(tok):
            return False  # "go ahead and gloat": the writer addressing the reader
        if tok.lemma_.lower() == "claim" and any(c.lemma_.lower() in self._lists["document-subjects"] for c in subjects):
            return False
        return True

    @staticmethod
    def _imperative(tok) -> bool:
        """A bare verb with no subject, alone or joined to another bare verb ('go ahead and
        gloat', 'Boast all you like')."""
        node = tok
        while True:
            if node.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in node.children):
                return False
            if node.dep_ in ("ROOT", "dep", "parataxis"):
                return True
            if node.dep_ != "conj":
                return False
            node = node.head

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
                break
            node = node.head
        # "In an interview with X's network, Jane Roe blathered that …": the parser hung the
        # name on the phrase before the comma; a person's name right before the verb speaks
        prev = tok.nbor(-1) if tok.i > 0 else None
        return prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ == "PERSON" and tok.dep_ == "ROOT"

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
        if first.i == tok.sent.start:
            return False
        prev = first.doc[first.i - 1]
        if prev.text in ("”", '"', "''") and first.i >= 2 and first.doc[first.i - 2].text in (",", "?", "!"):
            return True  # '“…,” the mayor fumed in a post': the frame of a quotation
        if prev.text != ",":
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
    description = ("An adjective or adverb asserting someone's emotional state ('enraged', 'furious', "
                   "'furiously rejected') in the writer's voice.")
    needs = frozenset({"parser", "tagger", "lemmatizer"})

    section = "state-of-mind"

    @cached_property
    def _words(self) -> tuple[set[str], set[str]]:
        return set(self.conf["words"]), set(self.conf["not-before"])

    @cached_property
    def _adverbs(self) -> tuple[set[str], set[str]]:
        return set(self.conf["adverbs"]), set(self.conf["adverb-verbs"])

    def _feeling_adverb(self, tok) -> bool:
        """'furiously rejected': an adverb giving the feeling behind a reply."""
        adverbs, verbs = self._adverbs
        return tok.lower_ in adverbs and tok.dep_ == "advmod" and tok.head.lemma_.lower() in verbs

    def check(self, doc: Document) -> Iterator[Finding]:
        words, not_before = self._words
        adverbs = self._adverbs[0]
        seen: set[str] = set()  # once per word and story: a headline repeated in the copy is one fix
        # only a listed word or feeling adverb can be flagged: the others are never looked at
        for tok in tokens_where(doc.spacy, "LOWER", lambda low: low in words or low in adverbs):
            if tok.lower_ in seen or (tok.lower_ not in words and not self._feeling_adverb(tok)):
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
            seen.add(tok.lower_)
            yield self.finding(
                doc, start, end,
                f"“{tok.text}” asserts a state of mind as fact. Report what the person said or "
                "did that shows it, or attribute the description.",
                suggestions=["describe what was said or done", "attribute it"],
            )


def rules():
    return [SaidBookism(), StateOfMind(), Judgement(), Label(), AttackVerb(), Splash(), Evaluative(), CrimeLabel(),
            Epithet(), Cronies(), ScareQuotes(), Sneer(), Insult(), HeadlineAccusation(), Mockery(), Profanity(),
            Smear(), OccupationActor(), SweepingLie()]
