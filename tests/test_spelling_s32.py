"""Stop 32: context, not the word alone. A doubled preposition is a slip when it hangs on no
verb; a lower-case word after an unknown capitalised one is a binomial's epithet; an
unheard-of word before a street's noun is a local street. The sentences are invented."""
from __future__ import annotations

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text


def _found(text: str, rule_id: str) -> list[str]:
    rules = {r.id: r for r in spelling.rules() if r.id == rule_id}
    return [f.location.text for f in lint_text(text, path="story.txt", config=Config(), rules=rules)]


def test_a_doubled_preposition_on_a_noun_is_a_slip():
    text = "The drive for dominance over over smaller states worried the neighbours, the minister said."
    assert _found(text, "spelling.doubled-word") == ["over over"]


def test_a_doubled_preposition_after_a_conjunction_is_a_slip():
    text = "The board met on the budget, but in in view of the strike, the vote was put off."
    assert _found(text, "spelling.doubled-word") == ["in in"]


def test_a_particle_then_a_preposition_is_english():
    text = ("The new fees came in in 2019, officials said. He took the shop over over the winter, "
            "and the heating went on on Monday.")
    assert _found(text, "spelling.doubled-word") == []


def test_a_binomial_epithet_is_no_lower_case_name():
    text = "The team named the fossil Velocicaudus gemini after the twin ridges where it lay."
    assert _found(text, "spelling.misspelling") == []


def test_a_lower_case_name_still_wants_its_capital():
    text = "The probe was built for the gemini programme, the agency said on Monday."
    assert _found(text, "spelling.misspelling") == ["gemini"]


def test_an_unheard_of_word_before_a_street_noun_is_a_local_street():
    assert _found("Police said the car was seen on Temekula Drive on Monday.", "spelling.proper-noun") == []
    assert _found("Police said the car was seen near Temekula on Monday.", "spelling.proper-noun") == ["Temekula"]


def test_a_first_rank_name_before_a_street_noun_is_still_judged():
    text = "The motorcade drove down Pensylvania Avenue to the Capitol on Monday."
    assert _found(text, "spelling.proper-noun") == ["Pensylvania"]


def test_a_title_doubled_before_a_name_is_a_slip():
    text = ("Regional Governor Governor Okafor opened the bridge on Tuesday. "
            "Later, Prime Prime Minister Velasco Lindqvist visited the site.")
    assert _found(text, "spelling.doubled-word") == ["Governor Governor", "Prime Prime"]


def test_other_capitalised_doubles_stay_names():
    text = ("Sirhan Sirhan was denied parole. The novel's Major Major Major rarely left his tent. "
            "They flew to Bora Bora, and the band Duran Duran played. Dr Dr Anke Vogt chaired it. She thanked the Governor. Governor "
            "Okafor replied.")
    assert _found(text, "spelling.doubled-word") == []
