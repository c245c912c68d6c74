"""rule._phrase_pattern: a TOML phrase as a pattern (invented phrases)."""
from __future__ import annotations

import regex

from attrlint.rule import _phrase_pattern


def per_character(phrase: str) -> str:
    """The definition: every character escaped alone, either apostrophe matching both."""
    return r"\s+".join("".join("['’]" if ch in "'’" else regex.escape(ch) for ch in word)
                       for word in phrase.split())


PHRASES = ["widely panned", "it's a (done) deal", "Zelkov’s  plan", "a.b+c? [d]", "''’x", "rock 'n' roll",
           "what*s {this}|that", "o'Quorbantine’s", "", "   "]


def test_the_pattern_is_the_per_character_definition():
    for phrase in PHRASES:
        assert _phrase_pattern(phrase) == per_character(phrase)


def test_apostrophes_and_spaces_match_their_variants():
    p = regex.compile(_phrase_pattern("it's a (done) deal"))
    assert p.fullmatch("it’s  a\n(done) deal") and p.fullmatch("it's a (done) deal")
    assert not p.fullmatch("its a done deal")
