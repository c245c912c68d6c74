"""Which parsed sentences the grammar rules may judge, shared by every grammar module.

The parser is often wrong on headlines, captions and scraped lines, so the rules read only
sentences that look like prose: they end in punctuation and have lower-case words beyond
the first. Found once per document and kept in its shared analyses.
"""
from __future__ import annotations

from itertools import accumulate
from typing import TYPE_CHECKING

from ..parse_table import parse_table

if TYPE_CHECKING:  # the document layer is below this one; imported for types only
    from ..document import Document

#: the spaCy components the parse-reading grammar rules need
PARSE = frozenset({"tagger", "parser", "lemmatizer"})


def prose_sentences(doc: "Document") -> list:
    """Sentences of the parse that read as prose: not headlines, captions or quotations."""
    return doc.shared("grammar.prose_sentences", lambda: list(_prose_sentences(doc)))


#: marks that may follow a sentence's last word, and the marks that end a prose sentence
_CLOSERS = frozenset(("”", '"', "’", "'", ")"))
_ENDS = frozenset((".", "!", "?", ";", ":", ","))


def _prose_sentences(doc: "Document"):
    # read from the parse table's columns: no Token is made for a word (the same test as
    # asking each Token for is_alpha, is_space, is_lower, its text and length), and the
    # words a sentence holds counted from running totals made once per document
    table = parse_table(doc)
    alpha, low, lower, idx, space = table.hashes("IS_ALPHA"), table.is_lower, table.lower, table.idx, table.space
    # the parse's length, from its last token (``Doc.text`` joins a Token made for every word)
    size = idx[-1] + len(doc.spacy[-1].text_with_ws) if idx else 0
    # a lower-case word of four characters or more (the ends: the next token's offset)
    long_lower = [a and lo and e - i - s >= 4 for a, lo, i, e, s in zip(alpha, low, idx, [*idx[1:], size], space)]
    words_before = [0, *accumulate(alpha)]  # words before a position
    long_before = [0, *accumulate(long_lower)]
    for sent in doc.spacy.sents:
        start, end = sent.start, sent.end
        if words_before[end] - words_before[start] < 4:
            continue
        k = end - 1  # the last token that is neither whitespace nor a closing mark
        while k >= start and (lower[k].isspace() or lower[k] in _CLOSERS):
            k -= 1
        if k < start or lower[k] not in _ENDS:
            continue
        first = start  # the first word is not counted: it opens the sentence in capitals
        while not alpha[first]:
            first += 1
        if long_before[end] - long_before[first + 1] < 2:
            continue  # title case: a headline (a sentence full of names still has lower-case words)
        yield sent


def quoted(doc: "Document", tok) -> bool:
    """Whether a token stands inside a quotation (a speaker's grammar is reported as spoken)."""
    return doc.in_quote(tok.idx, tok.idx + len(tok.text))
