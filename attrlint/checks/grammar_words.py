"""Words doubled or dropped by careless editing or a syndication feed (category ``typo``).

Rules:
  grammar.doubled-list-item  one name twice in a list ("Canada, Japan, Canada and ...")
  grammar.dropped-word       a preposition left without its object, the word the feed
                             dropped ("ties with and plans", "her trip to later this
                             month", "a trip to."); "told." with no one told; "More 3,500"
                             without "than"; a quotation opening a paragraph with a
                             lower-case verb ("“welcomes the progress ...”"); a
                             year straight after a noun phrase ("invaded the country 2001.")
  grammar.missing-verb       a clause with no main verb ("The official also the minister's
                             aides in Paris.", "The President visiting the envoy on Monday.")

  grammar.article            "a important", "an new"
  grammar.stray-capital      "last Month", "next Week"

Feeds drop words inside quotations too, so dropped-word also reads quotations; the
missing-verb rule does not (speech is often verbless).
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..grammar import feed_holes
from ..grammar.literals import finditer_at
from ..grammar.prose import PARSE, prose_sentences
from ..grammar.tokens import token_table
from ..finding import Finding, Severity
from ..rule import BaseRule
from ..spelling.lexicon import DICTIONARY, lexicon
from ..spelling.tokens import starts_sentence
from ..token_filter import tokens_where

#: a name of up to four capitalised words; a full stop only inside one ("U.S"), so that a
#: sentence's end is not read as part of the next name
_WORD = r"\p{Lu}(?:[\p{L}’'-]|\.(?=\p{L}))*"
_NAME = rf"{_WORD}(?: {_WORD}){{0,3}}"
_LIST = regex.compile(rf"(?<![\p{{L}}’'.-])(?:{_NAME})(?:(?:, (?:and |or )?| (?:and|or) ){_NAME})+")
_ITEM = regex.compile(_NAME)
#: after a list's last item, joined by "and"/"or", a lower-case word that starts the predicate
#: ("... and Peru should join"): the list has ended there, so the repeat is an item, not the
#: start of a longer name ("Lima de Sur") nor a place's country ("Chile, Peru has")
_VERB_AFTER = regex.compile(
    r" (?:should|would|could|must|will|can|may|might|shall|have|has|had|are|were|is|was|also|all|both"
    r"|each|too|as well|said|agreed|signed|joined|took|voted)\b")


class DoubledListItem(BaseRule):
    id = "grammar.doubled-list-item"
    category = "typo"
    severity = Severity.WARNING
    description = "The same name twice in one list (“Chile, Peru, Chile, Brazil”)."

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in _LIST.finditer(doc.text):
            items = list(_ITEM.finditer(m.group(0)))
            seps = [m.group(0)[a.end():b.start()] for a, b in zip(items, items[1:])]
            # a list: three items, or two joined by "and"/"or" ("New York, New York" is a place)
            if "," not in m.group(0) or len(items) < 3 and not any("and" in s or "or" in s for s in seps):
                continue  # "Around and Around" repeats on purpose; a list has commas
            if len({it.group(0).rstrip(".") for it in items}) == 1:
                continue  # "Trump, Trump, Trump": a chant, not a list
            seen: dict[str, regex.Match] = {}
            for k, it in enumerate(items):
                name = it.group(0)
                if name.endswith(".") and not regex.search(r"(?:\p{L}\.){2,}$", name):
                    name = name[:-1]  # the sentence's full stop, not an abbreviation
                end = m.start() + it.start() + len(name)
                follows = doc.text[end:end + 5]
                if name in seen and (regex.match(r"[,.;:)]|\s(?:and|or)\b|\s*$", follows)
                                     or k == len(items) - 1 and seps[-1].split()[-1:] in (["and"], ["or"])
                                     and _VERB_AFTER.match(doc.text, end)):
                    s = m.start() + it.start()
                    yield self.finding(
                        doc, s, s + len(name),
                        f"“{name}” is already in this list; delete the repeat or put in the "
                        f"item that was meant.",
                        evidence=f"in the list “{m.group(0)}”",
                    )
                    break
                seen[name] = it


class DroppedWord(BaseRule):
    id = "grammar.dropped-word"
    category = "typo"
    severity = Severity.WARNING
    description = ("A preposition after a noun left with no object: the next word is “and”, "
                   "“later this year” or the end of the sentence (“ties with and plans”).")
    needs = PARSE
    PREPS = {"to", "with", "from", "into", "between", "among", "against", "toward", "towards",
             "about", "for", "of", "at"}
    TIME = regex.compile(r"^(?:later|earlier) (?:this|next|that|in|on)\b")

    def check(self, doc: Document) -> Iterator[Finding]:
        sp = doc.spacy
        table = token_table(doc)
        for i in table.of_words(self.PREPS):
            if i == 0 or table.pos[i - 1] != "NOUN" or not table.is_lower[i - 1] or not table.space[i - 1]:
                continue
            prep = sp[i]
            before, after = sp[prep.i - 1], sp[prep.i + 1] if prep.i + 1 < len(sp) else sp[prep.i]
            if any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
                if after.lower_ not in ("and", "or", "but", "later", "earlier"):
                    continue
            clause = next((a for a in before.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if clause is not None and (clause.dep_ in ("relcl", "acl")
                                       or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
                continue  # "the companies it does business with", "parents to take care of": fronted object
            rest = sp[prep.i + 1: prep.i + 7]
            why = None
            if after.lower_ in ("and", "or", "but") and len(rest) > 1:
                # "with and without", "for and against", "to and from": two prepositions
                if rest[1].pos_ in ("VERB", "AUX", "DET", "PRON") and rest[1].tag_ != "VBG" \
                        and not any(t.pos_ == "ADP" for t in rest[2:6]):  # "acceptance of and trust in"
                    why = f"“{prep.text}” is followed by “{after.text}”"
            elif self.TIME.match(sp[prep.i + 1: prep.i + 3].text.lower()) and prep.lower_ in ("to", "with", "from", "into"):
                why = f"“{prep.text}” is followed by a time (“{sp[prep.i + 1: prep.i + 3].text}”)"
            elif (after.text == "." or "\n" in after.text or prep.i + 1 == len(sp)) and prep.lower_ in ("to", "with", "into", "between", "among", "against") \
                    and before.lower_ in ("visit", "trip", "travel", "journey", "relations", "ties", "talks", "return", "tour", "flight", "mission"):
                why = f"“{before.text} {prep.text}” ends the sentence"
            if why:
                yield self.finding(
                    doc, before.idx, prep.idx + len(prep.text),
                    f"A word seems to be missing after “{before.text} {prep.text}”: {why}. "
                    f"Put back the name or noun that was dropped.",
                    evidence=why,
                )
        yield from self._told_nobody(doc)
        yield from self._more_number(doc)
        for start, end, message, suggestions, evidence in feed_holes.holes(doc.text):
            yield self.finding(doc, start, end, message, suggestions=suggestions, evidence=evidence)
        yield from self._quote_without_subject(doc)
        yield from self._bare_year(doc)

    BARE_YEAR = regex.compile(
        r"(?<![\w’'-])(?:the|its|his|her|their|our) (?P<n>\p{Ll}{3,}) (?P<y>(?:19|20)\d\d)(?=[.,;:!?](?!\d))")
    #: nouns a year may follow as a name ("the year 2001", "the class 2001", "the budget 2024")
    YEAR_NAMES = {"year", "years", "class", "season", "vintage", "model", "edition", "version", "cohort",
                  "budget", "calendar", "census", "batch", "intake", "election", "elections", "games",
                  "cup", "expo", "summit", "festival", "contest", "championship", "championships", "tour"}

    def _bare_year(self, doc: Document) -> Iterator[Finding]:
        """"invaded the country 2001.": the preposition before a closing year was dropped."""
        for m in finditer_at(self.BARE_YEAR, doc.text):
            if m.group("n") in self.YEAR_NAMES or m.group("n").endswith("ly"):
                continue
            fixed = f"{m.group('n')} in {m.group('y')}"
            yield self.finding(
                doc, m.start("n"), m.end("y"),
                f"“{m.group('n')} {m.group('y')}”: a word seems to be missing before the year; "
                f"write “{fixed}” (or “since”, “by” ...).",
                suggestions=[fixed], evidence="a noun phrase followed directly by a year and the end of the clause",
            )

    QUOTE_AT_LINE_START = regex.compile(r"(?m)^[ \t]*[\"“‘](?P<w>[a-z]+)\b")

    def _quote_without_subject(self, doc: Document) -> Iterator[Finding]:
        """A quotation that opens a paragraph with a lower-case finite verb: its subject was
        dropped ("“welcomes the progress on ...,” the president said")."""
        for m in self.QUOTE_AT_LINE_START.finditer(doc.text):
            at = token_table(doc).starting_at(m.start("w"))
            tok = doc.spacy[at] if at is not None else None
            if tok is None or tok.tag_ not in ("VBZ", "VBD") or tok.lower_ in ("is", "was", "has", "does", "did"):
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"This quotation opens its paragraph with “{tok.text}” and no subject: a word "
                f"was probably dropped before it.",
                evidence=f"a paragraph-opening quotation starts with the verb “{tok.text}” ({tok.tag_})",
            )

    def _told_nobody(self, doc: Document) -> Iterator[Finding]:
        """"..., Ivanov told." -- told whom? (A passive "as he was told." is fine.)"""
        for tok in tokens_where(doc.spacy, "LOWER", lambda low: low == "told"):
            if tok.lower_ != "told" or tok.tag_ != "VBD" or tok.i + 1 >= len(tok.doc) or tok.nbor().text != ".":
                continue
            if any(c.dep_ in ("dobj", "dative", "auxpass", "aux", "prep") or c.dep_ in ("ccomp", "xcomp") and c.i > tok.i
                   for c in tok.children):
                continue  # told someone, was told, told that ...; a quotation before it is what was said
            if not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in tok.children):
                continue
            yield self.finding(
                doc, tok.idx, tok.idx + len(tok.text) + 1,
                "“told” with no one told: a word was dropped (“told reporters”, “told the agency”).",
                evidence="“told” ends the sentence with no object",
            )

    MORE_NUMBER = regex.compile(
        r"(?<![\w’'-])(?<!\d )(?P<w>More|more|Fewer|fewer|Less|less) (?P<n>\d{1,3}(?:,\d{3})+|\d{3,})(?= \p{L})")

    def _more_number(self, doc: Document) -> Iterator[Finding]:
        """"More 3,500 people": "than" dropped after a comparative before a figure."""
        for m in finditer_at(self.MORE_NUMBER, doc.text):
            prev = regex.search(r"(\w+)\W*$", doc.text[max(0, m.start() - 20):m.start()])
            if prev and prev.group(1).lower() in ("any", "no", "much", "the", "some", "many", "far", "even", "still"):
                continue
            fixed = f"{m.group('w')} than {m.group('n')}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: “than” seems to be missing; write “{fixed}”.",
                suggestions=[fixed], evidence="a comparative right before a figure", fix=fixed,
            )


#: the adverbs after which a noun phrase with no verb is a dropped verb ("The envoy also the aides")
_LINKERS = frozenset({"also", "then", "later"})


class MissingVerb(BaseRule):
    id = "grammar.missing-verb"
    category = "typo"
    severity = Severity.WARNING
    description = ("A sentence whose subject is followed by no main verb (“The envoy also the "
                   "minister's aides ...”, “The President visiting the envoy on Monday.”).")
    needs = PARSE

    def check(self, doc: Document) -> Iterator[Finding]:
        table = token_table(doc)
        # _also_np looks for one of these words inside the sentence: one without them is not
        # listed as Tokens for it
        linkers = table.of_words(_LINKERS)
        for sent in prose_sentences(doc):
            if doc.in_quote(sent.start_char, sent.end_char) or sent[0].text in ("“", '"', "‘"):
                continue
            also = self._also_np(sent) if table.within(linkers, sent.start + 1, sent.end - 1) else None
            hit = also or self._bare_gerund(sent)
            if hit:
                s, e, why = hit
                yield self.finding(
                    doc, s, e,
                    f"This clause has no main verb ({why}); a word was probably dropped.",
                    evidence=why,
                )

    @staticmethod
    def _also_np(sent):
        """Subject + "also"/"then"/"later" + a noun phrase, no verb between."""
        toks = list(sent)
        for k, t in enumerate(toks[1:-1], 1):
            if t.lower_ not in _LINKERS or t.pos_ != "ADV":
                continue
            prev, nxt = toks[k - 1], toks[k + 1]
            if prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ not in ("nsubj", "ROOT", "compound", "npadvmod", "dep"):
                continue
            if nxt.pos_ not in ("PROPN", "DET", "NUM") and nxt.tag_ != "PRP$":
                continue
            if any(x.pos_ in ("VERB", "AUX") for x in toks[:k]) or toks[0].lower_ in ("not", "but", "as"):
                continue
            clause = []
            for x in toks[k + 1:]:
                if x.is_punct:
                    break
                clause.append(x)
            if any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in clause):
                continue  # "The minister also this morning called ...": the verb comes later
            start = toks[0].idx
            return start, nxt.idx + len(nxt.text), f"“{prev.text} {t.text} {nxt.text}”"
        return None

    @staticmethod
    def _bare_gerund(sent):
        """A sentence that is a noun phrase with an -ing clause and no finite verb at all:
        "The President visiting the envoy on Monday." (the parse: a noun root, an acl)."""
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or root.i - sent.start > 5 or not root.is_alpha:
            return None  # "We'r loving ...": damaged text, not a noun
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent):
            return None
        for c in root.children:
            if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == root.i + 1 and any(g.dep_ == "dobj" for g in c.children):
                return sent[0].idx, c.idx + len(c.text), f"“{root.text} {c.text}” with no “is” or past tense"
        return None


class Article(BaseRule):
    """"a important", "an new", "a Asian", "a 8-year-old", "an 2.5 million": the article does
    not fit the sound of the next word. Letters that can go either way are left alone: h ("an
    historic" is British usage), u ("a union", "an uncle", "a Ugandan", "an Uber"), x, y,
    vowels that sound like consonants ("a one-off", "a European"), and words in capitals,
    which may be read as letters ("an MP", "a NATO plan"). A compound's first part is
    judged as a word ("a agri-food hub", "a ultra-low rate" is left alone: u). A number is read aloud: "an 8",
    "an 11", "an 18,000", but "a 1,100"; a year-like "1800s" may be said either way. A currency
    sign is said after its figure: "an $85 million deal", "an £8bn fund", "a €90m loan"."""

    id = "grammar.article"
    category = "typo"
    severity = Severity.WARNING
    description = ("“a” before a vowel sound or “an” before a consonant sound (“a important”, “an new”, "
                   "“a Asian”, “a 8-year-old”).")
    #: a currency sign is said after the figure ("a $85 million" is "an eighty-five-million-dollar"),
    #: so the figure decides; "US$" and other letter-led signs are left alone (read either way)
    PATTERN = regex.compile(
        r"(?<![\w’'-])(?P<art>[Aa]n?) (?P<cur>[$£€¥₹])?"
        r"(?P<w>(?(cur)(?!)|(?:[a-z][a-z]+|\p{Lu}\p{Ll}+)\b(?![’']\p{L}))"
        r"|\d[\d,]*(?:\.\d+)?(?:(?<=\d)(?:m|bn|tn|k))?(?=[\s%-]))")
    CONSONANT_AFTER_AN = set("bcdfgjklmnpqrstvwz")
    VOWEL_AFTER_A = set("aeio")
    #: "one" only as itself or a compound's first part ("a one-off"): "an onerous task"
    SOUNDS_LIKE_CONSONANT = ("one-", "eu", "ewe", "oui", "ouija")

    def check(self, doc: Document) -> Iterator[Finding]:
        from spacy.lang.en.stop_words import STOP_WORDS  # spaCy loads only when a rule runs

        for m in self.PATTERN.finditer(doc.text):
            art, w = m.group("art"), m.group("w")
            if w.lower() in STOP_WORDS or art[0] == "A" and not starts_sentence(doc.text, m.start()):
                continue  # "Plan A is", "Grade A eggs", "part a of": a letter, not an article
            if art == "An" and w[0].isupper() and lexicon().tier(w.lower()) != DICTIONARY:
                continue  # "An Fengshan said": the surname An before a given name, no article
            vowel = self._vowel_sound(w)
            if vowel is None or vowel == (art.lower() == "an"):
                continue
            want = art + "n" if vowel else art[0]
            said = f"{m.group('cur') or ''}{w}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: use “{want}” before a word that starts with a "
                f"{'vowel' if vowel else 'consonant'} sound.",
                suggestions=[f"{want} {said}"], evidence=f"“{w}” starts with “{w[0]}”", fix=f"{want} {said}",
            )

    def _vowel_sound(self, w: str) -> bool | None:
        """Whether the word is said with a vowel first; None when it may go either way."""
        if w[0].isdigit():
            whole = w.split(".")[0].replace(",", "").rstrip("mbnkt")  # "110bn": the figure
            if w[0] == "8":
                return True  # eight, eighty, eight hundred
            if whole[:2] in ("11", "18"):
                if len(whole) == 4 and "," not in w:
                    return None  # "1800s": eighteen hundreds or one thousand eight hundred
                return len(whole) % 3 == 2  # eleven, eighteen thousand; but one hundred and ten
            return False
        low = w.lower()
        if low in ("one", "once", "ones", "oneself") or low.startswith(self.SOUNDS_LIKE_CONSONANT):
            return False
        if low[0] in self.VOWEL_AFTER_A:
            return True
        if low[0] in self.CONSONANT_AFTER_AN:
            return False
        return None


class StrayCapital(BaseRule):
    """"last Month": a capital in the middle of a time phrase. Only after a lower-case
    "last", "next", "this", "every", "each" or "per", so that titles ("Person of the Year",
    "Last Week Tonight", ABC's "This Week") are left alone."""

    id = "grammar.stray-capital"
    category = "typo"
    severity = Severity.WARNING
    description = "A capital letter inside a time phrase (“last Month”, “next Week”)."
    PATTERN = regex.compile(
        r"(?<![\w’'-])(?P<pre>last|next|this|every|each|per) "
        r"(?P<w>Month|Week|Year|Day|Weekend|Morning|Afternoon|Evening|Night|Decade|Century|Season)"
        r"(?![\w’'-])(?! (?:\p{Lu}|of\b))")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in finditer_at(self.PATTERN, doc.text):
            w = m.group("w")
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: “{w}” takes no capital here; write “{m.group('pre')} {w.lower()}”.",
                suggestions=[f"{m.group('pre')} {w.lower()}"], evidence="a common noun capitalised mid-phrase",
                fix=f"{m.group('pre')} {w.lower()}",
            )


def rules():
    return [DoubledListItem(), DroppedWord(), MissingVerb(), Article(), StrayCapital()]
