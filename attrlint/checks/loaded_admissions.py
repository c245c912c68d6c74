"""'admitted' as self-disclosure, not concession: a person owning up to a feeling, a
struggle, a preference or a habit of their own ("the singer admits he nearly gave up
music", "Actor Admits He Still Answers Fan Mail"). A copy desk marks "admitted" when it
casts doubt or guilt on a party's account in the news; a feature's subject telling their
own life concedes nothing to anyone, so ``said-bookism`` leaves it alone."""
from __future__ import annotations

_SELF = frozenset({"he", "she", "i", "we", "they"})
_SELF_POSS = frozenset({"his", "her", "my", "our", "their"})
_BODIES = frozenset({"ORG", "GPE", "NORP"})
#: verbs of having: "he still owns shares" is a holding owned up to, not a habit
_HOLDINGS = frozenset({"have", "own", "hold", "be", "keep", "control"})


def _about_self(verb) -> bool:
    """The clause's subject is the admitter: a personal pronoun, or a noun with a personal
    possessive ("her college application process")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in _SELF:
        return True
    return any(c.dep_ == "poss" and c.lower_ in _SELF_POSS for c in subj.children)


def _personal(clause, words: set[str]) -> bool:
    """The clause tells a feeling, struggle, preference or habit (``self-disclosure-words``),
    a hardship borne ("he will have to leave"), a life nearly given up ("gave up music",
    "took his own life"), or a habit kept ("he still answers", present tense; not a holding: "still owns shares")."""
    toks = list(clause.subtree)
    for t in toks:
        lemma = t.lemma_.lower()
        if lemma in words or t.lower_ in words:
            return True
        if lemma == "have" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in t.children):
            return True  # "he will probably have to leave"
        if lemma == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
            return True  # "nearly gave up music"
        if t.lower_ == "own" and t.head.lemma_.lower() == "life":
            return True  # "nearly took his own life"
    return (any(t.lower_ == "still" for t in toks) and clause.tag_ in ("VBZ", "VBP")
            and clause.lemma_.lower() not in _HOLDINGS)


def self_disclosure(tok, words: set[str]) -> bool:
    """``tok`` ("admits") reports a person telling something of their own life."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ in _BODIES:
        return False
    clause = next((c for c in tok.children if c.dep_ in ("ccomp", "parataxis")), None)
    return clause is not None and _about_self(clause) and _personal(clause, words)
