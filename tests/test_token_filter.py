"""token_indices / tokens_where pick exactly the tokens a plain loop over the Doc picks."""
from __future__ import annotations

from attrlint import nlp
from attrlint.token_filter import token_indices, tokens_where

TEXT = ("The mayor told. Told of the plan, the Told family were told nothing; she admitted it "
        "and had been conceding points, furiously rejecting the claim.\n\nToLD again.")


def test_same_tokens_as_a_loop():
    doc = nlp.parse(TEXT)
    cases = [
        ("LOWER", lambda s: s == "told", "lower_"),
        ("TAG", lambda s: s.startswith("VB"), "tag_"),
        ("POS", lambda s: s == "PROPN", "pos_"),
        ("LEMMA", lambda s: s in {"admit", "concede", "reject"}, "lemma_"),
    ]
    for attr, keep, name in cases:
        want = [t.i for t in doc if keep(getattr(t, name))]
        assert token_indices(doc, attr, keep) == want, attr
        assert [t.i for t in tokens_where(doc, attr, keep)] == want
    assert [t.text for t in tokens_where(doc, "LOWER", lambda s: s == "told")] == ["told", "Told", "Told", "told", "ToLD"]


def test_nothing_kept_and_empty_doc():
    doc = nlp.parse(TEXT)
    assert token_indices(doc, "LOWER", lambda s: False) == []
    assert token_indices(doc[0:0].as_doc(), "LOWER", lambda s: True) == []
