"""A small word dropped between a quantity and its noun phrase (category ``typo``), no parse.

Rule:
  grammar.dropped-of  "one its vessels", "one the best players", "just one many problems",
                      "as many the gases": "of" lost between a quantity word and a
                      determiner that starts the group it is taken from

"one" is a quantity only when no determiner stands before it ("the one his father used",
"no one the court heard" are other phrases), and only when the group after the determiner
is plural or a superlative ("one its vessels", "one our finest judges"): the scan stops at
the first singular noun ("the one our new president wants" is left alone). Words come from
lemminflect's tables. "some/most/each/several/many" + a determiner needs no such test:
English has no phrase "most the". Words in capitals ("one US soldier") are not determiners.

  grammar.dropped-preposition  "according the report", "prior the vote", "regardless
                      the cost": a word that never stands without its preposition, then a
                      determiner or pronoun
  grammar.plural-modifier  "multiples terrorist attacks", "others countries", "professionals
                      athletes": the plural noun of a modifier that takes no -s before a noun
  grammar.double-comparative  "more longer than", "the most biggest": "more"/"most" before
                      a comparative or superlative that already has its -er/-est
  grammar.dropped-article  "on sidelines of the forum", "in wake of the vote", "for first
                      time": a fixed phrase that always takes "the", without it
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.literals import find_all, finditer_at, matches_from
from ..grammar.verbs import lemmas as _lemmas
from ..rule import BaseRule

_DET = "the|his|her|its|their|our|my|your|those|these"
#: words before "one" that make it a pronoun or a numeral of its own ("the one his father used")
_NOT_QUANTITY = "the|this|that|which|no|every|any|each|such|a|The|This|That|No|Every|Any|Each|Such|A"


def _plural(word: str) -> bool:
    lem = _lemmas(word)
    return (word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
            and "NOUN" in lem and word not in lem["NOUN"])


def _superlative(word: str) -> bool:
    lem = _lemmas(word)
    return word == "most" or ("ADJ" in lem and word not in lem["ADJ"] and word.endswith("est"))


def _group(rest: str) -> bool:
    """The words after the determiner name a plural group or a superlative."""
    for w in rest.split():
        if _plural(w) or _superlative(w):
            return True
        if w.endswith(("'s", "’s")):
            continue  # "one the city's largest": a possessive before the head
        lem = _lemmas(w)
        if "NOUN" in lem and w in lem["NOUN"]:
            return False  # a singular noun: "the one our new president wants"
    return False


class DroppedOf(BaseRule):
    id = "grammar.dropped-of"
    category = "typo"
    severity = Severity.WARNING
    description = "“of” lost after a quantity word: “one its vessels”, “one the best”, “one many problems”, “most the”."
    ONE = regex.compile(
        rf"(?<![\w’'-])(?<!(?:{_NOT_QUANTITY}) )(?P<a>one|One) (?P<d>{_DET}|many|several)"
        rf"(?P<rest>(?: [\p{{L}}’'-]+){{0,4}})")
    QUANTITY = regex.compile(
        rf"(?<![\w’'-])(?P<a>some|most|each|several|many|Some|Most|Each|Several|Many) (?P<d>{_DET})(?![\w’'-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in finditer_at(self.ONE, doc.text):
            if m.group("d") in ("many", "several") or _group(m.group("rest")):
                yield self._finding(doc, m)
        for m in finditer_at(self.QUANTITY, doc.text):
            yield self._finding(doc, m)

    def _finding(self, doc: Document, m: regex.Match) -> Finding:
        a, d = m.group("a"), m.group("d")
        fixed = f"{a} of {d}"
        return self.finding(
            doc, m.start("a"), m.end("d"),
            f"“{a} {d}”: “of” seems to be missing; write “{fixed}”.",
            suggestions=[fixed], evidence=f"the quantity “{a}” straight before “{d}”", fix=fixed,
        )


class DroppedPreposition(BaseRule):
    """"according the report": words that only ever head a phrase with their preposition.
    Not "due" ("due a bonus"), "thanks" (a verb: "he thanks the team"), "ahead" ("went
    ahead the next day") nor "instead" (an adverb: "Instead the council voted")."""

    id = "grammar.dropped-preposition"
    category = "typo"
    severity = Severity.WARNING
    description = "A preposition lost after a word that needs it: “according the report”, “prior the vote”."
    NEEDS = {"according": "to", "prior": "to", "regardless": "of", "irrespective": "of"}
    PATTERN = regex.compile(
        r"(?<![\w’'-])(?P<a>[Aa]ccording|[Pp]rior|[Rr]egardless|[Ii]rrespective) "
        r"(?P<d>the|a|an|his|her|its|their|our|my|your|this|these|those|him|them|us|me)(?![\w’'-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in finditer_at(self.PATTERN, doc.text):
            a, d = m.group("a"), m.group("d")
            fixed = f"{a} {self.NEEDS[a.lower()]} {d}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{a} {d}”: “{self.NEEDS[a.lower()]}” seems to be missing; write “{fixed}”.",
                suggestions=[fixed], evidence=f"“{a}” never stands without “{self.NEEDS[a.lower()]}”", fix=fixed,
            )


class PluralModifier(BaseRule):
    """"multiples attacks": "multiple" and "other" modify a noun without an -s; the -s form
    is a noun ("two multiples", "the others") and cannot stand before another noun. After an
    adjective ("multiples legal challenges") the plural is a noun; straight after, it must be
    a noun and nothing else in lemminflect's tables ("others attack" has a verb after it)."""

    id = "grammar.plural-modifier"
    category = "typo"
    severity = Severity.WARNING
    description = "An -s on a modifier before a noun: “multiples attacks”, “others countries”."
    PATTERN = regex.compile(
        r"(?<![\w’'-])(?P<a>[Mm]ultiples|[Oo]thers) (?:(?P<adj>\p{Ll}{3,}) )?(?P<n>\p{Ll}{3,}s)(?![\w’'-])")

    #: the plural of a word that is an adjective too, before a plural noun: "professionals
    #: athletes", "locals residents" (professional, local)
    ADJ_NOUN = regex.compile(r"(?<![\w’'-])(?P<a>\p{Ll}{4,}s) (?P<n>\p{Ll}{3,}s)(?![\w’'-])")
    #: plurals English uses before a noun ("customs officers", "cosmetics firms"), -ics
    #: nouns ("economics teachers") and what may follow a plural on its own ("immigrants decades
    #: younger", "lyrics others could only envy")
    ATTRIBUTIVE = {"customs", "cosmetics", "standards", "lyrics", "hundreds", "thousands", "millions", "dozens",
                   "specials", "valuables", "essentials", "finals", "semifinals", "nationals", "regionals",
                   "sundries", "movables", "rations", "spirits", "seasonals", "imports", "exports"}
    NOT_HEAD = {"others", "ones", "decades", "years", "months", "weeks", "days", "hours", "minutes", "times",
                "centuries", "seconds"}

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from self._adjective_nouns(doc)
        for m in finditer_at(self.PATTERN, doc.text):
            n, adj = m.group("n"), m.group("adj")
            if not _plural(n):
                continue
            if adj and set(_lemmas(adj)) != {"ADJ"}:
                continue  # "others like them": not an adjective between
            if not adj and set(_lemmas(n)) != {"NOUN"}:
                continue  # "others attack", "multiples rise": the -s word may be a verb
            a = m.group("a")
            fixed = a[:-1]
            yield self.finding(
                doc, m.start("a"), m.end("a"),
                f"“{a} {m.group(0)[len(a) + 1:]}”: before a noun write “{fixed}”, without the -s.",
                suggestions=[fixed], evidence=f"“{a}” is a noun; the modifier is “{fixed}”", fix=fixed,
            )


    def _adjective_nouns(self, doc: Document) -> Iterator[Finding]:
        for m in self._adjective_noun_matches(doc.text):
            a, n = m.group("a"), m.group("n")
            stem = a[:-1]
            if a in self.ATTRIBUTIVE or a.endswith("ics") or n in self.NOT_HEAD:
                continue
            lem = _lemmas(stem)
            if stem not in lem.get("ADJ", ()) or "NOUN" not in lem or not _plural(a) or not _plural(n) \
                    or set(_lemmas(a)) != {"NOUN"} or set(_lemmas(n)) != {"NOUN"}:
                continue  # "sales figures": no adjective; "rights groups", "tricks regulators": verbs too
            yield self.finding(
                doc, m.start("a"), m.end("a"),
                f"“{a} {n}”: before a noun write “{stem}”, without the -s (or “{a}’” if they own the {n}).",
                suggestions=[stem, f"{a}’"], evidence=f"“{stem}” is an adjective; “{a}” is its plural as a noun",
                fix=stem,
            )

    def _adjective_noun_matches(self, text: str) -> Iterator[regex.Match]:
        """``ADJ_NOUN.finditer(text)``, tried only at the words that end in "s " (``regex`` tries
        its look-behind and run of letters at every character). A match's first word is a
        whole run of lower-case letters (the look-behind refuses a letter before it): where
        the run before an "s " is ASCII, it starts after the first character that is no
        ASCII lower-case letter; a run that meets another character sends the story to the
        plain search."""
        starts = []
        for i in find_all(text, "s "):
            after = text[i + 2:i + 3]
            if after.isascii() and not "a" <= after <= "z":
                continue  # the second word starts with a lower-case letter
            j = i
            while j > 0 and "a" <= text[j - 1] <= "z":
                j -= 1
            if j > 0 and not text[j - 1].isascii():
                return self.ADJ_NOUN.finditer(text)
            if i - j >= 4:
                starts.append(j)
        return matches_from(self.ADJ_NOUN, text, starts)


class DoubleComparative(BaseRule):
    """"more longer than": a comparative marked twice, a sign of machine translation. The
    -er/-est word must be an adjective's or adverb's inflected form in lemminflect's tables
    ("longer" of "long"), and end its phrase ("than", "to", punctuation): before a noun
    "more" may count ("more older voters than before" is grammatical). Not "later",
    "earlier", "sooner", "further", "farther" ("more later", "said more earlier"). "most"
    only after "the", before a superlative ("most younger than 10" is "most of them")."""

    id = "grammar.double-comparative"
    category = "typo"
    severity = Severity.WARNING
    description = "A comparative marked twice: “more longer than”, “the most biggest”."
    PATTERN = regex.compile(
        r"(?<![\w’'-])(?:(?P<m>[Mm]ore) (?P<w>\p{Ll}{3,}er)(?![\w’'-])"
        r"(?=\s*(?:[.,;:!?)]|than\b|to\b|for\b|in\b|as\b|because\b|now\b|$))"
        r"|(?<=(?<![\w’'-])the )(?P<m>most) (?P<w>\p{Ll}{3,}est)(?![\w’'-]))")
    ADVERBS = {"later", "earlier", "sooner", "further", "farther", "latest", "earliest", "furthest", "farthest"}

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            w = m.group("w")
            if w in self.ADVERBS:
                continue
            lem = _lemmas(w)
            if not lem or not set(lem) <= {"ADJ", "ADV"} or any(w in v for v in lem.values()):
                continue  # not an inflected comparative: "more tender", "most honest"
            mm = m.group("m")
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{mm} {w}”: “{w}” is already {'a superlative' if w.endswith('est') else 'a comparative'};"
                f" delete “{mm}”.",
                suggestions=[w], evidence=f"“{mm}” before the inflected “{w}”", fix=w,
            )


#: fixed phrases that take "the" before their noun: (preposition, noun, what follows)
_THE_PHRASES = (
    "in meantime|at same time|on other hand|for (?:first|second|third|last) time"
    "|(?:in|on|at|by|as|for|with|under) (?:wake|end|middle|result|run-up|heart|eve|beginning|start|aftermath|sake"
    "|basis|request|presence|invitation|sidelines|framework|behest|outskirts|vicinity|absence|expense|exception"
    "|occasion|height|centre|center|hands|initiative|auspices|instructions|territory|field|sphere|interests|region"
    "|context|process|level|direction) of")
#: which preposition each noun takes, so that "in centre of" and "at centre of" pass but
#: "under sake of" (no phrase) does not
_THE_PREP = {"wake": "in", "end": "at|by", "middle": "in", "result": "as", "run-up": "in", "heart": "at",
             "eve": "on", "beginning": "at", "start": "at", "aftermath": "in", "sake": "for", "basis": "on",
             "request": "at", "presence": "in", "invitation": "at|on", "sidelines": "on", "framework": "in",
             "behest": "at", "outskirts": "on", "vicinity": "in", "absence": "in", "expense": "at",
             "exception": "with", "occasion": "on", "height": "at", "centre": "at|in", "center": "at|in",
             "hands": "at", "initiative": "at|on", "auspices": "under", "instructions": "on", "territory": "on|in",
             "field": "in", "sphere": "in", "interests": "in", "region": "in", "context": "in", "process": "in",
             "level": "at", "direction": "in"}


class DroppedArticle(BaseRule):
    """"on sidelines of the forum": a fixed phrase that always takes "the", the article
    dropped by a translation or a feed. Headlines drop articles on purpose ("Firm hires
    staff in wake of Brexit"), so the sentence must read as prose: a lower-case article
    before the phrase or in the six words after it (a headline run into the next line
    finds none), and a full stop (or ?/!) before the line ends."""

    id = "grammar.dropped-article"
    category = "typo"
    severity = Severity.WARNING
    description = "“the” lost from a fixed phrase: “on sidelines of”, “in wake of”, “for first time”."
    PATTERN = regex.compile(rf"(?<![\w’'-])(?P<p>{_THE_PHRASES})(?![\w’'-])")
    ARTICLE = regex.compile(r"(?<![\w’'-])(?:the|a|an)(?![\w’'-])")
    AFTER_TIME = regex.compile(r"\s*(?:[.,;:!?]|(?:in|since|on|at|this|ever|after|and|as|against|with|of)(?![\w’'-]))")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in self.PATTERN.finditer(text):
            words = m.group("p").split()
            prep = words[0]
            if words[-1] == "of" and prep not in _THE_PREP[words[1]].split("|"):
                continue  # "under centre of": no such phrase
            if words[-1] == "time" and not self.AFTER_TIME.match(text, m.end()):
                continue  # "for first time buyers": a compound noun
            start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
            end = text.find("\n", m.end())
            stop = regex.compile(r"[.!?]").search(text, m.end(), len(text) if end < 0 else end)
            after = " ".join(text[m.end():stop.start() if stop else m.end()].split()[:6])
            if stop is None or not (self.ARTICLE.search(text, start, m.start()) or self.ARTICLE.search(after)):
                continue  # a headline or a caption: articles dropped on purpose
            fixed = f"{prep} the {' '.join(words[1:])}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group('p')}”: “the” seems to be missing; write “{fixed}”.",
                suggestions=[fixed], evidence=f"the fixed phrase “{fixed}” without its article", fix=fixed,
            )


def rules():
    return [DroppedOf(), DroppedPreposition(), PluralModifier(), DoubleComparative(), DroppedArticle()]
