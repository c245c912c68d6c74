"""A person's name with the possessive apostrophe lost (category ``typo``).

Rule:
  grammar.name-possessive   "Trumps campaign", "Merkels office": a well-known surname
                            plus "s" before a noun, where the "s" form is nobody's name

The evidence is that the stem is a person's surname (a person the gazetteer knows by the
surname alone, or one the story itself names with "’s" or after a first name), that the
written form with "s" is neither a name nor a dictionary spelling with that capital, and
that a noun follows with no determiner in front ("the Obamas' house" is the family).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..gazetteer import PERSON, gazetteer
from ..rule import BaseRule
from ..spelling.lexicon import DICTIONARY, RARE, lexicon
from ..token_filter import token_indices

#: words before the name that make it a plural ("the Kennedys", "two Smiths")
_FUNCTION_POS = {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "ADV", "PART", "NUM"}
_PLURAL_BEFORE = {"the", "both", "all", "two", "three", "several", "many", "these", "those", "other"}
_NAME_S = regex.compile(r"\p{Lu}\p{Ll}+s")


def _name_s_shape(word: str) -> bool:
    """"Trumps": a capital, lower-case letters, an "s" (not "ss"), four letters or more."""
    return len(word) >= 4 and _NAME_S.fullmatch(word) is not None and not word.endswith("ss")


@lru_cache(maxsize=4096)
def _nobodys_name(word: str) -> bool:
    """"Trumps" is no name and no capitalised dictionary word; "Adams", "Williams" are names."""
    lex = lexicon()
    return not gazetteer().is_name_token(word) and lex.tier(word) not in (DICTIONARY, RARE)


class NamePossessive(BaseRule):
    id = "grammar.name-possessive"
    category = "typo"
    severity = Severity.WARNING
    description = ("A well-known surname with an “s” before a noun and no apostrophe "
                   "(“Trumps campaign” for “Trump’s campaign”).")
    needs = frozenset({"tagger"})

    def check(self, doc: Document) -> Iterator[Finding]:
        sp = doc.spacy
        text = doc.text
        # only the words of that shape, read once per parse (not a Token per word of the story)
        for i in token_indices(sp, "ORTH", _name_s_shape):
            if i == len(sp) - 1:
                break
            tok = sp[i]
            word = tok.text
            nxt = tok.nbor()
            if tok.whitespace_ != " " or not nxt.is_lower or nxt.pos_ not in ("NOUN", "ADJ"):
                continue
            if nxt.pos_ == "ADJ":  # "Trumps new campaign": an adjective, then the noun
                if nxt.i + 1 >= len(sp) or nxt.nbor().pos_ != "NOUN" or not nxt.nbor().is_lower:
                    continue
            if nxt.tag_ not in ("NN", "NNS", "JJ", "JJR", "JJS"):
                continue  # "Trumps said": a verb
            if tok.i > 0 and tok.nbor(-1).lower_ in _PLURAL_BEFORE:
                continue  # "the Obamas", "two Smiths": a family or a plural
            if tok.pos_ in _FUNCTION_POS:
                continue  # "This diplomatic row"
            stem = word[:-1]
            if len(stem) < 4 or not _nobodys_name(word) or not self._a_persons_surname(stem, text):
                continue
            told = len(regex.findall(rf"(?<![\w-]){word}(?![\w-])", text))
            if told > 1 and told > len(regex.findall(rf"(?<![\w-]){stem}(?![\w-])", text)):
                continue  # the story's own name for someone ("Wilders" throughout, never "Wilder")
            fixed = f"{stem}’s"
            yield self.finding(
                doc, tok.idx, tok.idx + len(word),
                f"“{word} {nxt.text}”: the possessive of the name “{stem}” needs an apostrophe: "
                f"“{fixed}”.",
                suggestions=[fixed], fix=fixed,
                evidence=f"“{stem}” is a person's surname; “{word}” is nobody's name",
            )

    @staticmethod
    def _a_persons_surname(stem: str, text: str) -> bool:
        e = gazetteer().lookup(stem)
        if e is not None and PERSON in e.kinds:
            return True
        # the story itself: "Zaluzhnyi’s", or after a first name ("Valerii Zaluzhnyi")
        return bool(regex.search(rf"(?<![\w-]){stem}['’]s\b|\p{{Lu}}\p{{Ll}}+ {stem}\b(?![\w-])", text))


def rules():
    return [NamePossessive()]
