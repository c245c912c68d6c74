"""grammar.glued.split_used tries a token only with the function words it starts or ends
with (a speed-up): it must give what the loop over every function word gives. Invented
tokens and invented "used" word sets."""
from __future__ import annotations

import random

from attrlint.grammar import glued


def reference(token, used):
    """The plain loop, as it was: every function word, longest first."""
    if not 6 <= len(token) <= glued.LONGEST:
        return None
    for fw in glued._ENDS:
        rest = len(token) - len(fw)
        if rest < 4:
            continue
        if token.endswith(fw) and used(token[:rest]):
            parts = token[:rest], fw
        elif token.startswith(fw) and used(token[len(fw):]):
            parts = token[:len(fw)], token[len(fw):]
        else:
            continue
        if not glued.unknown(token) or token.endswith("in") and glued.lexicon().knows(token + "g"):
            return None
        return parts
    return None


STEMS = ["kellyi", "Zorbalux", "vantrel", "Quimby", "skarn", "oberlin", "gath", "tova", "wasby", "thebes",
         "intoo", "Brelin", "clown", "nation", "report", "abc", "Xy"]


def _tokens(rng: random.Random):
    ends = glued._ENDS
    for _ in range(3000):
        stem = rng.choice(STEMS) if rng.random() < 0.6 else "".join(
            rng.choice("aeinorstwhb") for _ in range(rng.randint(1, 12)))
        shape = rng.random()
        if shape < 0.35:
            yield stem + rng.choice(ends)
        elif shape < 0.7:
            yield rng.choice(ends) + stem
        elif shape < 0.85:
            yield rng.choice(ends) + stem + rng.choice(ends)
        else:
            yield stem


def test_the_same_split_as_every_function_word():
    rng = random.Random(33)
    tokens = list(_tokens(rng))
    words = set(STEMS) | {t[:k] for t in tokens[:400] for k in range(3, len(t))}
    for used in (words.__contains__, set(STEMS).__contains__, lambda w: True, lambda w: False):
        for token in tokens:
            assert glued.split_used(token, used) == reference(token, used), token


def test_a_split_is_found_both_ways():
    used = {"Zorbalux", "kellyi"}.__contains__
    assert glued.split_used("withZorbalux", used) == reference("withZorbalux", used) == ("with", "Zorbalux")
    assert glued.split_used("kellyiwas", used) == reference("kellyiwas", used) == ("kellyi", "was")
