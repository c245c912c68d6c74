"""debris.link-card: a linked name's pop-up card scraped into the sentence (invented copy;
the names are real public figures because the card repeats a real person's full name)."""
from __future__ import annotations

from attrlint.checks import debris, spelling
from attrlint.linter import lint_text

RULES = {r.id: r for r in [*debris.rules(), *spelling.rules()]}


def found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.location.text) for f in lint_text(text, path="draft.txt", rules=RULES)]


CARD = ("Donald TrumpCourt weighs appeal over harbour rules Senate panel delays vote on ferry funds "
        "Governor signs port budget MORE")


def test_a_card_between_the_name_and_the_sentence_is_flagged_and_the_glue_is_no_typo():
    text = f"Harbour vote looms\n\nPresident Trump{CARD} will visit the port on Monday, aides said.\n"
    assert found(text) == [("debris.link-card", CARD)]


def test_a_card_cut_off_by_the_end_of_the_copy_runs_to_the_end():
    text = ("Harbour vote looms\n\nThe guests included former first lady Michelle ObamaMichelle LaVaughn "
            "Robinson ObamaAuthor tours the coast Port reopens after storm")
    [(rule, span)] = found(text)
    assert rule == "debris.link-card" and span.startswith("Michelle LaVaughn") and span.endswith("storm")


def test_a_name_written_twice_without_a_card_is_left_to_the_spelling_rule():
    # the glue alone, with no headline run into the full name and no MORE button
    text = "Harbour vote looms\n\nPresident TrumpDonald Trump will visit the port on Monday, aides said.\n"
    assert all(rule != "debris.link-card" for rule, _ in found(text))


def test_more_in_ordinary_capitals_is_left_alone():
    text = "HARBOUR VOTE: MORE FERRIES FOR THE ISLANDS\n\nThe board agreed to add two ferries on Monday.\n"
    assert found(text) == []
