"""Misspelt names of real people, places and organisations, judged against the gazetteer.

A capitalised word is presumed a correct name, because news is full of names nobody has
heard of. Two kinds of evidence overturn that presumption:

* **the whole name**: the words around it complete a well-known name and this word is a
  near miss of the word that name has there ("Kier Starmer" -> "Keir Starmer", "Rashu
  Sunak" -> "Rishi Sunak"). Even a word that is itself a real name (Kier) is flagged, as
  long as the shared words are distinctive (Starmer, not Johnson: "Doris Johnson" may well
  be someone else);
* **the word alone**: nobody writes it (it is in no dictionary, no gazetteer, and rare or
  absent in running text) and it is a realistic slip (a vowel, a doubled or dropped
  letter, two neighbours swapped, a sound spelt another way) of a name far more prominent
  ("Erdogen" -> "Erdogan", "Carribean" -> "Caribbean").

The first letter is kept: writers rarely get it wrong, and names that differ there are
usually different names (Gaddafi, Qaddafi).
"""
from __future__ import annotations

import re
from functools import cached_property

from rapidfuzz.distance import OSA

from ..gazetteer import NAME, PERSON
from . import context
from .candidates import is_swap
from .famous import hyphenated_names, native_latin
from .lexicon import DICTIONARY
from .name_alone import WordAlone
from .word_judge import FAMOUS_TARGET, HONORIFICS, HYPHENS, OFFICE_TITLES
from .word_shapes import IRISH_NAME
from .surname_slip import surname_slip
from .letter_shapes import impossible_slip
from .slips import accents_dropped, finger_slip, near_miss, sounds_alike, vowel_variant, with_ending
from .slips import _pinyin as _pinyin, fold as fold, sound_key as sound_key  # re-exported: names.sound_key ...
from .tokens import Word

#: a spelling that sounds like a famous name's is another transliteration of it only when
#: running text uses it nearly as often (Rohani 1.8 beside Rouhani 2.7, Asad 2.7 beside
#: Assad 3.6); far rarer ("Mody" 2.0 beside Modi 3.8, "Isac" 2.0 beside Isaac 3.9) it is a slip
TRANSLITERATION_GAP = 1.5
#: a word rarer than this in running text is nobody's settled spelling: the whole name
#: may expose it even when the words it shares with the famous name are common ("Mikee
#: Pence", "Thersa May"); a spelling in use needs distinctive shared words ("Doris Johnson")
RARE_SPELLING_ZIPF = 2.0
#: a spelling of a famous name's word this common in running text, with a letter more or
#: less, is a transliteration in use rather than a slip
VARIANT_IN_USE_ZIPF = 2.0
#: shared words of a full name more common than this do not pin down a person (Johnson)
DISTINCTIVE_ZIPF = 3.5
#: the prominence a hyphenated name needs to be the intent of an unheard-of one
COMPOUND_TARGET = 3.0
#: lower-case particles inside names (Ursula von der Leyen, Osama bin Laden)
#: what stands between a given name and a surname when a middle initial is left out
MIDDLE_INITIAL = re.compile(r" [A-Z]\. ")
#: a capitalised name of hyphen-joined syllables ("Jae-in", "Kyo-ahn", "Geun-hye")
SYLLABLE_NAME = re.compile(r"(?<![\w'’‐‑-])[A-Z][a-z]+(?:[-‐‑][A-Za-z][a-z]*)+(?![\w‐‑-])")
PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "del", "la", "le", "bin", "ibn", "al"}
#: titles and roles before a full name that make its bearer the famous one of that name
#: ("Labour leader Jeremy Corbin", "CIA Director John Brennen", "prime minister Tiny Blair")
NAMING_TITLES = OFFICE_TITLES | frozenset({"leader", "director", "chairman", "chairwoman", "chief"})
#: the lower-case word right before a name span
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+)[ \t]+$")


#: a country or great city's name: a common word one letter from one of its words is a slip
#: inside it ("the United Stated District Court"), not another place
GREAT_PLACE = 4.0


def _word_of_a_great_place(typed: str, target: str, entry) -> bool:
    """"United Stated", "Saudi Arabic", "North Kora", "Hong Kang": a word or a name one letter
    from a word of a country's name, the rest of the name around it. No other place is called
    so (a name as written that the gazetteer knows, "West Bengal", never gets here)."""
    return ("L" in entry.kinds and entry.prominence >= GREAT_PLACE and " " in entry.name
            and OSA.distance(fold(typed), fold(target)) == 1
            and fold(typed).rstrip("s") not in _ISLAND_WORDS)  # "Cocos Island" is not the Cocos Islands


#: one island and the group of that name are two places ("Cocos Island", Costa Rica)
_ISLAND_WORDS = frozenset({"island", "isle"})


class NameJudge(WordAlone):
    """Whole-name and single-word evidence for the capitalised words of one document."""

    def judge(self, skip: set[int], repeated: frozenset[int] = frozenset()) -> list[tuple[Word, str, list[str]]]:
        """(word, evidence, suggestions) for each capitalised word judged a misspelt name.
        A word in ``repeated`` (the story spells it so more than once: its choice) is judged
        only for accented letters a scrape deleted, which damages every mention alike."""
        out = []
        for span in self._spans():
            for i, w in enumerate(span):
                if (w.start in skip or not w.text[:1].isupper() or not (w.text.isalpha() or IRISH_NAME.match(w.text))
                        or w.text.isupper()
                        or self.accepts(w.text)):
                    continue
                if w.start in repeated:
                    scraped = self._scraped_accents(span, i)
                    if scraped:
                        out.append((w, *scraped))
                    continue
                found = (self._scraped_accents(span, i) or self._whole_name(span, i) or self._story_name(span, i)
                         or self._compound_name(span, i) or self._word_alone(span, i)
                         or surname_slip(self.text, span, i) or impossible_slip(span, i))
                if found:
                    out.append((w, *found))
        return out

    # --- name spans ------------------------------------------------------------------
    @cached_property
    def _syllable_names(self) -> list[Word]:
        """Hyphenated names the word list leaves out, every part too short to be checked as
        a word ("Jae-in", "Kyo-ahn", "Ki-moon"): not judged themselves, but the rest of a
        full name ("Moonn Jae-in") is only recognisable beside them."""
        starts = {w.start for w in self.words}
        return [Word(m.group(0), m.start(), m.end(), False, False) for m in SYLLABLE_NAME.finditer(self.text)
                if m.start() not in starts]

    def _spans(self) -> list[list[Word]]:
        """Runs of capitalised words separated by single spaces ("Prime Minister Rashu Sunak"),
        hyphenated names among them."""
        spans: list[list[Word]] = []
        cur: list[Word] = []
        words = self.words
        if self._syllable_names:
            words = sorted(words + self._syllable_names, key=lambda w: w.start)
        for w in words:
            if not w.text[:1].isupper():
                if cur and w.text in PARTICLES and self.text[cur[-1].end:w.start] == " ":
                    cur.append(w)  # "Ursula von der Leyen": the span goes on
                    continue
                while cur and not cur[-1].text[:1].isupper():
                    cur.pop()
                if cur:
                    spans.append(cur)
                cur = []
                continue
            if cur and len(w.text) == 1 and self.text[w.end:w.end + 2] == ". " and self.text[cur[-1].end:w.start] == " ":
                continue  # a middle initial: "Willam S. Ruto" is read as "Willam Ruto"
            if cur and self.text[cur[-1].end:w.start] not in (" ", "’s ", "'s ") and not MIDDLE_INITIAL.fullmatch(
                    self.text[cur[-1].end:w.start]):
                spans.append(cur)
                cur = []
            cur.append(w)
        while cur and not cur[-1].text[:1].isupper():
            cur.pop()
        if cur:
            spans.append(cur)
        return spans

    # --- evidence ---------------------------------------------------------------------
    def _whole_name(self, span: list[Word], i: int) -> tuple[str, list[str]] | None:
        typed = span[i].text
        best: tuple[tuple[int, float], str, str] | None = None
        for length in (4, 3, 2):
            for s in range(max(0, i - length + 1), min(i, len(span) - length) + 1):
                # the other words whole, hyphenated parts and all ("Park Geun-hye")
                toks = [w.text if j == i else self._hyphenated(w) for j, w in enumerate(span[s:s + length], s)]
                if self.gaz.lookup(" ".join(toks)):
                    return None  # the name as written is a known one
                others = [o for o in toks[:i - s] + toks[i - s + 1:] if o not in PARTICLES]
                for target, entry in self.gaz.full_names_like(toks, i - s):
                    if PERSON not in entry.kinds and entry.name.split()[:i - s] + entry.name.split()[i - s + 1:] != (
                            toks[:i - s] + toks[i - s + 1:]):
                        continue  # matched only without accents: a place's scholarly spelling
                        # ("Marsā Maṭrūḥ") is no evidence; a person's is ("Francois Holland")
                    if not near_miss(typed, target, strict=False) or (with_ending(typed, target)
                                                                           and i - s == length - 1):
                        continue  # not "South Dakotans": the name with an ending (at its end:
                        # "Baracks Obama" is a slip)
                    if vowel_variant(typed, target) and not native_latin(entry.name):
                        continue  # another transliteration of a name born in another script
                    if self._is_a_name(typed) or self.lex.zipf(typed) >= 1.0:
                        if not others:
                            continue
                        rare = self.lex.zipf(typed) < RARE_SPELLING_ZIPF
                        great = self._great_place_here(typed, target, entry, span, s, length)
                        if (not rare and not is_swap(typed, target) and not all(self._distinctive(o) for o in others)
                                and not (self._famous_surname(toks, i - s) and near_miss(typed, target))
                                and not (PERSON in entry.kinds and self._titled(span, s))
                                and not self._nobodys_name(typed, entry)
                                and not self._given_name_slip(typed, target, entry, i - s)
                                and not great):
                            continue  # "Doris Johnson" may be someone else; "Angela Merkle" is not,
                            # nor "House Speaker Pail Ryan": a title makes the person the famous one
                        in_use = not rare and not great
                        if (in_use and sounds_alike(typed, target) and not is_swap(typed, target)
                                and not native_latin(entry.name)
                                and self.lex.zipf(typed) >= self.lex.zipf(target) - TRANSLITERATION_GAP):
                            continue  # a transliteration in use: Hasan Rouhani, Nizhny Novgorod
                            # (not of a name born in Latin letters: Marc Rutte, Nikola Sturgeon)
                        if (in_use and self.lex.zipf(typed) >= VARIANT_IN_USE_ZIPF and len(typed) != len(target)
                                and self.lex.tier(typed.lower()) != DICTIONARY and not native_latin(entry.name)
                                and self.lex.zipf(typed) >= self.lex.zipf(target) - TRANSLITERATION_GAP):
                            continue  # a letter more or less, in a spelling in use: Khwaja, Khawaja
                            # (a word of the dictionary is no transliteration: Emmanuel Macro)
                    # the closer slip first, then the more prominent name: "James Comeyy" is
                    # Comey with a letter typed twice, not the congressman Comer
                    key = (-OSA.distance(fold(typed), fold(target)), entry.prominence)
                    if best is None or key > best[0]:
                        best = (key, target, entry.name)
        if best is None:
            return None
        _, target, full = best
        return (f"“{full}” is a well-known name, and “{typed}” is a near miss of its “{target}”", [target])

    def _great_place_here(self, typed: str, target: str, entry, span: list[Word], s: int, length: int) -> bool:
        """A word of a country's name slipped (``_word_of_a_great_place``) where the name
        stands alone: the name words around it end there, or go on with English words ("the
        United State Department"), not with another name ("Hong Song Hac" is a person)."""
        if not _word_of_a_great_place(typed, target, entry):
            return False
        if fold(typed).replace("s", "z") == fold(target).replace("s", "z"):
            return False  # "North Atlantic Treaty Organisation": a British spelling
        if self.lex.tier(typed.lower()) == DICTIONARY:
            return True  # "the United State", "Saudi Arabic": an English word where the name's stands
        own = self.gaz.lookup(typed)
        if own is not None and "L" in own.kinds and own.prominence >= 3.0:
            return False  # "Russia's Federation Council": a place of its own
        around = [w.text for w in span[:s] + span[s + length:]]
        return all(self.lex.tier(w.lower()) == DICTIONARY for w in around)

    def _scraped_accents(self, span: list[Word], i: int) -> tuple[str, list[str]] | None:
        """"Viktor Orbn": the rest of a well-known name is there, and this word is its word
        with the letters outside ASCII deleted (Orbán). Nobody writes a name so; a scrape
        that cannot encode a letter does, in every mention."""
        typed = span[i].text
        if self.lex.zipf(typed) >= 1.0 or self.gaz.is_name_token(typed):
            return None
        for length in (4, 3, 2):
            for s in range(max(0, i - length + 1), min(i, len(span) - length) + 1):
                toks = [w.text if j == i else self._hyphenated(w) for j, w in enumerate(span[s:s + length], s)]
                if not any(o not in PARTICLES for o in toks[:i - s] + toks[i - s + 1:]):
                    continue
                for target, entry in self.gaz.full_names_like(toks, i - s):
                    if accents_dropped(typed, target):
                        return (f"“{entry.name}” is a well-known name, and “{typed}” is its “{target}” with the "
                                "accented letters deleted (a scrape or feed that could not encode them)", [target])
        return None

    def _story_name(self, span: list[Word], i: int) -> tuple[str, list[str]] | None:
        """The story itself spells this full name otherwise, more often: "Hilary Clinton"
        once beside "Hillary Clinton" twice or more (a letter dropped, doubled or two
        swapped; the word may itself be a real name)."""
        typed = span[i].text
        if len(typed) < 4:
            return None
        pairs = self._pairs
        mine: list[tuple[str, str, int]] = []  # (the other word, which side, position)
        if i + 1 < len(span) and self.text[span[i].end:span[i + 1].start] == " ":
            mine.append((span[i + 1].text, "after", 0))
        if i > 0 and self.text[span[i - 1].end:span[i].start] == " ":
            mine.append((span[i - 1].text, "before", 1))
        for other, _, pos in mine:
            if pos == 0:
                n = pairs.get((typed, other), 0)
                rivals = [(a, c) for (a, b), c in pairs.items() if b == other and a != typed]
            else:
                n = pairs.get((other, typed), 0)
                rivals = [(b, c) for (a, b), c in pairs.items() if a == other and b != typed]
            for word, count in rivals:
                if count >= 2 and count > n and finger_slip(typed, word):
                    full = f"{word} {other}" if pos == 0 else f"{other} {word}"
                    return (f"the story spells the name “{full}” {count} times", [word])
        return None

    @cached_property
    def _pairs(self) -> dict[tuple[str, str], int]:
        """Neighbouring capitalised words of the story's names, counted."""
        out: dict[tuple[str, str], int] = {}
        for span in self._spans():
            for a, b in zip(span, span[1:]):
                if self.text[a.end:b.start] == " " and a.text[:1].isupper() and b.text[:1].isupper():
                    out[(a.text, b.text)] = out.get((a.text, b.text), 0) + 1
        return out

    def _titled(self, span: list[Word], start: int) -> bool:
        """Does a title or role of office stand before the name: in the name span before
        ``start`` ("House Speaker", "Vice-President", "CIA Director"), or in lower case right
        before the span ("prime minister Tiny Blair", "Labour leader Jeremy Corbin")?
        Honorifics (Mr, Dr) do not count."""
        if any(w.text.lower().rstrip(".") in context.roles() and w.text not in HONORIFICS
               and w.text.lower() in NAMING_TITLES for w in span[:start]):
            return True
        if start != 0:
            return False
        m = _WORD_BEFORE.search(self.text, max(0, span[0].start - 30), span[0].start)
        return m is not None and m.group(1) in NAMING_TITLES

    def _hyphenated(self, w: Word) -> str:
        """The word with the hyphenated parts that follow it ("Geun" -> "Geun-hye")."""
        end = w.end
        while end < len(self.text) and (self.text[end].isalpha() or self.text[end] in HYPHENS):
            end += 1
        return self.text[w.start:end].rstrip(HYPHENS)

    def _compound_name(self, span: list[Word], i: int) -> tuple[str, list[str]] | None:
        """A hyphenated name one slip from a well-known one, the other parts agreeing
        ("Kim Jongg-un" -> "Jong-un", "Park Geun-hey"); the slipped part must be unheard
        of, or the slip one of the fingers (Jeong-un may be another Korean's name), unless
        the family name before it makes the whole a first-rank name ("Kim Jung-un")."""
        w = span[i]
        typed = w.text
        if len(typed) < 3 or not self._in_compound(w):
            return None
        start, end = w.start, w.end
        while start > 0 and (self.text[start - 1].isalpha() or self.text[start - 1] in HYPHENS):
            start -= 1
        while end < len(self.text) and (self.text[end].isalpha() or self.text[end] in HYPHENS):
            end += 1
        parts = re.split(f"[{HYPHENS}]", self.text[start:end])
        k = len(re.findall(f"[{HYPHENS}]", self.text[start:w.start]))
        if len(parts) < 2 or not all(parts) or parts[k] != typed or self.gaz.is_name_token("-".join(parts)):
            return None
        key = (len(parts), k, tuple(p.lower() for j, p in enumerate(parts) if j != k))
        rare = self.lex.zipf(typed) < RARE_SPELLING_ZIPF
        before = span[i - 1].text if i > 0 and k == 0 and self.text[span[i - 1].end:w.start] == " " else None
        for part, whole in hyphenated_names(COMPOUND_TARGET).get(key, []):
            if not near_miss(typed, part):
                continue
            full = self.gaz.lookup(f"{before} {whole}") if before else None
            if full is not None and PERSON in full.kinds and full.prominence >= FAMOUS_TARGET:
                # the family name before it completes a first-rank name: "Kim Jung-un" is
                # nobody else, however common "Jung" is
                return (f"“{full.name}” is a well-known name, and “{typed}” is a near miss of its “{part}”",
                        [part])
            if rare and (self.lex.zipf(typed) == 0 or finger_slip(typed, part)):
                return (f"“{whole}” is part of a well-known name, and “{typed}” is a near miss of its “{part}”",
                        [part])
        return None

    def _nobodys_name(self, typed: str, entry) -> bool:
        """The typed word, beside the other words of a first-rank person's name, is an
        English word that is nobody's first name or surname ("Donald Tramp", "Chis
        Murphy"): no other person is likely meant, though the shared words are common."""
        return (PERSON in entry.kinds and entry.prominence >= FAMOUS_TARGET and not self.gaz.is_name_token(typed)
                and not self.gaz.lookup(typed) and typed[1:].islower())

    def _famous_surname(self, toks: list[str], k: int) -> bool:
        """Do the other words, particles and all, make a first-rank person's surname that
        is nobody's ordinary name ("Le Pen", "bin Salman")? Each word alone may be common
        ("Pen"), together they pin the family down; the caller still asks for a realistic
        slip ("Marina Le Pen"), since relatives share the surname ("Marion Le Pen")."""
        rest = toks[:k] + toks[k + 1:]
        if len(rest) < 2:
            return False
        e = self.gaz.lookup(" ".join(rest))
        return e is not None and PERSON in e.kinds and NAME not in e.kinds and e.prominence >= FAMOUS_TARGET

    def _given_name_slip(self, typed: str, target: str, entry, k: int) -> bool:
        """The first name of a first-rank person, slipped beside their surname as it is
        ("Therese May", "Michal Gove"): a realistic slip (a vowel, a letter doubled, dropped
        or two swapped; the first letter kept, so not "Doris Johnson") into a rarer spelling
        of a commoner first name. The surname may be a common word; the pair is not."""
        return (k == 0 and PERSON in entry.kinds and entry.prominence >= FAMOUS_TARGET
                and near_miss(typed, target) and self.lex.zipf(typed) < self.lex.zipf(target)
                and self.gaz.is_name_token(target))

    def _distinctive(self, token: str) -> bool:
        """Does this word of a full name pin down one person? A rare surname does; so does a
        common one that is nobody's ordinary name, only a famous person's (Obama: the
        gazetteer knows it as a person's word, not as a surname people share)."""
        if self.lex.tier(token.lower()) == DICTIONARY:
            return False
        if self.lex.zipf(token) < DISTINCTIVE_ZIPF:
            return True
        e = self.gaz.lookup(token)
        return e is not None and PERSON in e.kinds and NAME not in e.kinds
