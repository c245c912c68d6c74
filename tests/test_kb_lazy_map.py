"""The knowledge-base analyser kept between processes with its people and name index as
LazyMaps (attrlint/kb/lazy_map.py) answers exactly as the analyser built afresh."""
from __future__ import annotations

import datetime as dt
import pickle

import pytest

from attrlint.kb import analysis
from attrlint.kb.lazy_map import LazyMap
from attrlint.kb.loader import load_kb


@pytest.fixture(scope="module")
def fresh() -> analysis.Analyzer:
    return analysis.Analyzer(load_kb(()))


def test_lazy_map_is_the_dict_it_was_packed_from():
    plain = {f"k{i}": {"n": i, "terms": [dt.date(2000 + i % 20, 1, 1)]} for i in range(300)}
    for whole in (False, True):
        lazy = pickle.loads(pickle.dumps(LazyMap.pack(plain, whole=whole)))
        assert len(lazy) == len(plain) and list(lazy) == list(plain)
        assert "k7" in lazy and "nope" not in lazy
        first = lazy["k7"]
        assert first == plain["k7"] and lazy.get("k7") is first  # decoded once, then kept
        assert lazy.get("nope") is None and lazy.get("nope", 3) == 3
        with pytest.raises(KeyError):
            lazy["nope"]
        assert list(lazy.items()) == list(plain.items())
        assert list(lazy.values()) == list(plain.values())
        assert lazy["k7"] is first  # reading the whole table keeps what was handed out
        assert dict(lazy) == plain


def test_the_pickled_analyser_has_lazy_tables_and_the_same_entries(fresh):
    back = pickle.loads(pickle.dumps(fresh, pickle.HIGHEST_PROTOCOL))
    assert isinstance(back.kb.people, LazyMap) and isinstance(back.names.by_first, LazyMap)
    assert back.reader.kb is back.kb
    assert isinstance(fresh.kb.people, dict)  # pickling leaves the original as it was
    # every entry, looked up one by one and all at once
    assert all(back.kb.people[pid] == person for pid, person in fresh.kb.people.items())
    assert list(back.kb.people.items()) == list(fresh.kb.people.items())
    assert all(back.names.by_first.get(k) == v for k, v in fresh.names.by_first.items())
    assert back.title_words == fresh.title_words
    assert isinstance(back.kb.offices, LazyMap) and isinstance(back.kb.offices_by_title, LazyMap)
    assert list(back.kb.offices.items()) == list(fresh.kb.offices.items())
    assert all(back.kb.offices_by_title[t] == offices for t, offices in fresh.kb.offices_by_title.items())
    assert list(back.kb.offices_by_title) == list(fresh.kb.offices_by_title)
    assert back.kb.all_titles == fresh.kb.all_titles and back.reader.titles == fresh.reader.titles


TEXTS = [
    # invented copy: right and wrong titles, short names after full ones, unnamed titles
    "Ukrainian Prime Minister Volodymyr Zelensky met President Emmanuel Macron in Paris on Monday. "
    "Zelensky said the talks went well, and the French president agreed.",
    "Chancellor Angela Merkel spoke to former President Barack Obama. Obama, the US president, "
    "later told reporters that Merkel had been clear.",
    "The German chancellor met Prime Minister Theresa May and Foreign Secretary Boris Johnson. "
    "May's spokesman said Johnson would travel to Moscow.",
    "Secretary of State Hillary Clinton and Defense Secretary Robert Gates visited Kabul, where "
    "President Hamid Karzai's aides said the US president had called.",
]


@pytest.mark.parametrize("when", [dt.date(2009, 6, 1), dt.date(2017, 3, 1), dt.date(2023, 3, 1), None])
def test_the_pickled_analyser_checks_as_the_fresh_one(fresh, when):
    back = pickle.loads(pickle.dumps(fresh, pickle.HIGHEST_PROTOCOL))
    found = 0
    for text in TEXTS:
        want = fresh.check(text, when)
        assert back.check(text, when) == want
        found += len(want)
    if when is not None:
        assert found  # the texts have titles to judge at every date
