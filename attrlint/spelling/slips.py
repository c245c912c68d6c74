"""Is one spelling of a name a realistic slip of another? The letter-level judgement
behind the name checks (``attrlint.spelling.names``): folded accents, one sound spelt
two ways, the slips writers make (a vowel, a doubled or dropped letter, two neighbours
swapped), and the forms that are not slips (Pinyin given names, endings, inflections).
"""
from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import OSA

from .candidates import is_swap

#: spellings of one sound: a name misspelt "by ear" differs from its model only in these
SOUND_FOLDS = [("sch", "sh"), ("ph", "f"), ("ck", "k"), ("kh", "k"), ("dh", "d"), ("gh", "g"),
               ("q", "k"), ("c", "k"), ("z", "s"), ("y", "i"), ("w", "v"), ("ie", "i"), ("ei", "i"),
               ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ea", "i")]
#: ... of which these two vowels typed alike are only read before doubles are made single
VOWEL_PAIR_FOLDS = [("oo", "u")]
#: pairs of letters one sound may be written with (besides vowel for vowel)
SOUND_PAIRS = {frozenset(p) for p in ("ck", "sz", "kq", "vw", "iy", "jg", "fv")}
#: ... and soft c, before e, i or y (Beyonse, Beyonce)
SOFT_C = frozenset("cs")
VOWELS = set("aeiouy")


#: letters Unicode does not decompose, as the English-language press writes them
#: (Szydło -> Szydlo, Wałęsa -> Walesa, Søren, Đoković, Kılıçdaroğlu)
PLAIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ħ": "h", "ŧ": "t", "ß": "ss",
                               "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ŋ": "ng"})


def fold(name: str) -> str:
    """Lower case without accents: "Erdoğan" and "Erdogan", "Szydło" and "Szydlo" are one spelling."""
    low = unicodedata.normalize("NFKD", name.lower().translate(PLAIN_LETTERS))
    return "".join(ch for ch in low if not unicodedata.combining(ch))


def sound_key(name: str) -> str:
    """The name as it sounds, roughly: doubled letters single, one spelling per sound."""
    key = re.sub(r"(.)\1+", r"\1", fold(name))
    for a, b in SOUND_FOLDS:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def sounds_alike(a: str, b: str) -> bool:
    return sound_key(a) == sound_key(b) or _vowel_pair_key(a) == _vowel_pair_key(b)


def _vowel_pair_key(name: str) -> str:
    """``sound_key`` with the vowel pairs folded before doubled letters are made single:
    there "oo" and "ee" are gone before their folds can read them, so "Brentwud" never
    met "Brentwood" (nor "Liverpul" "Liverpool")."""
    key = fold(name)
    for a, b in VOWEL_PAIR_FOLDS:
        key = key.replace(a, b)
    return sound_key(key)


def vowel_variant(typed: str, meant: str) -> bool:
    """The same consonants with two or more vowels spelt otherwise ("Seyyed", "Sayyid";
    "Mohammed", "Muhammad" folded): how transliterations of one name differ. A slip of the
    fingers changes one letter, not two vowels in step."""
    a, b = fold(typed), fold(meant)
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) >= 2 and all(x in VOWELS and y in VOWELS for x, y in diff) and not is_swap(a, b)


def near_miss(typed: str, meant: str, strict: bool = True) -> bool:
    """A realistic misspelling of ``meant``: a vowel changed, a letter doubled or dropped,
    two neighbours swapped, a sound spelt another way. ``strict`` (a word judged on its
    own) allows only those; otherwise (the rest of a famous name agrees) any one edit, or
    two in a name of five letters or more."""
    a, b = fold(typed), fold(meant)
    if a == b or min(len(a), len(b)) < 3:
        return False
    if a[0] != b[0] and not is_swap(a, b):
        return False
    d = OSA.distance(a, b)
    if not strict:
        return d == 1 or d == 2 and len(b) >= 5
    if d == 2:
        return abs(len(a) - len(b)) <= 1 and sounds_alike(a, b)
    if d != 1:
        return False
    if len(a) == len(b):
        if is_swap(a, b):
            return True
        i = next(k for k in range(len(a)) if a[k] != b[k])
        pair = frozenset((a[i], b[i]))
        soft_c = pair == SOFT_C and a[i + 1:i + 2] in ("e", "i", "y")
        return {a[i], b[i]} <= VOWELS or pair in SOUND_PAIRS or soft_c
    if len(a) == len(b) + 1:  # a letter added: doubled, a vowel inside, or the h of sh, kh, ph
        i = next((k for k in range(len(b)) if a[k] != b[k]), len(b))
        doubled = a[i] == a[i - 1] or i + 1 < len(a) and a[i] == a[i + 1]
        if not doubled and a[i] == "y" and (a[i + 1:i + 2] in VOWELS or a[i - 1] in VOWELS):
            return False  # a transliteration: Akinfeyev, Akinfeev; Dostoyevsky
        h_of_digraph = a[i] == "h" and a[i - 1] in "cdgkpst"  # also at the end: Djokovich
        return (doubled or h_of_digraph or i < len(b) and a[i] in VOWELS
                or sounds_alike(a, b))  # Musck, Musk
    return True  # a letter dropped (never the first: see above)


#: the syllables of Hanyu Pinyin (without tones), by initial: "ong" after d, t, n, l, g, k,
#: h, zh, ch, r, z, c, s, but never "shing" or "co" (Washingtin, Meexico are not Pinyin)
_FINALS = {
    "": "a o e ai ei ao ou an en ang eng er",
    "y": "i a e ao ou an in ang ing ong u ue uan un",
    "w": "u a o ai ei an en ang eng",
    "b": "a o ai ei ao an en ang eng i ie iao ian in ing u",
    "p": "a o ai ei ao ou an en ang eng i ie iao ian in ing u",
    "m": "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u",
    "f": "a o ei ou an en ang eng u",
    "d": "a e ai ei ao ou an en ang eng ong i ie iao iu ian ing u uo ui uan un",
    "t": "a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un",
    "n": "a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan ue v ve",
    "l": "a e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un ue v ve",
    "g": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "k": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "h": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "j": "i ia ie iao iu ian in iang ing iong u ue uan un",
    "q": "i ia ie iao iu ian in iang ing iong u ue uan un",
    "x": "i ia ie iao iu ian in iang ing iong u ue uan un",
    "zh": "i a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "ch": "i a e ai ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "sh": "i a e ai ei ao ou an en ang eng u ua uo uai ui uan un uang",
    "r": "i e ao ou an en ang eng ong u ua uo ui uan un",
    "z": "i a e ai ei ao ou an en ang eng ong u uo ui uan un",
    "c": "i a e ai ao ou an en ang eng ong u uo ui uan un",
    "s": "i a e ai ao ou an en ang eng ong u uo ui uan un",
}
PINYIN = re.compile("(?:" + "|".join(sorted(
    {ini + fin for ini, fins in _FINALS.items() for fin in fins.split()}, key=lambda x: (-len(x), x))) + ")+")


def _pinyin(word: str) -> bool:
    """A word made only of Pinyin syllables, with a sound English names rarely have
    (Junfeng, Lianhan, Xiaoming; not Putin or Erdogan)."""
    low = word.lower()
    return (len(low) >= 5 and PINYIN.fullmatch(low) is not None
            and re.search(r"ng(?![aeiou])|x[iu]|q[iu]|zh|ao|iu|ui|uo|ian(?![aeiou])", low) is not None)


def _other_ending(typed: str, meant: str) -> bool:
    """The same word but for its last letter: changed, dropped or added."""
    a, b = fold(typed), fold(meant)
    return a[:-1] == b[:-1] or a == b[:-1] or a[:-1] == b


def _vowel_ending(typed: str, meant: str) -> bool:
    """The last letters that differ are vowels: another language's form of the name
    (Philadelphi, Palestino, Rutt), not a consonant dropped by the fingers (Irelan, Britis)."""
    a, b = fold(typed), fold(meant)
    if a == b[:-1]:
        return b[-1] in VOWELS
    if a[:-1] == b:
        return a[-1] in VOWELS
    return a[-1] in VOWELS and b[-1] in VOWELS


def _inflection(typed: str, meant: str) -> bool:
    """"Macrons", "Obamas": the name with an ending, not a slip."""
    a, b = fold(typed), fold(meant)
    if a == b + "s" and b.endswith("s"):
        return False  # "Nuness": a name in -s takes -es in the plural, so this s is doubled
    return a == b + "s" or a == b + "es" or (len(a) == len(b) + 1 and a.startswith(b) and a[-1] != b[-1]
                                             and a[-1] in "aeiouy")  # Putina; not Djokovich


def finger_slip(typed: str, meant: str) -> bool:
    """Two neighbours swapped, or a letter dropped or doubled after the first (Hilary,
    Hillary); not a letter changed (Jon, Joan are two people)."""
    a, b = fold(typed), fold(meant)
    if a[:1] != b[:1] or a == b:
        return False
    if is_swap(a, b):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(long_[:k] + long_[k + 1:] == short and long_[k] == long_[k - 1]
                                                for k in range(1, len(long_)))


#: endings of plurals and of the names of peoples (Dakotans, Kennedys, Texans)
NAME_ENDINGS = ("s", "es", "n", "ns", "an", "ans", "ian", "ians")


def with_ending(typed: str, meant: str) -> bool:
    a, b = fold(typed), fold(meant)
    ending = a[len(b):]
    if ending[:1] == b[-1:]:
        return False  # "Ryann", "Nuness": the last letter doubled, not an ending
    return a.startswith(b) and ending in NAME_ENDINGS


def lost_letter(typed: str, name: str) -> bool:
    """Is ``typed`` ``name`` with one letter dropped, not one of a doubled pair? "Gorsch"
    for Gorsuch is a slip; "Rosseti", "Faron", "Mathew" are how other languages and other
    families spell a double letter."""
    if len(typed) + 1 != len(name):
        return False
    for k in range(len(name)):
        if name[:k] + name[k + 1:] == typed:
            return not (k > 0 and name[k - 1] == name[k] or k + 1 < len(name) and name[k + 1] == name[k])
    return False


def doubled_letter(typed: str, name: str) -> bool:
    """Is ``typed`` ``name`` with one of its letters typed twice ("Seyfriedd", "Gorssuch")?"""
    if len(typed) != len(name) + 1:
        return False
    return any(typed[k] == typed[k + 1] and typed[:k] + typed[k + 1:] == name for k in range(len(typed) - 1))


def accents_dropped(typed: str, meant: str) -> bool:
    """Is ``typed`` ``meant`` with its letters outside ASCII deleted ("Orbán" scraped to
    "Orbn", "Wałęsa" to "Wasa")? A feed or scraper that cannot encode a letter drops it;
    writers replace it with the plain letter instead (Orban), which the fold accepts."""
    if meant.isascii() or not typed.isascii():
        return False
    kept = "".join(ch for ch in meant if ch.isascii())
    return kept == typed and len(kept) >= 3 and kept[:1].isupper()
