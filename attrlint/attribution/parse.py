"""Small questions asked of the spaCy parse: a cue verb's speaker, a phrase's extent,
tense, headlines. Pure functions over tokens, shared by the analysis mixins.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..headlines import FULL_STOP, headline_shaped

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: nouns that only ever stand for an unnamed informant (rules/attribution.toml's stranger_nouns)
INFORMANTS = frozenset({"source", "insider", "tipster", "informant", "confidant", "confidante"})

#: a speech verb written right after a quotation
SPEECH_AFTER = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|explained|explains|continued|"
    r"insisted|insists|argued|argues|noted|notes|recalled|recalls|cried|shouted|declared|remembers|"
    r"according to)\b", re.IGNORECASE)
#: a quotation that opens with a conjunction continues an earlier one
CONTINUES = re.compile(r"(?:And|But|So|Or|Yet|Because)\b")
#: a sentence that opens by pointing back at what was just quoted
POINTS_BACK = re.compile(
    r"(?:That|This|Those|These|Such|The\s+(?:remarks?|comments?|words|statement|claims?|warning|quote))\b")


def trimmed(sent: "Span") -> tuple[int, int]:
    text = sent.text
    lead = len(text) - len(text.lstrip())
    return sent.start_char + lead, sent.start_char + len(text.rstrip())


def subject(verb: "Token") -> "Token | None":
    """The speaker of a cue verb: its subject, or the agent of a passive ("as reported by X")."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    # "…, with analysts speculating": the subject hangs off "with"
    if verb.dep_ in ("pcomp", "advcl") and verb.head.lower_ == "with":
        return next((c for c in verb.children if c.dep_ in ("nsubj", "npadvmod")), None)
    # a conjoined verb shares the subject: "X said … and added …"
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        shared = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if shared is not None:
            return shared
    # "a source close to the singer tells X": a reduced apposition parsed as a relative clause
    if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBD") and verb.head.pos_ == "NOUN" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return verb.head
    # "…, a source close to the singer tells X." read as a conjunct: the noun phrase standing
    # between a comma and the verb is its speaker
    if verb.dep_ == "conj" and verb.tag_ in ("VBZ", "VBD") and verb.i > 0:
        node = verb.nbor(-1)
        while node.head.i < verb.i and node.head.i != node.i and node.head.pos_ in ("NOUN", "ADJ", "ADP"):
            node = node.head
        first = node.left_edge
        if node.pos_ == "NOUN" and node.right_edge.i == verb.i - 1 and first.i > 0 and first.nbor(-1).text == ",":
            return node
    # "Sources are now opening up to confirm that …", "insiders came forward to reveal …":
    # the speaker of an infinitive cue is the subject of the verb it completes
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and verb.head.pos_ == "VERB" and not any(c.dep_ in ("dobj", "dative") for c in verb.head.children):
        shared = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if shared is not None:
            return shared
    # "A source told In Touch, …": a past form read as a participle modifying its speaker
    if verb.dep_ == "acl" and verb.lower_ in ("told", "said") and verb.head.pos_ == "NOUN" and verb.i == verb.head.i + 1 \
            and any(c.dep_ in ("dobj", "dative", "prep") for c in verb.children) and verb.head.dep_ in SUBJECTS:
        return verb.head
    # '"…," added the source': a verb after a quotation with its speaker read as the object;
    # only an unnamed informant's noun, so '"…," told the court' keeps no speaker
    if verb.dep_ == "ROOT" and any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
        if obj is not None and obj.lemma_.lower() in INFORMANTS:
            return obj
    # a misparse left the verb without a subject ("harbour master X told", with "harbour"
    # read as a verb): a person's name standing right before the verb is the speaker
    prev = verb.nbor(-1) if verb.i > 0 else None
    if prev is not None and prev.ent_type_ == "PERSON" and not prev.whitespace_ == "":
        return prev
    return None


def phrase(tok: "Token") -> tuple[int, int]:
    """A noun phrase's extent without trailing relative clauses and appositions."""
    cut = {"relcl", "acl", "appos", "punct", "cc", "conj", "prep", "advcl"}
    toks = [tok]
    stack = [c for c in tok.children if c.dep_ not in cut or (c.dep_ == "prep" and c.i < tok.i)]
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(c for c in t.children if c.dep_ not in {"relcl", "acl", "punct", "appos"})
    # prepositions after the head that name where the source is from ("officials at X")
    for c in tok.children:
        if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("at", "from", "in", "with", "of", "close"):
            toks.extend(c.subtree)
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t) for t in toks)
    return lo, hi


def np_end(tok: "Token") -> int:
    """Where a phrase ends, leaving out relative clauses and appositions after it."""
    end = tok.idx + len(tok)
    stack = [c for c in tok.children if c.i > tok.i and c.dep_ not in ("relcl", "acl", "appos", "punct", "cc", "conj")]
    while stack:
        t = stack.pop()
        end = max(end, t.idx + len(t))
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "appos", "punct"))
    return end


def present(verb: "Token") -> bool:
    """Present or present perfect: a standing characterisation, not narrated past."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children)


def big_number(tok: "Token") -> bool:
    """A count worth contesting: 100 or more, or written with thousand/million."""
    text = tok.text.replace(",", "")
    if text.isdigit():
        return int(text) >= 100
    return tok.lower_ in ("hundreds", "thousands", "millions", "thousand", "million") or any(
        c.lower_ in ("thousand", "million", "hundred") for c in tok.children)


def negated(verb: "Token") -> bool:
    """'did not say', 'would not comment', 'never confirmed': the verb passes nothing on."""
    return any(c.dep_ == "neg" for c in verb.children)


def nameless(noun: "Token", adjectives: frozenset[str]) -> bool:
    """'the unnamed friend', 'an unidentified aide': the words themselves say the person goes
    unnamed, so even 'the' cannot point back to someone the story named."""
    return any(c.dep_ in ("amod", "compound", "advmod") and c.i < noun.i and c.lower_ in adjectives
               for c in noun.children)


#: a headline's kicker in capitals ("UPDATE: Death toll tops 700 …", "BREAKING - …")
KICKER = re.compile(r"[ \t]*(?:UPDATED?|BREAKING(?: NEWS)?|EXCLUSIVE|WATCH|LIVE|JUST IN|DEVELOPING|VIDEO|PHOTOS?)"
                    r"[ \t]*(?::|\||-|–|—)[ \t]*")
#: how far from a sentence its kicker line may start or end (a headline is short)
_KICKER_REACH = 160


def headline(sent: "Span", text: str | None = None) -> bool:
    """Title Case with no closing full stop, or a line led by a kicker in capitals with no
    closing full stop ("UPDATE: Death toll tops 700 in quake"): a headline or a caption label,
    not copy. Its claim is the story's, sourced in the body. ``text`` is the parsed text
    (``Doc.text`` rebuilds it from every token: a walk passes the one it holds)."""
    # the sentence's own text read from ``text`` (``Span.text`` makes every Token), and its
    # long words (Tokens again) only for a sentence with no full stop, as headline_shaped
    # answers no to one at once
    line = sent.text if text is None else text[sent.start_char:sent.end_char]
    if not FULL_STOP.search(line.strip()) and headline_shaped(
            line, stops=FULL_STOP, caps_over=0.7, long_words=[t.text for t in sent if t.is_alpha and len(t) > 3]):
        return True
    # The line is looked for near the sentence only: a line that starts or ends far from it
    # is no headline, and an unbounded search per sentence made the walk quadratic on text
    # with few line breaks.
    text = sent.doc.text if text is None else text
    start, end = sent.start_char, sent.end_char
    near = max(0, start - _KICKER_REACH)
    lo = text.rfind("\n", near, start) + 1
    if lo == 0 and near > 0:
        return False
    hi = text.find("\n", start, end + _KICKER_REACH)
    if hi < 0:
        if end + _KICKER_REACH < len(text):
            return False
        hi = len(text)
    line = text[lo:hi].rstrip()
    return KICKER.match(line) is not None and not line.endswith(".")


def is_claim(sent: "Span") -> bool:
    words = [t for t in sent if t.is_alpha]
    if len(words) < 6 or sent.text.rstrip().endswith("?"):
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "conj") for t in sent)

