"""Which tokens of a parse have an attribute a rule cares about, without a Token per word.

A rule that walks ``for tok in doc`` to look at a handful of words ("told", a speech
verb, a listed adjective) makes a Python Token object for every word of the story; over
all the rules that was the engine's largest own cost after the analyses. Here the
attribute is read for the whole Doc at once (``Doc.to_array``), each distinct value is
judged once, and only the matching positions come back, in order.
"""
from __future__ import annotations

from typing import Callable


def token_indices(sdoc, attr: str, keep: Callable[[str], bool]) -> list[int]:
    """Positions (in order) of the tokens of spaCy Doc ``sdoc`` whose string attribute
    ``attr`` ("LOWER", "TAG", "POS", "LEMMA", "ORTH", ...) satisfies ``keep``."""
    if len(sdoc) == 0:
        return []
    import numpy as np
    from spacy.attrs import IDS

    values = sdoc.to_array([IDS[attr]])
    strings = sdoc.vocab.strings
    # sorted(set()) rather than np.unique: numpy 2's unique imports numpy.ma on first use,
    # ~30 ms of a one-draft check's set-up (issue 16.5); the same values, in the same order
    wanted = [h for h in sorted(set(values.ravel().tolist())) if keep(strings[h])]
    if not wanted:
        return []
    return np.nonzero(np.isin(values, wanted))[0].tolist()


def tokens_where(sdoc, attr: str, keep: Callable[[str], bool]):
    """The tokens themselves (see ``token_indices``)."""
    return [sdoc[i] for i in token_indices(sdoc, attr, keep)]
