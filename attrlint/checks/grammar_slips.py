"""Small-word slips around a verb that a spelling check passes (category ``typo``).

Rule:
  grammar.verb-slip  a verb form that cannot stand where it is:
                     "aims to delivers" (an -s form after the "to" of an infinitive),
                     "is delivers" (an -s form after a form of "be"),
                     "was able see" ("to" dropped after "able"), "had tried get",
                     "those who wish protest the plan" ("to" dropped after a verb
                     that takes an infinitive),
                     "might or might have" ("not" dropped from "X or X not"),
                     "wanted to made the", "to went" (a past form after "to"),
                     "were embolden by" (a base form in a passive),
                     "he taken", "they gone" (a participle with no auxiliary as the
                     main verb of a subject pronoun), "was sank" (a past tense after
                     "be"), "was been", "will able to", "was arrested and charge with"
                     (a base form sharing a passive), "which she intend" (a bare present
                     after "he"/"she").

No parse: each pattern is a fixed frame, and the word in it is judged by lemminflect's
tables. Only words that are verbs and nothing else count ("delivers", not "raises", which
is also a plural noun: "is raises" may be "the issue is raises"), so the frames cannot be
read another way. Quotations are left alone: a speaker's grammar is reported as spoken.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.literals import finditer_at
from ..grammar.verbs import ing_form as _ing
from ..grammar.verbs import lemmas as _lemmas
from ..grammar.verbs import verb_only_base, verb_only_s_form
from ..rule import BaseRule
from ..spelling.candidates import keep_case
from .grammar_slip_forms import past_form_slips

__all__ = ["VerbSlip", "rules", "verb_only_base", "verb_only_s_form"]

#: verbs of saying after "to": "the man we spoke to says ..." (a stranded preposition)
SAYING = {"say", "tell", "add", "note", "explain", "claim", "insist", "argue", "admit", "warn", "believe",
          "think", "agree", "recall", "write", "suggest"}


class VerbSlip(BaseRule):
    id = "grammar.verb-slip"
    category = "typo"
    severity = Severity.WARNING
    description = ("A verb form that cannot stand where it is: “aims to delivers”, “is delivers”, "
                   "“was able see”, “might or might have” (outside quotations).")
    #: the "to" of an infinitive, then an -s form: "aims to delivers"
    TO_S = regex.compile(r"(?<![\w’'-])(?P<to>to) (?P<w>\p{Ll}{3,}s)(?![\w’'-])")
    #: a form of "be", then an -s form: "is delivers"
    BE_S = regex.compile(
        r"(?<![\w’'-])(?P<be>is|are|was|were|been|being) (?:(?:not|also|still|now|just|already) )?"
        r"(?P<w>\p{Ll}{3,}s)(?![\w’'-])")
    #: "what he is says a lot": a clause as subject, whose "is" ends it
    FREE_RELATIVE = regex.compile(r"(?i)(?:^|\W)(?:what|whatever|who|whoever|how|where|which)\W+(?:\w+\W+){0,4}$")
    #: "able" without its "to": "was able see"
    ABLE = regex.compile(r"(?<![\w’'-])(?P<a>(?:un)?able) (?P<w>\p{Ll}{2,})(?![\w’'-])")
    #: a verb or adjective that takes a "to" infinitive, then a bare verb: "tried get",
    #: "eager learn". Not "likely" (an adverb too: "will likely rise"), not "help", "dare",
    #: "go" or "need", which take a bare one. Forms that are also plural nouns ("plans",
    #: "hopes") could be a subject before its verb ("the plans include"), so the base form
    #: counts only after a subject pronoun, "who", "to", "not" or a modal.
    TO_TAKER = regex.compile(
        r"(?<![\w’'-])(?P<a>(?:wanted|hoped|planned|decided|refused|agreed|failed|tried|attempted|vowed|pledged"
        r"|promised|threatened|aimed|intended|sought|wished|managed|continued|began|started|expected|willing"
        r"|unwilling|eager|ready|allowed|forced|trying|wanting|hoping|planning|refusing|failing|deciding|going"
        r"|in order|so as"
        r"|(?<=(?<![\w’'-])(?:who|they|we|I|you|not|to|will|would|could|may|might|should|must|can|also|still) )"
        r"(?:wish|want|hope|plan|intend|decide|refuse|agree|fail|try|seek|vow|pledge|promise|threaten|aim"
        r"|attempt|continue|begin|start|manage))) (?P<w>\p{Ll}{2,})(?P<next> \p{L}+)?")
    #: the bare forms of TO_TAKER, after which a word that is a noun too still reads as a verb
    #: when a determiner follows ("who wish protest the plan"): "wish" + noun + "the" is no phrase
    BASE_TAKERS = {"wish", "want", "hope", "plan", "intend", "decide", "refuse", "agree", "fail", "try", "seek",
                   "vow", "pledge", "promise", "threaten", "aim", "attempt", "continue", "begin", "start",
                   "manage"}
    DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "our", "my", "your"}
    #: "X or X" with the "not" dropped: "might or might have"
    OR_NOT = regex.compile(
        r"(?<![\w’'-])(?P<a>might|may|could|can|will|would|should|must|did|does|do|is|was|are|were|has|have|had)"
        r" or (?P=a)(?P<rest> (?!not\b)\p{L}+)")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        yield from past_form_slips(self, doc)
        for m in self.TO_S.finditer(text):
            base = verb_only_s_form(m.group("w"))
            if base is None or base in SAYING or doc.in_quote(m.start(), m.end()):
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: after “to” the verb takes its base form; write “to {base}”.",
                suggestions=[f"to {base}"], evidence=f"“{m.group('w')}” is a third-person form after “to”",
                fix=f"to {base}",
            )
        for m in finditer_at(self.BE_S, text):
            base = verb_only_s_form(m.group("w"))
            if base is None or doc.in_quote(m.start(), m.end()):
                continue
            if self.FREE_RELATIVE.search(text[max(0, m.start() - 60):m.start()]):
                continue  # "what it is says a lot": the clause is the subject
            ing = _ing(base)
            sugg = [m.group("w")] + ([f"{m.group('be')} {ing}"] if ing else [])
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: a form of “be” before “{m.group('w')}”; delete “{m.group('be')}”"
                + (f" or write “{m.group('be')} {ing}”." if ing else "."),
                suggestions=sugg, evidence=f"“{m.group('w')}” is a third-person form after “{m.group('be')}”",
            )
        for m in self.ABLE.finditer(text):
            w = m.group("w")
            if w in ("to", "be") or not verb_only_base(w) or doc.in_quote(m.start(), m.end()):
                continue
            fixed = f"{m.group('a')} to {w}"
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: “to” is missing; write “{fixed}”.",
                suggestions=[fixed], evidence=f"the verb “{w}” straight after “{m.group('a')}”", fix=fixed,
            )
        yield from self._dropped_to(doc)
        for m in self.OR_NOT.finditer(text):
            if doc.in_quote(m.start(), m.end()):
                continue
            a = m.group("a")
            fixed = f"{a} or {a} not"
            yield self.finding(
                doc, m.start(), m.start() + len(a) * 2 + 4,
                f"“{m.group(0)}”: “not” seems to be missing; write “{fixed}{m.group('rest')}”.",
                suggestions=[keep_case(a, fixed)], evidence=f"“{a} or {a}” with no “not”",
            )

    def _dropped_to(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in finditer_at(self.TO_TAKER, text):
            a, w = m.group("a"), m.group("w")
            if w in ("to", "be", "not", "so") or doc.in_quote(m.start(), m.end()):
                continue
            if not verb_only_base(w):
                lem = _lemmas(w)
                nxt = (m.group("next") or "").strip().lower()
                if not (a in self.BASE_TAKERS and w in lem.get("VERB", ()) and "NOUN" in lem and nxt in self.DETERMINERS):
                    continue
            if a.endswith("ed") or a == "sought":
                before = regex.search(r"(\p{L}+)\W*$", text[max(0, m.start() - 30):m.start()])
                if before and before.group(1).endswith("s") and before.group(1).lower() not in ("is", "was", "has"):
                    continue  # "others sought include": a participle after its noun, then the verb
            fixed = f"{a} to {w}"
            yield self.finding(
                doc, m.start(), m.end("w"),
                f"“{a} {w}”: “to” is missing; write “{fixed}”.",
                suggestions=[fixed], evidence=f"the verb “{w}” straight after “{a}”, which takes “to”", fix=fixed,
            )


def rules():
    return [VerbSlip()]
