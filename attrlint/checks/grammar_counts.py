"""A figure whose unit was lost (category ``typo``), no parse.

Rule:
  grammar.number-without-unit  a bare figure + "of" + a singular noun with no determiner:
                               "dumped 4,000 of treated water" (4,000 tonnes? litres?). Left
                               alone: a determiner or pronoun after "of" ("4,000 of them",
                               "10 of the"), plurals ("40 of the players", "300 of
                               protesters" read as people), money ("$3 of debt"), years and
                               dates ("in 2016 of", "March 2 of"), ages in a name's commas
                               ("Smith, 63, of no fixed address").
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule
from .grammar_slips import _lemmas

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


def rules():
    return [NumberWithoutUnit()]
