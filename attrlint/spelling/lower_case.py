"""Lower-case unknown words: a typo of a common word, two words run together, or a name
or brand that lost its capital. A mixin of ``Checker`` (checker.py), which holds the
document's words; ``is_known`` is the lexicon test every part of the checker shares.
"""
from __future__ import annotations

from .candidates import keep_case
from .cased import cased_form
from .foreign import near_foreign_words
from .formation import LOWER_CASE_MIN_ZIPF
from .lexicon import DICTIONARY, RARE
from .pools import NAME_TARGET_ZIPF, common_pool, max_edits
from .scrambled import scrambled
from .shapes import edit_evidence
from .surroundings import Surroundings
from .tokens import Word
from .verdict import Verdict

#: words that are only half of a contraction; their own rule speaks about them
FRAGMENTS = {"wo", "ca"}
#: a short word run into its neighbour must be this common ("of", "it", "the")
RUN_ON_ZIPF = 5.5
#: how far either side of a word its sentence is looked for (searching a whole long draft
#: for each word would make the check grow with the square of its length)
_SENTENCE_REACH = 300
#: a token longer than this is no two words run together unless both halves are entries
_ONE_TOKEN_MOST = 100


class LowerCaseWords(Surroundings):
    def is_known(self, text: str, lower_min_zipf: float = 0.0) -> bool:
        if text.lower() in FRAGMENTS:
            return True
        if self.lex.knows(text, lower_min_zipf):
            return True
        # contractions and clitics: "they’re", "O’Brien" is a name, "isn’t"
        if "'" in text or "’" in text:
            norm = text.replace("’", "'")
            if self.lex.knows(norm):
                return True
            head, _, tail = norm.partition("'")
            if tail.lower() in ("t", "re", "ll", "ve", "d", "m", "s") and (self.lex.knows(head) or head.lower().endswith("n")):
                return True
            if len(head) <= 2 and head[:1].isupper():  # O'Brien, D'Angelo
                return True
            if head.lower() in ("d", "l", "qu", "j", "n", "s"):  # d'affaires, l'Oréal
                return True
        return False


    def _common(self, w: Word) -> Verdict | None:
        if len(w.text) < 3 or not self._english_context(w) or self._after_unknown_name(w):
            return None
        if any(self._after_unknown_name(o) for o in self.words if o.text == w.text and o is not w):
            return None  # the epithet of a binomial named elsewhere ("Micarea stellaris" ...
            # "stellaris" means star): one word, not a typo where it stands alone
        if self._near_foreign_words(w):
            return None
        cands = common_pool().near(w.text, max_edits(w.text))
        split = self._missing_space(w.text)
        if split and (not cands or cands[0].distance > 1 or split[0] > cands[0].zipf + 1):
            spaced = split[1]
            return Verdict(w, "common", f"not in the dictionary; “{spaced}” with the space restored",
                           [spaced] + [keep_case(w.text, c.word) for c in cands[:4]])
        if not cands:
            moved = scrambled(w.text, common_pool()) if w.text.isascii() else None
            if moved is None:
                return None
            return Verdict(w, "common", f"not in the dictionary; the letters of “{moved.word}”, one dropped "
                           "or added and some out of order", [moved.word])
        evidence = edit_evidence(w.text, cands[0])
        return Verdict(w, "common", f"not in the dictionary; {evidence}",
                       [keep_case(w.text, c.word) for c in cands[:5]])

    def _missing_space(self, text: str) -> tuple[float, str] | None:
        """"announcingit", "topof": two words run together, one of them very common."""
        best = None
        lo, hi = 1, len(text)
        if len(text) > _ONE_TOKEN_MOST:
            # a hostile or garbled run of letters: only splits whose two halves could each be
            # an entry (trying every split of an n-letter token costs n * n)
            longest = self.lex.longest()
            lo, hi = max(1, len(text) - longest), min(len(text), longest + 1)
        for i in range(lo, hi):
            a, b = text[:i], text[i:]
            if self.lex.tier(a.lower()) != DICTIONARY or self.lex.tier(b.lower()) != DICTIONARY:
                continue
            short = min((a, b), key=len)
            if len(short) < 4 and self.lex.zipf(short) < RUN_ON_ZIPF or min(len(a), len(b)) < 2:
                continue
            score = min(self.lex.zipf(a), self.lex.zipf(b))
            if best is None or score > best[0]:
                best = (score, f"{a} {b}")
        return best

    def _near_foreign_words(self, w: Word) -> bool:
        return near_foreign_words(self.words, self._index[w.start])

    def _lower_case_name(self, w: Word) -> Verdict | None:
        """"russian hackers": a well-known name written without its capital."""
        title = w.text[:1].upper() + w.text[1:]
        if len(w.text) < 4 or self.lex.tier(title) != DICTIONARY or not self._english_context(w):
            return None
        if self._writer_uses_no_capitals(w) or self._after_unknown_name(w):
            return None  # ... or the epithet of a binomial ("Tarbosaurus gemini")
        near = common_pool().near(w.text, 1)
        if near and near[0].zipf >= self.lex.zipf(title):
            return None  # "holliday" is more likely "holiday" than "Holliday"
        return Verdict(w, "common", f"“{title}” is a name and takes a capital", [title])

    def _cased_name(self, w: Word) -> str | None:
        """"youtube", "ebay": a brand or acronym in lower case, told by its own form rather
        than by the nearest dictionary word ("you tube", "bay")."""
        text = w.text
        if not text.islower() or self.is_known(text, LOWER_CASE_MIN_ZIPF):
            return None
        form = cased_form(text, self.lex)
        if form is None or self._writer_uses_no_capitals(w):
            return None
        if form.isupper():  # "nasa": unless a frequent word is one slip away
            near = common_pool().near(text, 1, limit=1)
            if near and near[0].zipf >= self.lex.zipf(form):
                return None
        return form

    def _writer_uses_no_capitals(self, w: Word) -> bool:
        """"sofia vergara" as a tag line, "i, ms. elizabeth smith, am ..." in a tweet: a
        sentence or line with no capital letter at all says nothing by a name's case."""
        text = self.text
        lo, hi = max(0, w.start - _SENTENCE_REACH), min(len(text), w.end + _SENTENCE_REACH)
        start = max(text.rfind(c, lo, w.start) for c in ".!?\n") + 1 or lo
        ends = [i for i in (text.find(c, w.end, hi) for c in ".!?\n") if i >= 0]
        span = text[start:min(ends) if ends else hi]
        return len(span.split()) >= 2 and not any(ch.isupper() for ch in span)

    def _after_unknown_name(self, w: Word) -> bool:
        """"Cricetus cricetus", "Doan thi": a lower-case word that continues an unknown
        name is part of it (a binomial, a foreign name), not an English typo."""
        i = self._index[w.start]
        if i == 0:
            return False
        prev = self.words[i - 1]
        gap = self.text[prev.end:w.start]
        return (prev.text[:1].isupper() and not gap.strip(" ")
                and self.lex.tier(prev.text.lower()) not in (DICTIONARY, RARE)
                and self.lex.zipf(prev.text) < NAME_TARGET_ZIPF)

    def _english_context(self, w: Word) -> bool:
        """A short unknown word is a typo only among English words ("Kunde ist König"
        is German); a longer one carries its own evidence."""
        if len(w.text) > 4:
            return True
        i = self._index[w.start]
        neighbours = [self.words[j] for j in (i - 1, i + 1) if 0 <= j < len(self.words)]
        return bool(neighbours) and all(self.lex.knows(n.text, LOWER_CASE_MIN_ZIPF) for n in neighbours)
