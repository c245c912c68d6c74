"""Words and phrases said twice where one of them is a slip (category ``typo``), no parse.

Rule:
  grammar.doubled-phrase  the same adjective on both sides of "and"/"or" ("the economy
                          stayed stable and stable despite the war": one of the two was
                          meant to be another word), or the same singular noun with
                          nothing after it ("treated all with kindness and kindness.";
                          "crimes and crimes against humanity", "care and care homes" are
                          two phrases and left alone); a participle written again after
                          an adverb ("has never spoken publicly spoken"); a speaker tag's verb on both sides
                          of the name ("…,” said Jane Doe said in the assembly", "said a spokesperson for Harbour Air said"); a speaker tag or phrase written again
                          across the quotation mark that opens a quotation ("Gomez said,
                          “Gomez said. We ...”": a translation or a paste that doubled it)
  grammar.doubled-currency  a currency said twice, by its sign and by its name ("$160
                          dollars", "£5m pounds", "€20 euros", "Rs 500 rupees")

Straight repeats ("the the", "ability to ability to", a phrase repeated after a comma) are
``spelling.doubled-word``'s; repeated sentences and blocks are debris.
English doubles some words on purpose ("more and more", "over and over", "again and
again", "neck and neck", "bigger and bigger"): only a positive adjective counts, not a
comparative nor a word of those idioms, and only when no noun follows ("good and good
business" may be two phrases; "stable and stable bilateral ties" may not). Quotations are
read too: speech repeats for emphasis with those idioms, not with a plain adjective, and a
translated statement doubles like the narrator's text. The phrase across a quotation mark
is the writer's own slip.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.literals import find_all, matches_from
from ..grammar.verbs import lemmas as _lemmas
from ..rule import BaseRule

#: words that English doubles round "and" on purpose
_IDIOMS = {"more", "less", "over", "further", "farther", "far", "on", "again", "round", "around", "through",
           "out", "up", "down", "by", "neck", "back", "forth", "few", "time", "worse", "better", "fewer",
           "much", "many", "such", "same", "other"}
#: words that may follow the second adjective: a preposition, conjunction or adverb, not a noun
_FOLLOW = {"despite", "in", "on", "at", "for", "with", "after", "since", "but", "and", "while", "as", "to", "by",
           "from", "over", "until", "though", "although", "because", "so", "during", "throughout", "amid",
           "under", "again", "now", "today", "yet", "even", "than", "when", "before", "if", "or", "all"}


#: words nobody doubles for emphasis, which a comma often follows: adverbs of time and
#: sequence and sentence connectives ("later, later that day", "however, however the
#: court"); nouns, verbs and adjectives are left out: speech doubles them ("big, big
#: trouble", "jobs, jobs, jobs") and quotation marks are often lost in scraped copy
_COMMA_SLIPS = {"earlier", "later", "yesterday", "today", "tonight", "previously", "recently", "already",
                "meanwhile", "however", "moreover", "furthermore", "additionally", "also", "then", "still",
                "currently", "initially", "subsequently", "eventually", "finally", "separately", "instead",
                "nevertheless", "therefore", "thus", "overnight", "afterwards", "afterward", "beforehand",
                "though", "although", "while", "which", "whose", "where", "when", "the", "of", "with", "from"}
#: where a phrase written again across a quotation mark ends: a comma or colon, the mark
_COMMA_QUOTE = regex.compile(r"[,:] ?[“\"‘]")


def _word_start(text: str, end: int, spaces: int = 0) -> int:
    """The start of the text before ``end`` with no white space in it but up to ``spaces``
    single spaces: a match of words that ends at ``end`` starts there or after it."""
    k = end
    while k > 0:
        c = text[k - 1]
        if c == " " and spaces:
            spaces -= 1
        elif c.isspace():
            break
        k -= 1
    return k


def _participle_starts(text: str) -> list[int]:
    """Where "spoken publicly spoken" can start: the word before a word in "ly" and a space."""
    starts: list[int] = []
    for i in find_all(text, "ly ") + find_all(text, "ly\t"):
        adverb = _word_start(text, i)
        gap = adverb
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        if gap < adverb:
            starts.extend(range(_word_start(text, gap), gap))
    return starts


def _pair_starts(text: str) -> list[int]:
    """Where "stable and stable" can start: in the word before " and " or " or ", where what
    follows the conjunction repeats the rest of that word (the pattern's back-reference asks
    it; testing it here is a fraction of the cost of trying the pattern there)."""
    return [s for j in (" and ", " or ") for i in find_all(text, j) for s in range(_word_start(text, i), i)
            if text.startswith(text[s:i], i + len(j))]


def _quote_starts(text: str) -> list[int]:
    """Where a phrase of up to seven words written again across a quotation mark can start:
    in the seven words before a comma or colon and the mark, where what follows the mark (and
    a space) repeats the text from there to the comma (the pattern's back-reference)."""
    starts: list[int] = []
    for m in _COMMA_QUOTE.finditer(text):
        i, after = m.start(), m.end() + (text[m.end():m.end() + 1] == " ")
        starts.extend(s for s in range(_word_start(text, i, 6), i) if text.startswith(text[s:i], after))
    return starts


class DoubledPhrase(BaseRule):
    id = "grammar.doubled-phrase"
    category = "typo"
    severity = Severity.WARNING
    description = ("The same adjective on both sides of “and” (“stable and stable”), a word written again "
                   "after a comma (“later, later that day”), or a phrase written "
                   "again across an opening quotation mark (“Gomez said, “Gomez said.”).")
    ADJ_PAIR = regex.compile(
        r"(?<![\w’'-])(?P<w>\p{Ll}[\p{Ll}’'-]+) (?P<j>and|or) (?P=w)(?![\w’'-])(?P<after>[^\w\s]| \p{L}+)?")
    #: a phrase of two to seven words, a comma or colon, an opening quotation mark, the phrase again
    ACROSS_QUOTE = regex.compile(
        r"(?<![\w’'-])(?P<p>\p{L}[\p{L}’'-]*(?: \p{L}[\p{L}’'-]*){1,6})[,:] ?[“\"‘] ?(?P=p)(?![\w’'-])")

    #: one lower-case word written again after a comma ("later, later that day"): a
    #: word said twice by an edit or a translation, in the writer's voice
    ACROSS_COMMA = regex.compile(r"(?<![\w’',-])(?P<w>\p{Ll}{3,}), (?P=w)(?![\w’'-])")

    #: a participle written again after the adverb put before it: "has never spoken publicly spoken"
    PARTICIPLE_GAP = regex.compile(
        r"(?<![\w’'-])(?P<w>\p{Ll}{3,}(?:ed|en|wn|ne))[ \t]+(?P<a>\p{Ll}{3,}ly)[ \t]+(?P=w)(?![\w’'-])")

    #: a speaker tag after a quotation with its verb written twice: "…,” said Jane Doe said in
    #: the assembly": an edit that moved the verb and kept the old one
    TAG_TWICE = regex.compile(
        r"(?<=[”\"’'],? )(?P<v>said|says|added|adds|told|stated|noted) (?P<n>(?:\p{Lu}[\p{L}’'-]+ ){1,4}"
        # ... or a described speaker: "…,” said a spokesperson for Harbour Air said" (not
        # "said the man who said": a clause's own verb)
        r"|(?:a|an|the) (?:(?!(?:who|that|which|whom|when|as|and|but|he|she|they|it)\b)[\p{L}’'-]+ ){1,6})"
        r"(?P<v2>said|says|added|adds|stated|noted)(?![\w’'-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        yield from self._tag_twice(doc)
        for m in matches_from(self.PARTICIPLE_GAP, text, _participle_starts(text)):
            w = m.group("w")
            if "VERB" not in _lemmas(w):
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: “{w}” is written twice around “{m.group('a')}”; delete one of them.",
                suggestions=[f"{m.group('a')} {w}", f"{w} {m.group('a')}"],
                evidence=f"“{w}” on both sides of an adverb",
            )
        for m in matches_from(self.ADJ_PAIR, text, _pair_starts(text)):
            w = m.group("w")
            after = (m.group("after") or "").strip().lower()
            lem = _lemmas(w)
            if set(lem) == {"NOUN"} and w in lem["NOUN"] and not after[:1].isalpha() and w not in _IDIOMS:
                pass  # "with kindness and kindness.": a singular noun, nothing after to tell the two apart
            elif w in _IDIOMS or w not in lem.get("ADJ", ()):
                continue  # "more and more"; a comparative ("bigger and bigger")
            if after[:1].isalpha() and after not in _FOLLOW and set(_lemmas(after)) != {"ADJ"}:
                continue  # "good and good business": a noun may make them two phrases; not
                # another adjective ("stable and stable bilateral ties": both on one noun)
            yield self.finding(
                doc, m.start(), m.end("w") + len(m.group("j")) + len(w) + 2,
                f"“{w} {m.group('j')} {w}”: the same word on both sides of “{m.group('j')}”; one of them is "
                f"probably a slip: delete the repeat or put in the word that was meant.",
                suggestions=[w], evidence=f"“{w}” twice, joined by “{m.group('j')}”",
            )
        for start in find_all(text, ", "):
            k = start
            while k > 0 and text[k - 1].isalpha() and start - k < 30:
                k -= 1
            m = self.ACROSS_COMMA.match(text, k) if k < start else None
            if m is None or m.group("w") not in _COMMA_SLIPS:
                continue
            if doc.in_quote(m.start(), m.end()):
                continue  # speech repeats a word for emphasis
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: “{m.group('w')}” is written twice across the comma; delete the repeat.",
                suggestions=[m.group("w")], evidence=f"“{m.group('w')}” on both sides of a comma",
                fix=m.group("w"),
            )
        for m in matches_from(self.ACROSS_QUOTE, text, _quote_starts(text)):
            p = m.group("p")
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{p}” is written twice, before and after the quotation mark; delete the one inside "
                f"the quotation.",
                evidence=f"“{m.group(0)}”",
            )


    def _tag_twice(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        starts = [i for v in _TAG_VERBS for i in find_all(text, v + " ") if i >= 2 and text[i - 2] in ",”\"’'"]
        for m in matches_from(self.TAG_TWICE, text, starts):
            tag = f"{m.group('v')} {m.group('n').strip()}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: the speaker tag has its verb twice; write “{tag}”.",
                suggestions=[tag], evidence="a saying verb on both sides of the speaker's name",
                fix=tag,
            )


#: the saying verbs a speaker tag after a quotation opens with
_TAG_VERBS = ("said", "says", "added", "adds", "told", "stated", "noted")


#: a currency's signs and the names that say it again after the figure
_CURRENCY_NAMES = {
    "$": ("dollar", "dollars"), "£": ("pound", "pounds", "sterling"), "€": ("euro", "euros"),
    "¥": ("yen", "yuan"), "₹": ("rupee", "rupees"), "Rs": ("rupee", "rupees"), "₦": ("naira",),
}


class DoubledCurrency(BaseRule):
    """"$240 dollars": the sign already says the currency, so the name after the figure is a
    second one (an edit that added one and kept the other, or a translation). Only the
    currency's own name counts: "$5 Hong Kong dollars" names another dollar and "£40
    Premium Bonds" is no currency. A scale may stand between ("$5 million dollars"), and a
    dollar sign may carry its country ("US$20 dollars", "A$4 million dollars")."""

    id = "grammar.doubled-currency"
    category = "typo"
    severity = Severity.WARNING
    description = "A currency given by its sign and again by its name (“$240 dollars”, “€20 euros”)."
    PATTERN = regex.compile(
        r"(?<![\w$£€¥₹₦])(?P<sign>(?:US|A|AU|NZ|C|CA|S|NT|HK)?\$|[£€¥₹₦]|Rs\.?)[ \t]?(?P<fig>\d[\d,]*(?:\.\d+)?"
        r"(?:[ \t]?(?:million|billion|trillion|thousand|m|bn|tn|k|crore|lakh)\b)?)"
        r"[ \t](?P<name>\p{L}+)(?![\w’'-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            sign = m.group("sign").rstrip(".")
            sign = "$" if sign.endswith("$") else sign  # "US$", "A$": the dollar's names
            if m.group("name").lower() not in _CURRENCY_NAMES[sign]:
                continue
            keep = m.group(0)[: m.end("fig") - m.start()]
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}” gives the currency twice, by its sign and by its name: write "
                f"“{keep}”.",
                suggestions=[keep], evidence=f"“{m.group('sign')}” and “{m.group('name')}”", fix=keep,
            )


def rules():
    return [DoubledPhrase(), DoubledCurrency()]
