"""The verb-form frames of ``grammar.verb-slip`` (category ``typo``), no parse.

A past form after "to" ("wanted to made the"), a base form in a passive ("were embolden
by", "was arrested and charge with"), a past tense after "be" ("was sank"), "was been",
"will able to", a bare present after "he"/"she" ("which she intend"), a participle with no
auxiliary ("he taken") and an -ion noun where the progressive needs its verb ("is still
examination the"). Split from ``grammar_slips`` (the frames of "to" and "be" with an -s
form, and dropped "to"/"not"), which reports them under its rule id.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding
from ..grammar.literals import finditer_at
from ..grammar.verbs import (forms, ing_form, lemmas, participle_of_base, past_not_participle,
                             verb_only_base)
from ..rule import BaseRule


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
#: "is still examination the cause" (examining)
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
#: a modal, its subject pronoun (a question or inversion), then a past form: "why would
#: they unveiled", "could we delivered". Lower-case "may" only ("In May they voted": a month)
_MODAL_PRONOUN_PAST = regex.compile(
    r"(?<![\w’'-])(?P<modal>[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Ss]hould|[Ss]hall|[Mm]ight|[Mm]ust|may)"
    r"(?: not|n[’']t)? (?P<p>he|she|they|we|you|I)(?: (?:not|also|still|ever|now|really|finally))?"
    r" (?P<w>\p{Ll}{3,})(?![\w’'-])")
#: "he" or "she" before a kin noun, where a possessive belongs: "thanked he brother"
#: ("mother", "father" and "partner" are verbs too: "he fathered", "she partners with")
_PRONOUN_KIN = regex.compile(
    r"(?<![\w’'-])(?P<p>[Hh]e|[Ss]he) (?P<n>husband|wife|son|daughter|sons|daughters|brother|sister|brothers"
    r"|sisters|children|boyfriend|girlfriend|fiancé|fiancée|fiance|fiancee|grandson|granddaughter|grandmother"
    r"|grandfather|stepson|stepdaughter|nephew|niece|uncle|aunt|cousin|widow|family)(?![\w’'-])")
#: words before the pronoun that make it an inversion or an object: "had he taken", "let they"
_BEFORE_PRONOUN = {"has", "had", "have", "having", "is", "was", "are", "were", "be", "been", "did", "does", "do",
                   "will", "would", "could", "should", "might", "may", "must", "can", "nor", "neither"}


#: kin nouns whose "he" most likely lost the r of "her"
_HER_KIN = {"husband", "boyfriend", "fiancé", "fiance", "widow"}


def keep_first_case(model: str, word: str) -> str:
    """"He" -> "His": the replacement keeps the capital of the word it replaces."""
    return word.capitalize() if model[:1].isupper() else word


def _verb_only(word: str) -> tuple[str, ...]:
    """The verb lemmas of a word that is a verb and nothing else in lemminflect's tables."""
    lem = lemmas(word)
    return lem["VERB"] if set(lem) == {"VERB"} else ()


def _past_forms(word: str) -> tuple[str, bool, bool] | None:
    """For a past form of a word that is only a verb: (base, is a past tense, is a
    participle). None for a base form of any verb ("found", "saw") or other words."""
    from ..grammar.verbs import is_base

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
        if cand in lemmas(cand).get("VERB", ()):
            return cand
    return None


def _passive_participle(m: regex.Match, text: str) -> str | None:
    """"were embolden by" -> "emboldened": a base form whose only lemma is itself ("found" is
    also the past of "find")."""

    w = m.group("w")
    return participle_of_base(w) if _verb_only(w) == (w,) else None


def _shared_participle(m: regex.Match, text: str) -> str | None:
    """"was arrested and charge with" -> "charged": a verb's base form that is no adjective."""

    w = m.group("w")
    lem = lemmas(w)
    return participle_of_base(w) if "ADJ" not in lem and w in lem.get("VERB", ()) else None


def _participle_of_past(m: regex.Match, text: str) -> str | None:
    """"was sank" -> "sunk"; not "was lit", "were learnt", British participles ("lighted",
    "learned"), nor "was woke" (an adjective)."""

    w = m.group("w")
    part = past_not_participle(w) if _verb_only(w) and w != "woke" else None
    return None if part is None or part.endswith("ed") else part


def _base_of_past(m: regex.Match, text: str) -> str | None:
    """"would they unveiled" -> "unveil": a past form of a word that is only a verb."""
    got = _past_forms(m.group("w"))
    return got[0] if got else None


def _ing_of_noun(m: regex.Match, text: str) -> str | None:
    """"is still examination the" -> "examining"; not after "there" ("there is still
    agitation the ...": a noun after "there is") nor a noun that takes a clause."""
    w = m.group("w")
    base = verb_of_noun(w) if w not in _CLAUSE_NOUNS else None
    if base is None or regex.search(r"(?i)\bthere\W*$", text[max(0, m.start() - 10):m.start()]):
        return None
    return ing_form(base)


#: frames where one word ("w") takes another form: the pattern, the right form (or None),
#: the message and the evidence (formatted with the match's groups, "all" and "fix")
_ONE_WORD = (
    (_BE_BASE_BY, _passive_participle, "“{be} … {w} by”: a passive takes the participle; write “{fix}”.",
     "the base form “{w}” between “{be}” and “by”"),
    (_PASSIVE_AND_BASE, _shared_participle,
     "“… and {w}”: the verb after “and” shares the passive before it; write “{fix}”.",
     "the base form “{w}” after a passive and “and”"),
    (_BE_PAST, _participle_of_past, "“{be} … {w}”: after “{be}” the verb takes its participle; write “{fix}”.",
     "the past tense “{w}” after “{be}”"),
    (_MODAL_PRONOUN_PAST, _base_of_past,
     "“{all}”: after “{modal}” the verb takes its base form; write “{modal} {p} {fix}”.",
     "the past form “{w}” after “{modal} {p}”"),
    (_BE_NOUN, _ing_of_noun, "“{all}”: a noun where the verb belongs; write “{fix}”.",
     "the noun “{w}” after “{be}”, before an object"),
)


def past_form_slips(rule: BaseRule, doc: Document) -> Iterator[Finding]:
    """The past-form slips of ``grammar.verb-slip``: "to made the", "were embolden by", "he taken"."""
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
    for pattern, form, message, evidence in _ONE_WORD:
        for m in finditer_at(pattern, text):
            fix = form(m, text)
            if fix is None or doc.in_quote(m.start(), m.end()):
                continue
            words = {**m.groupdict(), "all": m.group(0), "fix": fix}
            yield rule.finding(
                doc, m.start("w"), m.end("w"), message.format(**words),
                suggestions=[fix], evidence=evidence.format(**words), fix=fix,
            )
    for m in finditer_at(_NEVER_MEET, text):
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
    for m in finditer_at(_PRONOUN_KIN, text):
        if doc.in_quote(m.start(), m.end()):
            continue
        p, n = m.group("p"), m.group("n")
        first = "her" if p.lower() == "she" or n.lower() in _HER_KIN else "his"
        sugg = [keep_first_case(p, w) for w in (first, "her" if first == "his" else "his")]
        yield rule.finding(
            doc, m.start("p"), m.end("p"),
            f"“{p} {n}”: a subject pronoun cannot stand before a noun; write “{sugg[0]} {n}”"
            f" (or “{sugg[1]} {n}”).",
            suggestions=sugg, evidence=f"the pronoun “{p}” before “{n}”", fix=sugg[0],
        )
    for m in finditer_at(_PRONOUN_PARTICIPLE, text):
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
