"""Determiners left over from an edit, or put where a noun takes none (category ``typo``),
read off the text, no parse.

Rules:
  grammar.stray-determiner  two determiners in a row, one left over from an edit: "the"
                            before a pronoun ("carried the her bag", "said the there was"),
                            an article after "my/our/their/your" ("on my the way"), an
                            article before "been" ("have the been rebuilt"), "they"
                            for "the" before an adjective and a plural noun ("they
                            young people")
  grammar.mass-noun-article "a"/"an" before a noun that takes none ("a news has", "an
                            advice on")

These read inside quotations too: they are the writer's or the feed's slips, not the
speaker's grammar.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.literals import finditer_at
from ..grammar.verbs import lemmas as _lemmas
from ..rule import BaseRule
from ..spelling.candidates import keep_case


class StrayDeterminer(BaseRule):
    id = "grammar.stray-determiner"
    category = "typo"
    severity = Severity.WARNING
    description = ("Two determiners in a row, one left over from an edit: “the” before a pronoun "
                   "(“carried the her bag”, “said the there was”), an article after “my/our/"
                   "their/your” (“on my the way”).")
    PRONOUN = regex.compile(
        r"(?<![\w’'-])(?P<d>[Tt]he) (?P<p>her|him|them|his|their|our|my|your|its|there|they|he|she|we|me)"
        r"(?![\w’'-])")
    ARTICLE = regex.compile(r"(?<![\w’'-])(?P<d>[Mm]y|[Oo]ur|[Tt]heir|[Yy]our) (?P<p>the|a|an)(?![\w’'-])")
    #: an article before "been" ("have the been rebuilt"): "been" is never a noun
    BEEN = regex.compile(r"(?<![\w’'-])(?P<d>the|a|an|The|A|An) (?P<p>been)(?![\w’'-])")

    #: "he" typed for "the" after a preposition ("drew all he attention"), and "the" typed for
    #: "to" before a verb ("have the explain"): only a word that is a noun and nothing else, or a
    #: verb's base form and nothing else (lemminflect), follows
    HE_FOR_THE = regex.compile(
        r"(?<![\w’'-])(?:all|of|in|on|at|for|with|from|by|to|into|about) (?P<d>he) (?P<w>\p{Ll}+)(?![\w’'-])")
    THE_FOR_TO = regex.compile(r"(?<![\w’'-])(?:have|has|had|having) (?P<d>the) (?P<w>\p{Ll}+)(?![\w’'-])")
    #: "they" typed for "the" before an adjective and a plural noun ("they older pupils"):
    #: a pronoun cannot take an adjective and a noun after it
    THEY_FOR_THE = regex.compile(
        r"(?<![\w’'-])(?P<d>[Tt]hey) (?P<a>\p{Ll}{3,}) (?P<w>\p{Ll}{3,})(?![\w’'-])")
    IRREGULAR_PLURALS = {"people", "men", "women", "children"}

    def check(self, doc: Document) -> Iterator[Finding]:
        for pat, pos, right in ((self.HE_FOR_THE, "NOUN", "the"), (self.THE_FOR_TO, "VERB", "to")):
            for m in finditer_at(pat, doc.text):
                w = m.group("w")
                lem = _lemmas(w)
                if set(lem) != {pos} or w not in lem[pos]:
                    continue
                yield self.finding(
                    doc, m.start("d"), m.end("w"),
                    f"“{m.group('d')} {w}”: “{m.group('d')}” cannot stand before “{w}” here; “{right}” was "
                    f"probably meant (“{right} {w}”).",
                    suggestions=[f"{right} {w}"], evidence=f"“{m.group('d')}” before the {pos.lower()} “{w}”",
                )
        for m in self.THEY_FOR_THE.finditer(doc.text):
            a, w = m.group("a"), m.group("w")
            adj, noun = _lemmas(a), _lemmas(w)
            if "ADJ" not in adj or set(adj) - {"ADJ", "NOUN"}:
                continue  # "they last met", "they only": an adverb or a verb may follow "they"
            if not (w in self.IRREGULAR_PLURALS or ("NOUN" in noun and w not in noun["NOUN"] and set(noun) == {"NOUN"})):
                continue
            fixed = keep_case(m.group("d"), "the")
            yield self.finding(
                doc, m.start("d"), m.end("w"),
                f"“{m.group(0)}”: “{m.group('d')}” cannot stand before an adjective and a noun; “{fixed}” was "
                f"probably meant (“{fixed} {a} {w}”).",
                suggestions=[f"{fixed} {a} {w}"], evidence=f"the pronoun “{m.group('d')}” before “{a} {w}”",
            )
        for m in finditer_at(self.BEEN, doc.text):
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: an article before “been” is left over from an edit; delete “{m.group('d')}”.",
                suggestions=["been"], evidence=f"“{m.group('d')}” directly before “been”", fix="been",
            )
        for pat in (self.PRONOUN, self.ARTICLE):
            for m in finditer_at(pat, doc.text):
                d, p = m.group("d"), m.group("p")
                extra = " (or “your” stands for “you're”, “their” for “there”)" if pat is self.ARTICLE else ""
                yield self.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group(0)}”: two determiners in a row; one is left over from an edit{extra}. "
                    f"Delete one.",
                    suggestions=[keep_case(d, p), d],
                    evidence=f"“{d}” directly before “{p}”",
                )


#: nouns that take no indefinite article ("news", "advice")
MASS_NOUNS = ("news", "advice", "information", "equipment", "furniture", "luggage", "baggage", "homework",
              "machinery", "clothing", "feedback")
#: what follows such a noun when it is the head of its phrase ("a news has", "an advice on")
_AFTER_HEAD = ("has", "had", "is", "was", "that", "which", "about", "on", "of", "to", "for", "from", "and",
               "but", "came", "went", "spread", "broke")


class MassNounArticle(BaseRule):
    id = "grammar.mass-noun-article"
    category = "typo"
    severity = Severity.WARNING
    description = "“a”/“an” before a noun that takes none (“a news has gone viral”, “an advice on”)."
    PATTERN = regex.compile(
        r"(?<![\w’'-])(?P<art>[Aa]n?) (?P<n>" + "|".join(MASS_NOUNS) + r")"
        r"(?=(?:[.,;:!?]| (?:" + "|".join(_AFTER_HEAD) + r")\b))")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            n = m.group("n")
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: “{n}” takes no “{m.group('art').lower()}”; write “{n}”, “the {n}” or "
                f"“a piece of {n}”.",
                suggestions=[keep_case(m.group("art"), n)],
                evidence=f"“{n}” is a mass noun",
            )


def rules():
    return [StrayDeterminer(), MassNounArticle()]
