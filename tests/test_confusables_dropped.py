"""grammar.idiom: a fixed phrase that lost a short word ("is charge of", "at the same that",
"the third day in row"); invented sentences."""
import pytest

from attrlint.checks.confusables import Idiom
from attrlint.document import Document


def found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.suggestions[0]) for f in Idiom().check(Document.from_text(text))]


@pytest.mark.parametrize("text,wrong,right", [
    ("The officer is charge of that inquiry and declined to comment on the report.", "charge", "in charge"),
    ("She was put charge of the new unit last year, the ministry said.", "charge", "in charge"),
    ("Two deputies remain charge of the office while the director is away.", "charge", "in charge"),
    ("The ministry denied the claims, adding at the same that it would look into them.", "same", "same time"),
    ("He praised the deal, warning at the same that costs could rise.", "same", "same time"),
    ("The union agreed, saying at the same that more talks were needed.", "same", "same time"),
    ("Prices fell for the fourth week in row, the statistics office said.", "row", "a row"),
    ("The team lost for the third time in row on Sunday night at home.", "row", "a row"),
    ("The club has won five games in row since the coach was sacked.", "row", "a row"),
])
def test_flags_the_dropped_word(text, wrong, right):
    assert found(text) == [(wrong, right)]


@pytest.mark.parametrize("text", [
    "The officer in charge of the inquiry declined to comment.",
    "The charge of fraud was dropped on Monday.",
    "He pointed at the same that she had chosen.",
    "At the same time, prices rose again.",
    "The seats in row 12 were empty.",
    "She won three times in a row.",
    "The crops were planted in row after row along the river.",
])
def test_leaves_the_whole_phrase_alone(text):
    assert found(text) == []
