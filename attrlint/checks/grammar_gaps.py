"""A word dropped before a bare singular noun or a verb, found from web bigram counts (category
``typo``). Slips around figures (a count without its noun, a range with equal ends, an
ordinal's suffix) are in ``grammar_gaps_figures``; doubled marks in ``grammar_punct``. Each
module lists its own rules (``checks/grammar.py`` gathers them).

Rule:
  grammar.missing-word  "sat behind throne", "at forefront of", "she is charge of": a
                        singular common noun with no determiner where the web almost never
                        writes the two words side by side, but writes a bridging word on both
                        sides many times more often ("behind the" and "the throne", "is in"
                        and "in charge")

Counts, not a list of phrases (``grammar/gaps.py``). The written pair is under the source's
cut-off; the bridge beats it on each side (``STRENGTH``); and, since English leaves many
words out on purpose ("took charge", "maintain peace", "as president"), the noun must be
one the web nearly always writes after that bridge: an article before a noun that follows
"the" or "a" in ``ARTICLE_SHARE`` of its uses ("the throne" 35%, "the forefront"; not
"power", "damage", "peace"), or, after a form of "be", a preposition that opens the noun in
``PREPOSITION_SHARE`` of its uses ("in charge"). The parse keeps the frame narrow: a prose
sentence, a noun that is no compound's first half and owns no determiner, possessive or
number or coordinate ("between fact and fiction"), after a preposition, verb or auxiliary;
not after "as" (a role), "of" ("for lack of quorum": a kind) or "per" (a rate), not in
"there is" or a question
(the noun is the subject). Quotations and headlines are left alone.

  grammar.missing-particle  "was expected be", "an attempt stop the convoy", "was responsible
                        ensuring": "to" dropped before a bare verb, or a preposition before an
                        -ing form, after a word that the web nearly always follows with it;
                        "allow the inspectors carry out": "to" dropped after an object

The same bridges, with the left word's own habit as the guard (a low-entropy right context):
the bridge must follow it in ``SHARE`` of its web uses ("unable to" 83%, "attempt to" 64%,
"decision to" 10%), so a verb that takes a bare object or a bare -ing form ("stopped
working", "urged residents") is never judged.
"""
from __future__ import annotations

from typing import Iterator

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.gaps import gap_index
from ..grammar.ngrams import ngrams
from ..grammar.prose import PARSE, prose_sentences
from ..grammar.prose import quoted as _quoted
from ..grammar.tokens import token_table
from ..grammar.verbs import lemmas as _lemmas
from ..rule import BaseRule

#: the articles a noun may have lost
_ARTICLES = ("the", "a", "an")
#: prepositions that make a state of a noun after "be" ("is in charge", "was at risk", "is on
#: track", "is under way"); "for" and "to" bridge too much ("is for rent", "was to work")
_PREPOSITIONS = frozenset({"in", "at", "on", "under"})
#: words after which a bare noun is normal: a role ("as president"), a kind ("for lack of
#: quorum"), a rate ("per claimant")
_BARE_AFTER = frozenset({"as", "of", "per"})
#: the only tags each rule judges (its first test), picked from the token table's columns
_NN = frozenset({"NN"})
_BARE_OR_ING = frozenset({"VB", "VBP", "VBG"})
#: owned by the noun: it already has its determiner
_OWNED = {"det", "poss", "nummod", "predet"}


def share(word: str, noun: str, left: bool = False) -> float:
    """The share of the noun's web occurrences that come straight after ``word``; with
    ``left``, the share of ``word``'s occurrences that ``noun`` follows."""
    ng = ngrams()
    total = ng.unigram(word if left else noun)
    return (ng.bigram(word, noun) or 0.0) / total if total else 0.0


class MissingWord(BaseRule):
    id = "grammar.missing-word"
    category = "typo"
    severity = Severity.WARNING
    description = ("A word dropped before a bare singular noun (“sat behind throne”, “is charge of”): the web "
                   "writes a bridging word there many times more often than the two words side by side.")
    needs = PARSE
    #: the bridge beats the written pair by this much on each side
    STRENGTH = 10.0
    #: ... or by this much before a noun that nearly always takes an article: the right side is
    #: capped by the noun's own rarity ("the verge" is 9x the cut-off that "on verge" may hide under)
    ARTICLE_STRENGTH = 5.0
    #: an article is missing only before a noun that follows it this often ("the throne": 35%)
    ARTICLE_SHARE = 0.3
    #: ... and before a noun that an "of" phrase defines, this often ("the forefront of": 87%, "the
    #: verge of": 63%): copy that drops its articles (headlines' register, sports desks, South Asian
    #: English) writes "near bottom of" (40%), "following approval of" on purpose
    ARTICLE_SHARE_BEFORE_OF = 0.6
    #: after "be", a preposition is missing only before a noun it opens this often ("in charge": 9%)
    PREPOSITION_SHARE = 0.08

    def check(self, doc: Document) -> Iterator[Finding]:
        table = token_table(doc)
        nouns = table.where("tag", _NN)  # _judge takes no other word: a Token only there
        for sent in prose_sentences(doc):
            for i in table.within(nouns, sent.start + 1, sent.end):
                b = doc.spacy[i]
                found = self._judge(doc, b)
                if found:
                    a, bridge = found
                    words = f"{a.text} {b.text}"
                    yield self.finding(
                        doc, a.idx, b.idx + len(b.text),
                        f"“{words}”: a word seems to be missing; the web writes “{a.text} {bridge.word} {b.text}”. "
                        "Check the sentence against its source.",
                        suggestions=[f"{a.text} {bridge.word} {b.text}"],
                        evidence=(f"web bigram counts: “{a.lower_} {bridge.word}” {bridge.left:.0f}x and "
                                  f"“{bridge.word} {b.lower_}” {bridge.right:.0f}x commoner than “{words.lower()}”"),
                    )

    def _judge(self, doc: Document, b):
        if b.tag_ != "NN" or not (b.is_alpha and b.is_lower and len(b) >= 3) or b.dep_ == "compound":
            return None
        if b.lower_.endswith("ing"):
            return None  # a gerund the tagger took for a noun ("to update beginning in 2021")
        a = doc.spacy[b.i - 1]
        if not (a.is_alpha and a.is_lower) or a.whitespace_ != " " or a.pos_ not in ("ADP", "VERB", "AUX"):
            return None
        if any(c.dep_ in _OWNED or c.dep_ == "conj" for c in b.children) or (a.head.i == b.i and a.dep_ != "prep"):
            return None  # owned already, or a pair that English leaves bare ("between fact and fiction")
        if a.lower_ == "to" and "VERB" in _lemmas(b.lower_):
            return None  # "named to helm the bank": an infinitive the tagger took for a noun
        if b.sent[-1].text == "?" or b.sent.text.rstrip().endswith("?"):
            return None  # a question: "was everyone", "is rent" put the verb before its subject
        after = doc.spacy[b.i + 1] if b.i + 1 < len(doc.spacy) else None
        if after is not None and (after.pos_ in ("NOUN", "PROPN") and after.is_alpha or after.tag_ == "POS"):
            return None  # "at party conferences", "in taxpayer's cash": the noun modifies the next
        if _quoted(doc, b) or ngrams().bigram(a.text, b.text) is not None:
            return None  # the pair is common on the web: nothing is missing
        nxt = doc.text[b.idx + len(b.text): b.idx + len(b.text) + 1]
        if nxt in "-‐–" and nxt:
            return None  # "in taxpayer-funded": a compound modifier
        bridges = [x for x in gap_index().bridges(a.lower_, b.lower_) if x.strength >= self.ARTICLE_STRENGTH]
        if a.lemma_ == "be":
            if any(t.dep_ == "expl" for t in a.sent if t.i < a.i):
                return None  # "there has been progress": existential, the noun is the subject
            fits = [x for x in bridges if x.word in _PREPOSITIONS and x.strength >= self.STRENGTH
                    and share(x.word, b.lower_) >= self.PREPOSITION_SHARE]
        elif a.lower_ in _BARE_AFTER:
            return None
        else:
            least = self.ARTICLE_SHARE_BEFORE_OF if after is not None and after.lower_ == "of" else self.ARTICLE_SHARE
            fits = [x for x in bridges if x.word in _ARTICLES and share(x.word, b.lower_) >= least]
        if not fits:
            return None
        return a, fits[0]


#: verbs that take a bare infinitive ("let him go", "help build", "go see"), and auxiliaries
_BARE_INFINITIVE = frozenset({
    "let", "lets", "make", "makes", "made", "help", "helps", "helped", "see", "sees", "saw", "hear", "hears",
    "heard", "watch", "watches", "watched", "feel", "feels", "felt", "have", "has", "had", "go", "goes", "went",
    "come", "comes", "came", "dare", "dared", "need", "bid", "would", "could", "should", "might", "must", "will",
    "shall", "can", "may", "do", "does", "did"})
#: subject pronouns: "asked they stay" is no object
_NOMINATIVE = frozenset({"i", "he", "she", "we", "they", "who"})


def _lemma_forms(lemma: str) -> list[str]:
    """The past forms of a verb ("allowed"): its base is followed by its object, so only the
    passive ("was allowed to") shows on the web how often it takes "to"."""
    from ..grammar.verbs import forms

    f = forms(lemma)
    return list(dict.fromkeys([*f.get("VBN", ()), *f.get("VBD", ())]))


#: prepositions that open an -ing form after an adjective or verb ("responsible for ensuring")
_BEFORE_ING = frozenset({"of", "for", "at", "on", "in", "with", "from", "about", "into", "against"})


class MissingParticle(BaseRule):
    id = "grammar.missing-particle"
    category = "typo"
    severity = Severity.WARNING
    description = ("“to” or a preposition dropped after a word that nearly always takes it: “was expected be”, "
                   "“an attempt stop”, “responsible ensuring”.")
    needs = PARSE
    #: the bridge beats the written pair by this much on each side
    STRENGTH = 10.0
    #: ... and follows the left word in this share of its web uses ("decision to": 10%)
    SHARE = 0.1
    #: ... before an -ing form, where "be seen reading" (10%) is right: "accused of" 36%
    ING_SHARE = 0.3
    #: ... after a noun, which may end a subject ("changes to the order give": "order to" 19%)
    NOUN_SHARE = 0.3
    #: a verb's past form followed by "to" this often takes an object and "to" ("allowed to" 29%)
    OBJECT_SHARE = 0.1
    #: ... unless "that" follows it this often, as a share of "to" (a clause: "warned that")
    THAT_RATIO = 0.3

    def check(self, doc: Document) -> Iterator[Finding]:
        table = token_table(doc)
        # both tests take only these tags (_across_object VB and VBP, _judge VBG too): a Token
        # is made only there
        verbs = table.where("tag", _BARE_OR_ING)
        for sent in prose_sentences(doc):
            if sent.text.rstrip().rstrip("”\"’'").endswith("?"):
                continue  # a question: "what response do you expect" puts "do" after a noun
            for i in table.within(verbs, sent.start + 1, sent.end):
                b = doc.spacy[i]
                a = doc.spacy[i - 1]
                across = self._across_object(doc, b)
                if across is not None:
                    form, rate = across
                    v = b.head
                    words = doc.text[v.idx: b.idx + len(b.text)]
                    fixed = f"{doc.text[v.idx: b.idx]}to {b.text}"
                    yield self.finding(
                        doc, v.idx, b.idx + len(b.text),
                        f"“{words}”: “to” seems to be missing before “{b.text}”; write “{fixed}”. "
                        "Check the sentence against its source.",
                        suggestions=[fixed],
                        evidence=(f"web bigram counts: “{form}” is followed by “to” in {rate:.0%} of its uses "
                                  "and hardly ever by “that”: it takes an object and “to”, not a clause"),
                    )
                    continue
                bridge = self._judge(doc, a, b)
                if bridge is None:
                    continue
                words = f"{a.text} {b.text}"
                fixed = f"{a.text} {bridge.word} {b.text}"
                yield self.finding(
                    doc, a.idx, b.idx + len(b.text),
                    f"“{words}”: “{bridge.word}” seems to be missing; the web writes “{fixed}”. "
                    "Check the sentence against its source.",
                    suggestions=[fixed],
                    evidence=(f"web bigram counts: “{a.lower_}” is followed by “{bridge.word}” in "
                              f"{share(a.lower_, bridge.word, left=True):.0%} of its uses; “{a.lower_} "
                              f"{bridge.word}” {bridge.left:.0f}x and “{bridge.word} {b.lower_}” "
                              f"{bridge.right:.0f}x commoner than “{words.lower()}”"),
                )

    def _across_object(self, doc: Document, b):
        """"allow the inspectors carry out": a verb whose past form the web follows with "to"
        (``OBJECT_SHARE``) and hardly ever with "that" ("allowed to" 29%, "that" 0%; not "said",
        "warned", "told", which take a clause), then its object and a bare verb."""
        v = b.head
        if b.tag_ not in ("VB", "VBP") or b.dep_ not in ("ccomp", "xcomp") or v.pos_ != "VERB" or v.i >= b.i:
            return None
        if not b.is_lower or b.lower_ not in _lemmas(b.lower_).get("VERB", ()) or v.lemma_.lower() in _BARE_INFINITIVE:
            return None
        if v.dep_ == "relcl" or b.lemma_ in ("have", "be", "do") or _next_word(b) == "to":
            return None  # the main verb after a subject that ends in a clause: "firms that hire locals tend to"
        subj = [c for c in b.children if c.dep_ == "nsubj"]
        objs = [c for c in v.children if c.dep_ == "dobj"]
        np = subj[0] if subj and b.dep_ == "ccomp" else objs[0] if objs and not subj else None
        if np is None or np.lower_ in _NOMINATIVE or np.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        span = sorted(t.i for t in np.subtree)
        if span[0] != v.i + 1 or span[-1] != b.i - 1 or span[-1] - span[0] + 1 != len(span):
            return None  # the object stands right between the verb and the bare verb
        if any(doc.spacy[i].is_punct and doc.spacy[i].text not in ("’", "'", "-") for i in span):
            return None  # quotation marks or damaged text inside the object
        if len(span) > 6 or any(doc.spacy[i].pos_ in ("VERB", "AUX") for i in span):
            return None  # an object with a clause of its own: "choose the group that you like and we send"
        if doc.spacy[b.i - 1].whitespace_ != " " or _quoted(doc, b):
            return None
        ng = ngrams()
        for form in _lemma_forms(v.lemma_.lower()):
            count = ng.unigram(form)
            to, that = ng.bigram(form, "to") or 0.0, ng.bigram(form, "that") or 0.0
            if count and to / count >= self.OBJECT_SHARE and that < self.THAT_RATIO * to:
                return form, to / count
        return None

    def _judge(self, doc: Document, a, b):
        if not (a.is_alpha and a.is_lower and b.is_alpha and b.is_lower) or a.whitespace_ != " ":
            return None
        if a.lower_ in _BARE_INFINITIVE or a.pos_ not in ("NOUN", "ADJ", "VERB"):
            return None
        if a.pos_ == "NOUN" and b.dep_ == "ROOT":
            return None  # the sentence's subject and verb, a tense or agreement slip ("the sea level rise come")
        least = self.NOUN_SHARE if a.pos_ == "NOUN" else self.SHARE
        if b.tag_ == "VB" or (b.tag_ == "VBP" and a.pos_ == "VERB" and b.pos_ != "AUX"
                              and b.lower_ in _lemmas(b.lower_).get("VERB", ())):
            wanted = frozenset({"to"})  # before a present verb, a noun or adjective, or "have" after a verb
            # ("once pressure is applied have been"), may end the subject's clause
        elif b.tag_ == "VBG" and a.tag_ in ("JJ", "VBN") and b.lower_ != "being" and _after_be(a):
            wanted, least = _BEFORE_ING, self.ING_SHARE
        else:
            return None  # an active verb takes an -ing object ("described building"), a noun an -ing clause
        if a.tag_ not in ("NN", "JJ", "VB", "VBD", "VBN", "VBP", "VBZ"):
            return None
        if ngrams().bigram(a.text, b.text) is not None or _quoted(doc, b):
            return None
        for x in gap_index().bridges(a.lower_, b.lower_):
            if x.word in wanted and x.strength >= self.STRENGTH and share(a.lower_, x.word, left=True) >= least:
                return x
        return None


def _next_word(tok) -> str:
    return tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""


def _after_be(tok) -> bool:
    """A passive participle or an adjective after "be" ("was accused", "is also responsible")."""
    sent_start = tok.sent.start
    return any(t.lemma_ == "be" for t in tok.doc[max(sent_start, tok.i - 3): tok.i])


def rules():
    return [MissingWord(), MissingParticle()]
