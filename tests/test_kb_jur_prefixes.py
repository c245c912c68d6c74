"""MentionReader.jur_prefixes only skips look-ups that cannot find a jurisdiction: with it,
_jur_starting and _jur_ending answer as without it, at every token of texts naming every
jurisdiction of the knowledge base."""
from __future__ import annotations

import pytest

from attrlint.kb.loader import load_kb
from attrlint.kb.mentions import MentionReader
from attrlint.kb.names import tokenize


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


@pytest.fixture(scope="module")
def readers() -> tuple[MentionReader, MentionReader]:
    kb = load_kb(())
    slow = MentionReader(kb)
    slow.jur_prefixes = _Everything()  # type: ignore[assignment]
    return MentionReader(kb), slow


def _texts(reader: MentionReader) -> list[str]:
    names = sorted(reader.jur_names)
    # invented frames around every written name: possessive, dotted, curly apostrophe, line break
    frames = ["The {} president said on Monday.", "{}'s prime minister met the {} foreign minister.",
              "Officials in {}’s capital and the {}\nembassy", "the U.S. and {} envoys", "{}"]
    out = []
    for frame in frames:
        for k in range(0, len(names), 40):
            chunk = names[k:k + 40]
            out.append(" ".join(frame.format(*([n] * frame.count("{}"))) for n in chunk))
    return out


def test_the_prefix_filter_changes_no_answer(readers):
    fast, slow = readers
    assert len(fast.jur_prefixes) < 5000
    looked = found = 0
    for text in _texts(fast):
        toks = tokenize(text)
        for i in range(len(toks)):
            want = slow._jur_starting(text, toks, i)
            assert fast._jur_starting(text, toks, i) == want
            assert fast._jur_ending(text, toks, i) == slow._jur_ending(text, toks, i)
            looked += 1
            found += want is not None
    assert found > len(fast.jur_names)  # every name was found somewhere
    assert looked > found
    # and it does skip: ordinary words start no name
    assert not any(fast._may_start(t) for t in tokenize("said officials on Monday after talks"))
