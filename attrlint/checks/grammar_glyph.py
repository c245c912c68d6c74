"""A character of another script glued to or inside an English word (category ``typo``).

Rules:
  grammar.lost-currency-sign  "short by ½25 billion": a fraction glued before a figure, where
                         a wrong encoding turned the currency sign into another symbol.
  grammar.foreign-glyph  "the 𒀭Socialist Party", "a꧓nd", "the河水’s level": a letter or
                         digit of a script other than Latin (cuneiform, Javanese, CJK,
                         Cyrillic ...) touching the letters of a Latin word. Copy that passed
                         through an anti-scraping watermark, a spinner or a machine
                         translator keeps such junk; no English word is spelt with it.

Decided by construction, not by a list: Unicode script properties. Greek is left out
(science copy writes "TNFα", "Aβ"), so are marks and symbols shared by all scripts
(Common, Inherited: "€", "°", accents). The line must be English prose (nearly all its
letters Latin), so a bilingual caption or a name followed by its own spelling is left
alone, and a run of foreign text that stands apart and only runs into a Latin tail
("皇冠体育app", a spam keyword in place of a word) is left to debris.script-injection, and
UTF-8 punctuation read with an East Asian code page ("council鈥檚") to debris.mojibake.
On all 3,824 clean articles of bench/noise.py no token has a foreign letter next to a
Latin one.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar import codepage
from ..rule import BaseRule
from ..spelling.lexicon import lexicon

#: one character of a script that is not Latin, Greek, or shared by all scripts
_FOREIGN = r"[^\s\p{Latin}\p{Greek}\p{Common}\p{Inherited}]"
#: a whitespace-delimited token with a foreign run that follows a Latin letter ("a꧓nd",
#: "the河水’s"), or a single foreign character before a Latin letter ("𒀭Socialist")
_TOKEN = regex.compile(
    rf"(?<!\S)\S*?(?:\p{{Latin}}(?P<run>{_FOREIGN}{{1,6}})|(?<![^\s\p{{P}}])(?P<lead>{_FOREIGN})\p{{Latin}})\S*")
#: a foreign character (also the quick scan that settles most copy: it has none)
_STRIP = regex.compile(_FOREIGN)
_LATIN = regex.compile(r"\p{Latin}")
_LETTER = regex.compile(r"\p{L}")
#: the line must be this much Latin, with this many Latin letters at least
LATIN_SHARE, LATIN_MIN = 0.9, 20


def _line(text: str, i: int) -> str:
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", i)
    return text[s:len(text) if e < 0 else e]


class ForeignGlyph(BaseRule):
    """A letter of another script inside an English word: the editor deletes it (and
    restores the word it may have replaced)."""

    id = "grammar.foreign-glyph"
    category = "typo"
    severity = Severity.WARNING
    description = ("A letter or digit of another script (cuneiform, Javanese, CJK, Cyrillic ...) glued to or "
                   "inside an English word: “the 𒀭Socialist Party”, “a꧓nd”.")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if text.isascii() or not _STRIP.search(text):
            return
        for m in _TOKEN.finditer(text):
            token = m.group(0)
            if "://" in token or "@" in token or "www." in token.lower():
                continue  # an address or a handle: not prose
            if codepage.is_garbled(token):
                continue  # punctuation read with a wrong code page ("’s" as "鈥檚"): debris.mojibake's
            line = _line(text, m.start())
            latin = len(_LATIN.findall(line))
            if latin < LATIN_MIN or latin < LATIN_SHARE * len(_LETTER.findall(line)):
                continue  # a bilingual line or a label: the other script is the copy's own
            glyphs = "".join(dict.fromkeys(_STRIP.findall(token)))
            clean = _STRIP.sub("", token)
            names = ", ".join(f"U+{ord(c):04X}" for c in glyphs)
            word = clean.strip("’'\".,;:!?()[]“”‘")
            if word and lexicon().knows(word):
                what, suggestions = f"delete it: write “{clean}”", [clean]
            else:
                what, suggestions = "delete it and restore the word it replaced", []
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{token}” has {glyphs} ({names}), a character of another script, glued to an English "
                f"word: junk left by a scraper, a spinner or a machine translation; {what}.",
                suggestions=suggestions, evidence="a non-Latin letter touching a Latin one in an English line",
            )

#: a vulgar fraction where a currency sign belongs: "short by ½25 billion" (a "€" or "£" a
#: wrong encoding turned into another Latin-1 symbol); a fraction stands after a number
#: ("2½") or before a unit ("½ cup", "½-inch"), never glued before one
_SIGN_LOST = regex.compile(r"(?<![\w.,/])[½¼¾⅓⅔⅛⅜⅝⅞](?=\d)")


class LostCurrencySign(BaseRule):
    """A fraction glued before a figure: the currency sign the source had, lost to a wrong
    character encoding. On the 3,823 clean articles of bench/noise.py: none."""

    id = "grammar.lost-currency-sign"
    category = "typo"
    severity = Severity.WARNING
    description = "A fraction glued before a figure where a currency sign belongs: “½25 billion” for “€25 billion”."

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if text.isascii():
            return
        for m in _SIGN_LOST.finditer(text):
            end = m.end()
            while end < len(text) and (text[end].isdigit() or text[end] in ",." and text[end + 1:end + 2].isdigit()):
                end += 1
            yield self.finding(
                doc, m.start(), end,
                f"“{text[m.start():end]}” has “{m.group(0)}” where a currency sign belongs (a €, £ or ¥ turned "
                "into another symbol by a wrong character encoding): write the currency the source gives.",
                evidence="a fraction glued before a number",
            )


def rules():
    return [ForeignGlyph(), LostCurrencySign()]
