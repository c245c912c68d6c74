"""Slips in how words are joined that leave each word correctly spelt (category ``typo``).

Rules:
  grammar.one-sided-compound  a two-party noun joined to one party by a hyphen
                              ("the progress in Canada-relations"): the other party was
                              dropped, or the hyphen is stray
  grammar.possessive-number   a singular possessive where the number says plural ("the two
                              senior Senator's aides", "in three year's time") or where an
                              organisation of many is meant ("the Farmer's Union")
  grammar.stray-that          a "that" left over from an edit, opening no clause ("would
                              be in force that by the time the court sits.")
  grammar.participle-object   a participle describing a noun that takes a direct object
                              where a preposition is needed ("a man allegedly involved a
                              robbery was arrested": involved in)
  grammar.plural-possessive   a plural of people owning a plural thing with the apostrophe
                              lost: "the villagers concerns were heard" (villagers’), or
                              before their kin or counsel: "the victims family said"

Each reads the parse (or the text) for a structure that cannot be right, not a list of
phrases; the parse-reading ones keep to prose sentences and stay out of quotations.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.literals import finditer_at
from ..grammar.prose import PARSE, prose_sentences, quoted
from ..grammar.tokens import token_table
from ..rule import BaseRule
from ..spelling.candidates import keep_case

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


#: number words above one
_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "several", "many",
            "these", "those", "few"}
#: the heads of names of organisations of many people ("Teachers' Union")
ORG_HEADS = {"Party", "Union", "Unions", "Federation", "League", "Alliance", "Front", "Movement",
             "Association", "Congress", "Guild", "Coalition", "Confederation", "Syndicate", "Council",
             "Forum", "Collective", "Cooperative", "Society"}
#: people of one kind whose group names an organisation ("Workers' Party"), by the ending;
#: single office-holders are left alone ("the Speaker's Conference", "the President's Council")
_AGENT = regex.compile(r"(?:er|or|ist|ant|ent|ian)$")
_OFFICES = {"president", "speaker", "chancellor", "governor", "premier", "minister", "senator",
            "mayor", "regent", "sovereign", "leader", "founder", "emperor", "chairman", "director",
            "editor", "commander", "sultan", "chair", "prosecutor", "ambassador",
            "inspector", "controller", "auditor", "comptroller", "master", "officer"}


#: units of time whose count makes a plural possessive ("in two years' time")
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
#: determiners that make "the two X's" a known group of possessors (not "two sheriff's
#: deputies", where the number counts the deputies)
_GROUP_DET = {"the", "these", "those", "its", "his", "her", "their", "our", "your", "my"}


def _plural(word: str) -> str | None:
    """The regular plural of a common noun ("Senator" -> "Senators"); None for a word that
    is no noun ("Wilder") or whose plural is irregular."""
    from lemminflect import getAllLemmas, getInflection

    if not getAllLemmas(word.lower(), upos="NOUN"):
        return None
    forms = getInflection(word.lower(), tag="NNS")
    if not forms or not forms[0].endswith("s") or forms[0] == word.lower():
        return None
    return keep_case(word, forms[0])


_POSS = frozenset({"poss"})
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


def _number_above_one(tok) -> bool:
    t = tok.lower_.replace(",", "")
    if t.isdigit():
        return 1 < int(t) < 1000 or len(t) > 4  # "the 2014 Laureate's meeting": a year
    return t in _NUMBERS


class PossessiveNumber(BaseRule):
    id = "grammar.possessive-number"
    category = "typo"
    severity = Severity.WARNING
    description = ("A singular possessive where a plural one is meant: after a number (“the two "
                   "senior Senator's aides”, “in three year's time”) or in the name of an "
                   "organisation of many (“the Farmer's Union”).")
    needs = PARSE

    def check(self, doc: Document) -> Iterator[Finding]:
        sp, table = doc.spacy, token_table(doc)
        for i in table.where("dep", _POSS):
            if table.tag[i] not in ("NN", "NNP") or i + 1 >= table.n:
                continue
            tok = sp[i]
            if not tok.is_alpha:
                continue
            mark = sp[tok.i + 1]
            if mark.lower_ not in ("'s", "’s") or tok.lower_.endswith("s") or quoted(doc, tok):
                continue
            why = self._why(tok)
            if why is None:
                continue
            plural = _plural(tok.text)
            if plural is None:
                continue
            apostrophe = mark.text[0]
            want = f"{plural}{apostrophe}"
            yield self.finding(
                doc, tok.idx, mark.idx + len(mark.text),
                f"“{tok.text}{mark.text}”: {why}, so the possessive is plural: “{want}”.",
                suggestions=[want], evidence=why,
            )

    @staticmethod
    def _why(tok) -> str | None:
        if any(c.dep_ in ("conj", "cc") for c in tok.children) or tok.dep_ == "conj":
            return None  # "both Smith's and Jones's": two singular possessors
        count = [c for c in tok.children if c.dep_ in ("nummod", "det", "amod") and c.i < tok.i
                 and _number_above_one(c)]
        if count:
            dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss") and c.i < count[0].i}
            if dets & _GROUP_DET or tok.lower_ in _TIME_UNITS:
                return f"“{count[0].text}” counts more than one"
            return None  # "two sheriff's deputies": the number counts the deputies
        head = tok.head
        prev = tok.doc[tok.i - 1] if tok.i else None
        if prev is not None and prev.pos_ == "PROPN":
            return None  # "Geert Wilder's Party": a person's name
        if tok.text[:1].isupper() and head.text in ORG_HEADS and head.i == tok.i + 2 \
                and _AGENT.search(tok.lower_) and tok.lower_ not in _OFFICES:
            return f"a “{head.text}” of {tok.lower_}s is theirs, not one {tok.lower_}'s"
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


#: a determiner, a plural person noun, a plural noun and a verb of which that noun is the
#: subject: "the villagers concerns were"
_PLURAL_PAIR = regex.compile(
    r"(?<![\w’'-])(?P<d>[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur) "
    r"(?P<a>\p{Ll}{3,}(?:ers|ents|ants|ians|ists|ors|ees)) (?P<b>\p{Ll}{3,}s)"
    r"(?= (?:were|are|have|had|remain|over|about)(?![\w’'-]))")
#: a plural of people before a word for someone's kin, counsel or fate, which is never
#: a compound: "the victims family said" (victim’s or victims’)
_PERSON_KIN = regex.compile(
    r"(?<![\w’'-])(?P<d>[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ii]ts) "
    r"(?P<a>\p{Ll}{3,}(?:ers|ents|ants|ians|ists|ors|ees|ims|ects)) "
    r"(?P<b>family|families|mother|father|wife|husband|son|daughter|brother|sister|parents|relatives|lawyer"
    r"|lawyers|attorney|attorneys|body|bodies|death|deaths|identity|identities|widow|funeral|children)"
    r"(?![\w’'-])")
#: person-noun endings: a second person noun may start a relative clause ("the changes
#: residents were promised")
_PERSON_ENDINGS = ("ers", "ents", "ants", "ians", "ists", "ors", "ees", "men", "people")
#: groups named after their members without an apostrophe in some house styles
#: ("the teachers unions", "the farmers markets")
_GROUP_NOUNS = {"unions", "associations", "federations", "councils", "groups", "markets", "clubs", "leagues",
                "organisations", "organizations", "committees", "networks", "rights"}


def _noun_plural(word: str, only_noun: bool) -> bool:
    """A plural in lemminflect's tables: of a noun and nothing else ("villagers"), or of a
    noun that may be a verb too ("concerns")."""
    from lemminflect import getAllLemmas

    from ..lemma_tables import install

    install()
    lem = getAllLemmas(word)
    allowed = {"NOUN"} if only_noun else {"NOUN", "VERB"}
    return "NOUN" in lem and word not in lem["NOUN"] and set(lem) <= allowed


def _singular(word: str) -> str:
    from lemminflect import getAllLemmas

    return getAllLemmas(word).get("NOUN", (word,))[0]


class PluralPossessive(BaseRule):
    """"the villagers concerns were": two plural nouns in a row before the verb, the first a
    noun of people and nothing else, the second a plural noun that is no person (a person
    may open a relative clause: "the changes residents were promised") and no group a
    house style writes without the apostrophe ("the teachers unions"). The verb must follow
    straight after the pair, so the second noun is its subject."""

    id = "grammar.plural-possessive"
    category = "typo"
    severity = Severity.WARNING
    description = "A plural possessive with its apostrophe lost: “the villagers concerns were heard”."

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in finditer_at(_PERSON_KIN, doc.text):
            a, b = m.group("a"), m.group("b")
            if not _noun_plural(a, only_noun=True):
                continue
            one, many = f"{_singular(a)}’s {b}", f"{a}’ {b}"
            yield self.finding(
                doc, m.start("a"), m.end("b"),
                f"“{a} {b}”: the apostrophe is missing; write “{one}” (one of them) or “{many}” (several).",
                suggestions=[one, many], evidence=f"a plural of people straight before “{b}”",
            )
        for m in _PLURAL_PAIR.finditer(doc.text):
            a, b = m.group("a"), m.group("b")
            if b.endswith(_PERSON_ENDINGS) or b in _GROUP_NOUNS or a.endswith("ss"):
                continue
            if not (_noun_plural(a, only_noun=True) and _noun_plural(b, only_noun=False)):
                continue
            fixed = f"{a}’ {b}"
            yield self.finding(
                doc, m.start("a"), m.end("b"),
                f"“{a} {b}”: the {b} belong to the {a}; write “{fixed}”.",
                suggestions=[fixed], evidence=f"two plural nouns before “{doc.text[m.end():m.end() + 6].split()[0]}”",
                fix=fixed,
            )


def rules():
    return [OneSidedCompound(), PossessiveNumber(), StrayThat(), ParticipleObject(), PluralPossessive()]
