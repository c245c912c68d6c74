"""CandidatePool.near: the one-edit neighbourhood path and the letter-count filter before
rapidfuzz give what a rapidfuzz scan of the whole length buckets gives (at most 50 per
bucket, ties in bucket order), and answers are kept."""
from __future__ import annotations

import itertools
import random

from rapidfuzz import process
from rapidfuzz.distance import OSA

from attrlint.spelling.candidates import Candidate, CandidatePool, _rank_cost, is_swap


def _scan(pool: CandidatePool, word: str, max_distance: int, limit: int) -> list[Candidate]:
    key, found = word.lower(), []
    for length in range(len(key) - max_distance, len(key) + max_distance + 1):
        bucket = pool._by_length.get(length)
        if not bucket:
            continue
        for cand, dist, _ in process.extract(key, bucket, scorer=OSA.distance, score_cutoff=max_distance, limit=50):
            if cand != key:
                found.append(Candidate(pool._display[cand], int(dist), pool._zipf[cand], is_swap(key, cand)))
    found.sort(key=lambda c: (_rank_cost(key, c), c.word))
    return found[:limit]


def _pool() -> CandidatePool:
    rnd = random.Random(5)
    # every two- and three-letter string over a few letters: far more than 50 one-edit
    # neighbours per bucket, so the per-bucket cap and its tie order are exercised
    short = ["".join(p) for n in (1, 2, 3) for p in itertools.product("abcdeé", repeat=n)]
    made = ["".join(rnd.choice("aeioustrnlcé") for _ in range(rnd.randint(4, 9))) for _ in range(3000)]
    names = ["Hallorann", "Quenby", "Ostrava"]
    return CandidatePool((w, rnd.randint(0, 70) / 10) for w in short + made + names)


def test_one_edit_path_matches_scan():
    pool = _pool()
    rnd = random.Random(9)
    words = list(pool._zipf)
    rnd.shuffle(words)
    typed = ["a", "ab", "xyz", "Hallorrann", "quenbi", "éa"]
    for w in words[:150]:
        i = rnd.randrange(len(w))
        typed += [w, w[:i] + w[i + 1:], w[:i] + "s" + w[i + 1:], w[:i] + w[i:][::-1][:2] + w[i + 2:]]
    for word in typed:
        for limit in (3, 8, 200):
            assert pool.near(word, 1, limit) == _scan(pool, word, 1, limit), (word, limit)
    # two edits: rapidfuzz over the words whose letter counts are within reach
    for word in typed[:120] + ["bcc", "ééaa", "Hallorran"]:
        assert pool.near(word, 2, 12) == _scan(pool, word, 2, 12), word


def test_answers_are_kept_and_copied():
    pool = _pool()
    first = pool.near("quenbi", 1)
    assert [c.word for c in first][:1] == ["Quenby"]
    first.clear()  # a caller changing its list changes nothing kept
    assert [c.word for c in pool.near("Quenbi", 1)][:1] == ["Quenby"]
    assert ("quenbi", 1, 8) in pool._memo


def test_a_word_run_into_a_function_word_is_no_compound():
    from attrlint.spelling.checker import Checker
    from attrlint.spelling.house import vocabulary
    from attrlint.config import Config
    found = {v.word.text: v for v in Checker("Residents talkedabout the levy for weeks.", vocabulary(Config())).verdicts()}
    assert found["talkedabout"].suggestions[0] == "talked about"
    # two content words make a compound a dictionary need not list
    assert not Checker("The shop sells winterwear.", vocabulary(Config())).verdicts()


def test_an_adjective_in_al_made_a_verb_is_a_formation():
    from attrlint.spelling.checker import Checker
    from attrlint.spelling.house import vocabulary
    from attrlint.config import Config
    text = "Critics said the regime tried to instrumentalize art and was instrumentalising sport."
    assert not Checker(text, vocabulary(Config())).verdicts()
    from attrlint.spelling.formation import derived_word
    from attrlint.spelling.lexicon import lexicon
    assert derived_word("instrumentalised", lexicon())
    assert not derived_word("instrumentelize", lexicon())  # no adjective "instrumentel"
