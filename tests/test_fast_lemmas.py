"""The cached, array-based rule lemmatizer gives exactly spaCy's own lemmas."""
from __future__ import annotations

import importlib

import pytest

from attrlint.config import DEFAULT_MODEL
from attrlint.fast_lemmas import speed_up

TEXT = (
    "The ministers were meeting on Tuesday; she has written three better letters since the "
    "geese flew south. Analyses of the crises showed the mice had eaten the cheeses.\n\n"
    "Officials said they'd been told nothing. The Smiths' dogs ran faster than the wolves, "
    "and the children's teeth were checked by two dentists who are leaving soon. "
    "Were the data misread? He's run, she ran, they're running; it was the best of axes."
)


@pytest.fixture(scope="module")
def pair():
    load = importlib.import_module(DEFAULT_MODEL).load
    plain, fast = load(), load()
    speed_up(fast)
    return plain, fast


def test_same_lemmas_as_spacy(pair):
    plain, fast = pair
    for _ in range(2):  # the second pass answers from the cache
        a, b = plain(TEXT), fast(TEXT)
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    lemmas = {t.text: t.lemma_ for t in b}
    assert lemmas["ministers"] == "minister" and lemmas["written"] == "write" and lemmas["crises"] == "crisis"


def test_index_is_a_set_and_class_is_swapped_once(pair):
    _, fast = pair
    lem = fast.get_pipe("lemmatizer")
    assert type(lem).__name__.startswith("Cached")
    assert isinstance(lem.lookups.get_table("lemma_index").get("noun"), frozenset)
    cls = type(lem)
    speed_up(fast)
    assert type(lem) is cls


def test_keeps_lemmas_set_before_it(pair):
    """A lemma the attribute ruler already set is kept (the lemmatizer does not overwrite)."""
    plain, fast = pair
    doc = fast.make_doc("The cats sat")
    for name, proc in fast.pipeline:
        if name == "lemmatizer":
            break
        doc = proc(doc)
    doc[1].lemma_ = "feline"
    doc = fast.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["the", "feline", "sit"]


def test_empty_doc(pair):
    _, fast = pair
    assert len(fast("")) == 0


def test_pipeline_uses_it():
    from attrlint import nlp

    pipe = nlp.get_pipeline()
    assert type(pipe.get_pipe("lemmatizer")).__name__.startswith("Cached")
