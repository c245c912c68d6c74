"""The spelling pools kept on disk (spelling/candidates.stored) equal freshly built ones."""
from __future__ import annotations

import pytest

from attrlint import data, memo
from attrlint.spelling import famous, pools
from attrlint.spelling.candidates import CandidatePool, stored


def same_pool(a: CandidatePool, b: CandidatePool) -> bool:
    return (list(a._zipf.items()) == list(b._zipf.items())
            and list(a._display.items()) == list(b._display.items())
            and a._by_length == b._by_length)


@pytest.mark.parametrize("name, build", [
    ("spelling-common-pool", pools._common_pool),
    ("spelling-name-pool", pools._name_pool),
    ("spelling-prominent-names", famous._prominent_names),
])
def test_a_stored_pool_is_the_pool_built_afresh(name, build, tmp_path, monkeypatch):
    monkeypatch.setenv(memo.ENV, str(tmp_path))
    fresh = build()
    first = stored(name, build)  # built (and stored unless some input was just edited)
    again = stored(name, build)  # read back when stored
    assert same_pool(fresh, first) and same_pool(fresh, again)
    word = next(iter(fresh._zipf))
    assert [c.word for c in again.near(word, 1)] == [c.word for c in fresh.near(word, 1)]


def test_a_pool_is_stored_once(tmp_path, monkeypatch):
    monkeypatch.setenv(memo.ENV, str(tmp_path))
    # others may be editing the code and the data now: a just-edited input is never stored
    monkeypatch.setattr(memo, "code_fingerprint", lambda: "fixed")
    monkeypatch.setattr(data, "data_files", lambda *folders: [])
    calls = []

    def build():
        calls.append(1)
        return CandidatePool([("Okafor", 2.0), ("okra", 3.0)])

    for _ in range(2):
        pool = stored("test-pool", build)
        assert "okafor" in pool and pool._display["okafor"] == "Okafor"
    assert len(calls) == 1  # built once: the second process-like call read the disk


def test_the_stored_gazetteer_is_the_gazetteer_built_afresh(tmp_path, monkeypatch):
    from attrlint.gazetteer import _indexed

    monkeypatch.setenv(memo.ENV, str(tmp_path))
    fresh = _indexed()
    for _ in range(2):  # built (and stored), then read back
        got = memo.cached("gazetteer", _indexed, data.data_files("gazetteer", "people"))
        for attr in ("_lines", "_tokens", "_wildcards", "_names_by_token"):
            assert getattr(got, attr) == getattr(fresh, attr), attr
    assert got.lookup("London") == fresh.lookup("London")


def test_the_stored_kb_analyzer_answers_as_one_built_afresh(tmp_path, monkeypatch):
    import datetime as dt

    from attrlint.kb import analysis
    from attrlint.kb.loader import load_kb

    monkeypatch.setenv(memo.ENV, str(tmp_path))
    text = ("Ukrainian Prime Minister Volodymyr Zelensky met President Emmanuel Macron in Paris, "
            "and Foreign Secretary Rishi Sunak said the talks went well.")
    when = dt.date(2023, 3, 1)
    fresh = analysis.Analyzer(load_kb(())).check(text, when)
    assert fresh  # the invented text has wrong titles to find
    for _ in range(2):  # built (and stored), then read back
        analysis._analyzer.cache_clear()
        assert analysis.analyzer(()).check(text, when) == fresh
    analysis._analyzer.cache_clear()


def test_the_stored_ngram_table_is_the_table_read_afresh(tmp_path, monkeypatch):
    from attrlint.grammar import ngrams

    monkeypatch.setenv(memo.ENV, str(tmp_path))
    fresh = ngrams._read()
    for _ in range(2):
        ngrams.ngrams.cache_clear()
        got = ngrams.ngrams()
        assert got.uni == fresh.uni and got.bi == fresh.bi
    ngrams.ngrams.cache_clear()


def test_the_gazetteer_read_in_place_answers_as_one_built_afresh(tmp_path, monkeypatch):
    """gazetteer() keeps its lines and indexes as sorted lines read in place (gazetteer/stored.py)."""
    import random

    from attrlint import gazetteer as gz

    monkeypatch.setenv(memo.ENV, str(tmp_path))
    fresh = gz._indexed()
    names = [ln.split("\t")[0] for ln in random.Random(4).sample(fresh._lines, 800)] + ["Keir Starmer", "Kier Starmer"]
    try:
        for _ in range(2):  # built (and stored, unless an input was just edited), then read back
            gz.gazetteer.cache_clear()
            got = gz.gazetteer()
            assert dict(got._tokens) == fresh._tokens and dict(got._names_by_token) == fresh._names_by_token
            assert dict(got._wildcards) == fresh._wildcards and list(got._lines) == fresh._lines
            assert list(got.tokens().items()) == list(fresh.tokens().items())  # the pools' order too
            for name in names + [n + "'s" for n in names[:50]]:
                assert got.lookup(name) == fresh.lookup(name)
                toks = name.split()
                for t in toks:
                    assert got.token_prominence(t) == fresh.token_prominence(t)
                    assert got.names_with_token(t) == fresh.names_with_token(t)
                for i in range(len(toks)):
                    assert got.full_names_like(toks, i) == fresh.full_names_like(toks, i)
    finally:
        gz.gazetteer.cache_clear()


def test_a_gazetteer_the_lines_cannot_hold_is_refused():
    from attrlint.gazetteer import Gazetteer
    from attrlint.gazetteer.stored import pack

    gaz = Gazetteer.__new__(Gazetteer)
    gaz._lines = ["Ann\tN\t0", "Bob\tN\t0"]
    gaz._tokens, gaz._names_by_token, gaz._wildcards = {"A\tnn": 1.0}, {}, {}
    with pytest.raises(ValueError):
        pack(gaz)
    gaz._tokens, gaz._lines = {}, ["Bob\tN\t0", "Ann\tN\t0"]  # not sorted: bisection would miss
    with pytest.raises(ValueError):
        pack(gaz)
