"""spelling.lost-apostrophe: a feed that turned apostrophes into spaces is reported once,
at the first, with the count of the rest; ordinary letters and words are left alone.
Invented sentences only."""
from __future__ import annotations

from attrlint.checks.spelling_apostrophe import LostApostrophe
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str):
    return lint_text(text, path="story.txt", config=Config(), rules={LostApostrophe.id: LostApostrophe()})


def test_a_feed_without_apostrophes_is_reported_once_at_the_first():
    text = ("The mayor s office said it isn t clear when the road will open. "
            "We re told the council doesn t have the money, and they ve asked for help.")
    out = found(text)
    assert [text[f.start:f.end] for f in out] == ["mayor s"]
    assert out[0].suggestions == ["mayor’s"]
    assert "4 more" in out[0].message


def test_a_single_contraction_is_reported():
    out = found("Officials said the bridge wasn t safe for lorries.")
    assert [f.suggestions for f in out] == [["wasn’t"]]


def test_letters_and_whole_words_are_left_alone():
    assert found("Vitamin d and the letter s were on the chart; plan b is ready.") == []
    assert found("The mayor’s office said it isn’t clear, and we’re told they’ve asked.") == []
    assert found("He scored 3 s and the team won.") == []
