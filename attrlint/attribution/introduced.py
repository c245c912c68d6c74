"""Is this named speaker ever introduced? 'Mr Bryant said' with no Bryant met before.

A story introduces a speaker once, with a first name and usually a role ("Tom Bryant, the
harbour master, said"), then uses the surname. A surname speaking with no such
introduction anywhere ("Mr Bryant said" at the first mention)
leaves the reader to guess who it is: machine translation drops the introduction, and an
excerpt cut from a longer story starts after it. weak.py reports it; this module answers
only the look-up question.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})
_HONORIFIC_RE = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?"
#: verbs by which a named speaker speaks ("Mr Lind … may have leaked the papers" is a
#: suspect acting, not a speaker)
_PLAIN_SPEECH = frozenset({"say", "tell", "add", "explain", "state", "note", "reply", "respond", "write",
                           "insist", "argue", "warn", "confirm", "announce", "continue", "claim", "stress"})


def unintroduced(head: "Token", verb: "Token") -> tuple[int, int] | None:
    """The span of a surname speaker of ``verb`` never introduced ('Mr Bryant'), or None.

    ``head`` is the speaker's head token. Only a single capitalised name word after an
    honorific counts; the surname must appear nowhere before (the
    headline counts) and never after with a first name in front of it."""
    if verb.lemma_.lower() not in _PLAIN_SPEECH:
        return None
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or not head.is_alpha or len(head) < 3:
        return None
    if any(c.dep_ in ("compound", "amod", "det", "poss", "appos") and c.lower_.rstrip(".") not in _HONORIFICS
           for c in head.children):
        return None  # "Tom Bryant", "the Bryant family", "Bryant, the harbour master,"
    doc = head.doc
    prev = doc[head.i - 1] if head.i > 0 else None
    if prev is None or prev.lower_.rstrip(".") not in _HONORIFICS:
        # a bare name is too often a first name ("Jane"), a company or a leader known by
        # surname alone: on fresh19-23 it was 9 false alarms to no hit
        return None
    text = doc.text
    start = prev.idx
    name = re.escape(head.text)
    if re.search(rf"\b{name}\b", text[:start]):
        return None
    if len(head) >= 5 and re.search(rf"\b{re.escape(head.text[:4])}[a-z]*\b", text[:start]):
        return None  # met before under another spelling ('Shortall' … 'Ms Shorthall'): a typo's business
    # a first name before the surname later on: introduced, out of order
    if re.search(rf"\b(?!{_HONORIFIC_RE}\s)[A-Z][\w'’.-]*\s+{name}\b", text[head.idx + len(head):]):
        return None
    return start, head.idx + len(head)
