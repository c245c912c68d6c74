"""A place's possessive with its noun dropped before a verb and a figure (category ``typo``).

Rule:
  grammar.possessive-verb  "Tokyo's finished down 210 points", "Brazil's closed 1.2% higher":
                           a possessive place straight before a past-tense verb that a figure
                           follows. A place cannot finish or close at a figure; what it owned
                           (a market index, its currency, its team) was dropped, most often a
                           link a scrape or a rewrite lost ("Tokyo's Nikkei 225 finished ...").

The frame, not a list of phrases: the owner is a place in the gazetteer; the verb is a past
tense by lemminflect's tables (not "was"/"had", where "'s" may stand for "has" or "is");
then at most two small words ("down", "up", "at", "by", "nearly") and a figure: a change
(a per cent or points) when no small word comes first ("Norway's planned 1,200 MW wind
farm" is a participle before a measure). "Friday's was cancelled", "Canada's was down by
5%" (a noun understood from the sentence before) take "was"; "Norway's advanced turbines"
has no figure after. On all 3,823 clean articles: no finding.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..gazetteer import gazetteer
from ..grammar.verbs import forms, lemmas
from ..rule import BaseRule

_FRAME = regex.compile(
    r"(?<![\w’'-])(?P<owner>(?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}.-]*)[’']s (?P<verb>\p{Ll}{3,}) "
    r"(?P<small>(?:(?:up|down|higher|lower|flat|slightly|sharply|marginally|nearly|almost|about|around|by|at|to)\s+){0,2})"
    r"[+\-−]?[$€£¥]?\d[\d,.]*(?P<move>\s?%|\s(?:per\s?cent|percent|points|pts|basis points)\b)?")
#: verbs whose "'s" may be "has" or "is" ("Canada's been", "Canada's had")
_AUXILIARIES = frozenset({"be", "have", "do"})


def _past_tense(word: str) -> bool:
    """A past tense of a verb by lemminflect's tables ("finished", "rose", "fell")."""
    return any(word in forms(lemma).get("VBD", ()) for lemma in lemmas(word).get("VERB", ())
               if lemma not in _AUXILIARIES)


class PossessiveVerb(BaseRule):
    """A possessive place before a past-tense verb and a figure: its noun was dropped."""

    id = "grammar.possessive-verb"
    category = "typo"
    severity = Severity.WARNING
    description = ("A place's possessive straight before a past-tense verb and a figure (“Tokyo's finished down "
                   "210 points”): the noun it owned, often a market index's name, was dropped.")

    def check(self, doc: Document) -> Iterator[Finding]:
        gaz = gazetteer()
        for m in _FRAME.finditer(doc.text):
            verb = m.group("verb")
            if not (m.group("small") or m.group("move")) or not _past_tense(verb):
                continue  # "Norway's planned 1,200 MW wind farm": a participle before a measure
            words = m.group("owner").split()
            # the longest run of capitalised words that names a place ("In Hong Kong" -> "Hong Kong")
            owner = next((" ".join(words[i:]) for i in range(len(words))
                          if (e := gaz.lookup(" ".join(words[i:]))) is not None and "L" in e.kinds), None)
            if owner is None:
                continue
            start = m.end("owner") - len(owner)
            possessive = doc.text[start:m.start("verb")].rstrip()
            yield self.finding(
                doc, start, m.end("verb"),
                f"“{possessive} {verb}”: a word is missing after “{possessive}”; what {verb} by that figure (a "
                f"market index, a currency) was dropped, often with a link. Restore it: “{possessive} … {verb}”.",
                evidence="a possessive place before a past-tense verb and a figure",
            )


def rules():
    return [PossessiveVerb()]
