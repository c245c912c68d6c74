"""A real word typed for another one the story uses: "its unclear program" (nuclear),
"the prime minster said" (minister). A spelling check passes both words.

The confusion sets of ``confusion.py`` know which words are mistaken for each other; most
typing slips that land on a dictionary word are in no list. The two commonest typing slips
are a letter left out and two neighbouring letters swapped, so the candidates are the words
that give the written one by dropping a letter or swapping two: "minister" -> "minster",
"nuclear" -> "unclear". Two more facts make a candidate likely:

- the story uses it elsewhere, in lower case (the writer knows the word; this keeps the
  thousands of other dictionary neighbours of a word out of play);
- the words on each side fit it and not the written word, by web bigram counts
  (``ngrams.py``): both its bigrams are observed (the source keeps pairs seen >= 100,000
  times), neither of the written word's is, and P(x | prev) * P(next | x) makes it
  ``LEFT`` times likelier on the left and ``RIGHT`` times on the right.

An unobserved pair is not given the flat floor of ``confusion.py``: its count is estimated as
count(a) * count(b) / ``TOTAL`` (the words as if unrelated), never above the cut-off. A flat
floor made a rare written word look likelier than a common one beside any neighbour.

Measured on clean news and on the readable holdouts, the other kinds of edit (a letter added
or changed: "raided"/"raised", "fates"/"rates", "shave"/"have"), short words ("vet"/"get",
"hid"/"did"), endings (a plural, a past tense) and American/British pairs are as often a
different word meant as a slip, so they are left out.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import Callable

from .ngrams import FLOOR, NGrams

#: about how many words the web counts were taken from (Web 1T's token total)
TOTAL = 1_024_908_267_229.0
#: how much likelier the candidate must be given the word before, and before the word after
LEFT = 100.0
RIGHT = 2.0
#: a candidate must be a common word (Web 1T count)
MIN_CANDIDATE = 10_000_000.0
#: the count assumed for a written word too rare for the table
RARE = 12_000.0
#: words shorter than this have too many real neighbours one slip away
MIN_LENGTH = 5
#: no candidate is longer (the table's longest word counted ``MIN_CANDIDATE`` times has 18
#: letters; a test checks): a longer run of letters is never expanded, so costs no square
LONGEST_CANDIDATE = 24


@dataclass(frozen=True)
class Suspect:
    written: str
    better: str
    ratio: float
    evidence: str


def slips_of(word: str) -> set[str]:
    """The words that give ``word`` by losing a letter or swapping two neighbouring ones:
    a letter put back anywhere, or two neighbours swapped back."""
    out = {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in "abcdefghijklmnopqrstuvwxyz"}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    out.discard(word)
    return out


def reached(used: frozenset[str], is_candidate: Callable[[str], bool]) -> set[str]:
    """The words of ``used`` (lower-case ASCII) that ``suspect`` can find a candidate for:
    a slip of another used word that ``is_candidate`` (a letter dropped, or two neighbours
    swapped), which is not that word with its last letter dropped (``inflection_only``). A
    written word outside this set has no candidate, so it is passed over before its
    neighbours and counts are looked up.

    The slips are made in bulk, one letter position at a time over every word long enough
    (``map`` over slices: no Python step a slip); ``is_candidate`` is asked only of a word
    one of whose slips is a used word, and a word longer than any candidate is not expanded."""
    words = sorted(used, key=len)
    sizes = list(map(len, words))
    hi = bisect_right(sizes, LONGEST_CANDIDATE)
    pairs: list[tuple[str, str]] = []
    for i in range(sizes[hi - 1] - 1 if hi else 0):
        ws = words[bisect_left(sizes, i + 2, 0, hi):hi]  # the words with a letter after the i-th
        head: list[str] = list(map(itemgetter(slice(None, i)), ws))
        dropped = list(map(str.__add__, head, map(itemgetter(slice(i + 1, None)), ws)))
        swapped = list(map("".join, zip(head, map(itemgetter(i + 1), ws), map(itemgetter(i), ws),
                                         map(itemgetter(slice(i + 2, None)), ws))))
        pairs.extend(compress(zip(dropped, ws), map(used.__contains__, dropped)))
        pairs.extend(compress(zip(swapped, ws), map(used.__contains__, swapped)))
    out: set[str] = set()
    judged: dict[str, bool] = {}
    for slip, word in pairs:
        if slip == word or slip == word[:-1]:
            continue  # a doubled letter swapped, or an ending dropped: not a slip suspect takes
        ok = judged.get(word)
        if ok is None:
            ok = judged[word] = is_candidate(word)
        if ok:
            out.add(slip)
    return out


def inflection_only(word: str, other: str) -> bool:
    """One word is the other with an ending added: a plural, a tense, a comparative."""
    short, long_ = sorted((word, other), key=len)
    return long_.startswith(short) and len(long_) - len(short) <= 2


def pair_count(ng: NGrams, a: str, b: str) -> tuple[float, bool]:
    """The count of "a b" and whether it was observed; an estimate below the cut-off if not."""
    seen = ng.bi.get(f"{a} {b}")
    if seen:
        return seen, True
    chance = max(ng.unigram(a), RARE) * max(ng.unigram(b), RARE) / TOTAL
    return min(FLOOR, max(chance, 1.0)), False


def suspect(ng: NGrams, prev: str, word: str, nxt: str, used: Callable[[str], bool]) -> Suspect | None:
    """The word the story uses elsewhere (``used``) that the written one is a slip of, when
    the neighbours favour it on both sides; None when the written word may stand."""
    if len(word) < MIN_LENGTH:
        return None
    lw, lw_seen = pair_count(ng, prev, word)
    rw, rw_seen = pair_count(ng, word, nxt)
    if lw_seen or rw_seen:
        return None  # the written word is attested beside one of its neighbours
    uw = max(ng.unigram(word), RARE)
    best: Suspect | None = None
    for c in slips_of(word):
        if not used(c) or inflection_only(word, c):
            continue
        uc = ng.uni.get(c)
        if not uc or uc < MIN_CANDIDATE:
            continue
        lc, rc = ng.bi.get(f"{prev} {c}"), ng.bi.get(f"{c} {nxt}")
        if not lc or not rc:
            continue
        left, right = lc / lw, (rc / uc) / (rw / uw)
        if left < LEFT or right < RIGHT:
            continue
        if best is None or left * right > best.ratio:
            best = Suspect(word, c, left * right,
                           f"web bigram counts: “{prev} {c}” {int(lc):,} vs “{prev} {word}” under 100,000; "
                           f"“{c} {nxt}” {int(rc):,} vs “{word} {nxt}” under 100,000; "
                           f"“{c}” is used elsewhere in the story")
    return best
