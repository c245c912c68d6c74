"""Broken grammar a spelling check cannot see (category ``typo``), read off the parse.

Rules:
  grammar.agreement            a singular subject with a plural verb or the reverse
                               ("the figures shows", "a spokesman say")
  grammar.verb-after-auxiliary a wrong verb form after have, be, do or a modal
                               ("had not went", "was arrest on Monday", "will goes",
                               "should of")
Word-level rules on dropped and doubled words live in ``grammar_words``.

The parser is often wrong on headlines and scraped lines, so every rule reads only
sentences that look like prose (end in punctuation, mostly lower case) and stays quiet
inside quotations: a speaker's own grammar is reported as spoken. Verb forms come from
lemminflect's tables (``attrlint.grammar.verbs``), not from lists in this module.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.ngrams import ngrams
from ..grammar.prose import PARSE, prose_sentences
from ..grammar.prose import quoted as _quoted
from ..grammar.tokens import token_table
from ..grammar.verbs import base_of_inflected, is_base, participle_of_base, past_not_participle, third_person
from ..rule import BaseRule
from ..spelling.candidates import keep_case
from .grammar_counts import rules as count_rules
from .grammar_case import rules as case_rules
from .grammar_country import rules as country_rules
from .grammar_determiners import rules as determiner_rules
from .grammar_doubles import rules as double_rules
from .grammar_forms import rules as form_rules
from .grammar_gaps import rules as gap_rules
from .grammar_gaps_figures import rules as gap_figure_rules
from .grammar_glued import rules as glued_rules
from .grammar_glyph import rules as glyph_rules
from .grammar_phrases import rules as phrase_rules
from .grammar_marks import rules as mark_rules
from .grammar_place_case import rules as place_case_rules
from .grammar_lost_break import rules as lost_break_rules
from .grammar_names import rules as name_rules
from .grammar_possessive import rules as possessive_rules
from .grammar_possessive_plural import rules as possessive_plural_rules
from .grammar_possessive_verb import rules as possessive_verb_rules
from .grammar_punct import rules as punct_rules
from .grammar_slips import rules as slip_rules
from .grammar_small import rules as small_rules
from .grammar_stray import rules as stray_rules
from .grammar_verb_for_noun import rules as verb_for_noun_rules
from .grammar_words import rules as word_rules

#: words that may stand between an auxiliary and its verb
_BETWEEN = {"not", "n't", "never", "already", "just", "also", "still", "ever", "only", "even",
            "reportedly", "allegedly", "since", "recently", "previously", "then", "all", "both"}
#: the parts of speech of the words the two parse rules start from
_VERBAL = frozenset({"VERB", "AUX"})


def _countable(noun: str) -> bool:
    """A noun with a plural of its own ("report" -> "reports"; not "summery", a parse slip)."""
    from lemminflect import getAllLemmas, getInflection

    from ..lemma_tables import install

    install()
    plural = getInflection(noun, "NNS")
    return "NOUN" in getAllLemmas(noun) and bool(plural) and plural[0] != noun


class Agreement(BaseRule):
    id = "grammar.agreement"
    category = "typo"
    severity = Severity.WARNING
    description = ("A subject and its verb that disagree in number (“the figures shows”, "
                   "“a spokesman say”), outside quotations.")
    needs = PARSE
    #: determiners that make a noun phrase surely singular
    SINGULAR_DET = {"a", "an", "each", "every", "this", "that", "one", "another", "either", "neither"}
    #: verbs followed by an object and a bare infinitive ("saw him leave")
    BARE_INFINITIVE_AFTER = {"see", "watch", "hear", "let", "make", "help", "have", "feel", "notice",
                             "observe", "bid"}
    #: nouns of quantity that take the number of what they count
    PARTITIVE = {"majority", "minority", "number", "lot", "couple", "host", "handful", "third", "half",
                 "quarter", "percent", "proportion", "total", "rest", "bulk", "plurality", "pair",
                 "variety", "range", "fraction", "share", "set", "group", "team", "family", "staff",
                 "crew", "public", "government", "committee", "council", "board", "police", "jury"}
    #: determiners that make it surely plural
    PLURAL_DET = {"these", "those", "many", "several", "both", "few", "all", "some", "the", "their",
                  "its", "his", "her", "our", "two", "three", "four", "five"}

    def check(self, doc: Document) -> Iterator[Finding]:
        table = token_table(doc)
        dep, tag, kids = table.dep, table.tag, table.children
        verbs = table.where("pos", _VERBAL)  # the sentences' verbs, not a Token per word
        for sent in prose_sentences(doc):
            for i in table.within(verbs, sent.start, sent.end):
                if any(dep[c] == "mark" for c in kids[i]):
                    continue  # "that he be", "if she were": no plain agreement to check
                auxes = [c for c in kids[i] if dep[c] in ("aux", "auxpass") and c < i]
                # the finite word is the first auxiliary ("reports is based") or the verb itself
                v = auxes[0] if auxes else i
                if tag[v] not in ("VBZ", "VBP", "VB", "VBD") or tag[v] == "VBD" and table.lower[v] not in ("was", "were"):
                    continue
                if tag[v] == "VB" and auxes:
                    continue
                subj = [c for c in kids[i] if dep[c] in ("nsubj", "nsubjpass")]
                if len(subj) != 1:
                    continue
                head, verb = sent.doc[i], sent.doc[v]
                if _quoted(doc, verb):
                    continue
                s = sent.doc[subj[0]]
                if head.dep_ == "ccomp" and head.head.lemma_ in self.BARE_INFINITIVE_AFTER:
                    continue  # "they saw the operator use a switch"
                across = self._across_of(sent, s, verb)
                if across:
                    want, why, prep = across
                    yield self.finding(
                        doc, verb.idx, verb.idx + len(verb.text),
                        f"“{s.text} {prep} … {verb.text}”: {why}; write “{want}” (the verb agrees with "
                        f"“{s.text}”, not with the noun after “{prep}”).",
                        suggestions=[want], evidence=f"subject “{s.text}” ({s.tag_}) before an “{prep}” phrase, verb “{verb.text}”",
                    )
                    continue
                if not s.is_alpha or any(not t.is_alpha for t in sent.doc[max(sent.start, s.left_edge.i - 2):verb.i]):
                    continue  # damaged text between ("didn"t include")
                if s.i > verb.i or verb.i - s.i > 4 or any(c.dep_ in ("conj", "nummod", "prep", "appos", "acl", "relcl") for c in s.children):
                    continue  # coordinated, measured ("two weeks is"), partitive ("a number of")
                if s.lemma_.lower() in self.PARTITIVE:
                    continue  # "a majority were", "a couple have": agreement by sense
                edge = s.left_edge.i
                before = sent.doc[edge - 1] if edge > sent.start else None
                if before is not None and not (before.is_punct or before.pos_ in ("SCONJ", "CCONJ", "VERB", "AUX")):
                    continue  # the noun is inside a longer phrase ("gave BYD a big head start")
                dets = {c.lower_ for c in s.children if c.dep_ in ("det", "poss")}
                finding = self._mismatch(s, verb, dets)
                if finding:
                    want, why = finding
                    yield self.finding(
                        doc, verb.idx, verb.idx + len(verb.text),
                        f"“{s.text} … {verb.text}”: {why}; write “{want}” (or check the subject).",
                        suggestions=[want], evidence=f"subject “{s.text}” ({s.tag_}), verb “{verb.text}” ({verb.tag_})",
                    )

    #: plural nouns that count or measure what follows "of" ("lots of money is", "two
    #: thirds of the budget was"): the verb may agree with that
    QUANTITY = {"lots", "loads", "plenty", "tons", "millions", "billions", "thousands", "hundreds", "dozens",
                "kinds", "types", "sorts", "halves", "thirds", "quarters", "fifths", "tenths", "odds", "remains"}
    #: determiners before a singular noun that leave its number to the noun ("the report")
    DEFINITE_SINGULAR = {"the", "his", "her", "its", "their", "our", "my", "your"}
    #: nouns that may take a plural verb in the singular ("the team are", "the fish tend")
    COLLECTIVE = PARTITIVE | {
        "media", "data", "staff", "people", "clergy", "cattle", "youth", "personnel", "audience", "management",
        "party", "club", "side", "squad", "union", "panel", "army", "navy", "cabinet", "company", "firm", "band",
        "class", "community", "population", "opposition", "administration", "press", "church", "parliament",
        "assembly", "congress", "senate", "house", "court", "bench", "network", "alliance", "coalition",
        "electorate", "workforce", "leadership", "military", "regime", "country", "nation", "state", "city",
        "region", "town", "village", "school", "university", "college", "hospital", "agency", "ministry",
        "department", "office", "bank", "industry", "market", "league", "federation", "association",
        "organisation", "organization", "commission", "delegation", "clan", "tribe", "gang", "mob", "crowd",
        "fleet", "herd", "flock", "cast", "choir", "orchestra", "congregation", "faculty", "household",
        "generation", "society", "world", "west", "duo", "trio", "fish", "sheep", "deer", "aircraft", "offspring",
        "series", "species", "means", "cavalry", "infantry", "poultry", "livestock", "vermin", "elite"}
    #: determiners that fix a plural head ("the details of the plan")
    DEFINITE = {"the", "these", "those", "their", "its", "his", "her", "our"}

    #: prepositions whose phrase may sit between a plural head and its verb ("the rifts in
    #: the coalition has", "the talks with the union was"): the verb agrees with the head
    ACROSS = {"of", "in", "on", "at", "with", "from", "for", "between", "among", "inside", "near", "over", "under",
              "across", "behind", "within", "against"}

    def _across_of(self, sent, s, verb) -> tuple[str, str, str] | None:
        """"The details of the plan was", "the rifts in the coalition has": a plural head, a
        prepositional phrase, a singular verb."""
        preps = [c for c in s.children if c.dep_ == "prep"]
        if len(preps) != 1 or preps[0].lower_ not in self.ACROSS or s.i > verb.i or not s.is_lower:
            return None
        prep = preps[0].lower_
        if any(c.dep_ in ("conj", "cc", "nummod", "appos", "acl", "relcl") for c in s.children):
            return None
        if s.tag_ != "NNS" or s.lemma_.lower() == s.lower_ or not s.lower_.endswith("s") or s.lower_ in self.QUANTITY \
                or s.lower_.endswith(("ss", "ics", "news", "series", "species", "means", "headquarters")):
            return None
        dets = {c.lower_ for c in s.children if c.dep_ in ("det", "poss") and c.i < s.i}
        if not dets & self.DEFINITE or s.left_edge.i > s.i - 1:
            return None
        between = sent.doc[s.i + 1:verb.i]
        if len(between) > 10 or any(t.pos_ in ("VERB", "AUX", "CCONJ") or t.tag_ in ("WDT", "WP", "VBG", "VBN")
                                    or t.is_punct or not (t.is_alpha or t.tag_ == "POS") for t in between):
            return None  # a clause or a list inside the phrase: too far to judge
        before = sent.doc[s.left_edge.i - 1] if s.left_edge.i > sent.start else None
        if before is not None and not (before.is_punct or before.pos_ in ("SCONJ", "CCONJ", "VERB", "AUX")):
            return None
        v = verb.lower_
        if v in ("is", "was"):
            return keep_case(verb.text, "are" if v == "is" else "were"), "a plural subject takes a plural verb", prep
        if v == "has":
            return keep_case(verb.text, "have"), "a plural subject takes a plural verb", prep
        return None

    def _mismatch(self, s, verb, dets) -> tuple[str, str] | None:
        v = verb.lower_
        if s.tag_ == "NN" and dets & self.SINGULAR_DET and not s.lower_.endswith("s"):
            # a singular count noun with a bare plural present: "a spokesman say"
            if v in ("are", "were"):
                return keep_case(verb.text, "is" if v == "are" else "was"), "a singular subject takes a singular verb"
            if v == "have":
                return keep_case(verb.text, "has"), "a singular subject takes a singular verb"
            if v not in ("be", "am", "do") and is_base(v) and verb.tag_ in ("VBP", "VB"):
                vbz = third_person(v)
                if vbz:
                    return keep_case(verb.text, vbz), "a singular subject takes a singular verb"
        if s.tag_ == "NN" and dets & self.DEFINITE_SINGULAR and verb.tag_ == "VBP" and verb.i == s.i + 1 \
                and v not in ("be", "am", "are", "do", "have", "need", "dare") and is_base(v) and s.is_lower \
                and not s.lower_.endswith("s") \
                and s.lower_ not in self.COLLECTIVE and not any(c.dep_ == "compound" for c in s.children) \
                and _countable(s.lower_):
            # "the report show": a countable singular noun after "the" or a possessive, a bare
            # plural present straight after it; collective nouns may take a plural verb
            # ("the team play", "the police say") and are left alone; "need" and "dare" are
            # modal ("the picture need not be gloomy"); a noun in -s is a plural the tagger missed
            vbz = third_person(v)
            if vbz:
                return keep_case(verb.text, vbz), "a singular subject takes a singular verb"
        if s.tag_ == "NNS" and s.lemma_.lower() != s.lower_ and s.lower_.endswith("s") \
                and not s.lower_.endswith(("ss", "ics", "news", "series", "species", "means", "quarters")) \
                and dets & self.PLURAL_DET and verb.tag_ == "VBZ":
            # a plural noun with a third-person singular verb: "the figures shows"
            if v in ("is", "was"):
                return keep_case(verb.text, "are" if v == "is" else "were"), "a plural subject takes a plural verb"
            if v == "has":
                return keep_case(verb.text, "have"), "a plural subject takes a plural verb"
            base = base_of_inflected(v)
            if base and v.endswith("s"):
                return keep_case(verb.text, base), "a plural subject takes a plural verb"
        return None


class VerbAfterAuxiliary(BaseRule):
    id = "grammar.verb-after-auxiliary"
    category = "typo"
    severity = Severity.WARNING
    description = ("A wrong verb form after an auxiliary: a past tense after have (“had went”), a "
                   "base form after be (“was arrest on Monday”), an inflected form after a modal "
                   "or do (“will goes”, “did not went”), and “should of”.")
    needs = PARSE
    #: web count of "was arrested" needed before "was arrest" is called a broken passive
    PASSIVE_MIN = 500_000
    MODALS = {"will", "would", "can", "could", "shall", "should", "may", "might", "must"}
    #: after "was arrest", what shows a passive was meant: an agent, a time or a place
    AFTER_PASSIVE = regex.compile(
        r"^(?:by|on|at|in|with|to|from|as|into|after|for|over|during|yesterday|today|last|earlier|overnight|outside|near|"
        r"here|above|below)\b")  # a caption's "is show here", "are picture above"

    def check(self, doc: Document) -> Iterator[Finding]:
        table = token_table(doc)
        verbs = table.where("pos", _VERBAL)
        for sent in prose_sentences(doc):
            for i in table.within(verbs, sent.start, sent.end):
                aux = sent.doc[i]
                if not table.is_lower[i] or _quoted(doc, aux):
                    continue  # "George Will referred": a name
                if aux.i and sent.doc[aux.i - 1].whitespace_ == "":
                    continue  # "well-being"
                j = aux.i + 1
                while j < sent.end and sent.doc[j].lower_ in _BETWEEN:
                    j += 1
                if j >= sent.end:
                    continue
                w = sent.doc[j]
                if not w.is_alpha or not w.is_lower:
                    continue
                hit = self._judge(aux, w)
                if hit:
                    want, why = hit
                    yield self.finding(
                        doc, w.idx, w.idx + len(w.text),
                        f"“{aux.text} … {w.text}”: {why}; write “{want}”.",
                        suggestions=[want], evidence=f"“{w.text}” after the auxiliary “{aux.text}”",
                    )

    def _judge(self, aux, w) -> tuple[str, str] | None:
        a = aux.lower_
        if aux.lemma_ == "have" and aux.tag_ != "VB" or a in ("has", "have", "had", "'ve", "'d"):
            if a == "'d" or w.tag_ == "NN" or w.dep_ in ("dobj", "attr"):
                return None
            vbn = past_not_participle(w.text)
            if vbn and aux.dep_ == "aux" and aux.head.i == w.i and not w.lower_.startswith(("was", "were")):
                return vbn, "after “have” the verb takes its past participle"
        elif a in self.MODALS and aux.tag_ == "MD" or a in ("did", "does", "do") and aux.dep_ == "aux":
            if w.tag_.startswith("NN") or w.pos_ in ("NOUN", "PROPN", "ADJ") or aux.dep_ != "aux" or aux.head.i != w.i:
                return None  # "a soup can repeated": not an auxiliary of this verb
            nxt = w.nbor() if w.i + 1 < len(w.doc) else None
            if nxt is not None and nxt.pos_ == "NOUN" and w.lower_.endswith("ed"):
                return None  # "should do coordinated work": a participle before its noun
            prev = aux.doc[aux.i - 1] if aux.i else None
            if a in self.MODALS and w.tag_ in ("VBD", "VBN") and prev is not None and prev.pos_ == "NOUN":
                return None  # "a soup can repeated", "the will signed": the modal may be a noun
            base = base_of_inflected(w.text)
            if base and w.lower_ != "lay":
                return base, f"after “{aux.text}” the verb takes its base form"
        elif a in ("was", "were", "is", "are", "been", "being") and w.pos_ in ("VERB", "NOUN", "ADJ"):
            # the tagger reads "was arrest" as a noun or adjective, so the evidence is lexical:
            # a verb's base form, and "was arrested" common on the web where "was arrest" is not
            if w.tag_ in ("VBN", "VBG") or any(c.dep_ == "det" for c in w.children):
                return None
            nxt = w.nbor() if w.i + 1 < len(w.doc) else None
            if nxt is None or not self.AFTER_PASSIVE.match(nxt.lower_):
                return None
            vbn = participle_of_base(w.text)
            if not vbn:
                return None
            ng = ngrams()
            passive, written = ng.bigram(a, vbn) or 0.0, ng.bigram(a, w.lower_) or 0.0
            if passive >= self.PASSIVE_MIN and written * 100 <= passive:
                return vbn, "a passive takes the past participle"
        return None


class ShouldOf(BaseRule):
    id = "grammar.should-of"
    category = "typo"
    severity = Severity.WARNING
    description = "“should of”, “could of”, “would of”, “must of” for “... have” (the sound of “’ve”)."
    PATTERN = regex.compile(
        r"(?<![\w’'-])(?:should|could|would|must|might|may)(?:n['’]t)? (?P<of>of)(?! course\b)(?= (?:\w+ )?(?:been|\w+ed|\w+en|gone|done|had|made|got|come|run|seen|known)\b)",
        regex.IGNORECASE)

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            if doc.in_quote(m.start(), m.end()) or m.group(0)[:1] == "M" and m.group(0).startswith("May"):
                continue
            s, e = m.span("of")
            yield self.finding(
                doc, s, e, f"“{m.group(0)}” is the sound of “’ve”: write “have”.",
                suggestions=["have"], evidence=f"“{m.group(0)}” before a past participle", fix="have",
            )


def rules():
    return [Agreement(), VerbAfterAuxiliary(), ShouldOf(), *word_rules(), *form_rules(), *possessive_plural_rules(),
            *mark_rules(), *determiner_rules(), *case_rules(), *country_rules(),
            *possessive_rules(), *slip_rules(), *double_rules(),
            *small_rules(), *name_rules(), *count_rules(), *stray_rules(), *place_case_rules(),
            *lost_break_rules(), *gap_rules(), *gap_figure_rules(), *punct_rules(), *glyph_rules(), *phrase_rules(),
            *glued_rules(), *verb_for_noun_rules(), *possessive_verb_rules()]
