"""Letters and capitals lost or slipped at a word's edge or inside it (category ``typo``),
read off the text, no parse.

Rules:
  grammar.lost-letters      a paragraph opening with a lone lower-case letter, the rest of
                            its first word cut off ("n the war" for "In the war")
  grammar.lower-case-start  a sentence that starts in lower case after a full stop ("the
                            Ministry of Affairs. a man in the hall"): a comma typed as a full
                            stop, or a capital lost
  grammar.inner-capital     a capital inside a lower-case word ("the rUle", "on oTwitter")

These read inside quotations too: they are the writer's or the feed's slips, not the
speaker's grammar.
"""
from __future__ import annotations

import re
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.abbreviations import ABBREVIATIONS
from ..grammar.literals import find_all, matches_from
from ..rule import BaseRule


class LostLetters(BaseRule):
    """A paragraph that opens with the last letter of its first word, the rest cut off by
    a segmenter ("n the Second World War ..." for "In the ...", "s have begun" for
    "Talks have begun"): a lone lower-case letter, then a lower-case word, then prose."""

    id = "grammar.lost-letters"
    category = "typo"
    severity = Severity.WARNING
    description = "A paragraph that opens with a lone lower-case letter, the rest of its first word lost (“n the war”)."
    #: not "a" or "i" (words), nor "o", "x", "e" (bullets, marks, e-mail): the letter
    #: that ends a cut word, then a lower-case word and at least four more words
    PATTERN = regex.compile(r"(?m)^[ \t]*(?P<f>[b-df-hj-nprstv-wyz]) (?P<w>[a-z]{2,})(?= (?:\S+ ){3,}\S)")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            f = m.group("f")
            sugg = ["In"] if f == "n" and m.group("w") in ("the", "a", "an", "this", "that", "his", "her", "its") else []
            yield self.finding(
                doc, m.start("f"), m.end("w"),
                f"“{f} {m.group('w')}”: the paragraph opens with a lone “{f}”; the start of its first "
                f"word was lost" + (f" (probably “{sugg[0]} {m.group('w')}”)." if sugg else "; restore it."),
                suggestions=sugg, evidence="a lone lower-case letter opens the paragraph",
            )




class LowerCaseStart(BaseRule):
    """"… the Ministry of Affairs. a man in the hall asked": after a word and a full stop, a
    sentence that opens with a lower-case word that starts sentences ("a", "the", "he",
    "in", "but" …). Only those words: after a full stop a lower-case handle, e-mail address,
    wire-desk initials ("hg/jd") or web address ("pic.twitter.com") is furniture, not a
    sentence. Not after an abbreviation ("etc.", "approx.", "a.m."), nor across a line break."""

    id = "grammar.lower-case-start"
    category = "typo"
    severity = Severity.WARNING
    description = "A sentence that starts in lower case after a full stop (“the ministry. a man said”)."
    PATTERN = regex.compile(
        r"(?<![\w.@/’'-])(?P<a>\p{L}{2,})\. (?P<w>a|an|the|he|she|they|we|it|this|these|those|there|in|on|at|but"
        r"|however|his|her|their|its|when|after|before|while|if|some|many|most|one|two|three|according|meanwhile"
        r"|last|earlier|later|as|for)(?= \p{L})")

    #: the first letters of the words ``PATTERN`` takes after the full stop
    FIRST = frozenset("ahstwiobmlef")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in matches_from(self.PATTERN, doc.text, self._starts(doc.text)):
            if m.group("a").lower() in ABBREVIATIONS:
                continue
            w = m.group("w")
            cap = w[0].upper() + w[1:]
            yield self.finding(
                doc, m.start("w") - 2, m.end("w"),
                f"“{m.group(0)}”: a sentence starts in lower case after a full stop; write “{cap}”, or, "
                f"if one sentence goes on, make the full stop a comma.",
                suggestions=[f". {cap}", f", {w}"],
                evidence=f"a full stop after “{m.group('a')}”, then “{w}” in lower case",
            )

    def _starts(self, text: str) -> list[int]:
        """Where a match can start: the run of letters before a ". " that one of the words
        follows. ``PATTERN`` opens with a look-behind and a run of letters, so ``regex`` tries
        it at every character; a match's word before the stop is a whole run of letters
        (``str.isalpha`` is ``\\p{L}``), so trying it at these starts finds the same matches."""
        starts = []
        for i in find_all(text, ". "):
            if text[i + 2:i + 3] in self.FIRST:
                j = i
                while j > 0 and text[j - 1].isalpha():
                    j -= 1
                if i - j >= 2:
                    starts.append(j)
        return starts


class InnerCapital(BaseRule):
    """"rUle", "oTwitter": a capital after the first lower-case letter of a word, a slip of
    the shift key or a letter glued on. Brand names start "i", "e" or "x" ("iPhone",
    "eBay", "xGen"), and units of measure mix cases ("kWh", "hPa", "mSv"): both left alone."""

    id = "grammar.inner-capital"
    category = "typo"
    severity = Severity.WARNING
    description = "A capital letter inside a lower-case word: “the rUle”, “on oTwitter”."
    PATTERN = regex.compile(r"(?<![\w’'@#/.-])(?P<w>[a-df-hj-wyz]\p{Lu}\p{Ll}+)(?![\w’'@/-])")
    UNITS = {"kwh", "mwh", "gwh", "twh", "hpa", "kpa", "mpa", "khz", "mhz", "ghz", "mah", "msv", "usv", "nsv",
             "mmol", "kbps", "mbps", "gbps"}

    #: what follows a Nguni noun-class prefix word in a name: another capitalised word or
    #: prefixed word ("uMkhonto weSizwe"), or the name's acronym in brackets ("uMkhonto (MK)")
    NAME_GOES_ON = regex.compile(r"[ \t]+(?:\p{Lu}|\p{Ll}{1,3}\p{Lu}|\(\p{Lu}{2,}\))")

    #: where a match can start: a letter of ``PATTERN``'s first class before a letter that is
    #: no ASCII lower-case one (every ``\p{Lu}`` is), found by ``re`` far faster than
    #: ``regex`` tries the pattern's look-behind at every character
    STARTS = re.compile(r"[a-df-hj-wyz](?=[^\W\d_a-z])")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        seen: dict[str, int] = {}
        for m in matches_from(self.PATTERN, text, [s.start() for s in self.STARTS.finditer(text)]):
            w = m.group("w")
            if w.lower() in self.UNITS:
                continue
            if seen.setdefault(w, text.count(w)) > 1:
                continue  # written the same way again: a spelling, not a slip of the shift key
            if w[0] in "uo" and self.NAME_GOES_ON.match(text, m.end()):
                continue  # a Zulu or Xhosa class prefix in a name: "uMkhonto weSizwe", "uMzimkhulu (UM)"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{w}”: a capital letter inside a lower-case word; check the word (“{w.lower()}”, or a "
                f"letter glued on: “{w[1:]}”).",
                suggestions=[w.lower(), w[1:]], evidence="an upper-case letter after the first lower-case letter",
            )


def rules():
    return [LostLetters(), LowerCaseStart(), InnerCapital()]
