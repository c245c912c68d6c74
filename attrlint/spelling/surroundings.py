"""What the words around an unknown word, and the rest of the story, say about it.

The spelling checker (checker.py) asks these questions before it calls a capitalised word a
misspelt name: is it part of a full name, a name defined by an acronym, an outlet's own name,
a place after a lone initial, a word in another language's quotation? And for evidence
against it: does the story use a far more common twin, a transcript label, or a better-attested
near spelling? A mixin of ``Checker``, which holds the document's words and counts.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from .candidates import is_swap
from .context import personal_name
from .house import Vocabulary
from .lexicon import DICTIONARY, Lexicon
from .pools import name_pool
from .shapes import dropped_or_doubled, finger_slip
from .tokens import Word

#: a lone capital initial (not "A" or "I") right before a word, and the word before it
BARE_INITIAL = re.compile(r"(?:\b([A-Z][a-z]+) )?(?<![\w.])[B-HJ-Z]\.? $")
#: an acronym in brackets right after the name it stands for: "... Union (VRU)"
ACRONYM_DEFINED = re.compile(r" ?\(([A-Z][A-Za-z]{1,7})\)")
#: lower-case words inside a name an acronym stands for
CONNECTORS = frozenset({"of", "and", "for", "the", "de", "e", "du", "la", "al", "el"})
#: where a word can stand right after a lone initial: the capital, its full stop, the space
#: (and a line break, which BARE_INITIAL's "$" may stand before): searched once a story,
#: so that the look-back runs only at the few words that follow one
INITIAL_BEFORE = re.compile(r"[B-HJ-Z]\.? \n?")
#: the noun of a news outlet's name after a word ("Vantle News", "The Orrin Times")
OUTLET_AFTER = re.compile(r" (?:News|Times|Post|Herald|Tribune|Gazette|Journal|Daily|Media|Network|Radio|TV"
                          r"|Online|Wire|Press|Chronicle|Observer|Telegraph|Insider|Newswire)\b")
#: a known but rare capitalised spelling ("Ukranian": web text holds it) is a slip of a word
#: the same story uses that is this much more common
TWIN_RARE_ZIPF, TWIN_MARGIN = 3.0, 1.5
#: ... unless it is near a place this common (the Washington Post, the Jerusalem Post)
OUTLET_PLACE_ZIPF = 3.5
#: a recorded misspelling written in title case is judged from this length, when the word
#: it misspells is this common (on clean news every longer one was a slip: "Governer",
#: "Ambassodor", "Mutiple"; shorter ones were surnames: "Memery", "Beggin")
TITLE_SLIP_MIN_LETTERS, TITLE_SLIP_MIN_ZIPF = 7, 4.0
#: ... or one edit from a name this common (Bloomberg, Reuters)
OUTLET_NAME_ZIPF = 3.5


class Surroundings:
    # set by the checker (checker.py)
    text: str
    vocab: Vocabulary
    lex: Lexicon
    words: list[Word]
    counts: Counter[str]
    labels: Counter[str]
    _index: dict[int, int]
    _foreign: list[tuple[int, int]]

    def _one_off_at_start(self, w: Word) -> bool:
        """A capital that is only grammar, on a word the story does not repeat and that
        does not begin a full name ("Fallin said" is the governor if she recurs)."""
        return (w.capital_is_grammar and self.counts[w.text] == 1 and not self._next_is_capitalised(w)
                and not self._after_first_name(w))

    def _title_case_slip(self, w: Word, meant: str) -> bool:
        """A recorded misspelling of a common word inside a run of capitalised words ("the
        Zionist Foregin Ministers", "California Governer Jerry Brown"): title case, not a
        name. Shorter words ("Memery Crystal", "Riley Beggin") are too often surnames."""
        if len(w.text) < TITLE_SLIP_MIN_LETTERS or not w.text[1:].islower() or not meant.islower() \
                or self.lex.zipf(meant) < TITLE_SLIP_MIN_ZIPF:
            return False
        i = self._index[w.start]
        return any(0 <= j < len(self.words) and self.words[j].text[:1].isupper()
                   and self.text[min(w.end, self.words[j].end):max(w.start, self.words[j].start)] == " "
                   for j in (i - 1, i + 1))

    def _after_first_name(self, w: Word) -> bool:
        """"Paul Koring" on a byline line: the surname after a first name, whatever the
        line's case says."""
        i = self._index[w.start]
        if i >= 2 and len(self.words[i - 1].text) == 1 and self.text[self.words[i - 1].end:w.start] == ". " \
                and self.text[self.words[i - 2].end:self.words[i - 1].start] == " ":
            i -= 1  # a middle initial: "Antony J. Blinkn" is the surname after "Antony", not a sentence's start
        if i == 0 or self.text[self.words[i - 1].end:self.words[i].start] != " ":
            return False
        return personal_name(self.words[i - 1].text)

    def _defined_by_acronym(self) -> set[int]:
        """The words of a name the story defines with an acronym ("Vantle Rural Union
        (VRU)", "uMkhonto weSizwe (MK)"): a writer who abbreviates a name has it in front
        of them, so its words are not judged against famous names (a common word in it,
        "Departmnet", still is)."""
        out: set[int] = set()
        ends = [w.end for w in self.words]
        for m in ACRONYM_DEFINED.finditer(self.text):
            caps = sum(c.isupper() for c in m.group(1))
            if caps < 2 or caps < len(m.group(1)) - caps:
                continue  # "(Reuters)", "(Ap)": no acronym
            i = bisect_right(ends, m.start()) - 1
            span: list[Word] = []
            while i >= 0:
                w = self.words[i]
                end = span[-1].start if span else m.start()
                if self.text[w.end:end].strip(" -") or not (any(c.isupper() for c in w.text) or w.text in CONNECTORS):
                    break
                span.append(w)
                i -= 1
            # the name starts at the word whose capital starts the acronym ("Members of the
            # Vantle Rural Union (VRU)"): the words before it are no part of it
            while span and not span[-1].text.lstrip("abcdefghijklmnopqrstuvwxyz").startswith(m.group(1)[0]):
                span.pop()
            # ... unless one edit from a known name ("the Lundon Workers Union (LWU)")
            out.update(w.start for w in span if not name_pool().near(w.text, 1, limit=1))
        return out

    def _named_by_neighbours(self) -> set[int]:
        """Starts of the words after a bare initial or before a news outlet's noun (see the
        two tests below). Each test runs only where its pattern can match: after a capital
        initial and a space, found once in the text (INITIAL_BEFORE); before one of
        OUTLET_AFTER's matches, found once (none overlap: each opens with the only space)."""
        initials = {m.end() for m in INITIAL_BEFORE.finditer(self.text)}
        outlets = {m.start() for m in OUTLET_AFTER.finditer(self.text)}
        return {w.start for w in self.words if w.start in initials and self._after_bare_initial(w)
                or w.end in outlets and self._names_an_outlet(w)}

    def _names_an_outlet(self, w: Word) -> bool:
        """"Vantle News", "Orrin Times": a word before a news outlet's noun is the outlet's
        own name (a brand, often coined), not a person's or place's misspelt."""
        if not OUTLET_AFTER.match(self.text, w.end):
            return False
        # outlets named after a city or country ("the Waschington Post"), and a slip of a
        # well-known name one edit away ("Bloamberg News", "Reutrers Wire"), are still judged
        return not any(c.word in self.lex.places and c.zipf >= OUTLET_PLACE_ZIPF
                       or c.distance <= 1 and c.zipf >= OUTLET_NAME_ZIPF
                       for c in name_pool().near(w.text, 2, limit=5))

    def _after_bare_initial(self, w: Word) -> bool:
        """"at G. Nuagaon", "K Ramanpur": a lone initial before a word makes it a local place
        or a surname written with its initial, not a famous name misspelt ("George W. Bsuh"
        has a first name before the initial and is still judged)."""
        m = BARE_INITIAL.search(self.text, max(0, w.start - 40), w.start)
        if not m or personal_name(m.group(1) or ""):
            return False
        return not self._finger_slip_of_a_name(w)

    def _finger_slip_of_a_name(self, w: Word) -> bool:
        """Two letters swapped, one doubled or dropped from a known name ("Pattna"): still a
        slip where a guard trusts a local name; a letter changed or added is how names differ."""
        return any(c.swap or dropped_or_doubled(w.text, c.word) for c in name_pool().near(w.text, 1))

    def _hyphened_to_a_capital(self, w: Word) -> bool:
        """Joined by a hyphen to a capitalised word: part of a compound name."""
        i = self._index[w.start]
        for j in (i - 1, i + 1):
            if 0 <= j < len(self.words):
                other = self.words[j]
                gap = self.text[other.end:w.start] if j < i else self.text[w.end:other.start]
                if gap in ("-", "‐", "‑") and other.text[:1].isupper():
                    return True
        return False

    def _beside_a_name(self, w: Word) -> bool:
        """A capitalised neighbour that is not a dictionary word ("Kevin", "Okafor") makes
        the word part of a full name; "Prime Minsiter" still reads as a title."""
        i = self._index[w.start]
        for j, gap in ((i - 1, (lambda o: self.text[o.end:w.start])), (i + 1, (lambda o: self.text[w.end:o.start]))):
            if 0 <= j < len(self.words):
                other = self.words[j]
                if other.text[:1].isupper() and not gap(other).strip(" ") \
                        and self.lex.tier(other.text.lower()) != DICTIONARY:
                    return True
        return False

    def _next_is_capitalised(self, w: Word) -> bool:
        """"Kully Samra said": a capital word followed by another is a full name."""
        after = self.text[w.end:w.end + 2]
        return len(after) == 2 and after[0] == " " and after[1].isupper()
        # read off the text: the next word may be one the tokenizer skips ("Kriswanto/AFP")

    def _common_twin_here(self, text: str) -> tuple[str, int] | None:
        """"Ukranian" beside "Ukrainian": a rare spelling web text does hold (so the lexicon
        knows it) that is a finger slip of a far more common word the same story uses at
        least as often. Two real names are rarely that far apart in use."""
        if (len(text) < 5 or not text[:1].isupper() or text.isupper() or self.lex.zipf(text) >= TWIN_RARE_ZIPF
                or self.lex.tier(text.lower()) == DICTIONARY):
            return None  # "the State Hermitage" beside "heritage": a word of its own
        mine, rare = self.counts[text], self.lex.zipf(text)
        for _, other, n in self._capitalised_near_in_length(len(text)):
            # a swap, a letter dropped or doubled; an added letter makes a new name ("Traylor")
            if (n >= mine and other != text and finger_slip(text, other)
                    and (is_swap(text, other) or dropped_or_doubled(text, other))
                    and self.lex.zipf(other) >= rare + TWIN_MARGIN):
                return (other.title() if other.isupper() else other), n  # "ZELENSKY" in a headline
        return None

    def _capitalised_near_in_length(self, length: int) -> list[tuple[int, str, int]]:
        """(place in ``counts``, word, count) of the story's capitalised words one letter
        longer or shorter than ``length`` or as long, in the order of ``counts``: the only
        words a swap, a dropped or a doubled letter can make of a word that long."""
        by_length = self.__dict__.get("_capitalised_by_length")
        if by_length is None:
            by_length = self.__dict__["_capitalised_by_length"] = {}
            for k, (other, n) in enumerate(self.counts.items()):
                if other[:1].isupper():
                    by_length.setdefault(len(other), []).append((k, other, n))
        return sorted([*by_length.get(length - 1, ()), *by_length.get(length, ()), *by_length.get(length + 1, ())])

    def _label_spelling(self, text: str) -> str | None:
        """"Brezinski" in the prose of a transcript whose speaker is "BRZEZINSKI:": the
        label (set once, repeated) names the speaker, even where both spellings are names."""
        if not self.labels or text in self.labels or not text[:1].isupper():
            return None
        return next((lab for lab, n in self.labels.items()
                     if n >= self.counts[text] and finger_slip(text, lab)), None)

    def _spelt_otherwise_here(self, text: str) -> tuple[str, int] | None:
        """A better-attested name elsewhere in the document that this one is a slip of."""
        best = None
        near = [(other, n) for _, other, n in self._capitalised_near_in_length(len(text))]
        for other, n in [*near, *self.labels.items()]:
            if other == text or not other[:1].isupper() or other.isupper():
                continue
            if not finger_slip(text, other):
                continue
            # a speaker label is a spelling the transcript chose for the person
            known = self.lex.knows(other) or self.vocab.accepts(other) or other in self.labels
            mine = self.counts[text]
            # the rarer spelling is the slip; a spelling the story repeats is its choice
            if (n > mine or known and mine == 1) and (best is None or n > best[1]):
                best = (other, n)
        return best

    def _in_foreign_quote(self, w: Word) -> bool:
        return any(s <= w.start and w.end <= e for s, e in self._foreign)
