"""A sentence break lost between two sentences (category ``typo``).

Rule:
  grammar.lost-break  "... that let this go on Release of the detainees began": a common
                      noun capitalised after a lower-case word, opening a noun phrase
                      ("X of" + a lower-case word or a number) with no name in it. A
                      capital there means a new sentence began and its full stop was lost
                      (machine translation, a pasted summary); "the Ministry of Finance",
                      "said Secretary of State" have a name or a title in them.
                      Also "... what we need to do to win the Our goal is ...": a word
                      that only opens a sentence ("The", "Our", "We", "This") straight
                      after an article or a preposition, a lower-case word after it. The
                      end of one sentence and the start of the next were cut away (a
                      scrape, a glued subheading): no phrase ends on "the" or "to".

Only a frequent dictionary noun counts, and not one the lexicon lists with its capital
("Republicans", "Liberals") or the gazetteer knows as a name, a place or an organisation;
after "of" a number or a bare noun, not a determiner ("Year of the Rooster"); after a lower-case word that can end a clause (not an article, a
preposition or a conjunction, after which a capital is a title: "the Release of ...").
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..gazetteer import gazetteer
from ..grammar.literals import find_all, matches_from
from ..rule import BaseRule
from ..spelling.lexicon import DICTIONARY, lexicon

_PATTERN = regex.compile(
    r"(?<![\w’'-])(?P<a>\p{Ll}{2,}) (?P<w>\p{Lu}\p{Ll}{3,}) of (?P<b>\p{Ll}+|\d[\d,.]*)(?![\w’'-])")


def _pattern_starts(text: str) -> list[int]:
    """Where a match of ``_PATTERN`` can start: before each " of " a capitalised word, a space
    and the word before it, which starts the match (the pattern's words are letters, so the
    runs of ``str.isalpha`` characters before " of " are they; tried only there)."""
    out = []
    for p in find_all(text, " of "):
        j = p
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if j < 2 or j == p or not text[j].isupper() or text[j - 1] != " ":
            continue
        k = j - 1
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if k < j - 1:
            out.append(k)
    return out


#: words after which a capitalised noun is a title or a name's start, not a new sentence
_OPENERS = {"the", "a", "an", "of", "to", "for", "from", "by", "with", "in", "on", "at", "and", "or", "but", "as",
            "into", "about", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
            "said", "says", "told", "tells", "called", "named", "dubbed", "titled", "entitled", "under", "between",
            "than", "like", "via", "per", "nor", "against", "during", "after", "before", "former", "new", "acting",
            "deputy", "vice", "late", "then", "now", "is", "was", "are", "were", "be", "become", "became"}
#: "Year of the Rooster", "Members of the community": after "of" a determiner may open a
#: title's name or go on one sentence; a number or a bare noun ("of 40 detainees") may not
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
                "those", "all", "both", "each", "every", "some", "any", "no", "such", "what", "how", "being",
                "having", "it", "them", "him", "us", "me", "you", "one", "people"}
#: a sentence opener straight after a word that cannot end a phrase: "to win the Our goal is",
#: "called in The airport was"; "He/His" (a deity's capital: "in His heaven") and "A"/"An"
#: (labels: "from A to B", "the A side") are left out, and a capitalised word after the opener
#: makes a title ("starred in The Good Wife", "Our Lady")
_CUT = regex.compile(
    r"(?<![\w’'-])(?P<a>the|a|an|to|of|for|with|on|in|at|from|by|and|or|that|is|was|are|were|his|her|their|its"
    r"|our|this) (?P<w>The|Our|We|They|Their|She|It|Its|This|These|Those|There|My) (?P<b>\p{Ll}+)(?![\w’'-])")
#: a noun this common at least (Zipf) is plain English, not a rare word used as a name
COMMON = 4.0


class LostBreak(BaseRule):
    id = "grammar.lost-break"
    category = "typo"
    severity = Severity.WARNING
    description = ("A capitalised common noun mid-sentence where a full stop was lost (“… go on Release of the "
                   "…”), or a sentence's opening word straight after “the” or “to” (“to win the Our goal is”).")

    def check(self, doc: Document) -> Iterator[Finding]:
        lex, gaz = lexicon(), gazetteer()
        for m in matches_from(_PATTERN, doc.text, _pattern_starts(doc.text)):
            a, w = m.group("a"), m.group("w")
            low = w.lower()
            if a in _OPENERS or m.group("b") in _DETERMINERS or doc.in_quote(m.start("w"), m.end("w")):
                continue
            if lex.tier(low) != DICTIONARY or lex.zipf(low) < COMMON or lex.tier(a) != DICTIONARY:
                continue
            if lex.code(w) or gaz.lookup(w) is not None:
                continue  # written with its capital in the lexicon ("Republicans"), or a name, place or body
            yield self.finding(
                doc, m.start("a"), m.end("w"),
                f"“{a} {w}”: “{w}” starts a new sentence here, but no full stop comes before it; "
                f"write “{a}. {w}”, or “{a} {low}” if one sentence goes on.",
                suggestions=[f"{a}. {w}", f"{a} {low}"], evidence=f"“{w} of …” with no name after a lower-case word",
            )
        for m in _CUT.finditer(doc.text):
            a, w = m.group("a"), m.group("w")
            yield self.finding(
                doc, m.start("a"), m.end("w"),
                f"“{a} {w} {m.group('b')}”: “{w}” opens a new sentence straight after “{a}”, with no full "
                f"stop between: words were cut away or a subheading was glued on (a scrape). Restore the "
                f"missing words from the source, or end the sentence before “{w}”.",
                evidence=f"a sentence's first word straight after “{a}”",
            )


def rules():
    return [LostBreak()]
