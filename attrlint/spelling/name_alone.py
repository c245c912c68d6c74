"""The evidence of one capitalised word on its own: a word nobody writes (in no dictionary,
no gazetteer, rare or absent in running text) that is a realistic slip of a far more prominent
name is that name misspelt ("Erdogen" -> "Erdogan"). The shapes that say so by their form alone
are ``word_shapes``; the judgements of one word it shares with ``names`` are ``word_judge``.
"""
from __future__ import annotations

import re

from ..gazetteer import NAME, ORG, PERSON, PLACE
from . import context
from .candidates import Candidate
from .famous import prominent_names
from .name_beside import common_name_slip
from .lexicon import DICTIONARY, RARE
from .places import PLACE_CUED_TARGET, named_place, place_cue, place_prominence
from .slips import _inflection, _other_ending, _pinyin, _vowel_ending, doubled_letter, fold, lost_letter, near_miss, sounds_alike
from .tokens import Word
from .word_judge import (FAMOUS_TARGET, FAMOUS_TYPED_MARGIN, OFFICE_TITLES, RARE_TYPED_MARGIN, SHORT_BELOW, TARGET_BY_LENGTH,
                         TITLED_TYPED_MARGIN)
from .word_shapes import IRISH_NAME, NAME_PREFIX, WordShapes

#: ... of a slip in a word that running text does contain (a common misspelling such as
#: "Carribean"): the target must be this much more common, and at least MIN_COMMON_TARGET
MORE_COMMON_BY = 1.5
MIN_COMMON_TARGET = 3.5
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
#: a name that running text never uses must be at least this prominent to be the intent
#: (a province's formal name, Podkarpackie, is not what "Podkarpacie" misspells)
UNUSED_TARGET = 2.0
#: a name this common in running text, two letters swapped, is the intent wherever it stands
SWAPPED_FIRST_NAME_ZIPF = 4.0
#: a Gaelic surname's particle written as a word of its own ("Eoin O Broin", "Ó Cuív",
#: "Mac Lochlainn", "Ní Riada"): the word after it is an Irish or Scottish surname in its
#: own spelling, not a slip of a famous name
GAELIC_PARTICLE = re.compile(r"(?:^|[\s(])(?:O|Ó|Mac|Ni|Ní|Nic|Ui|Uí)[ \u00a0]$")
#: a vowel typed twice: no Pinyin syllable has one, and one after another needs an
#: apostrophe (Xi'an), so "Cuoomo" is a slip, not a Chinese name
DOUBLED_VOWEL = re.compile(r"([aeiou])\1", re.IGNORECASE)


class WordAlone(WordShapes):
    """The single-word evidence for the capitalised words of one document."""

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
        if (what == "a well-known place" and e is not None and NAME in e.kinds and self._beside_personal_name(span, i)
                and not (i > 0 and span[i - 1].text in context.REGION_WORDS)):
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
                and not (_other_ending(typed, name) and _vowel_ending(typed, name) and not _last_typed_twice(typed, name))):
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
        if _other_ending(typed, name) and _vowel_ending(typed, name) and not _last_typed_twice(typed, name):
            return 0.0
        return zipf


def _last_typed_twice(typed: str, name: str) -> bool:
    """The last vowel typed twice ("Ceutaa", "Hebdoo"): a finger slip, not another
    language's ending as another last vowel is (Maleme, Malema)."""
    return len(typed) == len(name) + 1 and typed[:-1] == name and typed[-1] == typed[-2]
