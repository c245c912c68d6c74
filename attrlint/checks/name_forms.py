"""How two spellings of a name relate, for ``name_clusters``: one slip of the keyboard,
a name cut short, two letters swapped, or the same name through another transliteration
or romanisation. Each test looks at the two strings alone (and word lists), never at the
story: whether they are one person is the clusters' business."""
from __future__ import annotations

import regex
from rapidfuzz.distance import OSA

from .name_mentions import common_word, fold, known, marks, prominence


_TRANSLIT = [("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("ph", "f"), ("tsk", "ck"), ("ck", "k"),
             ("x", "ks"), ("q", "k"), ("w", "v"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"), ("ie", "e")]
_DOUBLED = regex.compile(r"(.)\1+")
#: a j for the sound y after a vowel (Dutch, German, Slavic and old Indonesian spelling:
#: "Maja" / "Maya", "Sergej" / "Sergey", "Wiradarmaja" / "Wiradharmaya")
_VOWEL_J = regex.compile(r"(?<=[aeiou])j(?=[aeiou]|$)")
#: an aspirate h after b, d or g that South Asian and Indonesian names write or leave out
#: ("Adhitya" / "Aditya", "Bhutto" / "Butto")
_ASPIRATE = regex.compile(r"(?<=[bdg])h(?=[aeiou])")


def transliteration_key(word: str, j_for_y: bool = False) -> str:
    """One spelling for the ways English copy transliterates a name from Cyrillic, Arabic
    and other scripts: zh/j, dj/j, kh/h, ks/x, y/i, ou/u, doubled letters ("Prigozhin" /
    "Prigojin", "Djomartov" / "Jomartov", "Aleksei" / "Alexei"), a Polish name through
    Russian (w/v, ie/e, -cki/-tsky: "Kowalewski" / "Kovalevsky"), an aspirate h written or
    not; with ``j_for_y``, a j after a vowel read as y ("Wiradarmaja" / "Wiradharmaya"), which
    French spelling would read as zh ("Prigojin")."""
    w = _ASPIRATE.sub("", fold(word))
    if j_for_y:
        w = _VOWEL_J.sub("y", w)
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return _DOUBLED.sub(r"\1", w)


#: a soft g at the start, the sound English also writes j or dj ("Gimenez" / "Jimenez")
_SOFT_G = regex.compile(r"^g(?=[eiy])")


def transliteration_keys(word: str) -> set[str]:
    """The word's transliteration keys, reading a j after a vowel both ways and a soft g
    at the start as j."""
    keys = {transliteration_key(word), transliteration_key(word, j_for_y=True)}
    return keys | {_SOFT_G.sub("j", k) for k in keys}


def misspelt_transliteration(stray: str, target: str) -> bool:
    """A transliteration pair that is also a typo: two letters or more apart ("Wiradarmaja"
    beside "Wiradharmaya"), not one convention alone ("Djomartov" beside "Jomartov", the
    French spelling of the same name). Labellers of real copy mark the first as a misspelt
    name and the second only as an inconsistency."""
    return OSA.distance(fold(stray), fold(target)) >= 2


def dj_for_j(a: str, b: str) -> bool:
    """One name opens with "Dj", the other with "J" (the French spelling of the sound:
    "Djomartov" / "Jomartov"), or one of them with a soft g ("Gimenez" / "Jimenez")."""
    fa, fb = sorted((fold(a), fold(b)), key=lambda w: (not _SOFT_G.match(w), w))
    if _SOFT_G.match(fa):
        return fb.startswith(("j", "dj"))
    return fa.startswith("dj") and fb.startswith("j")


def _one_slip(a: str, b: str) -> bool:
    """One edit apart (a swap of neighbours counts as one) in a way a slip makes and a
    different name rarely does: not a letter added at either end ("Pakistan" /
    "Pakistani", "Clooney" / "Clooneys", "Sebele" / "Msebele"), not a different first
    letter ("Turkish" / "Kurkish") except J for Y, not only in tone marks (pinyin
    "Húběi" is "Hubei", not "Hebei"), and in hyphenated forms only in one long part
    ("US-China" / "UK-China" and "R-Ill" / "D-Ill" are different things)."""
    if marks(a) > 1 or marks(b) > 1:
        return False
    fa, fb = fold(a), fold(b)
    if fa == fb or abs(len(fa) - len(fb)) > 1 or OSA.distance(fa, fb) != 1:
        return False
    if fa[0] != fb[0] and {fa[0], fb[0]} != {"j", "y"}:
        return False
    pa, pb = a.split("-"), b.split("-")
    if len(pa) != len(pb):
        return False
    differ = [(x, y) for x, y in zip(pa, pb) if fold(x) != fold(y)]
    if len(pa) > 1 and (len(differ) != 1 or min(len(differ[0][0]), len(differ[0][1])) < 4
                        or differ[0][0].isupper() or differ[0][1].isupper()):
        return False
    short, long_ = sorted((fold(differ[0][0]), fold(differ[0][1])), key=len)
    return not (len(short) < len(long_) and (long_.startswith(short) or long_.endswith(short)))


def _cut_short(a: str, b: str) -> bool:
    """A famous name with its last letter lost ("Bezo" beside "Bezos"): the short form is
    no word or name anyone uses and the long one is common in news (Zipf >= 3), so the
    pair is not a plural or a demonym ("Clooneys", "Pakistani") of a name the story uses."""
    short, long_ = sorted((a, b), key=len)
    fs, fl = fold(short), fold(long_)
    return (len(fs) >= 4 and len(fl) == len(fs) + 1 and fl.startswith(fs) and not known(short)
            and not common_word(short) and prominence(long_) >= 3.0)


def _last_letter_lost(a: str, b: str) -> bool:
    """One spelling is the other with its last letter lost ("Brocheni" beside "Brochenin"),
    both long, and the letter is no plural's "s". Alone this is how a demonym differs from
    its place ("Pakistan", "Pakistani"); the caller asks for the same given name beside both."""
    short, long_ = sorted((fold(a), fold(b)), key=len)
    return len(short) >= 5 and len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] != "s"


def _swapped(a: str, b: str) -> bool:
    """One swap of neighbouring letters ("Mdoi" / "Modi")."""
    fa, fb = fold(a), fold(b)
    return len(fa) == len(fb) and OSA.distance(fa, fb) == 1 and sum(x != y for x, y in zip(fa, fb)) == 2


def romanisation_key(word: str) -> str:
    """Spellings of one sound across romanisations: initial J for Y (Polish and German
    transcriptions: "Jun" for "Yoon"), ee/i, oo/ou/u."""
    w = fold(word)
    if w.startswith("j"):
        w = "y" + w[1:]
    for a, b in (("ee", "i"), ("oo", "u"), ("ou", "u")):
        w = w.replace(a, b)
    return w
