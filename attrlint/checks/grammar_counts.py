"""Counts that do not fit their noun (category ``typo``), no parse.

Rules:
  grammar.determiner-number    a count that does not fit its noun: a plural count before a
                               singular ("two henchman were held"), "a", "every", "this" ...
                               before a plural ("a protesters had gathered", "every members
                               were"), "one of the" before a singular ("one of the best
                               player in"): one of the two words lost or gained an ending.
                               The noun must head its phrase (an auxiliary, a relative
                               pronoun, a preposition or punctuation follows: "a sports
                               car", "three bedroom house" are compounds) and be a noun and
                               nothing else in lemminflect's tables, with a plural unlike
                               its singular ("two dozen", "several staff", "a series" are
                               left alone).
  grammar.number-without-unit  a bare figure + "of" + a singular noun with no determiner:
                               "dumped 4,000 of treated water" (4,000 tonnes? litres?). Left
                               alone: a determiner or pronoun after "of" ("4,000 of them",
                               "10 of the"), plurals ("40 of the players", "300 of
                               protesters" read as people), money ("$3 of debt"), years and
                               dates ("in 2016 of", "March 2 of"), ages in a name's commas
                               ("Smith, 63, of no fixed address").
  grammar.bare-round-number    a round number with no count before it where the plural is
                               meant: "Thousand of fans lined the quay" (a sentence's start),
                               "hundreds of thousand of commuters".
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.literals import finditer_at
from ..grammar.verbs import lemmas as _lemmas
from ..rule import BaseRule

_PATTERN = regex.compile(
    r"(?<![\w’'.,$£€¥-])(?P<before>[ \t]*)(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) of "
    r"(?P<rest>(?:\p{Ll}[\p{Ll}-]* ){0,3}?)(?P<noun>\p{Ll}+)"
    r"(?=[ \t]*[.,;:]| (?:in|into|from|on|at|and|was|were|to|for|per|each|every)\b)")
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this",
                "that", "them", "whom", "which", "all", "every", "each", "some", "any", "us", "you", "it",
                "no", "what", "whose", "last", "next"}
_MONTHS = regex.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?[ \t]*$")


class NumberWithoutUnit(BaseRule):
    id = "grammar.number-without-unit"
    category = "typo"
    severity = Severity.WARNING
    description = ("A figure whose unit was lost before “of” and a singular noun: “dumped 4,000 of treated "
                   "water” (4,000 tonnes of ...).")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _PATTERN.finditer(text):
            n = m.group("n")
            if len(n) == 4 and n.isdigit() and 1000 <= int(n) <= 2100:
                continue  # a year
            head = text[max(0, m.start("n") - 12):m.start("n")]
            if _MONTHS.search(head) or head.rstrip().endswith(","):
                continue  # a date, or an age between commas
            words = (m.group("rest") + m.group("noun")).split()
            if any(w in _DETERMINERS for w in words):
                continue
            noun = m.group("noun")
            lem = _lemmas(noun)
            if "NOUN" not in lem or noun not in lem["NOUN"]:
                continue  # not a singular noun: "40 of protesters", a verb, an adjective
            yield self.finding(
                doc, m.start("n"), m.end("noun"),
                f"“{n} of {' '.join(words)}”: the figure has no unit; say what it counts "
                f"(“{n} tonnes of …”, “{n} litres of …”).",
                evidence=f"a bare figure before “of {noun}”",
            )


_PLURAL_DET = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds"
               "|thousands|dozens|several|many|numerous|various|multiple|these|those")
_NUMBER_WORD = regex.compile(r"(?i)two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]+$")


def _after_label_noun(text: str, start: int) -> bool:
    """Whether a noun comes right before the number word: "category four", "level three",
    "phase two", "page two": the number is then the grade's name, not a count."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1).lower()
    lem = _lemmas(word)
    # a noun in its own right, and no verb's past form ("saw four", "left two": a count)
    return word in lem.get("NOUN", ()) and all(v == word for v in lem.get("VERB", ()))


#: words after a noun that show it heads its phrase (not a modifier: "three bedroom house")
_HEAD_AFTER = (r"(?:[.,;:]|\s(?:were|are|have|had|was|is|has|who|which|will|would|could|said|in|from|at|on|"
               r"near|outside|inside|after|during|with)(?![\w’'-]))")
_PLURAL_COUNT = regex.compile(
    rf"(?<![\w’'.,$£€¥-])(?P<d>{_PLURAL_DET}|{_PLURAL_DET.title()}) (?:(?P<adj>\p{{Ll}}{{3,}}) )?"
    rf"(?P<n>\p{{Ll}}{{3,}})(?![\w’'-])(?={_HEAD_AFTER})")
_A_PLURAL = regex.compile(
    rf"(?<![\w’'.&-])(?P<d>[Aa]n?|[Ee]very|[Ee]ach|[Aa]nother|[Tt]his) (?:(?P<adj>\p{{Ll}}{{3,}}) )?(?P<n>\p{{Ll}}{{3,}}s)(?![\w’'-])(?={_HEAD_AFTER})")
#: "one of the best player in": one taken from a group names the group in the plural
_ONE_OF = regex.compile(
    rf"(?<![\w’'-])(?P<d>[Oo]ne of (?:the|his|her|its|their|our|my|your|these|those)) "
    rf"(?P<adj>(?:\p{{Ll}}+ ){{0,2}})(?P<n>\p{{Ll}}{{3,}})(?![\w’'-])(?={_HEAD_AFTER})")
#: an auxiliary after the noun: a noun that is also a verb is still the subject here
_AUX_AFTER = regex.compile(r"\s(?:were|are|have|had)(?![\w’'-])")


def _plural_of(noun: str) -> str | None:
    """The plural of a singular noun that is a noun and no adjective ("henchman" ->
    "henchmen"); None when the plural can be the same word ("staff", "dozen")."""
    from lemminflect import getInflection

    lem = _lemmas(noun)
    if "NOUN" not in lem or noun not in lem["NOUN"] or "ADJ" in lem or "ADV" in lem:
        return None
    if noun.endswith(("ia", "ta", "na")):
        return None  # Latin plurals the tables take for singulars: "these bacteria", "data", "phenomena"
    plurals = getInflection(noun, "NNS")
    return plurals[0] if plurals and noun not in plurals else None


def _singular_of(noun: str) -> str | None:
    """The singular of a plural that is a noun and nothing else ("protesters" ->
    "protester"); None for "means", "series", "headquarters" (their own lemma)."""
    lem = _lemmas(noun)
    if set(lem) != {"NOUN"} or noun in lem["NOUN"]:
        return None
    return lem["NOUN"][0]


#: words the tables list as nouns that stand after a count as pronouns ("those who", "many
#: that") or adjectives ("those responsible"), and quantity adjectives ("a few days")
_NOT_NOUN = {"who", "that", "which", "whom", "responsible", "few", "many", "more", "most", "less", "least",
             "other", "others", "own", "present", "concerned", "involved", "affected", "accused", "each",
             "will", "she", "he", "it", "we", "they", "you", "one", "alone", "ago", "else",
             # "a couple of those myself": a reflexive pronoun, not the count's noun
             "myself", "yourself", "himself", "herself", "itself", "oneself"}


def _adjective(word: str | None) -> bool:
    return word is None or (word not in _NOT_NOUN and set(_lemmas(word)) == {"ADJ"})


class DeterminerNumber(BaseRule):
    id = "grammar.determiner-number"
    category = "typo"
    severity = Severity.WARNING
    description = ("A count that does not fit its noun: “two henchman were held”, “a protesters had "
                   "gathered”.")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in finditer_at(_PLURAL_COUNT, text):
            n = m.group("n")
            plural = None if n in _NOT_NOUN else _plural_of(n)
            if plural is None or not _adjective(m.group("adj")):
                continue
            if "VERB" in _lemmas(n) and not _AUX_AFTER.match(text, m.end()):
                continue  # "two man the boat": a noun that is a verb too needs an auxiliary after it
            d = m.group("d")
            if _NUMBER_WORD.fullmatch(d) and _after_label_noun(text, m.start()):
                continue  # "a category four hurricane", "stage three cancer": the number names a grade
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: “{d}” counts more than one; write “{plural}”.",
                suggestions=[plural], evidence=f"the singular “{n}” after “{d}”",
            )
        for m in _ONE_OF.finditer(text):
            n = m.group("n")
            plural = None if n in _NOT_NOUN or "VERB" in _lemmas(n) else _plural_of(n)
            if plural is None or not all(a not in _NOT_NOUN and "ADJ" in _lemmas(a) for a in m.group("adj").split()):
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: “{m.group('d')}” takes the plural; write “{plural}”.",
                suggestions=[plural], evidence=f"the singular “{n}” after “{m.group('d')}”",
            )
        for m in finditer_at(_A_PLURAL, text):
            n = m.group("n")
            single = _singular_of(n)
            if single is None or not _adjective(m.group("adj")):
                continue
            d = m.group("d")
            other = f"drop “{d}”" if d.lower() in ("a", "an") else "write “these”" if d.lower() == "this" else ""
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: “{d}” before the plural “{n}”; write “{single}”" + (f", or {other}." if other else "."),
                suggestions=[single], evidence=f"the plural “{n}” after “{d}”",
            )


#: a round number with no count before it, at a sentence's start or after another round
#: number's plural: "Thousand of fans lined the quay", "hundreds of thousand of commuters"
_BARE_ROUND = regex.compile(
    r"(?:(?<=\b(?:[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Tt]ens|[Dd]ozens)[ \t]+of[ \t]+)"
    r"|(?<=(?:^|\n|[.!?][\"”’)]?[ \t]+)[\"“‘(]?))"
    r"(?P<w>[Hh]undred|[Tt]housand|[Mm]illion|[Bb]illion|[Dd]ozen)[ \t]+of(?![\w’'-])")


class BareRoundNumber(BaseRule):
    id = "grammar.bare-round-number"
    category = "typo"
    severity = Severity.WARNING
    description = ("A round number with no count before it, where the plural is meant: “Thousand of fans”, "
                   "“hundreds of thousand of commuters”.")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if " of" not in text:
            return
        for m in _BARE_ROUND.finditer(text):
            word = m.group("w")
            plural = f"{word}s"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: no number counts the {word.lower()}, so the plural is meant: write "
                f"“{plural} of” (or give the count: “a {word.lower()}”, “two {word.lower()}”).",
                suggestions=[f"{plural} of"], evidence=f"no count before “{word}”",
            )


def rules():
    return [NumberWithoutUnit(), DeterminerNumber(), BareRoundNumber()]
