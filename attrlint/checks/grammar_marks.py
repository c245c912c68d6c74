"""Slips of the keyboard between words (category ``typo``), read off the text, no parse.

Rules:
  grammar.missing-space     two sentences run together at a full stop ("the court
                            adjourned.The judge"), not a web address or a file name;
                            two words at a comma with the space lost ("on it,might");
                            a word glued to a figure ("lost6.4 trillion", "its 2019annual
                            report"); a word glued to an opening quotation mark ("the
                            photos“They were")
  grammar.age-hyphen        an age used as an adjective without both hyphens ("a 47 year
                            old man", "the 9-year old", "a 60 year-old")
  grammar.stray-determiner  two determiners in a row, one left over from an edit: "the"
                            before a pronoun ("carried the her bag", "said the there was"),
                            an article after "my/our/their/your" ("on my the way"), an
                            article before "been" ("have the been rebuilt"), "they"
                            for "the" before an adjective and a plural noun ("they
                            young people")
  grammar.mass-noun-article "a"/"an" before a noun that takes none ("a news has", "an
                            advice on")
  grammar.lost-letters      a paragraph opening with a lone lower-case letter, the rest of
                            its first word cut off ("n the war" for "In the war")
  grammar.lower-case-start  a sentence that starts in lower case after a full stop ("the
                            Ministry of Affairs. a man in the hall"): a comma typed as a full
                            stop, or a capital lost
  grammar.sign-after-number a currency sign after its figure ("lost 24$"): English copy
                            writes "$24"
  grammar.inner-capital     a capital inside a lower-case word ("the rUle", "on oTwitter")
  grammar.title-comma       a comma typed for the full stop of an abbreviated title before a
                            name ("Sen, Maria Ortiz", "Lt, Col")

These read inside quotations too: they are the writer's or the feed's slips, not the
speaker's grammar.
"""
from __future__ import annotations

import re
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.gates import between
from ..grammar.literals import find_all, finditer_at, matches_from
from ..grammar.verbs import lemmas as _lemmas
from ..rule import BaseRule
from ..spelling.candidates import keep_case
from ..spelling.lexicon import DICTIONARY, lexicon

#: the second part of "word.Word" that is a web address or file, not a sentence
_NOT_A_SENTENCE = {"com", "net", "org", "gov", "edu", "co", "uk", "io", "ly", "tv", "info", "html", "htm",
                   "php", "aspx", "pdf", "jpg", "png", "js", "py", "txt", "doc", "docx", "xlsx", "csv"}


class MissingSpace(BaseRule):
    id = "grammar.missing-space"
    category = "typo"
    severity = Severity.WARNING
    description = ("Two sentences run together at a full stop (“the court adjourned.The judge”), or two "
                   "words at a comma with the space lost (“on it,might”).")
    PATTERN = regex.compile(
        r"(?<![\w.@/:#\\-])(?P<a>\p{Ll}{2,})\.(?P<b>\p{Lu}\p{Ll}{2,}|(?:I|A|\p{Lu}\p{Ll})(?= \p{Ll}))"
        r"(?![\w.@/(\\-])")
    #: "on it,might": two words at a comma with the space lost; not a run of them (a list of
    #: initials "aw,ls,jbh", code, tags) nor inside an address
    COMMA = regex.compile(
        r"(?<![\w.@/:#,\\-])(?P<a>\p{Ll}{2,}),(?P<b>\p{Ll}{2,})(?![\w.@/(,\\-])")

    #: "lost6.4 trillion": a dictionary word, then a figure with a decimal point or a thousands
    #: separator (so not a code, a page or a model number: "page25", "indyref2", "ylz360")
    WORD_FIGURE = regex.compile(
        r"(?<![\w.@/:#\\-])(?P<a>\p{Ll}{3,})(?P<b>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\w@/-])")
    #: "its 2019annual report": a year, then a dictionary word ("2000th", "1990s" are one word)
    YEAR_WORD = regex.compile(r"(?<![\w.@/:#\\-])(?P<a>(?:19|20)\d\d)(?P<b>\p{Ll}{3,})(?![\w@/-])")
    #: "the photos“They were": a word glued to the opening mark of a quotation
    QUOTE = regex.compile(r"(?<![\w.@/:#\\-])(?P<a>\p{Ll}{2,})(?P<b>“)(?=(?P<c>\p{Lu}\p{L}*))")

    #: what a glued figure's match must hold (the gates of ``grammar/gates.py``)
    _LOWER_DIGIT = regex.compile(r"\p{Ll}\d")
    _DIGIT_LOWER = regex.compile(r"\d\p{Ll}")

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from self._glued(doc)
        text = doc.text
        # each search only when its mark stands between letters of the right case ("d.T", "t,m")
        stops = self.PATTERN.finditer(text) if between(text, ".", str.islower, str.isupper) else ()
        for m in stops:
            if m.group("b").lower() in _NOT_A_SENTENCE or m.group("a") in ("www", "http", "https"):
                continue
            line_start = doc.text.rfind("\n", 0, m.start()) + 1
            if regex.search(r"(?:https?://|www\.)\S*$", doc.text[line_start:m.start()]):
                continue  # inside a web address
            fixed = f"{m.group('a')}. {m.group('b')}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: a space is missing after the full stop; write “{fixed}”.",
                suggestions=[fixed], evidence="a lower-case word, a full stop and a capitalised word with no space",
                fix=fixed,
            )
        commas = self.COMMA.finditer(text) if between(text, ",", str.islower, str.islower) else ()
        for m in commas:
            line_start = doc.text.rfind("\n", 0, m.start()) + 1
            if regex.search(r"(?:https?://|www\.)\S*$", doc.text[line_start:m.start()]):
                continue  # inside a web address
            fixed = f"{m.group('a')}, {m.group('b')}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: a space is missing after the comma; write “{fixed}”.",
                suggestions=[fixed], evidence="two lower-case words joined by a comma with no space",
                fix=fixed,
            )


    def _glued(self, doc: Document) -> Iterator[Finding]:
        """A word run into a figure or into a quotation: the space a paste or a feed lost."""
        lex, text = lexicon(), doc.text
        gates = (self._LOWER_DIGIT.search(text), self._DIGIT_LOWER.search(text),
                 between(text, "“", str.islower, str.isupper))
        for (pattern, word), gate in zip(((self.WORD_FIGURE, "a"), (self.YEAR_WORD, "b"), (self.QUOTE, "a")), gates):
            if not gate:
                continue  # no lower-case letter against a figure or an opening mark: no match
            for m in pattern.finditer(doc.text):
                if lex.tier(m.group(word)) != DICTIONARY:
                    continue  # "covid19.5", "2019ncov": a code, not two words
                line_start = doc.text.rfind("\n", 0, m.start()) + 1
                if regex.search(r"(?:https?://|www\.)\S*$", doc.text[line_start:m.start()]):
                    continue  # inside a web address
                fixed = f"{m.group('a')} {m.group('b')}"
                seen, shown = m.group(0), fixed
                if pattern is self.QUOTE:
                    seen, shown = seen + m.group("c"), fixed + m.group("c")
                yield self.finding(
                    doc, m.start(), m.end(),
                    f"“{seen}”: a space is missing between the word and what follows; write “{shown}”.",
                    suggestions=[fixed], evidence="a word run into a figure or a quotation mark with no space",
                    fix=fixed,
                )


class AgeHyphen(BaseRule):
    id = "grammar.age-hyphen"
    category = "typo"
    severity = Severity.WARNING
    description = ("An age used as an adjective or noun without both hyphens (“a 47 year old man”, "
                   "“the 9-year old”, “a 60 year-old”).")
    PATTERN = regex.compile(
        r"(?<![\w.,-])(?P<n>\d{1,3})(?P<s1>[ -])(?P<unit>year|month|week|day)(?P<s2>[ -])old(?P<pl>s?)(?![\w-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            if m.group("s1") == "-" and m.group("s2") == "-":
                continue
            if m.group("n") == "1" and m.group("s1") == " " and m.group("s2") == " ":
                continue  # "the baby is 1 year old": a predicate, singular by right
            fixed = f"{m.group('n')}-{m.group('unit')}-old{m.group('pl')}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: an age used before a noun (or as one) takes two hyphens: “{fixed}” "
                f"(or write “{m.group('n')} {m.group('unit')}s old” after the verb).",
                suggestions=[fixed], evidence="a singular unit (“year”) with a number: the compound adjective",
                fix=fixed,
            )


class StrayDeterminer(BaseRule):
    id = "grammar.stray-determiner"
    category = "typo"
    severity = Severity.WARNING
    description = ("Two determiners in a row, one left over from an edit: “the” before a pronoun "
                   "(“carried the her bag”, “said the there was”), an article after “my/our/"
                   "their/your” (“on my the way”).")
    PRONOUN = regex.compile(
        r"(?<![\w’'-])(?P<d>[Tt]he) (?P<p>her|him|them|his|their|our|my|your|its|there|they|he|she|we|me)"
        r"(?![\w’'-])")
    ARTICLE = regex.compile(r"(?<![\w’'-])(?P<d>[Mm]y|[Oo]ur|[Tt]heir|[Yy]our) (?P<p>the|a|an)(?![\w’'-])")
    #: an article before "been" ("have the been rebuilt"): "been" is never a noun
    BEEN = regex.compile(r"(?<![\w’'-])(?P<d>the|a|an|The|A|An) (?P<p>been)(?![\w’'-])")

    #: "he" typed for "the" after a preposition ("drew all he attention"), and "the" typed for
    #: "to" before a verb ("have the explain"): only a word that is a noun and nothing else, or a
    #: verb's base form and nothing else (lemminflect), follows
    HE_FOR_THE = regex.compile(
        r"(?<![\w’'-])(?:all|of|in|on|at|for|with|from|by|to|into|about) (?P<d>he) (?P<w>\p{Ll}+)(?![\w’'-])")
    THE_FOR_TO = regex.compile(r"(?<![\w’'-])(?:have|has|had|having) (?P<d>the) (?P<w>\p{Ll}+)(?![\w’'-])")
    #: "they" typed for "the" before an adjective and a plural noun ("they older pupils"):
    #: a pronoun cannot take an adjective and a noun after it
    THEY_FOR_THE = regex.compile(
        r"(?<![\w’'-])(?P<d>[Tt]hey) (?P<a>\p{Ll}{3,}) (?P<w>\p{Ll}{3,})(?![\w’'-])")
    IRREGULAR_PLURALS = {"people", "men", "women", "children"}

    def check(self, doc: Document) -> Iterator[Finding]:
        for pat, pos, right in ((self.HE_FOR_THE, "NOUN", "the"), (self.THE_FOR_TO, "VERB", "to")):
            for m in finditer_at(pat, doc.text):
                w = m.group("w")
                lem = _lemmas(w)
                if set(lem) != {pos} or w not in lem[pos]:
                    continue
                yield self.finding(
                    doc, m.start("d"), m.end("w"),
                    f"“{m.group('d')} {w}”: “{m.group('d')}” cannot stand before “{w}” here; “{right}” was "
                    f"probably meant (“{right} {w}”).",
                    suggestions=[f"{right} {w}"], evidence=f"“{m.group('d')}” before the {pos.lower()} “{w}”",
                )
        for m in self.THEY_FOR_THE.finditer(doc.text):
            a, w = m.group("a"), m.group("w")
            adj, noun = _lemmas(a), _lemmas(w)
            if "ADJ" not in adj or set(adj) - {"ADJ", "NOUN"}:
                continue  # "they last met", "they only": an adverb or a verb may follow "they"
            if not (w in self.IRREGULAR_PLURALS or ("NOUN" in noun and w not in noun["NOUN"] and set(noun) == {"NOUN"})):
                continue
            fixed = keep_case(m.group("d"), "the")
            yield self.finding(
                doc, m.start("d"), m.end("w"),
                f"“{m.group(0)}”: “{m.group('d')}” cannot stand before an adjective and a noun; “{fixed}” was "
                f"probably meant (“{fixed} {a} {w}”).",
                suggestions=[f"{fixed} {a} {w}"], evidence=f"the pronoun “{m.group('d')}” before “{a} {w}”",
            )
        for m in finditer_at(self.BEEN, doc.text):
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: an article before “been” is left over from an edit; delete “{m.group('d')}”.",
                suggestions=["been"], evidence=f"“{m.group('d')}” directly before “been”", fix="been",
            )
        for pat in (self.PRONOUN, self.ARTICLE):
            for m in finditer_at(pat, doc.text):
                d, p = m.group("d"), m.group("p")
                extra = " (or “your” stands for “you're”, “their” for “there”)" if pat is self.ARTICLE else ""
                yield self.finding(
                    doc, m.start(), m.end(),
                    f"“{m.group(0)}”: two determiners in a row; one is left over from an edit{extra}. "
                    f"Delete one.",
                    suggestions=[keep_case(d, p), d],
                    evidence=f"“{d}” directly before “{p}”",
                )


#: nouns that take no indefinite article ("news", "advice")
MASS_NOUNS = ("news", "advice", "information", "equipment", "furniture", "luggage", "baggage", "homework",
              "machinery", "clothing", "feedback")
#: what follows such a noun when it is the head of its phrase ("a news has", "an advice on")
_AFTER_HEAD = ("has", "had", "is", "was", "that", "which", "about", "on", "of", "to", "for", "from", "and",
               "but", "came", "went", "spread", "broke")


class MassNounArticle(BaseRule):
    id = "grammar.mass-noun-article"
    category = "typo"
    severity = Severity.WARNING
    description = "“a”/“an” before a noun that takes none (“a news has gone viral”, “an advice on”)."
    PATTERN = regex.compile(
        r"(?<![\w’'-])(?P<art>[Aa]n?) (?P<n>" + "|".join(MASS_NOUNS) + r")"
        r"(?=(?:[.,;:!?]| (?:" + "|".join(_AFTER_HEAD) + r")\b))")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            n = m.group("n")
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: “{n}” takes no “{m.group('art').lower()}”; write “{n}”, “the {n}” or "
                f"“a piece of {n}”.",
                suggestions=[keep_case(m.group("art"), n)],
                evidence=f"“{n}” is a mass noun",
            )


class LostLetters(BaseRule):
    """A paragraph that opens with the last letter of its first word, the rest cut off by
    a segmenter ("n the Second World War ..." for "In the ...", "s have begun" for
    "Talks have begun"): a lone lower-case letter, then a lower-case word, then prose."""

    id = "grammar.lost-letters"
    category = "typo"
    severity = Severity.WARNING
    description = "A paragraph that opens with a lone lower-case letter, the rest of its first word lost (“n the war”)."
    #: not "a" or "i" (words), nor "o", "x", "e" (bullets, marks, e-mail): the letter
    #: that ends a cut word, then a lower-case word and at least four more words
    PATTERN = regex.compile(r"(?m)^[ \t]*(?P<f>[b-df-hj-nprstv-wyz]) (?P<w>[a-z]{2,})(?= (?:\S+ ){3,}\S)")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            f = m.group("f")
            sugg = ["In"] if f == "n" and m.group("w") in ("the", "a", "an", "this", "that", "his", "her", "its") else []
            yield self.finding(
                doc, m.start("f"), m.end("w"),
                f"“{f} {m.group('w')}”: the paragraph opens with a lone “{f}”; the start of its first "
                f"word was lost" + (f" (probably “{sugg[0]} {m.group('w')}”)." if sugg else "; restore it."),
                suggestions=sugg, evidence="a lone lower-case letter opens the paragraph",
            )


#: words before a full stop that abbreviate, after which a lower-case word is no new sentence
_ABBREVIATIONS = {
    "vs", "etc", "approx", "incl", "est", "min", "max", "no", "nos", "pp", "ca", "cf", "al", "fig", "ed", "eds",
    "jr", "sr", "st", "dept", "gov", "govt", "corp", "inc", "co", "ltd", "mr", "mrs", "ms", "dr", "prof", "gen",
    "col", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
    "ft", "vol", "op", "viz", "ie", "eg", "am", "pm", "lt", "sgt", "capt", "cmdr", "maj", "adm", "pres", "ave",
    "blvd", "rd", "hon", "rev", "mins", "hrs", "yrs", "sq", "km", "kg", "lb", "lbs", "oz", "pt", "ch", "art",
    "para", "sec", "cit", "ibid", "resp", "ret", "mph", "tel", "ext", "dist", "esp", "div", "bros",
}


class LowerCaseStart(BaseRule):
    """"… the Ministry of Affairs. a man in the hall asked": after a word and a full stop, a
    sentence that opens with a lower-case word that starts sentences ("a", "the", "he",
    "in", "but" …). Only those words: after a full stop a lower-case handle, e-mail address,
    wire-desk initials ("hg/jd") or web address ("pic.twitter.com") is furniture, not a
    sentence. Not after an abbreviation ("etc.", "approx.", "a.m."), nor across a line break."""

    id = "grammar.lower-case-start"
    category = "typo"
    severity = Severity.WARNING
    description = "A sentence that starts in lower case after a full stop (“the ministry. a man said”)."
    PATTERN = regex.compile(
        r"(?<![\w.@/’'-])(?P<a>\p{L}{2,})\. (?P<w>a|an|the|he|she|they|we|it|this|these|those|there|in|on|at|but"
        r"|however|his|her|their|its|when|after|before|while|if|some|many|most|one|two|three|according|meanwhile"
        r"|last|earlier|later|as|for)(?= \p{L})")

    #: the first letters of the words ``PATTERN`` takes after the full stop
    FIRST = frozenset("ahstwiobmlef")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in matches_from(self.PATTERN, doc.text, self._starts(doc.text)):
            if m.group("a").lower() in _ABBREVIATIONS:
                continue
            w = m.group("w")
            cap = w[0].upper() + w[1:]
            yield self.finding(
                doc, m.start("w") - 2, m.end("w"),
                f"“{m.group(0)}”: a sentence starts in lower case after a full stop; write “{cap}”, or, "
                f"if one sentence goes on, make the full stop a comma.",
                suggestions=[f". {cap}", f", {w}"],
                evidence=f"a full stop after “{m.group('a')}”, then “{w}” in lower case",
            )

    def _starts(self, text: str) -> list[int]:
        """Where a match can start: the run of letters before a ". " that one of the words
        follows. ``PATTERN`` opens with a look-behind and a run of letters, so ``regex`` tries
        it at every character; a match's word before the stop is a whole run of letters
        (``str.isalpha`` is ``\\p{L}``), so trying it at these starts finds the same matches."""
        starts = []
        for i in find_all(text, ". "):
            if text[i + 2:i + 3] in self.FIRST:
                j = i
                while j > 0 and text[j - 1].isalpha():
                    j -= 1
                if i - j >= 2:
                    starts.append(j)
        return starts


class SignAfterNumber(BaseRule):
    """"lost 24$ of its value": a currency sign written after its figure, as some languages
    do and machine translation copies. English copy puts it first."""

    id = "grammar.sign-after-number"
    category = "typo"
    severity = Severity.WARNING
    description = "A currency sign after its figure (“24$”); English copy writes “$24”."
    PATTERN = regex.compile(r"(?<![\w$€£¥.,/+*^#])(?P<n>\d[\d,.]*\d|\d)[ \t]?(?P<s>[$€£¥])(?![\w$€£¥])")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            fixed = f"{m.group('s')}{m.group('n')}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: the currency sign goes before the figure in English; write “{fixed}”.",
                suggestions=[fixed], evidence=f"“{m.group('s')}” after the number {m.group('n')}", fix=fixed,
            )


class InnerCapital(BaseRule):
    """"rUle", "oTwitter": a capital after the first lower-case letter of a word, a slip of
    the shift key or a letter glued on. Brand names start "i", "e" or "x" ("iPhone",
    "eBay", "xGen"), and units of measure mix cases ("kWh", "hPa", "mSv"): both left alone."""

    id = "grammar.inner-capital"
    category = "typo"
    severity = Severity.WARNING
    description = "A capital letter inside a lower-case word: “the rUle”, “on oTwitter”."
    PATTERN = regex.compile(r"(?<![\w’'@#/.-])(?P<w>[a-df-hj-wyz]\p{Lu}\p{Ll}+)(?![\w’'@/-])")
    UNITS = {"kwh", "mwh", "gwh", "twh", "hpa", "kpa", "mpa", "khz", "mhz", "ghz", "mah", "msv", "usv", "nsv",
             "mmol", "kbps", "mbps", "gbps"}

    #: what follows a Nguni noun-class prefix word in a name: another capitalised word or
    #: prefixed word ("uMkhonto weSizwe"), or the name's acronym in brackets ("uMkhonto (MK)")
    NAME_GOES_ON = regex.compile(r"[ \t]+(?:\p{Lu}|\p{Ll}{1,3}\p{Lu}|\(\p{Lu}{2,}\))")

    #: where a match can start: a letter of ``PATTERN``'s first class before a letter that is
    #: no ASCII lower-case one (every ``\p{Lu}`` is), found by ``re`` far faster than
    #: ``regex`` tries the pattern's look-behind at every character
    STARTS = re.compile(r"[a-df-hj-wyz](?=[^\W\d_a-z])")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        seen: dict[str, int] = {}
        for m in matches_from(self.PATTERN, text, [s.start() for s in self.STARTS.finditer(text)]):
            w = m.group("w")
            if w.lower() in self.UNITS:
                continue
            if seen.setdefault(w, text.count(w)) > 1:
                continue  # written the same way again: a spelling, not a slip of the shift key
            if w[0] in "uo" and self.NAME_GOES_ON.match(text, m.end()):
                continue  # a Zulu or Xhosa class prefix in a name: "uMkhonto weSizwe", "uMzimkhulu (UM)"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{w}”: a capital letter inside a lower-case word; check the word (“{w.lower()}”, or a "
                f"letter glued on: “{w[1:]}”).",
                suggestions=[w.lower(), w[1:]], evidence="an upper-case letter after the first lower-case letter",
            )


class TitleComma(BaseRule):
    """"Gov, Maria Ortiz": the full stop of an abbreviated title typed as a comma (or an OCR or
    feed slip), which reads as if the title were a word of its own. Only titles that are never
    words of their own in capitals, before a capitalised given name and surname; "Dr" and
    "St" are left out (a street address: "12 Oak Dr, Dover Road")."""

    id = "grammar.title-comma"
    category = "typo"
    severity = Severity.WARNING
    description = "A comma for the full stop of an abbreviated title before a name: “Gov, Maria Ortiz”."
    PATTERN = regex.compile(
        r"(?<![\w’'.-])(?P<t>Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Cpl|Adm|Maj|Brig|Cmdr|Supt|Insp|Prof|Cllr|Fr|Rev)"
        r", (?P<name>\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)(?![\w’'-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in self.PATTERN.finditer(text):
            title = m.group("t")
            yield self.finding(
                doc, m.start(), m.end("t") + 1,
                f"“{title},”: an abbreviated title before a name takes a full stop (or none), not a comma: "
                f"“{title}. {m.group('name')}”.",
                suggestions=[title + ".", title], evidence=f"a comma between “{title}” and “{m.group('name')}”",
                fix=title + ".",
            )


def rules():
    return [MissingSpace(), AgeHyphen(), StrayDeterminer(), MassNounArticle(), LostLetters(), LowerCaseStart(),
            SignAfterNumber(), InnerCapital(), TitleComma()]
