"""Possessives whose number is wrong or whose apostrophe was lost, each word correctly spelt
(category ``typo``).

Rules:
  grammar.possessive-number   a singular possessive where the number says plural ("the two
                              senior Senator's aides", "in three year's time") or where an
                              organisation of many is meant ("the Farmer's Union")
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
from ..grammar.prose import PARSE, quoted
from ..grammar.tokens import token_table
from ..rule import BaseRule
from ..spelling.candidates import keep_case

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
    return [PossessiveNumber(), PluralPossessive()]
