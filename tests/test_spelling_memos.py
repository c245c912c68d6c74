"""The spelling rule's memos give the answers of the slow paths they stand in for: the
lexicon's codes, the gazetteer's look-ups, the swap pre-test before a name search, and the
per-document set of words judged on their spelling alone."""
from __future__ import annotations

import random

from attrlint.config import Config
from attrlint.gazetteer import gazetteer
from attrlint.spelling.candidates import is_swap
from attrlint.spelling.checker import Checker
from attrlint.spelling.famous import prominent_names
from attrlint.spelling.house import vocabulary
from attrlint.spelling.lexicon import lexicon


def _real_words(n: int, seed: int) -> list[str]:
    lex = lexicon()
    rnd = random.Random(seed)
    words = [lex._words[rnd.randrange(len(lex._words))] for _ in range(n)]
    # and near misses of them, in other cases: most look-ups of a draft are of such words
    return words + [w.capitalize() for w in words[::3]] + [w[:-1] for w in words[::4]] + [w + "e" for w in words[::5]]


def test_lexicon_codes_and_places_through_the_memo_are_the_stored_answers(monkeypatch):
    lex = lexicon()
    words = _real_words(600, 1)
    first = [(lex.code(w), lex.is_place(w), lex.knows(w, 2.0)) for w in words]  # filled
    assert first == [(lex._code(w), w in lex.places, lex.knows(w, 2.0)) for w in words]
    monkeypatch.setattr("attrlint.spelling.lexicon.CODE_MEMO", 7)  # emptied again and again
    lex._memo.clear()
    assert [(lex.code(w), lex.is_place(w)) for w in words] == [(c, p) for c, p, _ in first]
    assert len(lex._memo) <= 7


def test_gazetteer_lookups_through_the_memo_are_the_stored_answers(monkeypatch):
    gaz = gazetteer()
    names = list(gaz.tokens())[::97][:400] + ["Keir Starmer", "Starmer's", "O’Brien", "Nobody Atall", "Paris"]
    first = [gaz.lookup(n) for n in names]
    gaz._found.clear()
    monkeypatch.setattr("attrlint.gazetteer.LOOKUP_MEMO", 5)
    for _ in range(2):
        assert [gaz.lookup(n) for n in names] == first
    from attrlint.gazetteer import _clean

    slow = [gaz._find(_clean(n)) or ("’" in n and gaz._find(_clean(n).replace("’", "'"))) or None for n in names]
    assert slow == first and len(gaz._found) <= 5


def test_the_swap_pretest_is_true_whenever_a_search_finds_a_swap():
    pool = prominent_names()
    rnd = random.Random(3)
    names = [w for w in list(pool._zipf)[::211][:300] if len(w) >= 4]
    typed = names + ["".join(rnd.sample(n, len(n))) for n in names[:100]]
    typed += [n[:2] + n[3] + n[2] + n[4:] for n in names if len(n) > 4][:150]  # swapped: some are names
    anagrams: dict[str, list[str]] = {}  # a swap keeps the letters: only anagrams can be one
    for n in {len(t) for t in typed}:
        for w in pool._by_length.get(n, ()):
            anagrams.setdefault("".join(sorted(w)), []).append(w)
    for t in typed:
        swaps = [c for c in pool.near(t, 1, limit=12) if c.swap]
        assert not swaps or pool.has_swap(t), t
        assert pool.has_swap(t) == any(is_swap(t.lower(), w) for w in anagrams.get("".join(sorted(t.lower())), ())), t


class _Forgets(dict):
    def __setitem__(self, key, value):  # nothing is kept: every occurrence judged afresh
        pass


def test_words_judged_once_per_document_get_the_verdicts_of_judging_each():
    text = ("Goverment officials said the goverment would act. THe minister, Ms Okafor, spoke. "
            "@THe account posted it. We went ofthe road, and ofthe record. Fotage showed the fotage.\n"
            "Kunde ist König, said Kunde. Presdient Lopez met the Presdient. Cricetus cricetus, and cricetus.\n"
            "announcingit twice: announcingit. Recieve it, recieve it, and the colour of colour.")
    vocab = vocabulary(Config())
    memo = Checker(text, vocab)
    fast = [(v.word.start, v.kind, v.evidence, v.suggestions) for v in memo.verdicts()]
    assert memo._settled  # it did keep words
    slow_checker = Checker(text, vocab)
    slow_checker._settled = _Forgets()
    slow = [(v.word.start, v.kind, v.evidence, v.suggestions) for v in slow_checker.verdicts()]
    assert fast == slow and fast


def test_probing_variants_at_once_finds_what_probing_each_finds():
    from attrlint.spelling.pools import common_pool

    for pool in (common_pool(), prominent_names()):
        tables = pool._zipf._t
        rnd = random.Random(8)
        words = [w for w in list(pool._zipf)[::173][:120]]
        variants = set(words)
        for w in words:  # one-edit variants: a few in the pool, most not
            for i in range(len(w)):
                variants.update({w[:i] + w[i + 1:], w[:i] + rnd.choice("aeiourstn") + w[i:],
                                 w[:i] + rnd.choice("aeiourstn") + w[i + 1:]})
        variants |= {"", "é", "\ud800ab", "x" * 40}
        got = tables.members(variants)
        assert len(got) == len(set(got))
        assert set(got) == {v for v in variants if tables.position(v) >= 0}
        assert set(words) <= set(got)


def _one_edit_one_by_one(pool, key: str) -> dict[int, set[str]]:
    """Every variant made as a string and looked up alone (the pool's slow path)."""
    variants = {key}
    for i in range(len(key) + 1):
        head, tail = key[:i], key[i:]
        if tail:
            variants.add(head + tail[1:])
            if len(tail) > 1:
                variants.add(head + tail[1] + tail[0] + tail[2:])
            variants.update(head + ch + tail[1:] for ch in pool._alphabet)
        variants.update(head + ch + tail for ch in pool._alphabet)
    out: dict[int, set[str]] = {}
    for v in variants:
        if v in pool._zipf:
            out.setdefault(len(v), set()).add(v)
    return out


def test_the_one_edit_search_made_in_numpy_finds_what_the_variants_one_by_one_find():
    from attrlint.spelling.pools import common_pool

    for pool in (common_pool(), prominent_names()):
        assert pool._zipf.one_edit("abc", pool._alphabet) is not None  # the stored path is taken
        rnd = random.Random(4)
        words = [w for w in list(pool._zipf)[::911][:60]]
        words += ["".join(rnd.sample(w, len(w))) for w in words[:20]] + [w[:-1] + "é" for w in words[:10]]
        words += ["ab", "zz", "q" * 25, "caf\u00e9", "\U0001f600ab", "ab\ud800"]
        for w in words:
            assert pool._one_edit(w) == _one_edit_one_by_one(pool, w), w
