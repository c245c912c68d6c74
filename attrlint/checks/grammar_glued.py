"""Words run together with their spaces lost (category ``typo``).

Rule:
  grammar.glued-words  "thereportpublished", "slowandcostly", "the wider militaryIndustry",
                       "on Thursdayat the stadium": a token no lexicon and no web count knows
                       that splits into common words, one of them a function word, into two
                       common words at a capital, or into a weekday or a well-known place
                       and a function word. Lost spaces come from scrapes that drop line ends, spinners
                       and hand-pasted copy.

The split is decided from counts (``grammar/glued.py``); two words that spelling.misspelling
already reads as run together ("ofthe", "theMinister") are left to it. A word the excerpt
cuts at its end ("... the talks went on withou") is a cut, not a slip; a token touching "@",
"#", "/", a dot or a hyphen is a handle, a tag, an address or a compound.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.glued import FUNCTION_WORDS, RUN_IN_WORDS, split_camel, split_lower, split_name, split_used
from ..rule import BaseRule
from ..spelling.lexicon import lexicon
from .spelling import verdicts
from ..ordering import longest_first

#: the function words a capitalised name may be run into ("Thursdayat"), longest first
_TAILS = "|".join(sorted((w for w in FUNCTION_WORDS | RUN_IN_WORDS if len(w) > 1), key=longest_first))
_TOKEN = regex.compile(
    r"(?<![\w@#/.’'-])(?:(?P<low>\p{Ll}{6,})|(?P<head>\p{Ll}{3,})(?P<tail>\p{Lu}\p{Ll}+)"
    rf"|(?P<cap>\p{{Lu}}\p{{Ll}}{{3,}}(?:{_TAILS})))(?![\w@/’'\ufffd-]|\.\w)")
#: a whole word of the story (a token glued to another is not one: "kellyiwas" holds no
#: "kellyi" of its own)
_WORD = regex.compile(r"(?<![\w’'-])\p{L}+(?![\w’'-])")
#: the words either side of a token
_BEFORE = regex.compile(r"([\p{L}’']+)\P{L}{0,3}$")
_AFTER = regex.compile(r"^\P{L}{0,3}([\p{L}’']+)")


class GluedWords(BaseRule):
    """Two or three words with the spaces between them lost: the editor puts them back."""

    id = "grammar.glued-words"
    category = "typo"
    severity = Severity.WARNING
    description = ("Words run together with their spaces lost: “thereportpublished”, “slowandcostly”, "
                   "“militaryIndustry” (the token is no word; common words with a function word, or two "
                   "common words at a capital, explain it).")

    def check(self, doc: Document) -> Iterator[Finding]:
        cut = doc.cut_end
        flagged: set[int] | None = None
        used: Counter[str] | None = None  # the story's words, for a part no list knows
        for m in _TOKEN.finditer(doc.text):
            low, head, tail = m.group("low"), m.group("head"), m.group("tail")
            if low is not None:
                parts = split_lower(low)
                split = " ".join(parts) if parts else None
            elif m.group("cap") is not None:
                named = split_name(m.group("cap"))
                split = " ".join(named) if named else None
            else:
                split = f"{head} {tail}" if split_camel(head, tail) else None
            if split is None:
                if used is None:
                    used = Counter(_WORD.findall(doc.text))
                parts = split_used(m.group(0), used.__contains__)
                split = " ".join(parts) if parts else None
            if split is None or cut is not None and m.start() >= cut.word_start:
                continue
            if not self._english_around(doc.text, m.start(), m.end()):
                continue
            if flagged is None:
                flagged = {v.word.start for v in verdicts(doc)}
            if m.start() in flagged:
                continue  # spelling.misspelling reads it as run together already
            token = m.group(0)
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{token}” is no word: it reads as “{split}” with the spaces lost; put them back.",
                suggestions=[split], evidence="unknown to the lexicon and the web counts; common words when split",
            )

    @staticmethod
    def _english_around(text: str, start: int, end: int) -> bool:
        """The words either side are English ("com foco, dedicação incans..." is not)."""
        lex = lexicon()
        for m in (_BEFORE.search(text, max(0, start - 40), start), _AFTER.search(text, end, end + 40)):
            word = m.group(1) if m else ""
            word = regex.sub(r"['’]s?$", "", word)  # "the think-tank's", "the players'"
            if word and not lex.knows(word) and not lex.knows(word.lower()):
                return False
        return True


def rules():
    return [GluedWords()]
