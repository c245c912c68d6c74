"""Shapes of a capitalised word that are a famous name misspelt by their form alone: two letters
swapped in a bare name, a surname-list word where a first-rank place fits, a doubled inner
capital, a title then a word nobody is called, an Irish surname's slip. Split from ``name_alone``
so that each module holds one concern."""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import NAME, PERSON, PLACE, gazetteer
from . import context
from .famous import prominent_names
from .lexicon import DICTIONARY, RARE, lexicon
from .slips import _inflection, near_miss
from .tokens import Word
from .word_judge import FAMOUS_TARGET, HONORIFICS, OFFICE_TITLES, RARE_TYPED_MARGIN, TITLED_TYPED_MARGIN, WordJudge

#: a bare name two letters swapped from a famous one: the famous one this much more common
SWAPPED_NAME_MARGIN = 2.0
#: a word of the surname lists no rarer than this in running text may be a slip of a famous
#: place that is this much more common (Irelan, Russin)
RARE_NAME_ZIPF, PLACE_OVER_NAME_MARGIN = 2.2, 2.5
#: a capitalised title or honorific right before a word, perhaps in brackets ("(President) Tump")
TITLE_BEFORE = re.compile(r"(?<![\w.])\(?([A-Z][a-z]+)\.?\)? $")
#: a capital letter typed twice inside a word
DOUBLED_CAPITAL = re.compile(r"(?<=.)([A-Z])\1")
#: an Irish surname with its apostrophe, and how rare in running text a slip of one must be
IRISH_NAME = re.compile(r"O['’][A-Z][a-z]{2,}$")
IRISH_TYPED_ZIPF = 1.0
#: surnames with a capital inside after a prefix (McConnell, DeVos, MacArthur, LaHood),
#: also when a slip has moved a letter across it (DeoVs, McoCnnell)
NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’]?)[a-z]?[A-Z][a-z]+$")


class WordShapes(WordJudge):
    """The shapes of one word that are a famous name misspelt, whatever the near-miss search finds."""

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


@lru_cache(maxsize=1)
def _famous_irish_names() -> tuple[str, ...]:
    """The gazetteer's first-rank surnames written with "O'" (O'Rourke, O'Brien, O'Neill)."""
    gaz = gazetteer()
    return tuple(sorted((t for t in gaz.tokens() if IRISH_NAME.match(t) and gaz.token_prominence(t) >= FAMOUS_TARGET),
                        key=lambda t: -lexicon().zipf(t)))
