"""`title.self-envoy`: a country's envoy to that same country. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in titles.rules()}


def rules_of(text: str) -> list[str]:
    return [f.rule for f in lint_text(text, config=Config(date=dt.date(2020, 7, 1)), rules=RULES)]


@pytest.mark.parametrize("text", [
    "He met the american ambassador to the united states in Reykjavik.",  # machine translation, lower case
    "Britain's ambassador to the UK said nothing.",
    "Kenya's High Commissioner to Kenya spoke.",
    "The German envoy to Germany was recalled.",
])
def test_an_envoy_to_their_own_country_is_flagged(text):
    assert rules_of(text) == ["title.self-envoy"]


@pytest.mark.parametrize("text", [
    "He met the US ambassador to Iceland in Reykjavik.",
    "Britain's ambassador to the US said nothing.",
    "The US Ambassador to the United Nations spoke.",
    "The American envoy to the US-brokered talks left early.",  # "US-brokered" is no country
    "Tell us ambassador to us is fine.",  # "us" in lower case is a pronoun
    'He said: "the German envoy to Germany" was a joke.',
])
def test_envoys_between_two_countries_pass(text):
    assert rules_of(text) == []


def test_the_finding_says_which_country_is_named_twice():
    f = [f for f in lint_text("Britain's ambassador to the UK said nothing.", config=Config(date=dt.date(2020, 7, 1)),
                              rules=RULES)][0]
    assert "United Kingdom" in f.evidence and "same country" in f.message


def test_the_windowed_search_gives_what_finditer_gives():
    """The pattern is tried only in the windows before each envoy's title: over invented
    sentences with odd spacing, possessives, affixes and titles in a row, the matches are
    exactly those of a search over the whole text."""
    import random

    from attrlint.checks import titles_envoys as te
    from attrlint.kb.analysis import analyzer

    pat, _ = te._pattern()
    names = sorted(analyzer().kb.jurisdiction_names)
    longest = max(map(len, names))
    rng = random.Random(7)
    checked = 0
    for _ in range(400):
        a, b = rng.choice(names), rng.choice(names)
        env = rng.choice(["ambassador", "Envoy", "high  commissioner", "consul general", "chargé d’affaires"])
        ws = rng.choice([" ", "  ", "\n", " \u00a0", "\t "])
        pre, poss = rng.choice(["", "x", "pro-", "("]), rng.choice(["", "'s", "’s"])
        the, post = rng.choice(["", "the ", "The  "]), rng.choice(["", ".", "-based", "x"])
        text = (f"{pre}{a}{poss}{ws}{env}{ws}to {the}{b}{post} then {b}{ws}{env} "
                f"to {a} ambassador to ambassador to {a}")
        anchors = [m.start() for m in te._ANCHOR.finditer(text)]
        whole = [(m.span(), m.group("a"), m.group("b")) for m in pat.finditer(text)]
        windowed = [(m.span(), m.group("a"), m.group("b")) for m in te._matches(pat, text, anchors, longest)]
        assert windowed == whole, text
        checked += len(whole)
    assert checked > 300  # the sentences do hold matches
