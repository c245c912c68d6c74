"""grammar.foreign-glyph: a letter of another script touching an English word is junk; Greek
in science copy, bilingual lines, a name with its own spelling and a spam keyword standing
apart (debris.script-injection's) are left alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_glyph import ForeignGlyph
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[str]:
    out = lint_text(text, path="story.txt", config=Config(), rules={ForeignGlyph.id: ForeignGlyph()})
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text,span", [
    ("The delegation met the 𒀭Socialist Party leaders in the capital on Thursday morning.", "𒀭Socialist"),
    ("The ministers of trade a꧓nd finance signed the agreement after two days of talks.", "a꧓nd"),
    ("Villagers said the河水’s level had risen sharply after three days of heavy rain.", "the河水’s"),
    ("Officials in Ukrаine said the convoy reached the border town before dawn.", "Ukrаine"),  # Cyrillic a
    ("The governor said the new bridge would open to tr᭓affic in the spring of next year.", "tr᭓affic"),
])
def test_foreign_glyph_is_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    # Greek in science copy
    "Levels of TNFα and the peptide Aβ rose in the treated mice, the researchers reported.",
    # a name with its own spelling beside it
    "The president, Xi Jinping (习近平), arrived in the capital for a three-day state visit.",
    # a spam keyword standing apart, left to debris.script-injection
    "Trade between the two countries grew as 皇冠体育app officials met again in the capital.",
    # a bilingual line
    "东京 Tokyo 大阪 Osaka 京都 Kyoto",
    # an address
    "Details are posted at https://例え.jp/news and on the council's own website today.",
    # accents and symbols shared by all scripts
    "The café in Zürich raised its prices by 5% to €4.20 a cup, the owner said.",
])
def test_other_scripts_left_alone(text):
    assert found(text) == []


def test_suggestion_only_when_the_rest_is_a_word():
    out = lint_text("The delegation met the 𒀭Socialist Party leaders in the capital on Thursday.",
                    path="story.txt", config=Config(), rules={ForeignGlyph.id: ForeignGlyph()})
    assert out[0].suggestions == ["Socialist"]
    out = lint_text("Villagers said the河水’s level had risen sharply after three days of heavy rain.",
                    path="story.txt", config=Config(), rules={ForeignGlyph.id: ForeignGlyph()})
    assert out[0].suggestions == []


@pytest.mark.parametrize("text", [
    "Officials said the council鈥檚 budget was passed on Monday after a long debate in the chamber.",
    "The union said it wouldn鈥檛 strike before the spring talks with the employers in the capital.",
    "The mayor called it a promise kept鈥 and left the stage before the questions from reporters.",
])
def test_punctuation_read_with_a_wrong_code_page_is_left_to_the_mojibake_rule(text):
    assert found(text) == []
