"""A person's name with the possessive apostrophe lost (category ``typo``).

Rules:
  grammar.name-possessive   "Trumps campaign", "Merkels office": a well-known surname
                            plus "s" before a noun, where the "s" form is nobody's name
  grammar.plural-name-possessive  "the Denver Bronco’s game" where the story calls the
                            team "the Denver Broncos": a plural name's possessive
                            written as a singular's (Broncos’)

The evidence is that the stem is a person's surname (a person the gazetteer knows by the
surname alone, or one the story itself names with "’s" or after a first name), that the
written form with "s" is neither a name nor a dictionary spelling with that capital, and
that a noun follows with no determiner in front ("the Obamas' house" is the family).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ..data import load_data
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
#: a stem this common in running English (Zipf) is a word first: the story's "X <Stem>" does
#: not make it a surname (a gazetteer person still counts)
_COMMON_WORD = 3.5


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
            if tok.whitespace_ != " ":
                continue
            # before an organisation's name ("Kowalczyks Harbour Party"): the story must name the
            # person itself, after a first name or title or with the apostrophe
            owns_a_body = nxt.is_title and nxt.pos_ == "PROPN" and (
                nxt.ent_type_ == "ORG" or any(t.lower_ in _BODY_NOUNS for t in sp[nxt.i:nxt.i + 4]))
            if owns_a_body:
                if not _named_in(word[:-1], text):
                    continue
            elif not nxt.is_lower or nxt.pos_ not in ("NOUN", "ADJ"):
                continue
            elif nxt.pos_ == "ADJ":  # "Trumps new campaign": an adjective, then the noun
                if nxt.i + 1 >= len(sp) or nxt.nbor().pos_ != "NOUN" or not nxt.nbor().is_lower:
                    continue
            if not owns_a_body and nxt.tag_ not in ("NN", "NNS", "JJ", "JJR", "JJS"):
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
        if lexicon().zipf(stem.lower()) >= _COMMON_WORD:
            return False  # "Hospitals new wing": "Hospital" after a capital ("Harbour Hospital") is a thing
        return _named_in(stem, text)


#: the last word of a party's or a government's name, when the parser tags no organisation
_BODY_NOUNS = frozenset({"league", "party", "government", "administration", "cabinet", "movement", "front",
                         "alliance", "congress", "coalition", "foundation", "campaign"})


def _named_in(stem: str, text: str) -> bool:
    """The story itself names the person: "Zaluzhnyi’s", or after a first name ("Valerii Zaluzhnyi")."""
    return bool(regex.search(rf"(?<![\w-]){stem}['’]s\b|\p{{Lu}}\p{{Ll}}+ {stem}\b(?![\w-])", text))


@lru_cache(maxsize=1)
def _plural_teams() -> frozenset[str]:
    """Teams named with a plural (rules/grammar/team_names.toml): "Denver Broncos"."""
    return frozenset(load_data("grammar/team_names.toml").get("teams", []))


#: capitalised words that start a sentence, not a name
_NOT_NAME_START = {"The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "In",
                   "On", "At", "For", "From", "With", "By", "And", "But", "Or", "As", "After", "Before", "When"}


class PluralNamePossessive(BaseRule):
    """"Denver Bronco’s": a team, a band or a body named with a plural ("Broncos",
    "Giants", "United States") whose possessive dropped the plural. The story itself is the
    evidence: it writes the same name, with the same words before it, as a plural
    elsewhere; or the name is a team's (rules/grammar/team_names.toml) and no "a", "former"
    or "fellow" makes it one player's. At least one capitalised word must come before ("the Chief’s office" alone
    could be a chief's), and the singular name must not stand in the story on its own
    ("New York Giant" as a player's title would make both forms right)."""

    id = "grammar.plural-name-possessive"
    category = "typo"
    severity = Severity.WARNING
    description = ("A plural name's possessive written as a singular's: “the Denver Bronco’s game” "
                   "where the story says “the Denver Broncos”.")
    PATTERN = regex.compile(
        r"(?<![\w’'.-])(?P<name>(?:\p{Lu}[\p{L}.-]* ){1,3}(?P<last>\p{Lu}\p{Ll}+))(?P<s>[’']s)(?![\w’'-])")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in self.PATTERN.finditer(text):
            name, last, start = m.group("name"), m.group("last"), m.start("name")
            first = name.split()[0]
            if first in _NOT_NAME_START:  # "The Denver Bronco’s": the sentence's first word
                name, start = name[len(first) + 1:], start + len(first) + 1
            if last.endswith("s") or name == last:
                continue  # "The Chief's": no name word before the noun
            if lexicon().zipf(last.lower()) < 2.5:
                continue  # "Prince William's" beside a "Williams": a person's name, no common noun
            team = False
            for k in range(name.count(" ")):  # "Sunday Denver Bronco's": the team's words only
                cut = len(" ".join(name.split()[:k])) + (1 if k else 0)
                if name[cut:] + "s" in _plural_teams():
                    name, start, team = name[cut:], start + cut, True
                    break
            if team and regex.search(r"(?i)(?:\b(?:a|an|one|former|fellow|ex)[ -])$", text[max(0, start - 8):start]):
                continue  # "a former Dallas Cowboy's foundation": one player's
            plural = regex.escape(name + "s")
            if not team and not regex.search(rf"(?<![\w’'-]){plural}(?![\w-])", text):
                continue  # the story never writes the name as a plural, and it is no team's
            if regex.search(rf"(?<![\w’'-]){regex.escape(name)}(?![\w’'-])", text):
                continue  # the singular stands on its own too ("a New York Giant")
            fixed = f"{name}s’"
            yield self.finding(
                doc, start, m.end("s"),
                f"“{name}{m.group('s')}”: the name is “{name}s”; the possessive of a plural name is “{fixed}”.",
                suggestions=[fixed], fix=fixed,
                evidence=f"“{name}s” is a team's name" if team else f"“{name}s” elsewhere in the story",
            )


def rules():
    return [NamePossessive(), PluralNamePossessive()]
