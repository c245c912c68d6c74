"""Who a crowd is: a plural of experts that the sentences just before have named.

"The Institute for the Study of War said … Analysts said the offensive had stalled": the
analysts are the institute's, named a sentence before, so the later crowd is not vague.
Wire copy that names no one ("Analysts said prices would rise" on its own) is still
reported by weak.py and hedges.py; this module only answers the look-back question.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: crowds of specialists whose body or firm a story usually names once, then refers back to
_EXPERT_CROWDS = frozenset({"analyst", "expert", "researcher"})
#: words in the name of a body whose work is analysis ("… Institute", "Centre for …",
#: "… Research", "Capital Economics", "… Analytics"): its people are the crowd's members
_ANALYSIS_BODY = re.compile(
    r"\b(?:Institutes?|Institution|Cent(?:re|er)s?|Research|Stud(?:y|ies)|Economics|Analytics|Intelligence|"
    r"Think[- ]?tank|Consult(?:ing|ancy|ants))\b")
#: how many sentences back a crowd may point (quotations not counted)
_LOOK_BACK = 2
_QUOTE_MARKS = frozenset('"“”‘’\'')


def _analysis_acronyms(sp: "Doc") -> frozenset[str]:
    """Short forms of the analysis bodies the story names ('the Institute for the Study of
    War (ISW)' … 'The ISW suggests'): a capitalised acronym right after the name, or the
    initials of its capitalised words. Asked only for a plural expert crowd, which is rare."""
    found: set[str] = set()
    for ent in sp.ents:
        if ent.label_ != "ORG" or not _ANALYSIS_BODY.search(ent.text):
            continue
        initials = "".join(w[0] for w in ent.text.split() if w[:1].isupper())
        if len(initials) >= 3:
            found.add(initials)
            found.add(initials[1:])  # "American Institute for the Study of War": "ISW" too
        last = ent[-1]
        for tok in sp[last.i + 1:last.i + 3]:
            if tok.text.isupper() and tok.is_alpha and len(tok.text) >= 2:
                found.add(tok.text)
                break
            if not tok.is_punct:
                break
    return frozenset(found)


def crowd_named_before(sp: "Doc", head: "Token", _depth: int = 0) -> bool:
    """``head`` is a plural expert crowd ('analysts', 'experts') and one of the two sentences
    before it names who they are: a body of analysts ('the Institute for the Study of War
    said'), or the same specialists with a name ('analysts at Halden Capital wrote',
    'Jane Doe, an analyst at …'). Sentences across a paragraph break count too: wire copy
    names the think tank in one paragraph and sums up its analysts in the next; a crowd met
    again ("Analysts said … Analysts predict") points back as far as the first one does."""
    if head.lemma_.lower() not in _EXPERT_CROWDS or head.tag_ not in ("NNS", "NNPS"):
        return False
    stem = head.lemma_.lower()
    sent = head.sent
    bodies: frozenset[str] | None = None
    counted = 0
    for _ in range(_LOOK_BACK * 3):
        if sent.start == 0 or counted >= _LOOK_BACK:
            return False
        sent = sp[sent.start - 1].sent
        text = sent.text.strip()
        if not (text[:1] in _QUOTE_MARKS or text[-1:] in _QUOTE_MARKS):
            counted += 1  # a quotation the body is quoted in does not put it further away
        for ent in sent.ents:
            if ent.label_ != "ORG":
                continue
            if _ANALYSIS_BODY.search(ent.text):
                return True
            if bodies is None:
                bodies = _analysis_acronyms(sp)
            if ent.text.removeprefix("the ").removeprefix("The ") in bodies:
                return True
        for tok in sent:
            if tok.lemma_.lower() != stem or tok.pos_ != "NOUN":
                continue
            if any(c.dep_ in ("prep", "compound", "nmod", "poss", "appos")
                   and any(t.ent_type_ in ("ORG", "PERSON") for t in c.subtree) for c in tok.children):
                return True  # "analysts at Halden Capital", "Halden Capital analysts"
            if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
                return True  # "Jane Doe, an analyst at the bank,"
            if tok.tag_ in ("NNS", "NNPS") and _depth < 2 and crowd_named_before(sp, tok, _depth + 1):
                return True  # "… Analysts said … Analysts predict": the same crowd, named before that
    return False
