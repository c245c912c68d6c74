"""Typos and misspelt names (category ``typo``).

Rules:
  spelling.misspelling           a word not in the dictionary, a short edit from one
  spelling.proper-noun           a misspelt name, flagged only with evidence
  spelling.contraction-fragment  "the wo countries": half of "won't" left standing
  spelling.verb-form             "to launched": a past form where the infinitive belongs
  spelling.doubled-word          "the the"
  spelling.us-uk-mix             American and British spellings in one story (info)

The judging of words lives in ``attrlint.spelling``; this module turns verdicts into
findings with messages an editor can act on.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule
from ..spelling.candidates import keep_case
from ..spelling.checker import Checker, Verdict
from ..spelling.house import vocabulary
from ..spelling.lexicon import SEEN_IN_TEXT, lexicon
from ..spelling.tokens import starts_sentence as _starts_sentence
from ..token_filter import tokens_where
from .spelling_pairs import body_slips, particle_slips
from .spelling_doubled import (PREPOSITIONS, article_before_names_the, doubled_preposition_is_a_slip,
                               doubled_title_before_name)

def verdicts(doc: Document) -> list[Verdict]:
    """Spelling verdicts for a document, computed once for the two rules that share them."""
    return doc.shared(
        "spelling", lambda: Checker(doc.text, vocabulary(doc.config), quote_spans=doc.quote_spans).verdicts()
    )


class _VerdictRule(BaseRule):
    category = "typo"
    kind = ""

    def check(self, doc: Document) -> Iterator[Finding]:
        for v in verdicts(doc):
            if v.kind != self.kind:
                continue
            w = v.word
            if v.suggestions:
                advice = "did you mean " + " or ".join(f"“{s}”" for s in v.suggestions[:3]) + "?"
            else:
                advice = "check the spelling."
            safe = v.suggestions[0] if len(v.suggestions) == 1 and self.kind == "common" else None
            yield self.finding(
                doc, w.start, w.end,
                f"“{w.text}” looks misspelt ({v.evidence}); {advice}",
                suggestions=v.suggestions, evidence=v.evidence, fix=safe,
            )


class Misspelling(_VerdictRule):
    id = "spelling.misspelling"
    severity = Severity.WARNING
    kind = "common"
    description = ("A word that is not in the dictionary (US and UK spellings accepted) and is "
                   "a short edit from one, a recorded misspelling, or a spelling the house rejects.")


class ProperNoun(_VerdictRule):
    id = "spelling.proper-noun"
    severity = Severity.WARNING
    kind = "name"
    description = ("A capitalised word that is probably a misspelt name: the story spells it "
                   "differently elsewhere, or it is one or two letters from a known place or name.")


    def check(self, doc: Document) -> Iterator[Finding]:
        found = list(super().check(doc))
        yield from found
        yield from self._slips_of_a_name(doc, {f.start for f in found})
        yield from particle_slips(self, doc)
        yield from body_slips(self, doc)

    def _slips_of_a_name(self, doc: Document, done: set[int]) -> Iterator[Finding]:
        """A name one letter from the story's other spelling of it, which no name list
        knows ("Brottle" beside "Sgt Ann Brotle"): a typo as well as an inconsistency, even
        where the story repeats the slip."""
        from .consistency import name_clusters_of
        from .name_forms import misspelt_transliteration
        from .name_mentions import given_names, known

        for c in name_clusters_of(doc):
            if not (c.how == "slip" or c.how == "transliteration" and misspelt_transliteration(c.stray, c.target)):
                continue
            if known(c.stray) or given_names(c.stray_uses) - given_names(c.target_uses):
                continue  # a known name, or one with its own given name: perhaps someone else
            same_person = self._names_before(doc.text, c.target_uses)
            if any(self._after_a_name(doc.text, m.start, same_person) for m in c.stray_uses):
                continue  # "Wang Shujin" at a sentence start: its own given name, unparsed
            for m in c.stray_uses:
                if m.start in done:
                    continue
                found = doc.text[m.start:m.end]
                target = c.target.upper() if found.isupper() else c.target
                how = "one letter away" if c.how == "slip" else "the same name spelt otherwise"
                if c.how == "slip" and c.note:  # a slip of the story's own slip of the name
                    how = f"and its slip “{c.note}”, one letter from this one"
                yield self.finding(
                    doc, m.start, m.end,
                    f"“{found}” looks misspelt (the story also writes “{c.target}”, {how}, "
                    f"and no name list knows “{c.stray}”); did you mean “{target}”?",
                    suggestions=[target], evidence=f"{c.stray} ×{len(c.stray_uses)} / {c.target} ×{len(c.target_uses)}",
                )


    @staticmethod
    def _names_before(text: str, uses) -> set[str]:
        """The capitalised words written right before the story's other spelling ("Nana" of
        "Nana Akufo-Addo"): the same given name before the slip is the same person."""
        found = (_AFTER_A_NAME.search(text, max(0, m.start - 40), m.start) for m in uses)
        return {b.group(1) for b in found if b is not None}

    @staticmethod
    def _after_a_name(text: str, start: int, same_person: frozenset[str] | set[str] = frozenset()) -> bool:
        """Right after a capitalised word that is no common English word ("Wang", not "When"),
        other than one of ``same_person`` (the given names the other spelling is written with)."""
        before = _AFTER_A_NAME.search(text, max(0, start - 40), start)
        return before is not None and before.group(1) not in same_person \
            and lexicon().zipf(before.group(1).lower()) < _NAME_NOT_WORD_ZIPF


#: a capitalised word right before a name, and how common a word it may be and still be a name
_AFTER_A_NAME = re.compile(r"([A-Z][a-z]+) $")
_NAME_NOT_WORD_ZIPF = 4.5


class ContractionFragment(BaseRule):
    """"wo" and "ca" exist in English only inside "won't" and "can't"."""

    id = "spelling.contraction-fragment"
    category = "typo"
    severity = Severity.WARNING
    description = "A fragment of a contraction standing alone (“the wo countries”)."
    #: ("sha" of "shan't" is left out: it is common in transliterations, "in sha Allah")
    PATTERN = re.compile(r"(?<![\w’'.-])(wo|ca)(?![\w’'.-])")
    #: words after which "wo" is surely a number: "the wo countries"
    BEFORE_NUMBER = {"the", "these", "those", "its", "their", "his", "her", "our", "all", "first",
                     "last", "next", "every", "of", "for", "in", "by", "with", "and", "or", "than",
                     "about", "between", "among", "to", "at", "on", "from", "over", "under"}

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            frag = m.group(1)
            after = doc.text[m.end():m.end() + 3]
            if after.startswith(("n't", "n’t", "nt ")):
                continue
            if frag == "ca" and re.match(r"\s*\d", doc.text[m.end():m.end() + 3]):
                continue  # "ca 1850": circa
            prev = re.search(r"(\w+)\W*$", doc.text[max(0, m.start() - 30):m.start()])
            prev_word = prev.group(1).lower() if prev else ""
            if frag == "wo":
                sugg = ["two", "who"] if prev_word in self.BEFORE_NUMBER else ["who", "two"]
            else:
                sugg = ["can", "can’t"]
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{frag}” is not a word on its own (it is only found in “{frag}n’t”); "
                f"probably a typo for “{sugg[0]}”.",
                suggestions=sugg, evidence=f"“{frag}” stands alone, not followed by n’t",
            )


class VerbForm(BaseRule):
    """After infinitival "to" a verb takes its base form: "to launch", not "to launched"."""

    id = "spelling.verb-form"
    category = "typo"
    severity = Severity.WARNING
    description = "A past-tense or participle form after infinitival “to” (“to launched”)."
    needs = frozenset({"tagger", "parser", "lemmatizer"})
    #: verbs after which "to" is a preposition that may end a relative clause
    PREPOSITIONAL_VERBS = {"speak", "talk", "listen", "refer", "go", "come", "reply", "respond",
                           "write", "turn", "belong", "return", "point", "look", "report", "apply",
                           "object", "contribute", "lie", "cater", "relate", "switch", "appeal"}

    #: verbs followed by a "to" phrase, after which an -ed word is an adjective
    TAKES_TO_PHRASE = {"subject", "hew", "adhere", "stick", "cling", "commit", "devote", "dedicate",
                       "expose", "accustom", "limit", "restrict", "attribute", "compare", "amount",
                       "add", "owe", "oppose", "open", "close", "react", "adapt", "lead", "link",
                       "tie", "confine", "return", "transfer", "move", "switch", "shift", "convert"}
    #: verbs whose base form itself ends in -ed
    BASE_ENDS_IN_ED = {"need", "feed", "speed", "bleed", "breed", "proceed", "succeed", "exceed",
                       "heed", "seed", "weed", "shed", "wed", "embed", "bed", "shred", "plead",
                       "impede", "reseed", "misfeed", "overfeed", "superseed"}

    def check(self, doc: Document) -> Iterator[Finding]:
        lex = lexicon()
        for tok in tokens_where(doc.spacy, "LOWER", lambda low: low == "to"):
            if tok.lower_ != "to" or tok.dep_ != "aux" or tok.i + 1 >= len(tok.doc):
                continue
            verb = tok.doc[tok.i + 1]
            if tok.head.i != verb.i or verb.tag_ not in ("VBD", "VBN", "VB"):
                continue
            if tok.i and tok.doc[tok.i - 1].lemma_ in self.PREPOSITIONAL_VERBS:
                continue  # "the prisoners I spoke to agreed": to ends a clause
            prev = tok.doc[tok.i - 1] if tok.i else None
            if prev is not None and (prev.pos_ in ("ADV", "ADJ", "ADP") or prev.lemma_ in self.TAKES_TO_PHRASE):
                continue  # "subjected to forced overtime", "closely to established policy": a preposition
            # the tagger often calls "to announced" a base form (VB) from context alone
            base = verb.lemma_ if verb.tag_ != "VB" else self._base_of_ed_form(verb.lower_, lex)
            if not base or base.lower() == verb.lower_ or not lex.knows(base.lower()):
                continue
            if not verb.lower_.endswith("ed") and not verb.text.isalpha():
                continue
            base = keep_case(verb.text, base)
            yield self.finding(
                doc, verb.idx, verb.idx + len(verb.text),
                f"“to {verb.text}”: after “to” the verb takes its base form; write “to {base}” "
                f"(or “to have {verb.text}” if the past is meant).",
                suggestions=[base], evidence=f"“{verb.text}” is a past form ({verb.tag_}) after infinitival “to”",
                fix=base,
            )


    def _base_of_ed_form(self, form: str, lex) -> str | None:
        """"announced" -> "announce", "launched" -> "launch", "stopped" -> "stop",
        "carried" -> "carry"; None when the word is not a regular past form."""
        if not form.endswith("ed") or len(form) < 5 or form in self.BASE_ENDS_IN_ED:
            return None
        stem = form[:-2]
        candidates = [form[:-1], stem]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
        if stem.endswith("i"):
            candidates.append(stem[:-1] + "y")
        return next((c for c in candidates if lex.knows(c)), None)


class DoubledWord(BaseRule):
    """"the the": the commonest slip of the keyboard, and spell checkers pass it."""

    id = "spelling.doubled-word"
    category = "typo"
    severity = Severity.WARNING
    description = "The same word twice in a row (“the the”)."
    #: the two may be split by a line break (hard-wrapped copy), not by a blank line
    #: a contraction doubles too ("there's there's"): "there" may double, "there's" may not
    PATTERN = re.compile(r"(?<![\w’'-])([A-Za-z]+(?:['’](?:s|re|ll|ve|d|m|t))?)(?:[ \t]+|[ \t]*\n[ \t]*)(\1)(?![\w’'-])",
                         re.IGNORECASE)
    #: words English doubles on purpose: "had had", "that that", "is is", "very very"
    MAY_DOUBLE = {"had", "that", "is", "do", "did", "very", "really", "so", "no", "bye", "ha",
                  "knock", "well", "blah", "yeah", "never", "far", "more", "many", "long", "again",
                  "over", "round", "on", "go", "tut", "chop", "pom", "can", "yes", "oh", "hey",
                  "la", "ho", "he", "her", "you", "it", "away", "boo", "tom", "ta", "bla",
                  "hip", "yada", "dum", "bang", "wah", "ooh", "aye", "tsk", "zoom", "baby", "win",
                  "little", "bit", "now", "out", "too", "what", "fast", "slowly", "there", "in"}

    #: two words written twice ("ability to ability to"), same case: a line of a headline
    #: repeated under it ("Mass stranding" over "mass stranding") is the debris rules' business
    PAIR = re.compile(r"(?<![\w’'-])([A-Za-z]+ [A-Za-z]+)[ \t]+\1(?![\w’'-])")
    #: words that make a repeated pair an intended figure ("more and more and more")
    PAIR_JOINERS = {"and", "or", "after", "by", "upon"}
    #: an article or preposition doubled across an opening quotation mark ("the “the"):
    #: the quotation was pasted in with its own first word
    #: three to eight words said again straight after a comma ("according to the unions,
    #: according to the unions"): a machine translation or an edit that pasted twice
    AFTER_COMMA = re.compile(r"(?<![\w’'-])((?:[\w’'-]+ ){2,7}[\w’'-]+), \1(?![\w’'-])")
    ACROSS_QUOTE = re.compile(r"(?<![\w’'-])(the|a|an|of|to|in|for|on|at|with|by|from)[ \t]+[“‘\"](\1)(?![\w’'-])")
    #: a lower-case word doubled across a full stop ("the only witness. witness."): the second
    #: copy starts no sentence (it is lower case), so a paste or a feed repeated the word
    ACROSS_STOP = re.compile(r"(?<![\w’'.-])([a-z]{3,})\.[ \t]+(\1)(?![\w’'-])")
    #: a bracket opened twice on the same words ("(where the (where the two Niles meet)"): a paste
    ACROSS_BRACKET = re.compile(r"\((?P<p>[a-z][a-z’' -]{2,40}?)[ \t]+\((?P=p)(?![\w’'-])")
    #: abbreviations a writer may repeat on purpose ("etc. etc.")
    STOP_MAY_DOUBLE = {"etc", "vs", "viz", "approx"}

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in self.PATTERN.finditer(doc.text):
            first, second = m.group(1), m.group(2)
            if first.isupper() and len(first) > 1:
                continue
            if first.lower() in self.MAY_DOUBLE and not (
                    first.lower() in PREPOSITIONS and not doc.in_quote(m.start(), m.end())
                    and doubled_preposition_is_a_slip(doc, m.start())):
                continue  # "had had", "came in in 2013"; not "control over over rivers"
            if first.isalpha() and first.islower() and not 0 < lexicon().tier(first) < SEEN_IN_TEXT:
                continue  # "pole pole", "haraka haraka": another language doubles words on purpose
            if ((second[:1].isupper() or first[:1].isupper() and not _starts_sentence(doc.text, m.start()))
                    and not doubled_title_before_name(doc.text, first, second, m.end())
                    and not article_before_names_the(doc.text, first, second, m.end())):
                continue  # Bora Bora, Baden Baden, Sirhan Sirhan, Cricetus cricetus; not "President President Lenz",
                # nor "the The Lancet" (a name's own article after the sentence's)
            if doc.in_quote(m.start(), m.end()) and first.lower() not in _FUNCTION_WORDS:
                continue  # speech repeats itself; transcripts keep it
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{first}” is written twice in a row; delete one.",
                suggestions=[first], evidence=f"“{m.group(0)}”", fix=first,
            )
        for m in self.AFTER_COMMA.finditer(doc.text):
            if doc.in_quote(m.start(), m.end()) or _SPEECH.search(m.group(1)):
                continue  # "we will fight, we will fight": a speaker's emphasis
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(1)}” is written twice in a row; delete one.",
                suggestions=[m.group(1)], evidence=f"“{m.group(0)}”",
            )
        for m in self.ACROSS_QUOTE.finditer(doc.text):
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(1)}” is written twice, before and after the quotation mark; delete one.",
                suggestions=[m.group(0)[:len(m.group(1))].strip()], evidence=f"“{m.group(0)}”",
            )
        for m in self.ACROSS_BRACKET.finditer(doc.text):
            yield self.finding(
                doc, m.start(), m.end(),
                f"“({m.group('p')}” is written twice, each time after an opening bracket; delete one.",
                suggestions=[f"({m.group('p')}"], evidence=f"“{m.group(0)}”",
            )
        for m in self.ACROSS_STOP.finditer(doc.text):
            word = m.group(1)
            if word in self.STOP_MAY_DOUBLE or word in self.MAY_DOUBLE or doc.in_quote(m.start(), m.end()):
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{word}” is written again after the full stop that ends it; delete the repeat.",
                suggestions=[word], evidence=f"“{m.group(0)}”", fix=word,
            )
        for m in self.PAIR.finditer(doc.text):
            pair = m.group(1)
            words = pair.split()
            if any(w.lower() in self.PAIR_JOINERS for w in words) or words[0][:1].isupper():
                continue  # "again and again", "step by step"; a name or a headline said twice
            if doc.in_quote(m.start(), m.end()):
                continue  # speech repeats itself
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{pair}” is written twice in a row; delete one.",
                suggestions=[pair], evidence=f"“{m.group(0)}”", fix=pair,
            )


#: words of speech: a phrase with them said twice is emphasis, even where quotation marks are lost
_SPEECH = re.compile(r"(?i)(?<![\w’'-])(?:i|you|we|it|it['’]s|i['’]m|we['’]re|you['’]re|so|very|oh|yes|no)(?![\w’'-])")

_FUNCTION_WORDS = {"the", "a", "an", "of", "to", "and", "in", "for", "with", "at", "by", "from",
                   "on", "as", "or", "be", "was", "were", "are", "has", "have", "will", "would"}


class UsUkMix(BaseRule):
    """An American spelling in a British story, or the reverse: one house style per story."""

    id = "spelling.us-uk-mix"
    category = "typo"
    severity = Severity.INFO
    description = "American and British spellings of the same kind mixed in one story (defense/colour)."
    WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        us_to_uk = lexicon().us_uk
        uk_to_us = {uk: us for us, uk in us_to_uk.items()}
        seen: dict[str, list[re.Match]] = {"US": [], "UK": []}
        for m in self.WORD.finditer(doc.text):
            w = m.group(0)
            side = "US" if w in us_to_uk else "UK" if w in uk_to_us else None
            if side and not doc.in_quote(m.start(), m.end()):
                seen[side].append(m)
        if not seen["US"] or not seen["UK"]:
            return
        major = "UK" if len(seen["UK"]) >= len(seen["US"]) else "US"
        minor = "US" if major == "UK" else "UK"
        # only a clear house spelling makes the odd one out an error
        if len(seen[major]) < 3 or len({m.group(0) for m in seen[major]}) < 2 or 2 * len(seen[minor]) > len(seen[major]):
            return
        examples = ", ".join(f"“{w}”" for w, _ in Counter(m.group(0) for m in seen[major]).most_common(3))
        for m in seen[minor]:
            w = m.group(0)
            other = us_to_uk[w] if minor == "US" else uk_to_us[w]
            yield self.finding(
                doc, m.start(), m.end(),
                f"{minor} spelling “{w}” in a story that otherwise uses {major} spelling "
                f"({examples}); pick one: “{other}”.",
                suggestions=[other], evidence=f"{major} spellings here: {examples}",
            )


def rules():
    from .spelling_apostrophe import rules as apostrophe_rules

    return [Misspelling(), ProperNoun(), ContractionFragment(), VerbForm(), DoubledWord(), UsUkMix(), *apostrophe_rules()]
