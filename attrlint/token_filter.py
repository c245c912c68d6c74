"""Which tokens of a parse have an attribute a rule cares about, without a Token per word.

A rule that walks ``for tok in doc`` to look at a handful of words ("told", a speech
verb, a listed adjective) makes a Python Token object for every word of the story; over
all the rules that was the engine's largest own cost after the analyses. Here the
attribute is read for the whole Doc at once (``Doc.to_array``), each distinct value is
judged once, and only the matching positions come back, in order. The attribute's values
are read once per parse (kept in its ``user_data``), however many rules ask.
"""
from __future__ import annotations

from typing import Callable


#: where a parse keeps its distinct values per attribute (``Doc.user_data``: freed with it)
_MEMO = "attrlint.token_filter"


def _values(sdoc, attr: str) -> tuple:
    """The attribute for every token and its distinct values (hash, string), sorted by
    hash: read once per parse and attribute, since several rules ask of the same one."""
    memo = sdoc.user_data.get(_MEMO)
    if memo is None:
        memo = sdoc.user_data[_MEMO] = {}
    got = memo.get(attr)
    if got is None:
        from spacy.attrs import IDS

        values = sdoc.to_array([IDS[attr]])
        strings = sdoc.vocab.strings
        # sorted(set()) rather than np.unique: numpy 2's unique imports numpy.ma on first use,
        # ~30 ms of a one-draft check's set-up (issue 16.5); the same values, in the same order
        got = memo[attr] = (values, [(h, strings[h]) for h in sorted(set(values.ravel().tolist()))])
    return got


def token_indices(sdoc, attr: str, keep: Callable[[str], bool]) -> list[int]:
    """Positions (in order) of the tokens of spaCy Doc ``sdoc`` whose string attribute
    ``attr`` ("LOWER", "TAG", "POS", "LEMMA", "ORTH", ...) satisfies ``keep``."""
    if len(sdoc) == 0:
        return []
    import numpy as np

    values, distinct = _values(sdoc, attr)
    wanted = [h for h, string in distinct if keep(string)]
    if not wanted:
        return []
    return np.nonzero(np.isin(values, wanted))[0].tolist()


def tokens_where(sdoc, attr: str, keep: Callable[[str], bool]):
    """The tokens themselves (see ``token_indices``)."""
    return [sdoc[i] for i in token_indices(sdoc, attr, keep)]
