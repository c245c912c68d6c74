"""The gates of grammar/gates.py never refuse a text the gated pattern matches, and they do
refuse texts without the marks. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_marks import MissingSpace
from attrlint.grammar.gates import between

TEXTS = [
    "The ferry left late.Crews blamed the fog, and the harbour stayed shut.",
    "Talks went on into the night,then the envoys left for Vellmar.",
    "The board lost2,400 jobs and its 2021annual report said so.",
    "Villagers shouted“Enough of this” at the mayor.",
    "Ärger über die Fähre.Über Nacht blieb der Hafen zu, sagte ein Sprecher.",
    "A quiet story. Nothing glued here, and no figure touches a word: 12 boats, 3.5 tonnes.",
    "U.S. officials met e.g. at 9 a.m. in the Port.",
    ".", "", "a.B", ",x",
]


@pytest.mark.parametrize("text", TEXTS)
def test_gates_pass_every_text_the_pattern_matches(text):
    gates = [
        (MissingSpace.PATTERN, between(text, ".", str.islower, str.isupper)),
        (MissingSpace.COMMA, between(text, ",", str.islower, str.islower)),
        (MissingSpace.WORD_FIGURE, MissingSpace._LOWER_DIGIT.search(text)),
        (MissingSpace.YEAR_WORD, MissingSpace._DIGIT_LOWER.search(text)),
        (MissingSpace.QUOTE, between(text, "“", str.islower, str.isupper)),
    ]
    for pattern, gate in gates:
        assert gate or not pattern.search(text)


def test_between():
    assert between("late.Crews", ".", str.islower, str.isupper)
    assert between("nacht.Über", ".", str.islower, str.isupper)
    assert not between("U.S. and e.g. here. Then", ".", str.islower, str.isupper)
    assert not between(".A", ".", str.islower, str.isupper)  # nothing before the mark
    assert not between("a.", ".", str.islower, str.isupper)  # nothing after it
    assert not between("", ".", str.islower, str.isupper)


def test_the_gated_rule_still_finds_its_slips():
    from attrlint.document import Document

    doc = Document.from_text("The ferry left late.Crews blamed the fog,then went home. It lost6.4 million.")
    found = [doc.text[f.start:f.end] for f in MissingSpace().check(doc)]
    assert "late.Crews" in found and "fog,then" in found and "lost6.4" in found
