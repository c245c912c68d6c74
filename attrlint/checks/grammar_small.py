"""A small word dropped between a quantity and its noun phrase (category ``typo``), no parse.

Rule:
  grammar.dropped-of  "one its vessels", "one the best players", "just one many problems",
                      "as many the gases": "of" lost between a quantity word and a
                      determiner that starts the group it is taken from

"one" is a quantity only when no determiner stands before it ("the one his father used",
"no one the court heard" are other phrases), and only when the group after the determiner
is plural or a superlative ("one its vessels", "one our finest judges"): the scan stops at
the first singular noun ("the one our new president wants" is left alone). Words come from
lemminflect's tables. "some/most/each/several/many" + a determiner needs no such test:
English has no phrase "most the". Words in capitals ("one US soldier") are not determiners.

  grammar.dropped-preposition  "according the report", "prior the vote", "regardless
                      the cost": a word that never stands without its preposition, then a
                      determiner or pronoun
  grammar.plural-modifier  "multiples terrorist attacks", "others countries": the plural
                      noun of a modifier that takes no -s before a noun
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule
from .grammar_slips import _lemmas

_DET = "the|his|her|its|their|our|my|your|those|these"
#: words before "one" that make it a pronoun or a numeral of its own ("the one his father used")
_NOT_QUANTITY = "the|this|that|which|no|every|any|each|such|a|The|This|That|No|Every|Any|Each|Such|A"


def _plural(word: str) -> bool:
    lem = _lemmas(word)
    return (word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
            and "NOUN" in lem and word not in lem["NOUN"])


def _superlative(word: str) -> bool:
    lem = _lemmas(word)
    return word == "most" or ("ADJ" in lem and word not in lem["ADJ"] and word.endswith("est"))


def _group(rest: str) -> bool:
    """The words after the determiner name a plural group or a superlative."""
    for w in rest.split():
        if _plural(w) or _superlative(w):
            return True
        if w.endswith(("'s", "’s")):
            continue  # "one the city's largest": a possessive before the head
        lem = _lemmas(w)
        if "NOUN" in lem and w in lem["NOUN"]:
            return False  # a singular noun: "the one our new president wants"
    return False


class DroppedOf(BaseRule):
    id = "grammar.dropped-of"
    category = "typo"
    severity = Severity.WARNING
    description = "“of” lost after a quantity word: “one its vessels”, “one the best”, “one many problems”, “most the”."
    ONE = regex.compile(
        rf"(?<![\w’'-])(?<!(?:{_NOT_QUANTITY}) )(?P<a>one|One) (?P<d>{_DET}|many|several)"
        rf"(?P<rest>(?: [\p{{L}}’'-]+){{0,4}})")
    QUANTITY = regex.compile(
        rf"(?<![\w’'-])(?P<a>some|most|each|several|many|Some|Most|Each|Several|Many) (?P<d>{_DET})(?![\w’'-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.ONE.finditer(doc.text):
            if m.group("d") in ("many", "several") or _group(m.group("rest")):
                yield self._finding(doc, m)
        for m in self.QUANTITY.finditer(doc.text):
            yield self._finding(doc, m)

    def _finding(self, doc: Document, m: regex.Match) -> Finding:
        a, d = m.group("a"), m.group("d")
        fixed = f"{a} of {d}"
        return self.finding(
            doc, m.start("a"), m.end("d"),
            f"“{a} {d}”: “of” seems to be missing; write “{fixed}”.",
            suggestions=[fixed], evidence=f"the quantity “{a}” straight before “{d}”", fix=fixed,
        )


class DroppedPreposition(BaseRule):
    """"according the report": words that only ever head a phrase with their preposition.
    Not "due" ("due a bonus"), "thanks" (a verb: "he thanks the team"), "ahead" ("went
    ahead the next day") nor "instead" (an adverb: "Instead the council voted")."""

    id = "grammar.dropped-preposition"
    category = "typo"
    severity = Severity.WARNING
    description = "A preposition lost after a word that needs it: “according the report”, “prior the vote”."
    NEEDS = {"according": "to", "prior": "to", "regardless": "of", "irrespective": "of"}
    PATTERN = regex.compile(
        r"(?<![\w’'-])(?P<a>[Aa]ccording|[Pp]rior|[Rr]egardless|[Ii]rrespective) "
        r"(?P<d>the|a|an|his|her|its|their|our|my|your|this|these|those|him|them|us|me)(?![\w’'-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            a, d = m.group("a"), m.group("d")
            fixed = f"{a} {self.NEEDS[a.lower()]} {d}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{a} {d}”: “{self.NEEDS[a.lower()]}” seems to be missing; write “{fixed}”.",
                suggestions=[fixed], evidence=f"“{a}” never stands without “{self.NEEDS[a.lower()]}”", fix=fixed,
            )


class PluralModifier(BaseRule):
    """"multiples attacks": "multiple" and "other" modify a noun without an -s; the -s form
    is a noun ("two multiples", "the others") and cannot stand before another noun. After an
    adjective ("multiples legal challenges") the plural is a noun; straight after, it must be
    a noun and nothing else in lemminflect's tables ("others attack" has a verb after it)."""

    id = "grammar.plural-modifier"
    category = "typo"
    severity = Severity.WARNING
    description = "An -s on a modifier before a noun: “multiples attacks”, “others countries”."
    PATTERN = regex.compile(
        r"(?<![\w’'-])(?P<a>[Mm]ultiples|[Oo]thers) (?:(?P<adj>\p{Ll}{3,}) )?(?P<n>\p{Ll}{3,}s)(?![\w’'-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            n, adj = m.group("n"), m.group("adj")
            if not _plural(n):
                continue
            if adj and set(_lemmas(adj)) != {"ADJ"}:
                continue  # "others like them": not an adjective between
            if not adj and set(_lemmas(n)) != {"NOUN"}:
                continue  # "others attack", "multiples rise": the -s word may be a verb
            a = m.group("a")
            fixed = a[:-1]
            yield self.finding(
                doc, m.start("a"), m.end("a"),
                f"“{a} {m.group(0)[len(a) + 1:]}”: before a noun write “{fixed}”, without the -s.",
                suggestions=[fixed], evidence=f"“{a}” is a noun; the modifier is “{fixed}”", fix=fixed,
            )


def rules():
    return [DroppedOf(), DroppedPreposition(), PluralModifier()]
