"""Scare quotes: marks around a word of the writer's own noun phrase, to sneer at it.

'the partisan “fact-checking” site', 'the self-declared “interim” government': nobody is
quoted; the marks tell the reader not to believe the word. A bare partial quotation ("a
“provisional” cause of death", "the “compelling” evidence") is nearly always a source's
word in clean copy (measured: 15 of 17 such in 400 clean articles), so only marks that a
word of doubt or of faction stands right before are taken for a sneer. A desk strikes the marks and,
if the word is wrong, the word. Left alone: a speaker's word (the sentence attributes it,
or another quotation in the story holds it), a term being introduced ("known as",
"dubbed", "the word"), capitalised names and titles, and names of policies or plans
that copy puts in marks (rules/loaded_language.toml, [scare-quotes]).
"""
from __future__ import annotations

import bisect

from functools import cached_property
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding
from .loaded_base import QuoteAware, attributed

#: one or two lower-case words, maybe hyphenated, with no sentence punctuation in them
_WORDS = regex.compile(r"[a-z][a-z'’-]*(?: [a-z][a-z'’-]*)?")
_MARKS = "\"“”‘’'"


class ScareQuotes(QuoteAware):
    """'the partisan “fact-checking” website': marks that sneer at a word in the writer's voice."""

    id = "loaded_language.scare-quotes"
    description = ("Quotation marks around one or two words of the writer's own noun phrase ('the "
                   "self-declared “interim” government') that nobody is quoted as saying.")
    needs = frozenset({"parser", "tagger", "lemmatizer"})
    section = "scare-quotes"

    @cached_property
    def _conf(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        conf = self.conf
        return frozenset(conf["naming-words"]), frozenset(conf["name-heads"]), frozenset(conf["doubters"])

    def check(self, doc: Document) -> Iterator[Finding]:
        naming, name_heads, doubters = self._conf
        text, sp = doc.text, doc.spacy
        spans = doc.quote_spans
        seen: set[str] = set()
        starts: list[int] = []
        for s, e in spans:
            inner = text[s + 1:e - 1]
            if e - s < 3 or text[e - 1] not in _MARKS or not _WORDS.fullmatch(inner):
                continue
            key = inner.lower()
            if key in seen or self._echoed(text, spans, s, e, key):
                continue
            words = sp.char_span(s + 1, e - 1, alignment_mode="expand")
            if words is None or len(words) == 0:
                continue
            if not starts:
                starts = [t.idx for t in sp]
            head = _next_word_after(sp, starts, e)
            if head is None or head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in name_heads:
                continue
            if not any(t.head.i == head.i or t.head.i in range(words.start, words.end) for t in words):
                continue  # the quoted words must modify the noun after them
            before = regex.search(r"([\w'’-]+)\s*$", text[max(0, s - 40):s])
            if before is None or before.group(1).lower() not in doubters:
                continue  # a bare partial quotation ("a “provisional” cause") is usually a source's word
            window = text[max(0, s - 40):s].lower()
            if any(regex.search(rf"\b{regex.escape(w)}\W*$", window) for w in naming):
                continue  # "known as “fracking”", "the term “woke”": a term introduced
            if attributed(words[0], self._cues) or attributed(head, self._cues):
                continue
            seen.add(key)
            yield self.finding(
                doc, s, e,
                f"Scare quotes around “{inner}”: nobody is quoted, so the marks sneer in the writer's "
                "voice. Drop the marks, or say who uses the word and attribute it.",
                suggestions=[inner],
            )

    @staticmethod
    def _echoed(text: str, spans, s: int, e: int, key: str) -> bool:
        """The word is a speaker's, quoted at more length elsewhere in the story."""
        for a, b in spans:
            if (a, b) == (s, e) or b - a <= e - s:
                continue
            if regex.search(rf"(?<![\w-]){regex.escape(key)}(?![\w-])", text[a:b].lower()):
                return True
        return False


def _next_word_after(sp, starts: list[int], pos: int):
    """The first word token starting at or after ``pos`` (not a space or a mark)."""
    i = bisect.bisect_left(starts, pos)
    while i < len(sp) and (sp[i].is_space or sp[i].text in _MARKS):
        i += 1
    return sp[i] if i < len(sp) else None


def rules():
    return [ScareQuotes()]
