"""The evidence of one capitalised word on its own, and the judgements of one word that
the whole-name evidence (``names``) shares: is it a name, how prominent is a name, does the
word stand in an English frame. Split from ``names`` so that each module holds one concern.

A word nobody writes (in no dictionary, no gazetteer, rare or absent in running text) that
is a realistic slip of a far more prominent name is that name misspelt ("Erdogen" ->
"Erdogan"); a bare name two letters swapped from a famous one, and a word only the long
surname lists hold where a first-rank place fits, are too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import NAME, ORG, PERSON, PLACE, gazetteer
from . import context
from .candidates import Candidate
from .famous import prominent_names
from .name_beside import FIRST_RANK, common_name_slip
from .lexicon import DICTIONARY, RARE, lexicon
from .places import PLACE_CUED_TARGET, named_place, place_cue, place_prominence
from .slips import _inflection, _other_ending, _pinyin, _vowel_ending, doubled_letter, fold, lost_letter, near_miss, sounds_alike
from .tokens import Word

#: ... of a slip in a word that running text does contain (a common misspelling such as
#: "Carribean"): the target must be this much more common, and at least MIN_COMMON_TARGET
MORE_COMMON_BY = 1.5
MIN_COMMON_TARGET = 3.5
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
#: a name known only from running text (not in the gazetteer) after somebody's first
#: name needs this frequency to be the intent of a changed vowel or sound: "Mathilde
#: Panot" is not a slip of "Pinot"; finger slips (swap, doubled, dropped) need less
AFTER_FIRST_NAME_ZIPF = 3.5
#: ... less for a long unheard-of word (Zuckerborg, Ischingar): few real names are a
#: vowel away from a long famous one
LONG_AFTER_FIRST_NAME, LONG_AFTER_FIRST_NAME_ZIPF = 7, 2.5
#: a name no dictionary holds that running text uses this often (Gorsuch, Maddow) is
#: well known: a word nobody writes of at least NEWS_NAME_MIN_LEN letters one slip from it
#: is that name misspelt, ordinary surname or not
NEWS_NAME_ZIPF, NEWS_NAME_MIN_LEN = 2.3, 5
#: a place or organisation running text names this often is the intent of an unheard-of
#: word of five letters or more (Manbij, Ceuta, Fudan); the context guard keeps people out
NAMED_PLACE_TARGET = 2.0
#: a word nobody writes this long, a finger slip of a place or firm that running text names,
#: is that name misspelt whatever names stand beside it (Bayer Leverkkusen)
LONG_PLACE_SLIP = 7
#: a word this common in running text is somebody's name, whatever it looks like
TOO_COMMON = 3.0
#: the prominence a name needs to be the intent of an unheard-of word of this many letters
#: (0: longer): short words are one slip from many names, long ones from few
TARGET_BY_LENGTH = {4: 3.5, 5: 2.5, 6: 2.5, 7: 2.0, 0: 1.5}
#: a name that running text never uses must be at least this prominent to be the intent
#: (a province's formal name, Podkarpackie, is not what "Podkarpacie" misspells)
UNUSED_TARGET = 2.0
#: below this many letters a name known only from running text must be this common
SHORT_BELOW, SHORT_LEXICON_ZIPF = 7, 3.0
HYPHENS = "-‐‑"
#: a bare name two letters swapped from a famous one: the famous one this much more common
SWAPPED_NAME_MARGIN = 2.0
#: titles of public office: before a full name they make its bearer the famous one
OFFICE_TITLES = frozenset("""president minister premier chancellor secretary senator congressman congresswoman
    governor mayor speaker representative ambassador king queen prince princess emperor pope""".split())
#: a word of the surname lists no rarer than this in running text may be a slip of a famous
#: place that is this much more common (Irelan, Russin)
RARE_NAME_ZIPF, PLACE_OVER_NAME_MARGIN = 1.5, 2.5
#: a name this common in running text, two letters swapped, is the intent wherever it stands
SWAPPED_FIRST_NAME_ZIPF = 4.0
#: English honorifics: the surname after one is a person's, as English writes it
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady"})
#: a capitalised title or honorific right before a word, perhaps in brackets ("(President) Tump")
TITLE_BEFORE = re.compile(r"(?<![\w.])\(?([A-Z][a-z]+)\.?\)? $")
#: words after a surname that make it a person's as English writes it ("the Obame administration")
PERSON_AFTER = re.compile(r" (?:administration|presidency)\b")
#: a Gaelic surname's particle written as a word of its own ("Eoin O Broin", "Ó Cuív",
#: "Mac Lochlainn", "Ní Riada"): the word after it is an Irish or Scottish surname in its
#: own spelling, not a slip of a famous name
GAELIC_PARTICLE = re.compile(r"(?:^|[\s(])(?:O|Ó|Mac|Ni|Ní|Nic|Ui|Uí)[ \u00a0]$")
#: the capitalised word after a name that may be a street's noun ("Drive", "Rd.")
STREET_AFTER = re.compile(r" ([A-Z][a-z]{1,9})\b")
#: a capital letter typed twice inside a word
DOUBLED_CAPITAL = re.compile(r"(?<=.)([A-Z])\1")
#: an Irish surname with its apostrophe, and how rare in running text a slip of one must be
IRISH_NAME = re.compile(r"O['’][A-Z][a-z]{2,}$")
IRISH_TYPED_ZIPF = 1.0
#: a vowel typed twice: no Pinyin syllable has one, and one after another needs an
#: apostrophe (Xi'an), so "Cuoomo" is a slip, not a Chinese name
DOUBLED_VOWEL = re.compile(r"([aeiou])\1", re.IGNORECASE)
#: surnames with a capital inside after a prefix (McConnell, DeVos, MacArthur, LaHood),
#: also when a slip has moved a letter across it (DeoVs, McoCnnell)
NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’]?)[a-z]?[A-Z][a-z]+$")


class WordAlone:
    """The single-word evidence and helpers for the capitalised words of one document."""

    def __init__(self, text: str, words: list[Word], accepts) -> None:
        self.text = text
        self.words = words
        self.accepts = accepts  # the house vocabulary's say
        self.lex = lexicon()
        self.gaz = gazetteer()

    def _word_alone(self, span: list[Word], i: int) -> tuple[str, list[str]] | None:
        w = span[i]
        typed = w.text
        if len(typed) < 4:
            return None
        if IRISH_NAME.match(typed):
            return self._irish_name(typed)
        if GAELIC_PARTICLE.search(self.text, max(0, w.start - 5), w.start):
            return None
        if self._is_a_name(typed) or self.gaz.lookup(typed):
            found = self._swapped_name(span, i) or self._rare_name_for_place(span, i) or self._titled_word(w)
            if found or not self._unused_word(typed):
                return found
        zipf = self.lex.zipf(typed)
        if zipf >= TOO_COMMON:
            return None
        if self._in_compound(w):
            return None  # Luckie-Downe: half of a double-barrelled name
        capitals = sum(ch.isupper() for ch in typed)
        if capitals > 1 and not NAME_PREFIX.match(typed):
            return self._doubled_capital(typed)  # LongFor, BrandZ: a brand's own spelling
        # DeVVos, McCinnell: a surname with its prefix's capital is compared with names
        # that have as many capitals (not LongFor with Longford)
        # Junfeng, Lianhan: Chinese given names are free compounds of syllables; such a word
        # is only a slip of a famous place, and only with no name beside it (Baijing, alone)
        chinese = _pinyin(typed) and not DOUBLED_VOWEL.search(typed)
        pinyin = chinese and not self._beside_personal_name(span, i, words_too=False)
        if chinese and not pinyin:
            return None
        place_cued = zipf == 0 and place_cue(self.text, span, i)
        if zipf == 0:
            need = TARGET_BY_LENGTH.get(len(typed), TARGET_BY_LENGTH[0])
            if place_cued:
                need = min(need, PLACE_CUED_TARGET)
        else:
            need = max(zipf + MORE_COMMON_BY, MIN_COMMON_TARGET)
        # "Harrow Drive": a local street, named as it likes: only a first-rank name is meant
        street = self._names_a_street(w)
        near = prominent_names().near(typed, 2, limit=12)
        if any(fold(c.word) == fold(typed) for c in near):
            return None  # Szydlo for Szydło, Walesa for Wałęsa: the English-press spelling
        last = i + 1 == len(span) or self.text[w.end:span[i + 1].start] != " "
        after_first = i > 0 and self.text[span[i - 1].end:w.start] == " " and context.personal_name(span[i - 1].text)
        english_form = self._english_form(span, i)
        cands: list[tuple[Candidate, float]] = []
        for c in near:
            if not near_miss(typed, c.word) or _inflection(typed, c.word):
                continue
            if sum(ch.isupper() for ch in c.word) != capitals:
                continue
            if place_cued:
                if not named_place(c.word) or self.lex.zipf(c.word) < PLACE_CUED_TARGET:
                    continue  # "Co Kildare", "Helmand province": a place running text names is
                    # meant, not a person (nor Angren for a Chinese county's Anren)
                prom = place_prominence(c.word)
            elif pinyin and not self._famous_place(c.word):
                continue
            elif context.fits(self.text, span, i, c.word):
                prom = self._prominence(c.word, short=len(typed) < SHORT_BELOW, typed_in_use=zipf > 0 and not c.swap,
                                        finger=zipf == 0 and (lost_letter(typed, c.word) or doubled_letter(typed, c.word)))
                prom = max(prom, common_name_slip(self.text, span, i, c.word, zipf, last))
                if zipf == 0 and len(typed) >= NEWS_NAME_MIN_LEN:
                    prom = max(prom, self._news_name(typed, c.word))
            elif (zipf == 0 and len(typed) >= 5 and self.gaz.is_name_token(c.word) and last
                  and typed[0] == c.word[0] and (c.swap or len(typed) + 1 == len(c.word))):
                # nobody writes it, and a finger slip (a letter dropped, two swapped): of a
                # common surname, whoever this person is (Alison Bnnett), judged by how
                # common that surname is. Not a letter changed or added (names differ that
                # way: Loick Jammes), nor a first name (Kully Samra is not Kelly)
                prom = self.lex.zipf(c.word)
            elif (zipf == 0 and len(typed) >= 5 and c.swap and typed[0] == c.word[0]
                  and self.lex.zipf(c.word) >= SWAPPED_FIRST_NAME_ZIPF and self.gaz.is_name_token(c.word)):
                # nobody writes it, and two letters swapped in a very common first name
                # ("Loius Ariega"): a swap makes no one's name, in whatever language
                prom = self.lex.zipf(c.word)
            elif common_name_slip(self.text, span, i, c.word, zipf, last):
                prom = self.lex.zipf(c.word)
            elif (zipf == 0 and len(typed) >= LONG_PLACE_SLIP and self._named_place_or_org(c.word)
                  and (c.swap or doubled_letter(typed, c.word)
                       or lost_letter(typed, c.word) and typed != c.word[:-1])):
                # nobody writes it, it is long, and a finger slip of a place or firm running
                # text names ("Bayer Leverkkusen", "Gazpromm Neft"): the words beside it that
                # are somebody's names ("Bayer", "Moor") speak for a person, not for this.
                # Not the last letter dropped: "Lumberto Campbell" is a given name
                prom = self.lex.zipf(c.word)
            else:
                continue  # Oleg Peshkov is not Dmitry Peskov
            if (prom < (FAMOUS_TARGET if street else self._need(typed, zipf, need, c.word))
                    or prom < UNUSED_TARGET and self.lex.zipf(c.word) == 0):
                continue
            if not c.word.isascii() and self.lex.zipf(c.word) == 0:
                continue  # a scholarly spelling nobody types (Jadīdah): "Jadideh" is another
            if (after_first and not self.gaz.is_name_token(c.word) and len(typed) == len(c.word) and not c.swap
                    and prom < (LONG_AFTER_FIRST_NAME_ZIPF if zipf == 0 and len(typed) >= LONG_AFTER_FIRST_NAME
                                else AFTER_FIRST_NAME_ZIPF)):
                continue  # Mathilde Panot is not a slip of "Pinot": names differ by a vowel
            if zipf > 0:
                if (_other_ending(typed, c.word) and _vowel_ending(typed, c.word)
                        and not (english_form and prom >= FAMOUS_TARGET)):
                    continue  # a word running text uses, with another last letter: another
                    # language's form (the Philadelphi corridor, the club Palestino); but
                    # English grammar on it (Germani's court, Mr Tusc) makes it the English name
                famous = prom >= FAMOUS_TARGET and len(c.word) >= 5  # not Sahan for Shan
                margin = FAMOUS_TYPED_MARGIN if famous else RARE_TYPED_MARGIN
                if famous and english_form and i > 0 and span[i - 1].text.lower() in OFFICE_TITLES:
                    margin = TITLED_TYPED_MARGIN  # "President Puti": the title names the famous one
                if not (sounds_alike(typed, c.word) or c.swap or prom >= zipf + margin):
                    continue  # a spelling that running text does use: a classic slip (Carribean),
                    # or a rare one beside a name far more common (Nigerai beside Nigeria)
            cands.append((c, prom))
        if not cands:
            return None
        cands.sort(key=lambda cp: (cp[0].distance if not cp[0].swap else 0.6, -cp[1]))
        best, prom = cands[0]
        what = self._what(best.word)
        e = self.gaz.lookup(best.word)
        if what == "a well-known place" and e is not None and NAME in e.kinds and self._beside_personal_name(span, i):
            what = "a common name"  # "Tim Harpor": Harper the surname, not the town
        how = "two letters swapped" if best.swap else ("one letter off" if best.distance == 1
                                                          else "sounds the same but is spelt differently")
        sugg: list[str] = []
        for c, _ in cands:  # one spelling per name: not both Erdogan and Erdoğan
            if len(sugg) < 3 and all(fold(c.word) != fold(o) for o in sugg):
                sugg.append(c.word)
        return (f"not a name we know, and {how} from “{best.word}”, {what}", sugg)

    def _need(self, typed: str, zipf: float, need: float, name: str) -> float:
        """The bar for one candidate: a place or organisation that running text names
        (Manbij, Ceuta, Fudan) is meant by a word of five or six letters nobody writes at a
        lower bar than a person's name, which a rare real name differs from by a letter;
        not by another last vowel (the river Maleme is not the town Malema)."""
        if (zipf == 0 and len(typed) >= NEWS_NAME_MIN_LEN and self._named_place_or_org(name)
                and not (_other_ending(typed, name) and _vowel_ending(typed, name))):
            return min(need, NAMED_PLACE_TARGET)
        return need

    def _named_place_or_org(self, name: str) -> bool:
        e = self.gaz.lookup(name)
        return (e is not None and (PLACE in e.kinds or ORG in e.kinds) and NAME not in e.kinds
                and PERSON not in e.kinds and self.lex.zipf(name) >= NAMED_PLACE_TARGET)

    def _news_name(self, typed: str, name: str) -> float:
        """How common in running text a name is that neither the dictionary nor the name
        lists hold (Maddow, Kalanick, Hebdo), as the intent of a word nobody writes: a name
        the news uses this often belongs to someone or something known beyond one story.
        0 below NEWS_NAME_ZIPF. Not an ordinary first name or surname (Haggan, Reevell,
        Baglay are other families' spellings of Hagan, Revell, Bagley), not a dictionary's
        proper noun (Elbe, Azeri), not a letter of a double dropped (Rosseti), a letter
        added unless typed twice, nor another last vowel (Maleme)."""
        zipf = self.lex.zipf(name)
        if (zipf < NEWS_NAME_ZIPF or self.gaz.is_name_token(name) or self.gaz.lookup(name) is not None
                or self.lex.tier(name) in (DICTIONARY, RARE) or self.lex.tier(name.lower()) in (DICTIONARY, RARE)):
            return 0.0
        if (len(typed) + 1 == len(name) and not lost_letter(typed, name)
                or len(typed) == len(name) + 1 and not doubled_letter(typed, name)):
            return 0.0  # a letter added is a slip only typed twice (Hebbdo; not Aisch for Aish)
        if _other_ending(typed, name) and _vowel_ending(typed, name):
            return 0.0
        return zipf

    def _swapped_name(self, span: list[Word], i: int) -> tuple[str, list[str]] | None:
        """A bare first name or surname of somebody (no word, no famous name) that is two
        letters swapped from a famous name far more common: "flew to Isreal", "President
        Prak". A swap is a slip of the fingers, never a transliteration; on 3,823 clean
        articles no such word stood where the famous name fits."""
        typed = span[i].text
        e = self.gaz.lookup(typed)
        if e is None or e.kinds != NAME or self.lex.tier(typed.lower()) in (DICTIONARY, RARE):
            return None
        if not prominent_names().has_swap(typed):
            return None  # the search below could find no swap (most names: John, Smith)
        for c in prominent_names().near(typed, 1, limit=12):
            if (c.swap and self.gaz.prominence(c.word) >= FAMOUS_TARGET
                    and self.lex.zipf(c.word) >= self.lex.zipf(typed) + SWAPPED_NAME_MARGIN
                    and context.fits(self.text, span, i, c.word)):
                return (f"two letters swapped from “{c.word}”, {self._what(c.word)} far more common "
                        "than this spelling", [c.word])
        return None

    def _rare_name_for_place(self, span: list[Word], i: int) -> tuple[str, list[str]] | None:
        """A word that only a long list of surnames holds, or a rare word, that running text
        almost never uses, standing alone where a first-rank place fits, a letter dropped,
        added or two swapped from it: "in Irelan", "Russin oil producers", "moved to Sweeden". A person's
        name differs from a famous person's by a letter, a place's rarely does."""
        typed = span[i].text
        e = self.gaz.lookup(typed)
        if (len(typed) < 5 or len(span) > 1 or self.lex.tier(typed.lower()) == DICTIONARY
                or e is not None and e.kinds != NAME or self.lex.zipf(typed) > RARE_NAME_ZIPF):
            return None
        for c in prominent_names().near(typed, 1, limit=12):
            target = self.gaz.lookup(c.word)
            if (target is None or PLACE not in target.kinds or PERSON in target.kinds
                    or target.prominence < FAMOUS_TARGET or not near_miss(typed, c.word)
                    or not (c.swap or abs(len(typed) - len(c.word)) == 1)
                    or self.lex.zipf(c.word) < self.lex.zipf(typed) + PLACE_OVER_NAME_MARGIN
                    or not context.fits(self.text, span, i, c.word)):
                continue
            return (f"not a name running text uses, and one slip from “{c.word}”, {self._what(c.word)}",
                    [c.word])
        return None

    def _doubled_capital(self, typed: str) -> tuple[str, list[str]] | None:
        """A first-rank surname with its inner capital doubled ("DeVVos", "McCConnell"):
        a finger slip, not a brand's spelling, when running text never writes it."""
        single = DOUBLED_CAPITAL.sub(r"\1", typed)
        if single == typed or self.lex.zipf(typed) > 0 or not NAME_PREFIX.match(single):
            return None
        e = self.gaz.lookup(single)
        if e is None or PERSON not in e.kinds or e.prominence < FAMOUS_TARGET:
            return None
        return (f"not a name we know, and a capital doubled in “{single}”, {self._what(single)}", [single])

    def _unused_word(self, typed: str) -> bool:
        """A word only the long dictionary lists hold, that running text never uses and
        nobody is called ("Fellon"): no better evidence of a real spelling than a non-word."""
        return (self.lex.tier(typed.lower()) == RARE and self.lex.zipf(typed) == 0 and self.lex.tier(typed) == 0
                and not self.gaz.is_name_token(typed) and not self.gaz.lookup(typed))

    def _titled_word(self, w: Word) -> tuple[str, list[str]] | None:
        """A title of office or an honorific, then a capitalised rare English word that is
        nobody's name, one slip from a first-rank person's surname: "President Tump",
        "(President) Tump", "Mrs Pense". The title makes it a name, and no one is called by
        that word; a word commoner than the famous name is left alone (Mr Speaker)."""
        typed = w.text
        m = TITLE_BEFORE.search(self.text, max(0, w.start - 30), w.start)
        if (m is None or not (m.group(1) in HONORIFICS or m.group(1).lower() in OFFICE_TITLES)
                or self.gaz.is_name_token(typed) or self.gaz.lookup(typed) or not typed[1:].islower()):
            return None
        zipf = self.lex.zipf(typed)
        for c in prominent_names().near(typed, 1, limit=12):
            e = self.gaz.lookup(c.word)
            if (e is None or PERSON not in e.kinds or e.prominence < FAMOUS_TARGET or not near_miss(typed, c.word)
                    or _inflection(typed, c.word) or self.lex.zipf(c.word) < zipf + TITLED_TYPED_MARGIN):
                continue
            return (f"after “{m.group(1)}” a name is meant, and “{typed}” is nobody's: one slip from "
                    f"“{c.word}”, {self._what(c.word)}", [c.word])
        return None

    def _irish_name(self, typed: str) -> tuple[str, list[str]] | None:
        """"O'Raurke", "O’Bren": a surname with its apostrophe that running text (almost)
        never uses, a realistic slip of a first-rank one (O'Rourke, O'Brien). The surname
        itself is famous, whoever this person is, so no first name is compared."""
        plain = typed.replace("’", "'")
        if self.lex.zipf(plain) > IRISH_TYPED_ZIPF or self.gaz.lookup(plain) or self.gaz.is_name_token(plain):
            return None
        for famous in _famous_irish_names():
            if near_miss(plain[2:], famous[2:]) and self.lex.zipf(famous) >= self.lex.zipf(plain) + RARE_TYPED_MARGIN:
                return (f"not a name we know, and a slip of “{famous}”, {self._what(famous)}", [famous])
        return None

    # --- helpers ----------------------------------------------------------------------
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
        if e is not None and NAME in e.kinds and ordinary:  # Mark Milley is not a slip of Miley
            zipf = 0.0  # James, Jammes; Sheryl, Seryl: ordinary names have real variants
        place = e is not None and (PLACE in e.kinds or ORG in e.kinds) and NAME not in e.kinds
        if self.lex.tier(name.lower()) == DICTIONARY or short and zipf < SHORT_LEXICON_ZIPF and not place:
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


@lru_cache(maxsize=1)
def _famous_irish_names() -> tuple[str, ...]:
    """The gazetteer's first-rank surnames written with "O'" (O'Rourke, O'Brien, O'Neill)."""
    gaz = gazetteer()
    return tuple(sorted((t for t in gaz.tokens() if IRISH_NAME.match(t) and gaz.token_prominence(t) >= FAMOUS_TARGET),
                        key=lambda t: -lexicon().zipf(t)))
