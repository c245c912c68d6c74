"""Slips around figures that the word counts reveal (category ``typo``).

Rules:
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

  grammar.ordinal-suffix  "her 41th birthday", "the 53st edition": an ordinal whose suffix
                          belongs to another number (decided by its last two digits)

  grammar.clock-time      "at 10:355 a.m.", "by 4:75 pm": a clock time whose minutes are not
                          two figures from 00 to 59: a digit mistyped or typed twice.
                          Only before "a.m."/"p.m." or a time zone: "1:250,000" is a map's
                          scale, "5:0105:01" a video player's counter (debris, not a typo)
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.ngrams import ngrams
from ..grammar.prose import PARSE, prose_sentences
from ..grammar.prose import quoted as _quoted
from ..grammar.tokens import token_table
from ..rule import BaseRule

#: the only tag the rule judges (its first test), picked from the token table's columns
_NN = frozenset({"NN"})
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
        table = token_table(doc)
        nouns = table.where("tag", _NN)  # _judge takes no other word: a Token only there
        for sent in prose_sentences(doc):
            for i in table.within(nouns, sent.start + 2, sent.end - 1):
                b = doc.spacy[i]
                n = doc.spacy[i - 1]
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
        if b.lower_.endswith("ing"):
            return False  # people counted by what they do: "with 46 waiting", "22 backing it"
        if not _COUNT.fullmatch(n.text) or n.whitespace_ != " " or (len(n.text) == 4 and 1800 <= int(n.text) <= 2100):
            return False  # not a count, or a year ("in 2015 malaria spread")
        if doc.text[n.idx - 1: n.idx] in ("-", "‐", "–", "/"):
            return False  # the second half of a score or ratio: "a 50-50 stalemate"
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


def ordinal_suffix(number: str) -> str:
    """The suffix English writes after ``number``: 1st, 2nd, 3rd, 4th, 11th-13th, 21st, 112th."""
    n = int(number)
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


class OrdinalSuffix(BaseRule):
    """"her 41th birthday", "the 53st edition": the suffix belongs to another number. Decided by
    construction (the last two digits say the suffix), so no count or list is needed. Codes
    and words that only look like ordinals ("A1st", "4th-gen" is fine) need a figure that stands
    alone: no letter, digit or sign glued before it."""

    id = "grammar.ordinal-suffix"
    category = "typo"
    severity = Severity.WARNING
    description = "An ordinal whose suffix does not fit its number: “41th” (41st), “22th” (22nd), “11st” (11th)."
    PATTERN = regex.compile(r"(?<![\w.,/#@$£€-])(?P<n>\d{1,4})(?P<suf>st|nd|rd|th|ST|ND|RD|TH)\b")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            n, suf = m.group("n"), m.group("suf")
            right = ordinal_suffix(n)
            if suf.lower() == right:
                continue
            fixed = n + (right.upper() if suf.isupper() else right)
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: the ordinal of {n} is written “{fixed}”.",
                suggestions=[fixed], evidence=f"{n} takes “{right}”", fix=fixed,
            )


class ClockTime(BaseRule):
    """A malformed figure slips past every word check; a clock's minute field has one shape,
    so a wrong one is certain. None in 3,823 clean articles, even without the "a.m." guard."""

    id = "grammar.clock-time"
    category = "typo"
    severity = Severity.WARNING
    description = "A clock time whose minutes are not two figures from 00 to 59: “10:355 a.m.”, “4:75 pm”."
    PATTERN = regex.compile(
        r"(?<![\d:.,])\d{1,2}:(?P<m>\d+)(?![\d,])(?P<z>\s?(?:[ap]\.m\.?|[AaPp][Mm]\b"
        r"|GMT\b|UTC\b|BST\b|CET\b|IST\b|E[SD]?T\b|P[SD]?T\b|hrs\b|local time))")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            minutes = m.group("m")
            if len(minutes) == 2 and int(minutes) < 60:
                continue
            yield self.finding(
                doc, m.start(), m.end("z"),
                f"“{m.group(0).strip()}”: a clock time's minutes are two figures from 00 to 59, not "
                f"“{minutes}”; a digit was mistyped or doubled. Check the time against the source.",
                evidence=f"the minute field “{minutes}”",
            )


def rules() -> list[BaseRule]:
    return [MissingNoun(), SameRange(), OrdinalSuffix(), ClockTime()]
