"""Hard-wrapped wire copy (invented): a quotation that closes its line on a comma is
attributed by a speech tag on the next line; with no tag there it is still an orphan."""
from __future__ import annotations

from attrlint.checks import attribution
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules()}

LEAD = ("Copper prices fell on Tuesday as stocks rose at the main\nwarehouses, traders said.\n\n"
        "Prices have fallen for three weeks in a row.\n\n")
QUOTE = ("“Mines are going to keep working to bring more metal to\nmarket, but it is now a question "
         "of whether or not that\nis going to be able to outpace demand,”\n")


def orphans(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES, config=Config(select=["ALL", "attribution.unattributed-quote"]))  # opt-in
            if f.rule == "attribution.unattributed-quote"]


def test_a_speech_tag_on_the_next_line_names_the_speaker():
    assert orphans(LEAD + QUOTE + "Tomas Lind said.\n\nPrices are expected to stay weak.\n") == []


def test_a_wrapped_quotation_with_no_tag_is_still_an_orphan():
    assert len(orphans(LEAD + QUOTE + "\nPrices are expected to stay weak.\n")) == 1
    assert len(orphans(LEAD + QUOTE + "Prices are expected to stay weak.\n")) == 1
