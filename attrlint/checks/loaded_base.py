"""Shared by the loaded-language rules: their data, quotation awareness and attribution.

A word is the writer's only outside direct quotations and when the sentence does not say
whose word it is; every loaded-language rule asks both questions the same way.
"""
from __future__ import annotations

from functools import cached_property
from typing import Iterator

import regex

from ..attribution.lists import list_items
from ..data import load_data
from ..document import Document
from ..finding import Severity
from ..rule import BaseRule


def _tweets(doc: Document) -> list[tuple[int, int]]:
    """The embedded tweets of ``doc`` (someone else's words), found once per document."""
    found = doc.__dict__.get("_attrlint_tweets")
    if found is None:
        from ..attribution.quotes import tweet_spans

        found = doc.__dict__["_attrlint_tweets"] = tweet_spans(doc.text)
    return found


#: entity types that stand for a person, a group or a body a loaded word can be aimed at
GROUP_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def data(section: str) -> dict:
    return load_data("loaded_language.toml")[section]


# --- quotations ----------------------------------------------------------------------
class QuoteAware(BaseRule):
    """Shared: the speaker's words inside a direct quotation are not the writer's. Every
    loaded-language rule is one of these: its category and usual severity are set here,
    and ``conf`` is its own section of ``rules/loaded_language.toml``."""

    category = "loaded_language"
    severity = Severity.WARNING
    #: the rule's section of rules/loaded_language.toml
    section = ""

    @cached_property
    def conf(self) -> dict:
        return data(self.section)

    def quoted(self, doc: Document, start: int, end: int) -> bool:
        """In a quotation, or on a line of a labelled list of other stories' headlines or a
        captioned credit (attribution/lists.py): not the writer's words here either way."""
        return doc.in_quote(start, end) or list_items(doc).holds(start) or any(
            s <= start and end <= e for s, e in _tweets(doc))

    @cached_property
    def _cues(self) -> set[str]:
        """Verbs and phrases that put a label in someone else's mouth ("which Kyiv calls")."""
        return set(data("label")["attribution-cues"])


def alternation(patterns, flags: int = 0, tail: str = "") -> regex.Pattern:
    """One pattern for a list of listed forms, matched as whole words (not inside "anti-war")."""
    return regex.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + ")" + tail + r"(?![\w-])", flags)


class Alternatives:
    """``alternation(patterns, flags)`` searched in a story with only the forms it can match.

    A form none of whose needed strings (``rule.needed_strings``: ASCII or caseless) the
    story's ``Document.re_lower`` holds cannot match: ``re_lower`` reads each letter as a
    case-blind match reads it ("TİNHORN" as "tinhorn"; ``str.casefold`` makes "İ" two
    characters, and the story would be skipped). Leaving such a form out of a
    leftmost-first alternation changes no match: most stories hold none of the forms'
    strings and are not searched at all (the leading look-behind makes the engine try
    every form at every character: ~4 ms a clean article for the 59 verdict forms). Only
    a match's whole text (group 0) is meant: a form's groups are numbered otherwise in a
    partial alternation; ``flags`` never hold ``regex.FULLCASE`` ("ß" for "ss").
    """

    #: partial alternations kept (a run meets a few dozen combinations)
    KEEP = 256

    def __init__(self, name: str, patterns, flags: int = 0) -> None:
        self.patterns, self.flags = tuple(patterns), flags
        self._name = name
        self._needed: list[tuple[str, ...] | None] | None = None
        self._compiled: dict[tuple[int, ...], regex.Pattern] = {}

    def _needs(self) -> list[tuple[str, ...] | None]:
        """Each form's needed strings (None: unknown, always searched), kept between
        processes (reading the forms with ``re``'s parser costs ~0.3 ms a form)."""
        if self._needed is None:
            from .. import memo
            from ..rule import needed_strings

            pats = self.patterns
            self._needed = memo.cached("loaded-needed-" + self._name,
                                       lambda: [needed_strings((), (p,)) for p in pats], extra=pats)
        return self._needed

    def finditer(self, doc: Document) -> Iterator[regex.Match]:
        lower = doc.re_lower
        keep = tuple(i for i, need in enumerate(self._needs()) if need is None or any(s in lower for s in need))
        if not keep:
            return iter(())
        pattern = self._compiled.get(keep)
        if pattern is None:
            if len(self._compiled) >= self.KEEP:
                self._compiled.clear()
            pattern = self._compiled[keep] = alternation([self.patterns[i] for i in keep], self.flags)
        return pattern.finditer(doc.text)


def next_word(tok):
    """The next token that is not whitespace (scraped text has stray no-break spaces)."""
    i = tok.i + 1
    while i < len(tok.doc) and tok.doc[i].is_space:
        i += 1
    return tok.doc[i] if i < len(tok.doc) else None


def attributed(tok, cues: set[str]) -> bool:
    """Does the sentence say whose characterisation this is? The word sits under a verb
    of saying or calling ("which Kyiv calls an illegal war", "the war is illegal, she
    said"), or the sentence has "according to". A coordinated clause ("X said …, and
    an enraged Y left") does not inherit the attribution."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "conj" and node.tag_.startswith("VB"):
            break
        if node.dep_ == "advcl":
            break  # "Since becoming known as a X-hating singer, she says …": the clause is the writer's
        # the subject of a verb of saying is the speaker (or the accused), not what is said;
        # an adverbial phrase ("In a furious statement, X called …") is the writer describing
        # the act of saying, not the words said ("described as an illegal war" is the words)
        from_subject = node.dep_ in {"nsubj", "nsubjpass"}
        adverbial = node.dep_ == "prep" and node.lower_ not in ("as", "of", "like")  # "accused X of being …"
        node = node.head
        if node.lower_ in cues and not from_subject and not adverbial:
            return True
    return any(t.lower_ == "according" for t in tok.sent)

