"""The attribute ruler's table look-up finds exactly the Matcher's matches, so the parse is
the same (attrlint/fast_attributes.py)."""
from __future__ import annotations

import importlib
import random

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline.attributeruler import AttributeRuler

from attrlint.config import DEFAULT_MODEL
from attrlint.fast_attributes import speed_up

TEXT = (
    "Y'all ain't seen nothin' yet, the harbour master said on Tuesday.\n\n"
    "She's gonna tell 'em: we didn't know, and they wouldn't say.  Y all came anyway - "
    "nuthin' changed; it's 12% up ( or down ) since 2019 . \"Can't stop,\" he added.\n"
    "Ai n't that the truth? 'Cause the ferry's late again…\tTabs and  double  spaces."
)
#: words the model's patterns name (contractions, spaces, the colloquial forms they catch)
_WORDS = (
    "n't nt ai y' y all nothin' nuthin' ain't 's 're 'm 'll 've 'd I you he she it we they do does "
    "did have has had be is are was were the a an of to in on at by - — . , ; : ! ? ' \" ( ) 1 2 % $ "
    "wanna gonna cannot can't won't Harbour Tuesday said says tell 'em 'cause"
).split(" ")
_COLUMNS = [TAG, POS, MORPH, DEP, LEMMA, HEAD, ENT_IOB, ENT_TYPE]


@pytest.fixture(scope="module")
def pair():
    load = importlib.import_module(DEFAULT_MODEL).load
    plain, fast = load(), load()
    speed_up(fast)
    return plain, fast


def _texts() -> list[str]:
    rnd = random.Random(34)
    out = [TEXT]
    for _ in range(150):
        out.append("".join(rnd.choice(_WORDS) + rnd.choice([" ", " ", " ", "  ", "\n", "\n\n", ""])
                           for _ in range(rnd.randint(1, 60))))
    return out


def test_the_ruler_is_tabled_once(pair):
    _, fast = pair
    ruler = fast.get_pipe("attribute_ruler")
    assert type(ruler).__name__ == "TabledAttributeRuler"
    cls = type(ruler)
    speed_up(fast)
    assert type(ruler) is cls


def test_same_matches_as_the_matcher(pair):
    """On the parse before the ruler, the table gives the Matcher's list, in its order."""
    _, fast = pair
    ruler = fast.get_pipe("attribute_ruler")
    before = [n for n in fast.pipe_names if n not in ("attribute_ruler", "lemmatizer", "ner")]
    matched = 0
    for text in _texts():
        doc = fast.make_doc(text)
        for name in before:
            doc = fast.get_pipe(name)(doc)
        want = AttributeRuler.match(ruler, doc)
        assert ruler.match(doc) == want, text
        matched += len(want)
    assert matched > 1000


def test_same_parse(pair):
    plain, fast = pair
    for text in _texts():
        a, b = plain(text), fast(text)
        assert (a.to_array(_COLUMNS) == b.to_array(_COLUMNS)).all(), text
    doc = fast("Y'all ain't seen nothin'.")
    assert [t.pos_ for t in doc][:3] == [t.pos_ for t in plain("Y'all ain't seen nothin'.")][:3]


def test_a_pattern_it_cannot_read_keeps_the_matcher():
    ruler = importlib.import_module(DEFAULT_MODEL).load().get_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": {">": 20}}]], {"POS": "X"})
    from attrlint.fast_attributes import _Table

    assert not _Table(ruler).ok


def test_a_pattern_added_later_is_matched(pair):
    nlp = importlib.import_module(DEFAULT_MODEL).load()
    speed_up(nlp)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "harbour"}]], {"POS": "PROPN"})
    assert [t.pos_ for t in nlp("The harbour closed.")][1] == "PROPN"


def test_empty_doc(pair):
    _, fast = pair
    assert len(fast("")) == 0
