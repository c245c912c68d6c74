"""Capitalised unknown words: a misspelt name, a capitalised common word with a slip, a
word run into a first name, a shift key held too long. A mixin of ``Checker``
(checker.py), which holds the document's words.
"""
from __future__ import annotations

import re

from ..gazetteer import NAME, ORG, PLACE, gazetteer
from .candidates import keep_case
from .lexicon import DICTIONARY, RARE
from .pools import common_pool, max_edits, name_pool
from .shapes import PLAUSIBLE_SLIP_MIN, edit_evidence, plausible_name_slip
from .surroundings import Surroundings
from .tokens import Word
from .verdict import Verdict
from ..wording import times

#: after a first name, a surname is taken for a slip of a name at least this common
SURNAME_TARGET_ZIPF = 3.0
#: a capitalised word run into a first name, and the surname after it ("StateWilliam Burns")
GLUED_NAME = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{2,})")
GLUED_NAME_NEXT = re.compile(r" [A-Z][a-z]")
#: ... a first name this common in running text
GLUED_FIRST_NAME_ZIPF = 3.5
#: a title run into the name after it: "PresidentXi", "MinisterSunak"
GLUED_TITLE = re.compile(r"(President|Minister|Governor|Senator|Premier|Chancellor|King|Queen|Prince|Pope|Mayor|"
                         r"General|Sheikh)([A-Z][a-z]+)")
#: a name run into a country or capital after it: "JinpingTaiwan"
GLUED_NAME_PLACE = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{3,})")
#: ... the name one running text uses this often (Zipf), or one the name lists hold
GLUED_TITLE_NAME_ZIPF = 2.0
#: ... the place a country, a capital or a city of a million
GLUED_PLACE_PROMINENCE = 3.0
#: two capitals and then lower case: "WIlliam", "THe"
TWO_CAPITALS = re.compile(r"[A-Z]{2}[a-z]{2,}")
#: ... a three-letter word ("KIm", "THe"), not an acronym's plural ("PCs", "MPs")
TWO_CAPITALS_SHORT = re.compile(r"[A-Z]{2}[a-rt-z]")
#: a capitalised unknown word mid-sentence may be a slip of a common word this common
#: (titles and institutions: Minister, President, Department)
CAPITALISED_WORD_ZIPF = 4.0
#: a common word offered for a sentence-initial capitalised typo must be this common
INITIAL_TARGET_ZIPF = 3.0


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")


def _beside_prose(text: str, start: int, end: int) -> bool:
    """A lower-case word right before or after (a three-letter word's shift is judged in prose)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _WORD_AFTER.match(text, end)
    return bool(before and before.group(1).islower() or after and after.group(1).islower())


class CapitalisedWords(Surroundings):
    def _capitalised(self, w: Word) -> Verdict | None:
        text = w.text
        if len(text) < 5:
            return None
        in_doc = self._spelt_otherwise_here(text)
        if in_doc is not None:
            other, n = in_doc
            return Verdict(w, "name", f"“{other}” is spelt that way {times(n)} elsewhere in this story",
                           [other])
        if self._one_off_at_start(w):
            cands = [c for c in common_pool().near(text, 1) if c.zipf >= INITIAL_TARGET_ZIPF]
            if cands:
                return Verdict(w, "common",
                               "not a word, and not a name this story uses again; "
                               + edit_evidence(text.lower(), cands[0]),
                               [keep_case(text, c.word) for c in cands[:5]])
        if self.lex.zipf(text) > 0 or self.counts[text] > 1:
            return None  # a real if rare name, or one spelt the same way twice: deliberate
        if self._hyphened_to_a_capital(w):
            return None  # "France-Presse", "Rolls-Royce": half of a name in another language
        names = []
        if len(text) >= PLAUSIBLE_SLIP_MIN:  # a shorter word is no plausible slip of any name
            names = [c for c in name_pool().near(text, max_edits(text)) if plausible_name_slip(text, c)]
        if self._after_first_name(w):
            # "Susan Barthle" is someone's surname unless the name it is near is a famous one
            names = [c for c in names if c.zipf >= SURNAME_TARGET_ZIPF]
        if names:
            best = names[0]
            if self.lex.tier(best.word.lower()) == DICTIONARY:  # "Departmnet": a word, not a name
                return Verdict(w, "common", "not a word or a name we know; " + edit_evidence(text, best),
                               [c.word for c in names[:3]])
            where = "a known place" if best.word in self.lex.places else "a known name"
            return Verdict(w, "name", f"unknown name, {edit_evidence(text, best)} of {where}",
                           [c.word for c in names[:3]])
        if len(text) >= 6 and not self._beside_a_name(w):
            # "the Presdient", "Organsation": a capitalised common word with two letters
            # swapped or one dropped (an added letter is too often a name: Jammes, Staske);
            # not next to a first name or surname ("Kevin Freking" is a person)
            words = [c for c in common_pool().near(text, 1) if c.zipf >= CAPITALISED_WORD_ZIPF
                     and (c.swap or len(c.word) == len(text) + 1 and c.word[0] == text[0].lower())]
            if words:
                return Verdict(w, "common", "not a word or a name we know; "
                               + edit_evidence(text.lower(), words[0]),
                               [keep_case(text, c.word) for c in words[:3]])
        return None

    def _glued_to_a_name(self, w: Word) -> str | None:
        """"Secretary of StateWilliam Burns": a word run into the first name of a full name
        (a line break a scrape lost). Brands join words ("BlackRock", "JetBlue"), not a word
        and a first name that is no word itself."""
        m = GLUED_NAME.fullmatch(w.text)
        if not m or not GLUED_NAME_NEXT.match(self.text, w.end):
            return None
        head, tail = m.groups()
        e = gazetteer().lookup(tail)
        if (e is None or NAME not in e.kinds or ORG in e.kinds or self.lex.tier(tail.lower()) == DICTIONARY
                or self.lex.zipf(tail) < GLUED_FIRST_NAME_ZIPF or self.lex.tier(head.lower()) != DICTIONARY):
            return None
        return f"{head} {tail}"

    def _glued_title_or_place(self, w: Word) -> str | None:
        """"PresidentXi", "JinpingTaiwan’s": a title run into the name after it, or a name
        run into a country or capital after it (a scrape that lost a line break or a space).
        The whole is nobody's spelling; the name is one running text or the name lists
        know; a token in quotation marks is a hashtag ("NaziGermany") and is left alone."""
        text = w.text
        if self.text[w.start - 1:w.start] in ("\"", "“", "#", "@") or self.lex.knows(text) or gazetteer().lookup(text):
            return None
        m = GLUED_TITLE.fullmatch(text)
        if m and (self.lex.zipf(m.group(2)) >= GLUED_TITLE_NAME_ZIPF or gazetteer().is_name_token(m.group(2))):
            return f"{m.group(1)} {m.group(2)}"
        m = GLUED_NAME_PLACE.fullmatch(text)
        if m is None:
            return None
        head, tail = m.groups()
        place = gazetteer().lookup(tail)
        if (place is None or PLACE not in place.kinds or place.prominence < GLUED_PLACE_PROMINENCE
                or self.lex.tier(head.lower()) == DICTIONARY):
            return None
        if self.lex.zipf(head) >= GLUED_TITLE_NAME_ZIPF or gazetteer().is_name_token(head):
            return f"{head} {tail}"
        return None

    def _shift_held(self, w: Word) -> str | None:
        """"WIlliam", "THe": the shift key held a letter too long. Brands in that shape
        (MYbank, DHgate, UConn) do not become a known word or name when lowered; handles
        and tags (@APkristen) are left alone."""
        text = w.text
        if (not (TWO_CAPITALS.fullmatch(text) or TWO_CAPITALS_SHORT.fullmatch(text))
                or self.text[w.start - 1:w.start] in ("@", "#", "/", ".")):
            return None
        if TWO_CAPITALS_SHORT.fullmatch(text) and not _beside_prose(self.text, w.start, w.end):
            return None  # "Com TW NOw News": a site's stylised name among capitals, not a slip
        fixed = text[0] + text[1:].lower()
        if self.lex.tier(fixed) in (DICTIONARY, RARE) or self.lex.tier(fixed.lower()) == DICTIONARY \
                or gazetteer().is_name_token(fixed):
            return fixed
        return None
