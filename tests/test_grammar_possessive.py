"""grammar.name-possessive: a well-known surname plus "s" before a noun, apostrophe lost.
Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks import grammar_possessive
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in grammar_possessive.rules()}


def flagged(text: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules=RULES)
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text,word,fix", [
    ("Trumps campaign said it would appeal the ruling.", "Trumps", "Trump’s"),
    ("A spokesman said Merkels office had received the letter.", "Merkels", "Merkel’s"),
    ("Critics said Bidens new plan would cost too much.", "Bidens", "Biden’s"),
    # a surname the story itself names: after a first name, the slip later
    ("Maria Kowalczyk spoke first. Later, Kowalczyks lawyer read a statement.", "Kowalczyks", "Kowalczyk’s"),
])
def test_possessive_without_apostrophe_is_flagged(text, word, fix):
    assert flagged(text) == [(word, [fix])]


@pytest.mark.parametrize("text", [
    "The Obamas house in Chicago was sold.",  # the family, after "the"
    "Williams said the team would win.",  # a name in its own right
    "Senator Adams office hours are posted online.",  # Adams is a surname itself
    "The Democrats plan to vote against it.",  # not a person's surname
    "Trump's campaign said it would appeal.",  # written right
    "Apple trumps its rivals on price.",  # a verb in lower case
    "This diplomatic row went on for a year.",  # a determiner, not a name
    # the story's own spelling of a name ("Wilders" throughout, never "Wilder")
    "Geert Wilders spoke. Voters say Wilders exploits their fears, and Wilders denies it.",
])
def test_names_plurals_and_right_possessives_are_left_alone(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text,span,fix", [
    ("The Denver Broncos lost at home. The Denver Bronco’s coach blamed the wind.",
     "Denver Bronco’s", "Denver Broncos’"),
    ("Rain stopped play for the Leeds Rhinos again, and the Leeds Rhino's fans went home.",
     "Leeds Rhino's", "Leeds Rhinos’"),
    ("Aid from the United States arrived. The United State's envoy met the minister.",
     "United State's", "United States’"),
])
def test_a_plural_names_possessive_without_its_plural_is_flagged(text, span, fix):
    assert flagged(text) == [(span, [fix])]


@pytest.mark.parametrize("text,span,fix", [
    ("Fans filled the stands after the Green Bay Packer's win on Sunday.", "Green Bay Packer's", "Green Bay Packers’"),
    ("On Sunday Pittsburgh Penguin's coach praised the defence.", "Pittsburgh Penguin's", "Pittsburgh Penguins’"),
])
def test_a_known_teams_possessive_is_flagged_without_the_plural_in_the_story(text, span, fix):
    assert flagged(text) == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "The Chiefs won. The Chief's office was closed on Monday.",  # the sentence's "The"
    "Prince Harry met the Williams family. Prince William's wife was there.",  # a person
    "The New York Giants signed him. He became a New York Giant, and the New York Giant's locker was his.",
    "The Denver Broncos lost. The Denver Broncos’ coach blamed the wind.",  # right
    "The Leeds Rhino's coach spoke.",  # no plural in the story to judge by, and no team in the list
    "The foundation is a former Dallas Cowboy's project.",  # one player's
    "A Texas Ranger's badge was found.",  # a lawman, not the team
])
def test_names_that_are_no_plural_slip_are_left_alone(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text", [
    # a common noun after a capitalised word ("Royal Hospital") is no surname the story names
    "Schools closing gates early to keep pupils off the flooded road\n\n"
    "Staff at the Hill Street School said pupils would leave at noon.",
    "Hospitals new wing opens\n\nStaff at the Harbour Hospital said the wing would open in May.",
])
def test_a_common_noun_after_a_capital_is_not_a_surname(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text,word,fix", [
    ("Prime Minister Amara Kowalczyk won again. Kowalczyks Harbour Party has ruled since 2009.",
     "Kowalczyks", "Kowalczyk’s"),
    ("Jonas Okafor resigned on Monday. Okafors Green Alliance will choose a new leader.", "Okafors", "Okafor’s"),
])
def test_a_possessive_before_the_name_of_the_persons_party_is_flagged(text, word, fix):
    assert flagged(text) == [(word, [fix])]


@pytest.mark.parametrize("text", [
    # nobody of that name in the story: a name of its own ("Adams Morgan", "Hastings Borough")
    "Voters in Hastings Borough Council wards will choose a mayor.",
    "The Kowalczyks Harbour Party was founded by two brothers.",
    "Lucas Mendes joined Mendes Harbour Group in 2019.",   # written right, no "s"
])
def test_an_s_name_before_a_body_with_no_person_of_that_name_is_left_alone(text):
    assert flagged(text) == []
