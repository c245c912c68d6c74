"""Suggestions for an unknown word: near spellings, ranked by a small noisy-channel score.

Near = optimal-string-alignment distance (a swap of two neighbours is one edit), found
with rapidfuzz in pools bucketed by length. Rank = fewest edits first, then how common
the word is, with a penalty for a changed first letter (writers rarely get that wrong).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Collection, Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

#: one edit costs about as much as a factor of 10^EDIT_COST in word frequency
EDIT_COST = 2.5
FIRST_LETTER_COST = 1.5
#: two neighbours swapped is the commonest slip of all: it counts as less than an edit
SWAP_EDITS = 0.6
#: the nearest words taken from each length bucket
_PER_BUCKET = 50
#: answers kept per pool (a long run's unknown words; cleared when full)
_MEMO_SIZE = 20_000


@dataclass(frozen=True)
class Candidate:
    word: str
    distance: int
    zipf: float

    swap: bool = False

    @property
    def cost(self) -> float:
        edits = SWAP_EDITS if self.swap else self.distance
        return edits * EDIT_COST - self.zipf


class CandidatePool:
    """Words that may be suggested, bucketed by length for fast approximate search.

    Matching is done on lower case; ``display`` keeps each word's own spelling (a name
    keeps its capital).
    """

    def __init__(self, entries: Iterable[tuple[str, float]]) -> None:
        self._zipf: dict[str, float] = {}
        self._display: dict[str, str] = {}
        self._memo: dict[tuple[str, int, int], list[Candidate]] = {}
        self._counts: dict = {}  # length -> letter counts and letter masks of that bucket (numpy)
        for word, zipf in entries:
            key = word.lower()
            if zipf >= self._zipf.get(key, -1.0):
                self._zipf[key] = zipf
                self._display[key] = word

    @cached_property
    def _by_length(self) -> dict[int, list[str]]:
        buckets: dict[int, list[str]] = {}
        for key in self._zipf:
            buckets.setdefault(len(key), []).append(key)
        return buckets

    def __contains__(self, word: str) -> bool:
        return word.lower() in self._zipf

    @cached_property
    def _position(self) -> dict[str, int]:
        """Each word's place in its length bucket (the order rapidfuzz breaks ties by)."""
        return {w: i for pool in self._by_length.values() for i, w in enumerate(pool)}

    @cached_property
    def _alphabet(self) -> str:
        return "".join(sorted(set("".join(self._zipf))))

    def near(self, word: str, max_distance: int, limit: int = 8) -> list[Candidate]:
        """Pool words within ``max_distance`` edits of ``word``, best first (answers are
        kept: the pool never changes, and a story repeats its unknown words)."""
        memo_key = (word.lower(), max_distance, limit)
        found = self._memo.get(memo_key)
        if found is None:
            found = self._near(*memo_key)
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[memo_key] = found
        return list(found)

    def has_swap(self, word: str) -> bool:
        """Is a pool word ``word`` (lower case) with two different neighbours swapped? A
        cheap test (a probe per place) before a search whose answer only a swap would use:
        ``near`` can give a candidate with ``swap`` set only if this is true."""
        key, zipf = word.lower(), self._zipf
        return any(key[i] != key[i + 1] and key[:i] + key[i + 1] + key[i] + key[i + 2:] in zipf
                   for i in range(len(key) - 1))

    def _near(self, key: str, max_distance: int, limit: int) -> list[Candidate]:
        found: list[Candidate] = []
        one_edit = self._one_edit(key) if max_distance == 1 else None
        for length in range(len(key) - max_distance, len(key) + max_distance + 1):
            pool = self._by_length.get(length)
            if not pool:
                continue
            if one_edit is not None:
                # the same answer as rapidfuzz below: at most 50 per bucket, nearest first,
                # ties in bucket order; the word itself counts among the 50
                near: Collection[str] = one_edit.get(length, ())
                if len(near) > _PER_BUCKET:  # rare (short words): which 50 is decided by bucket order
                    near = [w for _, _, w in sorted((w != key, self._position[w], w) for w in near)[:_PER_BUCKET]]
                matches = [(w, 0 if w == key else 1) for w in near]
            else:
                # only the words whose letter counts are within reach (an edit changes them
                # by at most two), in bucket order, so rapidfuzz ranks and breaks ties the same
                pool = self._reachable(key, length, max_distance)
                matches = [(cand, dist) for cand, dist, _ in process.extract(
                    key, pool, scorer=OSA.distance, score_cutoff=max_distance, limit=_PER_BUCKET)]
            for cand, dist in matches:
                if cand != key:
                    found.append(Candidate(self._display[cand], int(dist), self._zipf[cand],
                                           is_swap(key, cand)))
        found.sort(key=lambda c: (_rank_cost(key, c), c.word))
        return found[:limit]

    def _reachable(self, key: str, length: int, max_distance: int) -> list[str]:
        """The bucket's words that ``max_distance`` edits could turn ``key`` into, judged by
        letter counts: a substitution changes them by two, an insertion or deletion by one,
        a swap not at all (letters outside a-z share one count, which only loosens it).
        A cheaper test goes first: each edit can take away at most one of the letters a
        word has, so neither word may lack more than ``max_distance`` of the other's."""
        import numpy as np

        bucket = self._by_length[length]
        found = self._counts.get(length)
        if found is None:
            codes = np.frombuffer("".join(bucket).encode("utf-32-le"), dtype=np.uint32).reshape(len(bucket), length)
            counts = _letter_counts(codes)
            found = self._counts[length] = (counts, _letter_masks(counts))
        counts, masks = found
        mine = _letter_counts(np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32).reshape(1, len(key)))
        mask = _letter_masks(mine)[0]
        count_bits = getattr(np, "bitwise_count", None)  # numpy 2; older: the count test alone
        if count_bits is not None:
            close = (count_bits(mask & ~masks) <= max_distance) & (count_bits(masks & ~mask) <= max_distance)
            rows = np.nonzero(close)[0]
        else:  # pragma: no cover - numpy 1.x
            rows = np.arange(len(bucket))
        keep = rows[np.abs(counts[rows] - mine).sum(axis=1) <= 2 * max_distance]
        take = getattr(bucket, "take", None)  # a stored bucket gives its words at once
        return take(keep) if take is not None else [bucket[i] for i in keep.tolist()]

    def _one_edit(self, key: str) -> dict[int, set[str]]:
        """Pool words at most one edit (OSA: a swap of neighbours is one) from ``key``, by
        length: every deletion, insertion, substitution and swap, looked up in the pool."""
        n, letters, zipf = len(key), self._alphabet, self._zipf
        made = getattr(zipf, "one_edit", None)  # a stored pool: made and looked up in numpy
        found = made(key, letters) if made is not None else None
        if found is not None:
            return found
        variants = {key}
        for i in range(n + 1):
            head, tail = key[:i], key[i:]
            if tail:
                variants.add(head + tail[1:])
                if len(tail) > 1:
                    variants.add(head + tail[1] + tail[0] + tail[2:])
                for ch in letters:
                    variants.add(head + ch + tail[1:])
            for ch in letters:
                variants.add(head + ch + tail)
        out: dict[int, set[str]] = {}
        members = getattr(zipf, "members", None)  # a stored pool probes them all at once
        for v in members(variants) if members is not None else (v for v in variants if v in zipf):
            out.setdefault(len(v), set()).add(v)
        return out


def stored(name: str, build: Callable[[], CandidatePool]) -> CandidatePool:
    """A pool built once and kept on disk between processes (attrlint/memo.py) with its
    length buckets: building the pools from the lexicon and the gazetteer was most of a
    one-draft check's set-up. Editing the spelling, gazetteer or people data, or any of
    attrlint's code, builds it anew. It is kept as arrays read in place (packed_pool.py:
    no Python object per entry until a look-up needs its length bucket)."""
    from ..data import data_files
    from .packed_pool import stored_packed

    def made() -> CandidatePool:
        pool = build()
        pool._by_length  # noqa: B018 - stored with the pool
        # a word shown as it is keyed is one string object, stored (and read back) once
        pool._display = {k: k if v == k else v for k, v in pool._display.items()}
        return pool

    return stored_packed(name, made, data_files("spelling", "gazetteer", "people"))


def _letter_counts(codes):
    """Rows of code points -> rows of counts of a..z and of every other character."""
    import numpy as np

    cols = codes.astype(np.int64) - ord("a")
    cols[(cols < 0) | (cols > 25)] = 26
    n = codes.shape[0]
    cells = (np.arange(n)[:, None] * 27 + cols).ravel()
    return np.bincount(cells, minlength=n * 27).reshape(n, 27).astype(np.int16)


def _letter_masks(counts):
    """Rows of letter counts -> one bit per letter present (uint32)."""
    import numpy as np

    bits = (np.uint32(1) << np.arange(27, dtype=np.uint32))
    return ((counts > 0).astype(np.uint32) * bits).sum(axis=1, dtype=np.uint32)


def _rank_cost(typed: str, cand: Candidate) -> float:
    cost = cand.cost
    if cand.word[:1].lower() != typed[:1]:
        cost += FIRST_LETTER_COST
    return cost


def is_swap(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ only by two neighbouring letters swapped?"""
    a, b = a.lower(), b.lower()
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def keep_case(original: str, suggestion: str) -> str:
    """Give the suggestion the original's capitalisation ("Fotage" -> "Footage")."""
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper() and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion
