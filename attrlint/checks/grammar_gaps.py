"""A word dropped before a bare singular noun, found from web bigram counts (category ``typo``).

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
                        -ing form, after a word that the web nearly always follows with it

The same bridges, with the left word's own habit as the guard (a low-entropy right context):
the bridge must follow it in ``SHARE`` of its web uses ("unable to" 83%, "attempt to" 64%,
"decision to" 10%), so a verb that takes a bare object or a bare -ing form ("stopped
working", "urged residents") is never judged.

  grammar.missing-noun  "there are 4,210 malaria across the region": a count straight before a
                        noun the web never writes in the plural and never with "are"/"were"
                        after it (a disease, a substance), at the head of its phrase: the
                        counted noun ("cases", "deaths") was dropped

Counts again decide what needs a head: "malarias" is not on the web beside "malaria"'s 4.5
million, while "staff are", "police were", "cattle are" are (collective plurals stand
after a number: "1,200 staff"); currencies and units from ``rules/currencies.toml`` and
``rules/units.toml`` are left alone ("500 yuan a day").

  grammar.same-range    "between 9am and 9am", "from 2019 to 2019": a range whose two ends
                        are written alike, so one end was mistyped or pasted twice (a slip
                        the counts cannot see: each word is right where it stands)

Only ends with a digit count: "from time to time", "from door to door" are idioms; nor "open
from 9 to 9" (a bare hour: morning to evening) or "between 2 and 2 and a half".
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.gaps import gap_index
from ..grammar.ngrams import ngrams
from ..grammar.prose import PARSE, prose_sentences
from ..grammar.prose import quoted as _quoted
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
    #: after "be", a preposition is missing only before a noun it opens this often ("in charge": 9%)
    PREPOSITION_SHARE = 0.08

    def check(self, doc: Document) -> Iterator[Finding]:
        for sent in prose_sentences(doc):
            for b in sent[1:]:
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
            fits = [x for x in bridges if x.word in _ARTICLES and share(x.word, b.lower_) >= self.ARTICLE_SHARE]
        if not fits:
            return None
        return a, fits[0]


#: verbs that take a bare infinitive ("let him go", "help build", "go see"), and auxiliaries
_BARE_INFINITIVE = frozenset({
    "let", "lets", "make", "makes", "made", "help", "helps", "helped", "see", "sees", "saw", "hear", "hears",
    "heard", "watch", "watches", "watched", "feel", "feels", "felt", "have", "has", "had", "go", "goes", "went",
    "come", "comes", "came", "dare", "dared", "need", "bid", "would", "could", "should", "might", "must", "will",
    "shall", "can", "may", "do", "does", "did"})
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

    def check(self, doc: Document) -> Iterator[Finding]:
        for sent in prose_sentences(doc):
            if sent.text.rstrip().rstrip("”\"’'").endswith("?"):
                continue  # a question: "what response do you expect" puts "do" after a noun
            for b in sent[1:]:
                a = doc.spacy[b.i - 1]
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


#: a count: a number of two figures or more, not a decimal
_COUNT = regex.compile(r"\d{1,3}(?:,\d{3})+|\d{2,}")


class MissingNoun(BaseRule):
    id = "grammar.missing-noun"
    category = "typo"
    severity = Severity.WARNING
    description = ("A counted noun dropped after a number: “there are 4,210 malaria across the region” "
                   "(malaria cases): the web never writes the noun in the plural.")
    needs = PARSE
    #: the plural's web count, as a share of the singular's, below which a noun is never counted
    PLURAL_SHARE = 0.01
    #: the singular must be this common on the web for its missing plural to mean anything
    MIN_COUNT = 100_000.0

    def check(self, doc: Document) -> Iterator[Finding]:
        for sent in prose_sentences(doc):
            for b in sent[2:-1]:
                n = doc.spacy[b.i - 1]
                if self._judge(doc, n, b):
                    yield self.finding(
                        doc, n.idx, b.idx + len(b.text),
                        f"“{n.text} {b.text}”: a noun seems to be missing after “{b.text}”; a count of {n.text} "
                        f"needs one (“{b.text} cases”, “{b.text} deaths”?). Check the sentence against its source.",
                        evidence=(f"web counts: “{b.lower_}” is almost never written in the plural and never before "
                                  "“are” or “were”, so it is not what is counted"),
                    )

    def _judge(self, doc: Document, n, b) -> bool:
        if b.tag_ != "NN" or b.dep_ == "compound" or not (b.is_alpha and b.is_lower and len(b) >= 4):
            return False
        if not _COUNT.fullmatch(n.text) or n.whitespace_ != " " or (len(n.text) == 4 and 1800 <= int(n.text) <= 2100):
            return False  # not a count, or a year ("in 2015 malaria spread")
        before = doc.spacy[n.i - 1]
        if not before.is_lower and before.is_alpha or before.is_currency or before.text in ("#", "No", "no."):
            return False  # a label ("Route 66 traffic"), a sum of money
        after = doc.spacy[b.i + 1]
        if after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "PART") or after.text in ("-", "‐", "–"):
            return False  # the noun modifies the next word ("2,000 dairy farmers")
        if _quoted(doc, b) or b.lower_ in _measures():
            return False
        if b.dep_ == "conj" or any(c.dep_ == "conj" for c in b.children) or _listed(doc, b):
            return False  # counts in a list share or name their nouns ("23 gold, 20 silver and 13 bronze medals")
        ng = ngrams()
        count = ng.unigram(b.lower_)
        if count < self.MIN_COUNT:
            return False  # too rare for its missing plural to say anything
        plural = ng.unigram(b.lower_ + "s") + ng.unigram(b.lower_ + "es")
        if plural >= self.PLURAL_SHARE * count:
            return False  # a count noun: a singular after a count is another slip
        return not any(ng.bigram(b.lower_, v) for v in ("are", "were", "have"))  # "1,200 staff are"


def _listed(doc: Document, b) -> bool:
    """The count is followed by another: "2,500 sheep, 100 goats"."""
    nxt = [t for t in doc.spacy[b.i + 1: b.i + 4] if t.text not in (",", "and", "or")]
    return bool(nxt) and nxt[0].i <= b.i + 3 and nxt[0].like_num


#: measures with no plural that units.toml does not convert ("a 300 horsepower engine")
_INVARIANT_UNITS = frozenset({"horsepower", "calibre", "caliber", "gauge", "proof", "carat", "karat"})


@lru_cache(maxsize=1)
def _measures() -> frozenset[str]:
    """Currencies and units, which stand in the singular after a count ("500 yuan", "30 knot")."""
    from ..data import load_data

    names = {w.lower() for c in load_data("currencies.toml").get("currency", {}).values() for w in c.get("names", [])}
    names |= {w.lower() for u in load_data("units.toml").get("unit", []) for w in u.get("names", [])}
    return frozenset(w.split()[-1] for w in names) | _INVARIANT_UNITS


class SameRange(BaseRule):
    id = "grammar.same-range"
    category = "typo"
    severity = Severity.WARNING
    description = "A range whose two ends are the same: “between 9am and 9am”, “from 2019 to 2019”."
    #: a number, time or date, with "am"/"pm" or a unit glued or spaced after it
    _END = r"[£$€]?\d(?:[\d.,:/-]*\d)?(?:%|[a-z]{1,3}\b|\s[ap]\.m\.)?"
    PATTERN = regex.compile(
        rf"(?<![\w’'-])(?P<from>[Bb]etween|[Ff]rom) (?P<a>{_END}) (?P<to>and|to|until|till|through) (?P<b>{_END})"
        r"(?![\w’'%-]|[.,:/]\d| and a (?:half|quarter))")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            a, b = m.group("a"), m.group("b")
            if a.rstrip(".").lower() != b.rstrip(".").lower() or doc.in_quote(m.start(), m.end()):
                continue
            if (m.group("from").lower() == "between") != (m.group("to") == "and"):
                continue  # "between ... to", "from ... and": not one range
            if m.group("from").lower() == "from" and a.isdigit() and int(a) <= 12:
                continue  # "open from 9 to 9": a clock's hour, morning to evening
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: the range starts and ends at the same {a}; one end is probably mistyped. "
                "Check both figures against the source.",
                evidence="the same figure on both sides of the range",
            )


def _after_be(tok) -> bool:
    """A passive participle or an adjective after "be" ("was accused", "is also responsible")."""
    sent_start = tok.sent.start
    return any(t.lemma_ == "be" for t in tok.doc[max(sent_start, tok.i - 3): tok.i])


def rules():
    return [MissingWord(), MissingParticle(), MissingNoun(), SameRange()]
