"""A place's name written in lower case in narration (category ``typo``).

Rule:
  grammar.lower-case-place  "attacks launched by kyiv", "flights to beijing": a word that is
                            no English word in lower case but is a place's name when
                            capitalised. Machine translation and hurried rewrites drop the
                            capital; a spelling check passes the word, since the name is in
                            its lists.

The place comes from the gazetteer. Only words the lexicon does not hold as lower-case
English words count ("turkey", "nice", "reading", "lima" are words), only well-known places
(a capital, a big city, a country), and only after a lower-case English word and before another
English word (not "Li dongsheng", "harvey.morris@"), so a run of transliterated words is left alone, as are
quotations, web addresses, handles and hashtags.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..gazetteer import PLACE, gazetteer
from ..rule import BaseRule
from ..spelling.lexicon import DICTIONARY, RARE, lexicon

#: a lower-case word between two others, with no address or handle mark around it
_WORD = regex.compile(
    r"(?<=(?<![\w@#/.’'-])(?P<before>\p{Ll}+),? )(?P<w>\p{Ll}{4,})(?=[,.;:]? (?P<after>\p{L}+))")
#: every word ``_WORD`` can match (a run of lower-case letters after a space, before a word):
#: a superset of its matches, cheap to list, for the gate in ``_may_match``
_CANDIDATE = regex.compile(r" (\p{Ll}{4,})(?=[,.;:]? \p{L})")
#: how well known the place must be (the gazetteer's prominence): capitals and big cities,
#: not a village that shares its name with a foreign word ("lingua franca", "pro bono")
PROMINENCE = 3.0


class LowerCasePlace(BaseRule):
    id = "grammar.lower-case-place"
    category = "typo"
    severity = Severity.WARNING
    description = "A place's name written in lower case in narration (“attacks launched by kyiv”)."

    def check(self, doc: Document) -> Iterator[Finding]:
        if not _may_match(doc.text):
            return
        lex = lexicon()
        for m in _WORD.finditer(doc.text):
            w = m.group("w")
            name = _place(w)
            if name is None or doc.in_quote(m.start("w"), m.end("w")):
                continue
            if not all(lex.tier(n.lower()) == DICTIONARY for n in (m.group("before"), m.group("after"))):
                continue  # among foreign or unknown words: a transliteration, not a slip
            yield self.finding(
                doc, m.start("w"), m.end("w"),
                f"“{w}”: the place’s name is written in lower case; write “{name}”.",
                suggestions=[name], evidence=f"“{name}” is a place; “{w}” is no English word", fix=name,
            )


def _place(w: str) -> str | None:
    """The well-known place ``w`` names when capitalised, if it is no English word."""
    lex = lexicon()
    if lex.tier(w) in (DICTIONARY, RARE):
        return None
    name = w[0].upper() + w[1:]
    entry = gazetteer().lookup(name)
    if entry is None or PLACE not in entry.kinds or entry.prominence < PROMINENCE:
        return None
    return name


def _may_match(text: str) -> bool:
    """Whether any word ``_WORD`` could flag stands in the text. ``_WORD`` tries a nested
    look-behind at every character (~0.4 ms a story); the words it can match are listed
    far faster, and most stories hold no lower-case place at all, so they are not scanned.
    Each distinct word is judged once, by the same tests the rule applies first."""
    return any(_place(w) is not None for w in set(_CANDIDATE.findall(text)))


def rules():
    return [LowerCasePlace()]
