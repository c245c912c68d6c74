"""The judgements of one capitalised word that the single-word and whole-name evidence
share: is it a name, how prominent is a name, does the word stand in an English frame, beside
a street's noun or inside a double-barrelled name. Split from ``name_alone`` so that each module
holds one concern."""
from __future__ import annotations

import re

from ..gazetteer import NAME, ORG, PERSON, PLACE, gazetteer
from . import context
from .lexicon import DICTIONARY, RARE, lexicon
from .name_beside import FIRST_RANK
from .tokens import Word

#: a word that running text holds is still a slip of a name this much more common
RARE_TYPED_MARGIN = 3.0
#: ... or, for a name of the first rank (a head of government, a country: 4.0), this much:
#: web text misspells the most famous names most often (Trup, Comay, Guerres)
FAMOUS_TARGET, FAMOUS_TYPED_MARGIN = FIRST_RANK, 2.5
#: ... and after a title of office ("President Puti"), where the famous one is surely meant
TITLED_TYPED_MARGIN = 2.0
#: an ordinary first name or surname that is not in the dictionary but this common in
#: running text owes it to someone famous (Nadal, Federer, Ronaldo; not Sheryl, James)
FAMOUS_SURNAME_ZIPF = 3.0
#: ... or, when the typed word is unheard of and a letter dropped or doubled from it, this
#: much above the bar its length sets (TARGET_BY_LENGTH): long names have few real
#: neighbours that differ so (Gorsuch, Seyfried); by a vowel they do (Naughten, Naughton)
ORDINARY_NAME_OVER_BAR = 0.5
#: the prominence a name needs to be the intent of an unheard-of word of this many letters
#: (0: longer): short words are one slip from many names, long ones from few
TARGET_BY_LENGTH = {4: 3.5, 5: 2.5, 6: 2.5, 7: 2.0, 0: 1.5}
#: below this many letters a name known only from running text must be this common
SHORT_BELOW, SHORT_LEXICON_ZIPF = 7, 3.0
HYPHENS = "-‐‑"
#: titles of public office: before a full name they make its bearer the famous one
OFFICE_TITLES = frozenset("""president minister premier chancellor secretary senator congressman congresswoman
    governor mayor speaker representative ambassador king queen prince princess emperor pope""".split())
#: English honorifics: the surname after one is a person's, as English writes it
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady"})
#: words after a surname that make it a person's as English writes it ("the Obame administration")
PERSON_AFTER = re.compile(r" (?:administration|presidency)\b")
#: the capitalised word after a name that may be a street's noun ("Drive", "Rd.")
STREET_AFTER = re.compile(r" ([A-Z][a-z]{1,9})\b")


class WordJudge:
    """The judgements of one word of one document, shared by the word-alone and whole-name evidence."""

    def __init__(self, text: str, words: list[Word], accepts) -> None:
        self.text = text
        self.words = words
        self.accepts = accepts  # the house vocabulary's say
        self.lex = lexicon()
        self.gaz = gazetteer()

    def _is_a_name(self, token: str) -> bool:
        """Is this spelling itself real: a dictionary word or name, or a name in the gazetteer?"""
        if self.gaz.is_name_token(token):
            return True
        return self.lex.tier(token) in (DICTIONARY, RARE) or self.lex.tier(token.lower()) in (DICTIONARY, RARE)

    def _prominence(self, name: str, short: bool = False, typed_in_use: bool = False, finger: bool = False) -> float:
        """The gazetteer's rank for a famous person or place, or how common the word is in
        running text (not for an ordinary first name or surname, unless it is a famous one
        and the typed word is unheard of), whichever is higher."""
        e = self.gaz.lookup(name)
        zipf = self.lex.zipf(name)
        floor = FAMOUS_SURNAME_ZIPF
        if finger:  # a letter dropped or doubled in a long name: not how surnames differ (Naughten)
            floor = min(floor, TARGET_BY_LENGTH.get(len(name), TARGET_BY_LENGTH[0]) + ORDINARY_NAME_OVER_BAR)
        ordinary = zipf < floor or self.lex.tier(name) == DICTIONARY or typed_in_use
        # a country, a capital or a great city is what running text means by the word, even
        # when it is also a surname or a common noun (London, Jordan; Japan, Turkey, China):
        # its frequency counts ("Londo" 2.4 beside London 5.3 is a slip, not another name)
        great_place = e is not None and PLACE in e.kinds and e.prominence >= FAMOUS_TARGET
        if e is not None and NAME in e.kinds and ordinary and not great_place:  # Mark Milley is not a slip of Miley
            zipf = 0.0  # James, Jammes; Sheryl, Seryl: ordinary names have real variants
        place = e is not None and (PLACE in e.kinds or ORG in e.kinds) and NAME not in e.kinds
        if (self.lex.tier(name.lower()) == DICTIONARY and not great_place
                or short and zipf < SHORT_LEXICON_ZIPF and not place):
            zipf = 0.0  # "Fortune" is a word, not a famous name; short names need to be famous
        famous = self.gaz.token_prominence(name)
        if e is not None and NAME in e.kinds and not (PERSON in e.kinds or PLACE in e.kinds):
            # an ordinary name that is also the surname of someone famous (Kelly), but that
            # the knowledge base does not use alone for them: not evidence on its own
            famous = e.prominence
        return max(famous, zipf)

    def _english_form(self, span: list[Word], i: int) -> bool:
        """An English possessive or "administration" after the word, or an English honorific
        or title of office right before it: the writer means the name as English writes it
        ("Germani's court", "the Obame administration", "Mr Tusc", "President Puti")."""
        w = span[i]
        if self.text[w.end:w.end + 2] in ("'s", "’s") or PERSON_AFTER.match(self.text, w.end):
            return True
        if i == 0 or self.text[span[i - 1].end:w.start] not in (" ", ". "):
            return False
        before = span[i - 1].text
        return before in HONORIFICS or before.lower() in OFFICE_TITLES

    def _beside_personal_name(self, span: list[Word], i: int, words_too: bool = True) -> bool:
        """A first name or surname next to the word; with ``words_too`` off, not one that is
        also a dictionary word ("Civil", "Daily", "Center" are somebody's names, but beside
        them "Amerian" is no Chinese given name)."""
        for j in (i - 1, i + 1):
            if 0 <= j < len(span) and context.personal_name(span[j].text) and (
                    words_too or self.lex.tier(span[j].text.lower()) != DICTIONARY):
                return True
        return False

    def _names_a_street(self, w: Word) -> bool:
        """Is the word followed by a street's noun ("Kestrel Road", "Harrow Dr.")?"""
        m = STREET_AFTER.match(self.text, w.end)
        return m is not None and m.group(1).lower() in context.street_words()

    def _famous_place(self, name: str) -> bool:
        e = self.gaz.lookup(name)
        return e is not None and PLACE in e.kinds and e.prominence >= FAMOUS_TARGET

    def _in_compound(self, w: Word) -> bool:
        if self.text[w.end:w.end + 1] in ("-", "‐", "‑"):
            return True
        if w.start == 0 or self.text[w.start - 1:w.start] not in "-‐‑":
            return False
        head = self.text[max(0, w.start - 5):w.start - 1]
        return not re.search(r"(?:^|[^\w])(?:al|el|ul|bin|ibn|abu|abd)$", head, re.IGNORECASE)
        # "al-Bashir", "bin-Salman": an article or particle, not half of a double-barrelled name

    def _what(self, name: str) -> str:
        e = self.gaz.lookup(name)
        kinds = e.kinds if e else ""
        if "L" in kinds:
            return "a well-known place"
        if "P" in kinds or self.gaz.token_prominence(name) >= 4.0:
            return "a well-known name"
        if kinds and kinds != NAME:
            return "a well-known name"
        return "a much more common spelling"

