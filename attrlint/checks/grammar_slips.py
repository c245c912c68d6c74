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

from functools import lru_cache
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule
from ..spelling.candidates import keep_case


@lru_cache(maxsize=4096)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas

    from ..lemma_tables import install

    install()
    return getAllLemmas(word.lower())


#: endings of nouns that the tables sometimes list as verbs
NOUN_ENDINGS = ("aire", "tion", "sion", "ness", "ity", "ship", "ism", "ist", "ology")
#: verbs of saying after "to": "the man we spoke to says ..." (a stranded preposition)
SAYING = {"say", "tell", "add", "note", "explain", "claim", "insist", "argue", "admit", "warn", "believe",
          "think", "agree", "recall", "write", "suggest"}


def verb_only_s_form(word: str) -> str | None:
    """For "delivers" its base "deliver": a third-person form of a word that is a verb
    and nothing else (not "raises", "calls", "hopes": plural nouns as well)."""
    from ..grammar.verbs import forms

    lem = _lemmas(word)
    if set(lem) != {"VERB"}:
        return None
    for base in lem["VERB"]:
        if base.endswith(NOUN_ENDINGS):
            continue  # the tables call "questionnaire" a verb
        if word.lower() in forms(base).get("VBZ", ()) and word.lower() != base:
            return base
    return None


def verb_only_base(word: str) -> bool:
    """"see", "provide": a base form of a word that is a verb and nothing else."""
    lem = _lemmas(word)
    return set(lem) == {"VERB"} and word.lower() in lem["VERB"]


def _ing(base: str) -> str | None:
    from ..grammar.verbs import forms

    vbg = forms(base).get("VBG")
    return vbg[0] if vbg else None


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
        yield from _verb_forms(self, doc)
        yield from _noun_for_participle(self, doc)
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
        for m in self.BE_S.finditer(text):
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
        for m in self.TO_TAKER.finditer(text):
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


#: a word after "to" that makes it the "to" of an infinitive ("to made the plant")
_OBJECT_START = {"the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "our", "my", "your",
                 "it", "them", "him", "us", "me", "up", "out", "off"}
_TO_PAST = regex.compile(r"(?<![\w’'-])(?P<to>to) (?P<w>\p{Ll}{3,})(?![\w’'-])(?: (?P<next>\p{Ll}+))?")
#: a form of "be" (a passive), then a base form, then "by": "were embolden by"
_BE_BASE_BY = regex.compile(
    r"(?<![\w’'-])(?P<be>is|are|was|were|be|been|being) (?:(?:not|also|still|now|just|already|often|largely"
    r"|reportedly|allegedly|partly|further|increasingly) )?(?P<w>\p{Ll}{3,}) by(?![\w’'-])")
#: a form of "be", then a past tense that is no participle: "was sank", "were took"
_BE_PAST = regex.compile(
    r"(?<![\w’'-])(?P<be>is|are|was|were|been|being|be) (?:(?:not|also|still|now|just|already|never) )?"
    r"(?P<w>\p{Ll}{3,})(?![\w’'-])")
#: "was been", "will able to": a word missing between two that never meet
_NEVER_MEET = regex.compile(
    r"(?<![\w’'-])(?:(?P<be>is|are|was|were|am) been|(?P<modal>can|could|will|would|should|must|may|might|shall)"
    r" able to)(?![\w’'-])")
#: a singular passive, "and", then a base form where a second participle belongs: "was
#: arrested and charge with" (not after "be" or "were": "could be abused and result in",
#: "they were hurt and remain in hospital" share a modal or a plural subject)
_PASSIVE_AND_BASE = regex.compile(
    r"(?<![\w’'-])(?:was|is|has been|had been) (?:\p{Ll}+ )?\p{Ll}+ed and (?P<w>\p{Ll}{3,})"
    r"(?= (?:to|with|by|from|at|in|for|on|into)(?![\w’'-]))")
#: "he" or "she", then a bare present: "which she intend". Not after a modal, "do", a
#: conjunction that takes the subjunctive ("that", "lest", "if") or a verb that makes or
#: demands ("insisting he cede power", "help him"): those take the base form
_HE_BASE = regex.compile(r"(?<![\w’'-])(?P<p>[Hh]e|[Ss]he) (?P<w>\p{Ll}{3,})(?![\w’'-])")
_BASE_AFTER = {"that", "lest", "if", "whether", "will", "would", "could", "should", "can", "may", "might", "must",
               "did", "does", "do", "not", "why", "how", "where", "when", "what", "unless", "shall", "let", "to",
               "as", "than", "whatever", "but", "and", "so", "make", "made", "making", "help", "helped", "helping",
               "see", "saw", "watch", "hear", "heard"}
_DEMANDS = ("insist", "request", "demand", "require", "ask", "urg", "recommend", "suggest", "propos", "order",
            "prefer", "mandat", "stipulat")
#: a form of "be", an adverb, then an -ion noun and an object where a participle belongs:
#: "is still examination the cause" (investigating)
_BE_NOUN = regex.compile(
    r"(?<![\w’'-])(?P<be>is|are|was|were|been|be|am) (?:(?:still|currently|now|also|already|actively|just"
    r"|reportedly) )?(?P<w>\p{Ll}{4,}(?:tion|sion))(?= (?:the|a|an|his|her|its|their|our|this|these|those|them"
    r"|him|it|whether|how)(?![\w’'-]))")
#: -ion nouns that take a clause ("there was speculation the minister would go")
_CLAUSE_NOUNS = {"speculation", "suggestion", "indication", "expectation", "assumption", "assertion", "conclusion",
                 "confirmation", "recognition", "realisation", "realization", "notion", "position", "question",
                 "perception", "impression", "presumption", "contention", "suspicion", "conviction", "intention",
                 "implication", "explanation", "proposition", "determination", "condition", "decision"}
#: a subject pronoun, then a participle that is not also a past tense: "he taken", "they gone"
_PRONOUN_PARTICIPLE = regex.compile(r"(?<![\w’'-])(?P<p>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I) (?P<w>\p{Ll}{3,})(?![\w’'-])")
#: words before the pronoun that make it an inversion or an object: "had he taken", "let they"
_BEFORE_PRONOUN = {"has", "had", "have", "having", "is", "was", "are", "were", "be", "been", "did", "does", "do",
                   "will", "would", "could", "should", "might", "may", "must", "can", "nor", "neither"}


def _verb_only(word: str) -> tuple[str, ...]:
    """The verb lemmas of a word that is a verb and nothing else in lemminflect's tables."""
    lem = _lemmas(word)
    return lem["VERB"] if set(lem) == {"VERB"} else ()


def _past_forms(word: str) -> tuple[str, bool, bool] | None:
    """For a past form of a word that is only a verb: (base, is a past tense, is a
    participle). None for a base form of any verb ("found", "saw") or other words."""
    from ..grammar.verbs import forms, is_base

    w = word.lower()
    if is_base(w):
        return None
    for base in _verb_only(w):
        f = forms(base)
        vbd, vbn = w in f.get("VBD", ()), w in f.get("VBN", ())
        if vbd or vbn:
            return base, vbd, vbn
    return None


def verb_of_noun(noun: str) -> str | None:
    """The verb an -ion noun is made from: "examination" -> "examine", "discussion"
    -> "discuss", "preparation" -> "prepare"; None when the tables know no such verb."""
    for cand in (noun[:-3], noun[:-3] + "e", noun[:-5], noun[:-5] + "e"):
        if cand in _lemmas(cand).get("VERB", ()):
            return cand
    return None


def _noun_for_participle(rule: BaseRule, doc: Document) -> Iterator[Finding]:
    """"was still examination the": an -ion noun where the progressive needs its verb's -ing."""
    text = doc.text
    for m in _BE_NOUN.finditer(text):
        w = m.group("w")
        base = verb_of_noun(w) if w not in _CLAUSE_NOUNS else None
        ing = _ing(base) if base else None
        if ing is None or doc.in_quote(m.start(), m.end()):
            continue
        if regex.search(r"(?i)\bthere\W*$", text[max(0, m.start() - 10):m.start()]):
            continue  # "there is still agitation the ...": a noun after "there is"
        yield rule.finding(
            doc, m.start("w"), m.end("w"),
            f"“{m.group(0)}”: a noun where the verb belongs; write “{ing}”.",
            suggestions=[ing], evidence=f"the noun “{w}” after “{m.group('be')}”, before an object", fix=ing,
        )


def _verb_forms(rule: BaseRule, doc: Document) -> Iterator[Finding]:
    """The past-form slips of ``grammar.verb-slip``: "to made the", "were embolden by", "he taken"."""
    from ..grammar.verbs import forms, participle_of_base, past_not_participle

    text = doc.text
    for m in _TO_PAST.finditer(text):
        w, nxt = m.group("w"), m.group("next")
        got = _past_forms(w)
        if got is None or doc.in_quote(m.start(), m.end()):
            continue
        base, vbd, vbn = got
        # a past tense only is a verb wherever it stands ("to went"); a participle may be an
        # adjective after the preposition "to" ("access to stolen data") unless an object follows
        if not ((vbd and not vbn and not w.endswith("ed")) or nxt in _OBJECT_START):
            continue
        fixed = f"to {base}"
        yield rule.finding(
            doc, m.start(), m.end("w"),
            f"“to {w}”: after the “to” of an infinitive the verb takes its base form; write “{fixed}”.",
            suggestions=[fixed], evidence=f"the past form “{w}” after “to”", fix=fixed,
        )
    for m in _BE_BASE_BY.finditer(text):
        w = m.group("w")
        part = participle_of_base(w) if _verb_only(w) == (w,) else None  # not "found" (find)
        if part is None or doc.in_quote(m.start(), m.end()):
            continue
        yield rule.finding(
            doc, m.start("w"), m.end("w"),
            f"“{m.group('be')} … {w} by”: a passive takes the participle; write “{part}”.",
            suggestions=[part], evidence=f"the base form “{w}” between “{m.group('be')}” and “by”", fix=part,
        )
    for m in _PASSIVE_AND_BASE.finditer(text):
        w = m.group("w")
        lem = _lemmas(w)
        part = participle_of_base(w) if "ADJ" not in lem and w in lem.get("VERB", ()) else None
        if part is None or doc.in_quote(m.start(), m.end()):
            continue
        yield rule.finding(
            doc, m.start("w"), m.end("w"),
            f"“… and {w}”: the verb after “and” shares the passive before it; write “{part}”.",
            suggestions=[part], evidence=f"the base form “{w}” after a passive and “and”", fix=part,
        )
    for m in _BE_PAST.finditer(text):
        w = m.group("w")
        part = past_not_participle(w) if _verb_only(w) and w != "woke" else None
        if part is None or part.endswith("ed") or doc.in_quote(m.start(), m.end()):
            continue  # "was lit", "were learnt": British participles ("lighted", "learned")
        yield rule.finding(
            doc, m.start("w"), m.end("w"),
            f"“{m.group('be')} … {w}”: after “{m.group('be')}” the verb takes its participle; write “{part}”.",
            suggestions=[part], evidence=f"the past tense “{w}” after “{m.group('be')}”", fix=part,
        )
    for m in _NEVER_MEET.finditer(text):
        if doc.in_quote(m.start(), m.end()):
            continue
        if m.group("be"):
            be = m.group("be")
            sugg = [{"is": "has been", "are": "have been", "am": "have been"}.get(be, f"{be} being"),
                    {"was": "had been", "were": "had been"}.get(be, be)]
            what = f"“{be}” and “been” do not go together"
        else:
            sugg = [f"{m.group('modal')} be able to"]
            what = "“be” is missing"
        yield rule.finding(
            doc, m.start(), m.end(), f"“{m.group(0)}”: {what}; write “{sugg[0]}”.",
            suggestions=sugg, evidence=f"“{m.group(0)}”",
        )
    for m in _HE_BASE.finditer(text):
        w = m.group("w")
        lemmas = _verb_only(w)
        if not verb_only_base(w) or doc.in_quote(m.start(), m.end()):
            continue
        if any(w in forms(lem).get("VBD", ()) + forms(lem).get("VBN", ()) for lem in lemmas):
            continue  # "he put", "she found": a past tense too
        head = text[max(0, m.start() - 24):m.start()]
        before = regex.search(r"(\p{L}+)\W*$", head)
        if regex.search(r"n[’']t\W*$", head) or (before and (before.group(1).lower() in _BASE_AFTER
                                                             or before.group(1).lower().startswith(_DEMANDS))):
            continue
        third = forms(w).get("VBZ", (w + "s",))[0]
        p = m.group("p")
        yield rule.finding(
            doc, m.start(), m.end(),
            f"“{p} {w}”: after “{p}” the present takes -s; write “{p} {third}” (or a past tense).",
            suggestions=[f"{p} {third}"], evidence=f"the bare “{w}” after “{p}”",
        )
    for m in _PRONOUN_PARTICIPLE.finditer(text):
        w = m.group("w")
        got = _past_forms(w)
        if got is None or got[1] or not got[2] or w.endswith("ed") or doc.in_quote(m.start(), m.end()):
            continue  # only a participle that is no past tense: "taken", "gone", not "made"
        before = regex.search(r"(\p{L}+)\W*$", text[max(0, m.start() - 20):m.start()])
        if before and before.group(1).lower() in _BEFORE_PRONOUN:
            continue  # "had he taken": an inversion
        past = forms(got[0]).get("VBD", ("",))[0]
        p = m.group("p")
        yield rule.finding(
            doc, m.start(), m.end(),
            f"“{p} {w}”: a participle cannot be the main verb on its own; write “{p} {past}” "
            f"or “{p} had {w}”.",
            suggestions=[f"{p} {past}", f"{p} had {w}"], evidence=f"the participle “{w}” with no auxiliary",
        )


def rules():
    return [VerbSlip()]
