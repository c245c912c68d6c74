"""A spelling no name has: a capitalised word nobody writes that holds a run of three
letters almost no word or name of any list holds ("Hbdo", "Tuhcel", "Sngyang",
"Errdmann"), one slip from a name running text uses, is that name misspelt.

Why it is evidence where the word alone is not: a real rare name is spelt as names are
spelt, so a rare surname one vowel from a commoner one ("Naughten") is someone's; a
finger slip (a letter dropped, doubled or two swapped) often joins letters no spelling
joins. The trigrams come from attrlint's own lists (the lexicon's 470,000 words and
names and the gazetteer's names: ``tools/build_letter_trigrams.py``), so only a run that
fewer than three of them hold counts, and the slip must have made it: the name it is
meant as does not hold it.
"""
from __future__ import annotations

import gzip
from functools import lru_cache

from ..gazetteer import ORG, PLACE, gazetteer
from .famous import prominent_names
from .lexicon import DICTIONARY, lexicon
from .candidates import is_swap
from .slips import PINYIN, _inflection, doubled_letter, fold
from .tokens import Word

#: a name running text uses this often, or a place or firm the gazetteer ranks this high,
#: is the intent of a word spelt as no name is
NAME_TARGET, PLACE_TARGET = 2.0, 1.5
#: shorter words: only a trigram no spelling holds at all ("Exxn"; "Zyed" is a name)
SHORT_BELOW = 5


#: a trigram fewer known spellings than this hold (web text's noise left out) is odd
RARE_BELOW = 3


@lru_cache(maxsize=1)
def rare_trigrams() -> dict[str, tuple[int, int]]:
    """Trigram ("^hb", "hbd", "xn$") -> (how many known spellings hold it, web text's noise
    left out; how many of all, noise too), for the trigrams the first count puts below 3."""
    from ..data import rules_dir

    try:
        raw = gzip.decompress((rules_dir() / "spelling" / "trigrams.txt.gz").read_bytes()).decode("utf-8")
    except OSError:
        return {}
    out = {}
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            tri, clean, every = line.split("\t")
            out[tri] = (int(clean), int(every))
    return out


def odd_trigrams(word: str) -> set[str]:
    """The trigrams of ``word`` (folded, framed by ^ and $) that almost no spelling holds:
    fewer than three known spellings; for a word shorter than SHORT_BELOW, none at all,
    not even web text's typos ("Exxn"; "Zyed" is a name)."""
    low = fold(word)
    if not low.isascii() or not low.isalpha():
        return set()
    rare = rare_trigrams()
    framed = "^" + low + "$"
    out = set()
    for t in (framed[k:k + 3] for k in range(len(framed) - 2)):
        counts = rare.get(t)
        if counts is not None and (counts[1] == 0 if len(low) < SHORT_BELOW else counts[0] < RARE_BELOW):
            out.add(t)
    return out


def impossible_slip(span: list[Word], i: int) -> tuple[str, list[str]] | None:
    """(evidence, suggestions) when ``span[i]`` is spelt as no name is and is one slip from a name in use."""
    typed = span[i].text
    if len(typed) < 4 or not typed[1:].islower() or not typed.isascii() or PINYIN.fullmatch(typed.lower()):
        return None  # Yijia, Xiyong: Pinyin syllables make given names freely
    lex, gaz = lexicon(), gazetteer()
    if (lex.zipf(typed) > 0 or lex.tier(typed) or lex.tier(typed.lower()) or gaz.lookup(typed)
            or gaz.is_name_token(typed)):
        return None  # a spelling some list or some text holds
    odd = odd_trigrams(typed)
    if not odd:
        return None
    found = []
    for c in prominent_names().near(typed, 2, limit=12):
        name = c.word
        if (name[0] != typed[0] or not name[1:].islower() or not _finger_slip(typed, name)
                or _inflection(typed, name) or lex.tier(name.lower()) == DICTIONARY):
            continue  # a common word's slip is the word check's; Macrons is Macron's plural.
            # Not a vowel or a sound: "Mackynzie" is a parent's spelling of Mackenzie
        framed = "^" + fold(name) + "$"
        if any(t in framed for t in odd):
            continue  # the name holds the odd run itself: the slip did not make it
        e = gaz.lookup(name)
        place = e is not None and (PLACE in e.kinds or ORG in e.kinds)
        if lex.zipf(name) < NAME_TARGET and not (place and e is not None and e.prominence >= PLACE_TARGET):
            continue
        found.append((0.6 if c.swap else c.distance, -max(lex.zipf(name), e.prominence if e else 0.0), name))
    if not found:
        return None
    found.sort()
    best = found[0][2]
    run = sorted(odd)[0].strip("^$")
    return (f"not a name we know: hardly any word or name is spelt with “{run}”, and “{typed}” is "
            f"one slip of the fingers from “{best}”, a name in use", [f[2] for f in found[:3]])


def _finger_slip(typed: str, name: str) -> bool:
    """Two neighbours swapped, a letter dropped (not the first) or typed twice."""
    if is_swap(typed.lower(), name.lower()):
        return True
    if len(typed) + 1 == len(name):
        return any(name[:k] + name[k + 1:] == typed for k in range(1, len(name)))
    return doubled_letter(typed, name)
