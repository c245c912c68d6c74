"""Contractions and possessives whose apostrophe a feed dropped (category ``typo``).

Rule:
  spelling.lost-apostrophe  "isn t", "don t", "it s", "we re", "they ve", "Trump s plan":
                            the letters after the apostrophe stand alone, split off by a space

Some feeds turn every apostrophe into a space. The spelling check passes both halves
("isn" is a rare word, "s" a letter), so the frame is read instead: a lone s, t, d, re, ve,
ll or m after a word that takes that ending with an apostrophe. A feed that loses one loses
them all, so the story gets one finding, at the first, that counts the rest.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule

#: words that end in "n" before "’t"
_NOT = {"isn", "wasn", "aren", "weren", "don", "doesn", "didn", "can", "couldn", "wouldn", "shouldn",
        "hasn", "haven", "hadn", "won", "ain", "mustn", "needn", "mightn", "shan"}
#: the words each short ending follows
_AFTER = {
    "re": {"we", "you", "they", "who", "what", "there"},
    "ve": {"i", "we", "you", "they", "who", "could", "would", "should", "might", "must"},
    "ll": {"i", "we", "you", "they", "he", "she", "it", "that", "who", "there", "what"},
    "d": {"i", "we", "you", "they", "he", "she", "who"},
    "m": {"i"},
}
#: words after which a lone "s" is "’s" (is, has) rather than a possessive
_IS = {"it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "let", "when", "why"}
_LONE = regex.compile(r"(?<![\w’'.-])(?P<w>\p{L}+) (?P<frag>s|t|d|re|ve|ll|m)(?=[ ,.;:!?”\"]|$)")


class LostApostrophe(BaseRule):
    id = "spelling.lost-apostrophe"
    category = "typo"
    severity = Severity.WARNING
    description = "A contraction or possessive split by a space where its apostrophe was lost (“isn t”, “Trump s”)."

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from self._before_a_superlative(doc)
        hits = []
        for m in _LONE.finditer(doc.text):
            w, frag = m.group("w"), m.group("frag")
            low = w.lower()
            if frag == "t":
                ok = low in _NOT
            elif frag == "s":
                nxt = doc.text[m.end():m.end() + 2]
                # "Trump s plan", "it s true": a possessive before a word, or "is"/"has" after a pronoun
                ok = low in _IS or (len(w) > 1 and nxt[:1] == " " and nxt[1:2].isalpha() and nxt[1:2].islower())
            else:
                ok = low in _AFTER[frag]
            if ok:
                hits.append(m)
        if not hits:
            return
        # one stray pair may be a letter named in the text ("the letter s"); a feed loses them all
        if len(hits) < 2 and hits[0].group("frag") == "s" and hits[0].group("w").lower() not in _IS:
            return
        m = hits[0]
        fixed = f"{m.group('w')}’{m.group('frag')}"
        more = f" ({len(hits) - 1} more like it in this story: the feed seems to have lost its apostrophes)" \
            if len(hits) > 1 else ""
        yield self.finding(
            doc, m.start(), m.end(),
            f"“{m.group(0)}”: the apostrophe is missing; write “{fixed}”{more}.",
            suggestions=[fixed], evidence=f"a lone “{m.group('frag')}” after “{m.group('w')}”", fix=fixed,
        )


    def _before_a_superlative(self, doc: Document) -> Iterator[Finding]:
        """"the worlds largest exchange": a noun in -s between "the" and a superlative and its
        noun is a possessive that lost its apostrophe ("the world's largest")."""
        for m in _POSSESSIVE_SUPERLATIVE.finditer(doc.text):
            fixed = f"{m.group('n')}’s"
            yield self.finding(
                doc, m.start("n"), m.end("s"),
                f"“{m.group('n')}s {m.group('a')}”: the apostrophe is missing; write “{fixed} {m.group('a')}”.",
                suggestions=[fixed], evidence="a noun in -s between “the” and a superlative with its noun",
            )


#: superlatives that are only adjectives here ("worst" and "best" are adverbs too: "the
#: hospitals worst affected")
_SUPERLATIVES = ("largest|biggest|oldest|highest|longest|richest|fastest|tallest|deadliest|busiest|greatest"
                 "|smallest|youngest|strongest|newest|poorest|heaviest|wealthiest|lowest")
_POSSESSIVE_SUPERLATIVE = regex.compile(
    rf"(?<![\w’'-])(?:the|The) (?P<n>\p{{Ll}}{{3,}}[^s\W])(?P<s>s) (?P<a>{_SUPERLATIVES}) (?=\p{{Ll}}{{3,}})")


def rules():
    return [LostApostrophe()]
