"""Whether a doubled preposition is a slip: the context, not the word, decides.

"came in in 2013", "took it over over the summer": a phrasal verb's particle and then a
preposition with its own object, which English writes on purpose. "control over over
rivers", "but in in light of": two prepositions in a row, one of them a slip. The parse
tells them apart: the first copy is a slip when it hangs on no verb (on a noun: "control
over over"), or when it follows a conjunction or a mark ("but in in light of"). The small
parser is unsure of the rest ("wounded in in the city" reads like "came in in 2013"), so
the rest is left alone. The spaCy parse, made once per document and shared with the
attribution rules, is only asked when such a pair occurs.

A capitalised word doubled is nearly always a name (Bora Bora, Sirhan Sirhan), but a title
written twice before a name ("Governor Governor Okafor") is a slip: on 3,823 clean articles
no title stood doubled before a capitalised word. So is the article before a name that
brings its own ("the The Lancet").
"""
from __future__ import annotations

import re

from ..document import Document
from ..spelling.word_judge import HONORIFICS, OFFICE_TITLES

#: words ``spelling.doubled-word`` lets double on their own that are prepositions: doubled,
#: they are judged by their context here
PREPOSITIONS = frozenset({"over", "on", "in", "out", "round"})
_VERBS = frozenset({"VERB", "AUX"})
#: words before a preposition that no phrasal verb leaves there ("but in in light of")
_NO_VERB_BEFORE = frozenset({"CCONJ", "SCONJ", "PUNCT"})
#: titles of office, rank and courtesy written before a name (not "Major": Major Major is a
#: name; not "Dr": a double doctorate is written "Dr Dr" in German style)
TITLES = OFFICE_TITLES | {h.lower() for h in HONORIFICS if h != "Dr"} | frozenset("""prime vice deputy chief general
    chairman chairwoman director commissioner judge justice bishop archbishop cardinal sheikh emir sultan
    colonel captain professor""".split())
#: the capitalised word a doubled title stands before: the bearer's name
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def doubled_title_before_name(text: str, first: str, second: str, end: int) -> bool:
    """Is "first second" (ending at ``end``) one capitalised title written twice before a name?"""
    return (first == second and first[:1].isupper() and first.lower() in TITLES
            and _NAME_AFTER.match(text, end) is not None)


def article_before_names_the(text: str, first: str, second: str, end: int) -> bool:
    """Is "first second" "the The" before a capitalised word ("the The Lancet")? The name's
    own article follows the sentence's: one is a slip. On 3,823 clean articles the three
    such pairs were all slips ("the The New York Times"); "the A Just Russia party" keeps
    its name's "A", so only "The" counts."""
    return first == "the" and second == "The" and _NAME_AFTER.match(text, end) is not None


def doubled_preposition_is_a_slip(doc: Document, start: int) -> bool:
    """Is the doubled preposition whose first copy starts at ``start`` a slip?"""
    if start > 0 and not (doc.text[start - 1].isspace() or doc.text[start - 1] in "\"“‘'(,;:-—–"):
        return False  # the end of a garbled word ("Chiar\ufffd\ufffdin in"), not a word of its own
    parsed = doc.spacy
    span = parsed.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    if first.i + 1 >= len(parsed) or parsed[first.i + 1].lower_ != first.lower_:
        return False  # the parse does not see the two copies as words
    if first.head.pos_ not in _VERBS:
        return True
    return first.dep_ == "prep" and first.i > 0 and parsed[first.i - 1].pos_ in _NO_VERB_BEFORE
