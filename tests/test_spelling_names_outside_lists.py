"""Names outside the knowledge base. A name that the long word lists hold only in
lower case ("blitzer", "spiegel") is still a name the candidate pool must hold; and "oo"
spelt "u" is one sound ("Brentwud"). The sentences are invented."""
from __future__ import annotations

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text
from attrlint.spelling.famous import prominent_names
from attrlint.spelling.slips import near_miss, sounds_alike


def _found(text: str) -> list[tuple[str, list[str]]]:
    rules = {r.id: r for r in spelling.rules() if r.id in ("spelling.proper-noun", "spelling.misspelling")}
    return [(f.location.text, list(f.suggestions[:1]))
            for f in lint_text(text, path="story.txt", config=Config(), rules=rules)]


def test_a_lower_case_entry_of_the_long_lists_that_is_a_name_is_a_candidate():
    pool = prominent_names()
    assert "Spiegel" in pool  # the gazetteer's name lists know it
    assert "Blitzer" in pool  # running text uses it often (Zipf 2.5 or more)


def test_a_rare_word_of_the_long_lists_stays_out_of_the_pool():
    assert "Dialogic" not in prominent_names()  # an adjective, Zipf 2.0, nobody's name


def test_a_slip_of_a_name_the_long_lists_hold_in_lower_case():
    text = "Speaking to the weekly Der Spiegol on Sunday, the mayor of Oldvik defended the budget."
    assert _found(text) == [("Spiegol", ["Spiegel"])]
    text = "The anchor Wolf Blitzir pressed Dana Orlov on the deal during the evening programme."
    assert _found(text) == [("Blitzir", ["Blitzer"])]


def test_the_names_themselves_and_a_firm_near_a_rare_word_are_left_alone():
    text = ("Speaking to the weekly Der Spiegel on Sunday, the mayor of Oldvik defended the budget. "
            "The data firm Dealogic counted the deals, and the anchor Wolf Blitzer asked about them.")
    assert _found(text) == []


def test_oo_spelt_u_is_one_sound():
    assert sounds_alike("Brentwud", "Brentwood")
    assert near_miss("Brentwud", "Brentwood")
    assert not sounds_alike("Gryce", "Greece")  # "ee" for "i" is left out: Miss Gryce is someone
    text = "The third school in Brentwud was closed on Monday after the storm, officials said."
    assert _found(text) == [("Brentwud", ["Brentwood"])]
    assert _found(text.replace("Brentwud", "Brentwood")) == []


# --- a spelling no name has (letter_shapes.py) ------------------------------------------

def test_the_trigram_table_is_shipped_and_read():
    from attrlint.spelling.letter_shapes import odd_trigrams, rare_trigrams

    assert len(rare_trigrams()) > 1000
    assert "uhc" in odd_trigrams("Tuhcel")  # two letters swapped: a run no spelling has
    assert odd_trigrams("Tuchel") == set()
    assert odd_trigrams("Halvorsen") == set()  # an invented name, spelt as names are
    assert "rll" in odd_trigrams("Curlley")  # web text's typos do not make a run common
    assert odd_trigrams("Zyed") == set()  # four letters: only a run no spelling at all has
    assert odd_trigrams("Exxn") == {"xxn"}


def test_a_finger_slip_spelt_as_no_name_is_flagged():
    text = "The players trained under coach Thomas Tuhcel for two seasons before the cup final."
    assert _found(text) == [("Tuhcel", ["Tuchel"])]
    text = "Fifty villages in Sngyang are now on the list of protected places, the bureau said."
    assert _found(text) == [("Sngyang", ["Songyang"])]
    text = "The director, Tim Curlley, resigned on Friday after the board met in private."
    assert _found(text) == [("Curlley", ["Curley"])]


def test_names_spelt_as_names_are_left_alone():
    text = ("The players trained under coach Thomas Tuchel for two seasons. Zyed Orlan, 19, and "
            "Mackynzie Dorval, 21, joined in May; Li Xiyong, the chairman, welcomed them.")
    assert _found(text) == []


# --- the last vowel typed twice (name_alone._last_typed_twice) ------------------------------

def test_the_last_vowel_typed_twice_is_a_slip_not_another_ending():
    text = "Hundreds of migrants reached the border fence of Ceutaa on Friday, the police said."
    assert _found(text) == [("Ceutaa", ["Ceuta"])]
    text = "The cartoonists of Charlie Hebdoo were honoured at the ceremony in the capital."
    assert _found(text) == [("Hebdoo", ["Hebdo"])]


def test_another_last_vowel_and_an_ordinary_name_stay_alone():
    text = "Shiraa Melnik, 34, and her brother live near the river Maleme, the council said."
    assert _found(text) == []
