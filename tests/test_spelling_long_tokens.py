"""A hostile or garbled token hundreds of letters long: the run-together searches try
only the splits that can pass (both halves entries; one half a function word), so their
cost grows with the token, not with its square, and their answers are the same as trying
every split."""
from __future__ import annotations

import random

import pytest

from attrlint.config import Config
from attrlint.spelling import lower_case as checker_module
from attrlint.spelling import runon
from attrlint.spelling.checker import Checker
from attrlint.spelling.house import vocabulary
from attrlint.spelling.lexicon import lexicon


def _tokens() -> list[str]:
    """Long lower-case tokens, some ending or starting in a real run-together pair."""
    rng = random.Random(5)
    words = [w for w in ("of", "the", "and", "to", "in", "with", "government", "announced", "international",
                         "responsibilities", "neighbourhood", "because", "although", "whatever")]
    out = ["a" * 300, "ab" * 120, "x" * 61]
    for _ in range(40):
        out.append("".join(rng.choice(words) for _ in range(rng.randint(3, 12))))
    out += ["internationalresponsibilitiesneighbourhood" + "ofthe", "of" + "neighbourhood" * 3]
    return out


@pytest.mark.parametrize("token", _tokens())
def test_run_together_bounded_splits_answer_as_every_split(token, monkeypatch):
    lex = lexicon()
    bounded = runon.run_together(token, lex)
    monkeypatch.setattr(runon, "_FUNCTION_MOST", 10_000)  # the bound never applies
    assert runon.run_together(token, lex) == bounded


@pytest.mark.parametrize("token", _tokens())
def test_missing_space_bounded_splits_answer_as_every_split(token, monkeypatch):
    monkeypatch.setattr(checker_module, "_ONE_TOKEN_MOST", 8)  # the bound applies to every token here
    check = Checker(token, vocabulary(Config()))
    bounded = check._missing_space(token)
    monkeypatch.setattr(checker_module, "_ONE_TOKEN_MOST", 10**9)
    assert check._missing_space(token) == bounded


def test_the_longest_entry_bounds_every_entry():
    lex = lexicon()
    most = lex.longest()
    assert lex.tier("a" * (most + 1)) == 0
    assert 20 < most < 200
