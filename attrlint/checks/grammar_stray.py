"""Small words that cannot stand where they are (category ``typo``), no parse.

Rules:
  grammar.stray-word    a word left over by an edit, a spinner or a translation:
                        an object pronoun after a passive participle ("was promoted
                        him to sergeant"), a lone letter between two words ("plans t
                        expand", "high n the agenda"), two small words that never
                        meet ("more as than", "said the were no", "should had been")
  grammar.or-for-of     "or" typed for "of" after a title or a quantity: "governor or
                        the Tula region", "the Minister or Foreign Affairs", "the
                        Ambassador or Peru, Ana Ruiz,", "one or the best teams"
  grammar.lost-object   a preposition whose object was a link the page lost: "according
                        to .", "reported by ,", "a statement from .", "the agenda was
                        posted on;", "were first posted on three weeks later"

Each frame is one that edited English never writes: on all 3,823 clean articles of
``bench/noise.py`` (2.1 million words) the frames found only real slips. The impossible
pairs are data (``rules/grammar/impossible_pairs.toml``). Quotations are read too: a
stray or lost word is the writer's or the feed's slip, not the speaker's grammar.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ..data import load_data
from ..document import Document
from ..finding import Finding, Severity
from ..grammar.literals import finditer_at
from ..grammar.verbs import lemmas as _lemmas
from ..rule import BaseRule
from ..spelling.lexicon import DICTIONARY, lexicon
from ..ordering import longest_first

#: participles that take a second object in the passive ("was given them", "were told us")
_TWO_OBJECTS = {"give", "send", "show", "tell", "offer", "award", "grant", "hand", "ask", "pay", "promise", "teach",
                "deny", "lend", "owe", "allow", "refuse", "bring", "sell", "buy", "leave", "save", "spare", "charge",
                "fine", "assign", "feed", "serve", "read", "write", "email", "wish", "cost", "issue", "guarantee",
                "forgive", "loan", "mail", "post", "fax", "throw", "pass", "bill", "envy"}
#: a lone letter is no slip where a contraction lost its apostrophe ("don t", "we d": the
#: feed's, ``spelling.lost-apostrophe``), nor a variable or a Spanish "y", nor the "e" of
#: "e cigarettes" or "e mail" (a hyphen lost)
_NOT_STRAY = set("aeisxyw")
#: other letters of compounds whose hyphen a feed drops: "t shirts", "u turn"
_LETTER_COMPOUNDS = {("t", "shirt"), ("t", "shirts"), ("u", "turn"), ("u", "turns"), ("t", "cell"), ("t", "cells"),
                     ("g", "spot"), ("b", "movie"), ("b", "movies"), ("k", "pop"), ("j", "pop")}
_PRONOUNS = {"i", "we", "you", "they", "he", "she", "who", "it"}
#: a letter that is a unit after these ("4 sq m", "38 billion cu m")
_UNIT_BEFORE = {"sq", "cu", "per"}
#: nouns after which a letter is a label, not a slip: "vitamin d", "hepatitis c", "plan b"
_LABEL_NOUNS = {"vitamin", "vitamins", "hepatitis", "type", "plan", "grade", "section", "part", "group", "class",
                "category", "option", "model", "schedule", "appendix", "annex", "exhibit", "block", "gate", "tier",
                "zone", "phase", "wing", "row", "level", "division", "series", "unit", "item", "article", "clause",
                "paragraph", "room", "box", "column", "track", "lane", "line", "form", "figure", "table", "letter",
                "chapter", "platform", "terminal", "floor", "ward", "route", "serie", "the", "an"}
#: words that make the pair an adverb phrase ("an at times emotional speech", "the by far largest")
_ADVERB_AFTER = {"at": {"times", "least", "most", "best", "first", "last", "once"}, "by": {"far"},
                 "as": {"yet", "ever", "well", "usual", "such", "much", "many", "soon", "long", "far", "of"}}


@lru_cache(maxsize=1)
def impossible_pairs() -> frozenset[tuple[str, str]]:
    """Pairs of small words that never stand side by side (rules/grammar/impossible_pairs.toml)."""
    out: set[tuple[str, str]] = set()
    for g in load_data("grammar/impossible_pairs.toml").get("groups", []):
        out.update((a, b) for a in g.get("first", ()) for b in g.get("second", ()) if a != b)
        for pair in g.get("pairs", ()):
            a, b = pair.split()
            out.add((a, b))
    return frozenset(out)


@lru_cache(maxsize=1)
def _pair_pattern() -> regex.Pattern:
    """The first word of a pair (a capital first letter allowed, but for "may"), a space, the second, and
    the word after (which may make the two an adverb phrase: "an at times emotional")."""
    pairs = impossible_pairs()
    # "May" in capitals is a month or a name ("Theresa May has said")
    firsts = "|".join(sorted({a if a == "may" else f"[{a[0].upper()}{a[0]}]{a[1:]}" for a, _ in pairs},
                             key=longest_first))
    seconds = "|".join(sorted({b for _, b in pairs}, key=longest_first))
    return regex.compile(rf"\b(?<![’'./@#&-])(?P<a>{firsts}) (?P<b>{seconds})(?![\w’'/@-])(?: (?P<c>\p{{Ll}}+))?")


#: runs of word characters (``regex``'s, as the pattern's): a listed pair is two runs side by side
_WORDS = regex.compile(r"\w+")


def _may_pair(text: str) -> bool:
    """Whether two words side by side in the text (lower-cased) are a listed pair. Every
    match of ``_pair_pattern`` is two whole runs of word characters, so a story without
    such a pair (most of them) has nothing to find, and is not searched: the pattern, an
    alternation tried at every character, costs a few times this test."""
    words = _WORDS.findall(text.lower())
    return not impossible_pairs().isdisjoint(zip(words, words[1:]))


def _participle(word: str) -> str | None:
    """The verb whose past participle ``word`` is ("re-elected" -> "elect"), or None."""
    from ..grammar.verbs import forms

    last = word.rsplit("-", 1)[-1]
    for base in _lemmas(last).get("VERB", ()):
        f = forms(base)
        if last in f.get("VBN", f.get("VBD", ())) and last != base:  # the tables give a regular VBN as VBD
            return base
    return None


class StrayWord(BaseRule):
    id = "grammar.stray-word"
    category = "typo"
    severity = Severity.WARNING
    description = ("A small word left over where it cannot stand: “was promoted him to”, “plans t "
                   "expand”, “more as than”, “should had been”.")
    #: matched from the pronoun, the passive read behind it
    PASSIVE_OBJECT = regex.compile(
        r" (?P<p>him|them|us|me)(?![\w’'-])(?<=(?<![\w’'-])(?P<be>is|are|was|were|been|being|be) "
        r"(?:(?:\p{Ll}+ly|not|also|still|just|already|never) )?(?P<w>\p{Ll}[\p{Ll}-]+) (?:him|them|us|me))")
    #: a lone letter between spaces (not a, e, i, s, w, x, y: see _NOT_STRAY), a word after it;
    #: the word before is read from ``BEFORE`` (a scan for the letter first is ten times faster)
    LONE_LETTER = regex.compile(r" (?P<l>[b-dfghj-rtuvz]) (?=(?P<b>\p{Ll}{2,})(?![\w’'@/-]))")
    BEFORE = regex.compile(r"(?<![\w’'./@#&-])(?P<a>\p{Ll}{2,})(?P<comma>,?)$")

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from self._passive_object(doc)
        yield from self._lone_letter(doc)
        yield from self._pairs(doc)

    def _passive_object(self, doc: Document) -> Iterator[Finding]:
        for m in finditer_at(self.PASSIVE_OBJECT, doc.text):
            base = _participle(m.group("w"))
            if base is None or base in _TWO_OBJECTS:
                continue  # "was given them": a second object is English
            p = m.group("p")
            yield self.finding(
                doc, m.start("w"), m.end("p"),
                f"“{m.group('w')} {p}”: a passive takes no object; delete “{p}”, or put back the word "
                f"that was lost before it.",
                suggestions=[m.group("w")], evidence=f"the object “{p}” after the passive “{m.group('be')} … "
                f"{m.group('w')}”",
            )

    def _lone_letter(self, doc: Document) -> Iterator[Finding]:
        lex = lexicon()
        text = doc.text
        for m in self.LONE_LETTER.finditer(text, overlapped=True):
            before = self.BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before is None:
                continue
            a, letter, b = before.group("a"), m.group("l"), m.group("b")
            if (letter in _NOT_STRAY or (letter == "t" and a.endswith("n"))
                    or (letter in "dm" and a in _PRONOUNS) or a in _UNIT_BEFORE or (letter, b) in _LETTER_COMPOUNDS
                    or a in _LABEL_NOUNS):
                continue  # "don t", "we d", "4 sq m", "t shirts", "vitamin d"
            if lex.tier(letter + b) == DICTIONARY and lex.tier(b) != DICTIONARY and lex.zipf(letter + b) >= 3:
                word = letter + b  # "l ooking": a word split by a stray space
                yield self.finding(
                    doc, m.start("l"), m.end("b"),
                    f"“{letter} {b}”: a word split by a stray space; write “{word}”.",
                    suggestions=[word], fix=word,
                    evidence=f"“{word}” is a word, “{b}” alone is none",
                )
                continue
            if lex.zipf(a) < 2.5 or lex.zipf(b) < 2.5:
                continue  # another language ("cobarde e inhumano") or a code
            yield self.finding(
                doc, m.start("l"), m.end("l"),
                f"“{a}{before.group('comma')} {letter} {b}”: the lone letter “{letter}” is left over from a word; write the word "
                f"that was meant (“at”, “on”, “the” …) or delete it.",
                evidence=f"the letter “{letter}” alone between “{a}” and “{b}”",
            )

    def _pairs(self, doc: Document) -> Iterator[Finding]:
        pairs = impossible_pairs()
        if not _may_pair(doc.text):
            return
        for m in _pair_pattern().finditer(doc.text, overlapped=True):
            a, b = m.group("a"), m.group("b")
            low = a.lower()
            if (low, b) not in pairs:
                continue
            if m.group("c") in _ADVERB_AFTER.get(b, ()):
                continue  # "an at times emotional speech", "the by far largest"
            yield self.finding(
                doc, m.start("a"), m.end("b"),
                f"“{a} {b}”: these two words never stand together; one of them is a stray or a slip "
                f"(a word dropped, or one typed for another): delete or correct it.",
                evidence=f"“{low} {b}” is no English sequence",
            )


#: people's titles that take "of" before what they lead
_TITLES = (r"[Gg]overnor|[Mm]inister|[Ss]ecretary|[Pp]resident|[Mm]ayor|[Hh]ead|[Cc]hairman|[Cc]hairwoman|[Cc]hair"
           r"|[Dd]irector|[Cc]hief|[Aa]mbassador|[Ss]peaker|[Cc]ommissioner|[Pp]refect|[Gg]overnor-[Gg]eneral"
           r"|[Mm]inistry|[Dd]epartment|[Ss]ecretary-[Gg]eneral|[Dd]eputy")
#: what a title is "of": a government's portfolio ...
_PORTFOLIOS = (r"Foreign Affairs|Home Affairs|Internal Affairs|External Affairs|State|Defen[cs]e|Justice|Finance"
               r"|Health|Education|the Interior|Interior|Agriculture|Trade|Labou?r|Transport|Energy|Commerce"
               r"|Culture|the Treasury|the Exchequer|Economy|Economic Development|Foreign Trade")
#: ... or a place or body named with its kind: "the Tula region", "the Central Bank"
_KINDS = (r"region|oblast|province|state|republic|city|district|county|territory|prefecture|municipality"
          r"|Region|Oblast|Province|State|Republic|City|District|County|Territory|Prefecture|Municipality"
          r"|Ministry|Department|Bank|Council|Commission|Committee|Agency|Authority|Board|Service|Office")


#: what may follow the place or body: punctuation or a word that starts no noun ("the New
#: York state legislature" is a second body)
_KIND_END = (r"[,.;:)]| (?:said|says|has|had|have|is|was|and|who|in|on|at|to|for|with|which|announced|told"
             r"|added|stated|noted)(?![\w’'-])")


def _after_or(left: str, what: str) -> regex.Pattern:
    """``left`` "or" ``what``, matched from " or " (a literal the engine scans for quickly)
    with ``left`` read behind it: groups t, or, what."""
    return regex.compile(rf" (?P<or>or) (?<=(?<![\w’'-])(?P<t>{left}) or )(?P<what>{what})")


@lru_cache(maxsize=1)
def _title_country() -> regex.Pattern:
    """A title, "or", then a country before a comma or a verb of saying: "the Ambassador or
    Peru, Ana Ruiz," ("the president or Russia." may be two parties: a full stop is not enough)."""
    names = load_data("grammar/country_names.toml").get("countries", [])
    alt = "|".join(regex.escape(n) for n in sorted(names, key=longest_first))
    return _after_or(
        r"[Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Aa]mbassador|[Ee]mbassy|[Gg]overnor"
        r"|[Kk]ing|[Qq]ueen|[Ss]ecretary|[Cc]hancellor|[Ee]mperor", r"(?:the )?(?:" + alt + r")"
        r"(?![\w’'-])(?=[,;:)]| (?:said|says|told|announced|added|stated|noted|who)(?![\w’'-]))")


class OrForOf(BaseRule):
    """"governor or the Tula region": "the governor or the mayor" joins two people and is
    left alone; a portfolio ("Foreign Affairs") or a place named with its kind ("the Tula
    region") is what a title is "of", and never a second person."""

    id = "grammar.or-for-of"
    category = "typo"
    severity = Severity.WARNING
    description = ("“or” typed for “of” after a title or a quantity: “governor or the Tula region”, “Minister or "
                   "Foreign Affairs”, “one or the best”.")
    PATTERN = _after_or(_TITLES, rf"(?:{_PORTFOLIOS})(?![\w’'-])(?! \p{{Lu}})"
                        rf"|the (?:\p{{Lu}}[\p{{L}}’'-]+ ){{1,3}}(?:{_KINDS})(?![\w’'-])(?={_KIND_END})")

    #: a quantity, "or", then a superlative group: "one or the best" (not "one or the other")
    QUANTITY = _after_or(r"[Oo]ne|[Ss]ome|[Mm]ost|[Mm]any|[Ss]everal|[Ee]ach|[Nn]one|[Bb]oth|[Aa]ll",
                         r"(?:the|his|her|their|its|our|my) (?:\p{Ll}+est|most|best|worst)(?![\w’'-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        matches = [*finditer_at(self.PATTERN, text), *finditer_at(self.QUANTITY, text), *_title_country().finditer(text)]
        for m in matches:
            fixed = f"{m.group('t')} of {m.group('what')}"
            yield self.finding(
                doc, m.start("or"), m.end("or"),
                f"“{text[m.start('t'):m.end('what')]}”: “or” seems typed for “of”; write “{fixed}”.",
                suggestions=["of"], evidence=f"a title, “or”, then what the title is of (“{m.group('what')}”)",
                fix="of",
            )


class LostObject(BaseRule):
    """"according to ." or "reported by ,": the words were a link, and the page or the feed
    kept only the text around it. A space before the mark is the trace of the lost words;
    after "according to", "reported by", "quoted by" any mark straight after is one."""

    id = "grammar.lost-object"
    category = "typo"
    severity = Severity.WARNING
    description = ("A preposition with its object lost (a stripped link): “according to .”, “reported by ,”, "
                   "“the agenda was posted on;”.")
    #: a punctuation mark (not an ellipsis); the spaces before it are counted back from it
    #: (a pattern that began with them was tried at every space of a long run: quadratic)
    MARK = regex.compile(r"[.,;:](?![.\w])")
    #: how many spaces before a mark are read back
    SPACES_BACK = 40
    #: the words that end just before the mark: a phrase that needs its source, or (with a
    #: space before the mark) a bare preposition or article
    BEFORE_MARK = regex.compile(
        r"(?<![\w’'-])(?P<p>(?:[Aa]ccording|[Rr]eported|[Cc]ited|[Qq]uoted|[Pp]ublished) (?:to|by|in)"
        r"|(?P<bare>of|to|by|with|from|via|at|for|into|about|than|the|a|an))$")

    #: how the words ``BEFORE_MARK`` takes end: a phrase's last word, or (after a space) a bare one
    PHRASE_ENDS = ("to", "by", "in")
    WORD_ENDS = (*PHRASE_ENDS, "of", "with", "from", "via", "at", "for", "into", "about", "than", "the", "a", "an")

    #: where something was put out, then its preposition with no place after it: "the agenda was
    #: posted on;", "first published on two weeks later" (a time where the site's name was)
    PUT_OUT = ("posted", "published", "shared", "uploaded", "appeared", "tweeted", "available", "broadcast", "aired",
               "streamed")
    PUBLISHED = regex.compile(
        r" (?P<p>on|in|at|via)(?<=(?<![\w’'-])(?P<v>" + "|".join(PUT_OUT) + r")(?: \p{Ll}+){0,2} (?:on|in|at|via))"
        r"(?:(?=[,.;:](?![.\w]))| (?=(?:\d+|one|two|three|four|five|six|seven"
        r"|eight|nine|ten|a few|several) (?:years?|months?|weeks?|days?|hours?) (?:after|later|before|ago)\b))")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for mark in self.MARK.finditer(text):
            end = mark.start()
            while end > 0 and mark.start() - end < self.SPACES_BACK and text[end - 1] == " ":
                end -= 1
            if not text.endswith(self.WORD_ENDS if end < mark.start() else self.PHRASE_ENDS, 0, end):
                continue  # no word BEFORE_MARK takes ends there: the search would find nothing
            m = self.BEFORE_MARK.search(text, max(0, end - 20), end)
            if m is None or (m.group("bare") and end == mark.start()):
                continue
            p = m.group("p")
            if p.split()[0].lower() in ("reported", "published") and p.endswith("in"):
                continue  # "was reported in," ... a place may follow later: only "by"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{p}” has lost what follows it (a link's text, probably): put back the name or source.",
                evidence=f"“{p}” straight before a punctuation mark",
            )
        if not any(v in text for v in self.PUT_OUT):
            return  # every match holds one of the verbs: a story without them is not searched
        for m in self.PUBLISHED.finditer(text):
            if m.group("p") == "in" and not text.startswith((",", ".", ";", ":"), m.end("p")):
                continue  # "published in six months": a time of its own
            yield self.finding(
                doc, m.start("v"), m.end("p"),
                f"“{text[m.start('v'):m.end('p')]}”: where it was {m.group('v')} (a site's or a journal's name, a link's "
                f"text probably) is lost after “{m.group('p')}”: put it back.",
                evidence=f"“{m.group('p')}” after “{m.group('v')}” with no place after it",
            )


def rules():
    return [StrayWord(), OrForOf(), LostObject()]
