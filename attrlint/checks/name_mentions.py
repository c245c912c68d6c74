"""A story's name mentions and what the word lists know about each spelling.

``mentions`` finds every capitalised word with the name words beside it (a given name
before, a surname after, an owner or adjective for a party) and whether it opens a
sentence; the helpers below say whether a spelling is known, a common word, a person the
gazetteer knows, and how prominent it is. ``name_clusters`` pairs the mentions.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..spelling.lexicon import lexicon
from ..spelling.tokens import speaker_labels

#: a word with inner apostrophes ("O'Brien") but not a possessive 's
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’](?!s\b)\p{L}[\p{L}\p{M}]*)*(?:-\p{L}[\p{L}\p{M}]*)*")
_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*")

#: words before a name that give a role, not a given name
TITLES = frozenset("""
Mr Mrs Ms Miss Dr Sir Dame Lord Lady President Premier Prime Minister Chancellor Secretary
Senator Sen Rep Representative Governor Gov Mayor Judge Justice King Queen Prince Princess
Pope Saint St Professor Prof General Gen Colonel Col Captain Capt Lieutenant Lt Sergeant
Admiral Commander Chief Chairman Chairwoman Chair Director Ambassador Envoy Speaker Leader
Deputy Vice Foreign Defence Defense Interior Finance Health Justice Sheikh Emir Crown
Officer Inspector Detective Rev Reverend Father Bishop Cardinal Archbishop Imam Rabbi
Coach Manager Councillor Councilman Councilwoman Commissioner Minister Spokesman Spokeswoman
""".split())

_BREAK = regex.compile(r"[.!?:;\n\"“”|•]")
#: the gap a middle initial leaves between a given name and a surname (" J. ")
_MIDDLE_INITIAL = regex.compile(r" \p{Lu}\. ")
_POSSESSIVE_GAP = regex.compile(r"['’]s[ \t]")
_DIGIT_AFTER = regex.compile(r"[ \t]*\d")
_DIGIT_BEFORE = regex.compile(r"\d[ \t]*$")

MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
#: capitalised words that are not names
CALENDAR = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December""".split())


@dataclass
class Mention:
    form: str
    start: int
    end: int
    initial: bool  # first word of a sentence, line or heading
    before: str | None = None  # the adjacent capitalised word before it (same line, no punctuation)
    after: str | None = None  # the adjacent capitalised word after it
    by_digit: bool = False  # "Jun 5", "5 Jun": a month, not a name
    qualifier: str | None = None  # a name word or owner before it ("Australian", "Britain's")
    full: str = ""  # the run of name words it stands in ("Yoon Suk Yeol")
    label: bool = False  # a transcript's speaker label ("SMITHSON:"), in name case


def mentions(text: str, keep=lambda s, e: True) -> dict[str, list[Mention]]:
    """Every capitalised word, by form, with the name words beside it. Only the spans of the
    words are listed; gaps, sentence starts and forms are read for capitalised words and
    their neighbours alone (most words are lower case, and this runs on every story)."""
    starts: list[int] = []
    ends: list[int] = []
    for match in _WORD.finditer(text):
        s, e = match.span()
        if e - s == 1:  # both tests below are of one-letter words; most words are longer
            if text[s] == "s" and text[s - 1:s] in "'’":
                continue  # possessive
            if starts and _MIDDLE_INITIAL.fullmatch(text, ends[-1], e + 2) and text[e + 2:e + 3].isupper() \
                    and text[starts[-1]].isupper() and not common_word(text[starts[-1]:ends[-1]]):
                continue  # a middle initial: "Willam S. Ruto" is "Willam" beside "Ruto"
        starts.append(s)
        ends.append(e)
    n = len(starts)

    def gap(i: int) -> str:
        return text[(ends[i - 1] if i else 0):starts[i]]

    def word(i: int) -> str:
        return text[starts[i]:ends[i]]

    def initial(i: int) -> bool:
        return i == 0 or _breaks(gap(i))

    named: dict[int, bool] = {}
    joined: dict[int, bool] = {}

    def name_word(i: int) -> bool:
        """Capitalised as a name, not merely as the first word of a sentence (each word is
        asked up to five times: as a neighbour, then while a run of names is followed)."""
        r = named.get(i)
        if r is None:
            w = word(i)
            r = named[i] = (bool(_NAME.fullmatch(w)) and not w.isupper()
                            and (w in TITLES or not (initial(i) and common_word(w))))
        return r

    def adjacent(i: int) -> bool:
        """Word ``i`` follows the one before it with only a space or two between."""
        r = joined.get(i)
        if r is None:
            r = joined[i] = _adjacent(gap(i))
        return r

    out: dict[str, list[Mention]] = defaultdict(list)
    for i in range(n):
        s, e = starts[i], ends[i]
        if not text[s].isupper():
            continue  # a lower-case word is no name (what _NAME would say, sooner)
        w = text[s:e]
        if not _NAME.fullmatch(w) or w.isupper() or not keep(s, e):
            continue
        g = gap(i)
        m = Mention(w, s, e, i == 0 or _breaks(g))
        if i > 0 and adjacent(i) and name_word(i - 1):
            m.before = word(i - 1)
        if i > 0 and (m.before or _POSSESSIVE_GAP.fullmatch(g)) and name_word(i - 1):
            m.qualifier = word(i - 1)
        if i + 1 < n and adjacent(i + 1) and name_word(i + 1):
            m.after = word(i + 1)
        lo, hi = i, i
        while lo > 0 and adjacent(lo) and name_word(lo - 1) and word(lo - 1) not in TITLES:
            lo -= 1
        while hi + 1 < n and adjacent(hi + 1) and name_word(hi + 1):
            hi += 1
        m.full = text[starts[lo]:ends[hi]]
        m.by_digit = bool(_DIGIT_AFTER.match(text, e) or _DIGIT_BEFORE.search(g))
        out[w].append(m)
    _add_speaker_labels(text, keep, out)
    return out


def _add_speaker_labels(text: str, keep, out: dict[str, list[Mention]]) -> None:
    """A transcript's "MIKA SMITHSON:" labels, as the name-case mentions they stand for, so
    that a surname spelt otherwise in the prose is compared with them."""
    labels = speaker_labels(text)
    for k, (form, s, e) in enumerate(labels):
        if not keep(s, e):
            continue
        prev = labels[k - 1] if k and _adjacent(text[labels[k - 1][2]:s]) else None
        nxt = labels[k + 1] if k + 1 < len(labels) and _adjacent(text[e:labels[k + 1][1]]) else None
        m = Mention(form, s, e, initial=common_word(form), label=True)
        m.before = m.qualifier = prev[0] if prev else None
        m.after = nxt[0] if nxt else None
        m.full = " ".join(x[0] for x in (prev, (form, s, e), nxt) if x)
        out[form].append(m)


def _adjacent(gap: str) -> bool:
    return bool(gap) and (gap.strip(" \t\u00a0") == "" and len(gap) <= 2 or bool(_MIDDLE_INITIAL.fullmatch(gap)))


def _breaks(gap: str) -> bool:
    """Does the gap end a sentence or a line (not the full stop of a middle initial)?"""
    return bool(_BREAK.search(gap)) and not _MIDDLE_INITIAL.fullmatch(gap)


# --- what we know about a spelling -----------------------------------------------------------

#: letters that carry no combining mark to drop ("Zełenski", "Søren", "Đoković")
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "’": "'"})


def fold(word: str) -> str:
    """Lower case without diacritics, for comparing spellings."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=4096)
def known(form: str) -> bool:
    """A spelling real text uses: in the word lists (Zipf >= 1), a place, or the gazetteer."""
    lex = lexicon()
    if lex.zipf(form) >= 1.0 or form in lex.places:
        return True
    return bool(ask_gazetteer("is_known", form, False))


@lru_cache(maxsize=4096)
def common_word(form: str) -> bool:
    """The lower-case form is a dictionary word ("Labor", "Mark", "Government")."""
    return lexicon().tier(form.lower()) in (1, 2)


@lru_cache(maxsize=1)
def gazetteer():
    """The gazetteer of known names if this installation has one (it is optional here)."""
    try:
        from ..gazetteer import gazetteer
        return gazetteer()
    except (ImportError, OSError, AttributeError, ValueError):  # pragma: no cover - built without it
        return None


def ask_gazetteer(method: str, form: str, default):
    ask = getattr(gazetteer(), method, None)
    return ask(form) if ask is not None else default


@lru_cache(maxsize=4096)
def metaphone(word: str) -> str:
    import jellyfish  # imported here: only stories with candidate pairs pay for it

    return jellyfish.metaphone(fold(word))


def given_names(uses: list[Mention]) -> set[str]:
    return {m.before for m in uses if m.before and m.before not in TITLES}


def surnames(uses: list[Mention]) -> set[str]:
    return {m.after for m in uses if m.after and m.after not in TITLES}


def introduced(uses: list[Mention]) -> bool:
    """Written beside another name word at least once ("Yoon Suk Yeol", "Li Haidong")."""
    return any(given_names([m]) or surnames([m]) for m in uses)


def labelled(uses: list[Mention]) -> bool:
    """Only ever a transcript's speaker label: the spelling the transcript gives the speaker."""
    return bool(uses) and all(m.label for m in uses)


def mid_sentence(uses: list[Mention]) -> bool:
    return any(not m.initial for m in uses)


def prominence(form: str) -> float:
    """How common the spelling is in running text (Zipf), or how famous in the gazetteer."""
    return max(lexicon().zipf(form), ask_gazetteer("token_prominence", form, 0.0))


@lru_cache(maxsize=4096)
def person(form: str) -> bool:
    """A surname the gazetteer knows as a person's, though it is also a word ("Trump")."""
    entry = ask_gazetteer("lookup", form, None)
    return "P" in getattr(entry, "kinds", "")


def marks(word: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFKD", word) if unicodedata.combining(c))
