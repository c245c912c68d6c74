"""Which parsed sentences the grammar rules may judge, shared by every grammar module.

The parser is often wrong on headlines, captions and scraped lines, so the rules read only
sentences that look like prose: they end in punctuation and have lower-case words beyond
the first. Found once per document and kept in its shared analyses.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the document layer is below this one; imported for types only
    from ..document import Document

#: the spaCy components the parse-reading grammar rules need
PARSE = frozenset({"tagger", "parser", "lemmatizer"})


def prose_sentences(doc: "Document") -> list:
    """Sentences of the parse that read as prose: not headlines, captions or quotations."""
    return doc.shared("grammar.prose_sentences", lambda: list(_prose_sentences(doc)))


def _prose_sentences(doc: "Document"):
    for sent in doc.spacy.sents:
        words = [t for t in sent if t.is_alpha]
        if len(words) < 4:
            continue
        toks = [t.text for t in sent if not t.is_space]
        while toks and toks[-1] in ("”", '"', "’", "'", ")"):
            toks.pop()
        if not toks or toks[-1] not in (".", "!", "?", ";", ":", ","):
            continue
        if sum(1 for t in words[1:] if t.is_lower and len(t) >= 4) < 2:
            continue  # title case: a headline (a sentence full of names still has lower-case words)
        yield sent


def quoted(doc: "Document", tok) -> bool:
    """Whether a token stands inside a quotation (a speaker's grammar is reported as spoken)."""
    return doc.in_quote(tok.idx, tok.idx + len(tok.text))
