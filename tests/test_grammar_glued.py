"""grammar.glued-words: a token no lexicon or web count knows that reads as common words
with a function word, or as two common words at a capital, had its spaces lost; new
compounds, dropped-g speech, handles, tags, foreign words and names are left alone.
Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_glued import GluedWords
from attrlint.config import Config
from attrlint.grammar.glued import split_lower
from attrlint.linter import lint_text


def found(text: str) -> list[str]:
    out = lint_text(text, path="story.txt", config=Config(), rules={GluedWords.id: GluedWords()})
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text,span", [
    ("Researchers said thereportpublished last week showed a sharp fall in rainfall.", "thereportpublished"),
    ("The council said that thenewbudget would be voted on in March next year.", "thenewbudget"),
    ("Farmers said theoldbridge had been closed to lorries since the flood.", "theoldbridge"),
    ("The minister said the plan would help the wider militaryIndustry over the next decade.", "militaryIndustry"),
    ("Aid workers said the convoy reached the refugeeCamp late on Sunday night.", "refugeeCamp"),
    ("Residents said the repairs had been slowandcostly for the whole street.", "slowandcostly"),
])
def test_glued_words_are_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    # new compounds of two content words
    "Crews fought the heatdome fires for weeks while the weekslong inquiry dragged on.",
    # a spoken -ing with its g dropped
    "The singer said the whole crowd was bowlin over with laughter all night.",
    # handles, tags and addresses
    "Follow the desk at @thenewsdesk and #climateaction, or read example.com/thenewbudget today.",
    # a capitalised place or a brand after the capital, a widget after a time stamp
    "Footage of the level crossing crashDenver police released showed the barrier up.",
    "Posted two hours agoLive coverage of the match follows below.",
    "She booked the flight with easyJet last week, the court heard.",
    # a foreign sentence
    "Para sempre grata por tudo, com foco e dedicação incansável, disse ela.",
    # words spelling.misspelling reads as run together are its own
    "The mayor said the plans were forthe harbour and its people.",
])
def test_compounds_names_and_others_left_alone(text):
    assert found(text) == []


def test_cut_last_word_left_alone():
    assert found("The strike went on as the union and the company failed to agree, and the minister thenext") == []


def test_fewest_parts_win():
    assert split_lower("troopstowards") == ("troops", "towards")
    assert split_lower("thereportpublished") == ("the", "report", "published")
    assert split_lower("coolerator") is None  # two function words: no slip of this kind


@pytest.mark.parametrize("text,span,fix", [
    ("The final will be played on Thursdayat the national stadium, the association said.", "Thursdayat", "Thursday at"),
    ("The envoy who arrived in Viennawas greeted by the mayor and his deputies at the airport.", "Viennawas", "Vienna was"),
    ("Protests in Madridafter the vote drew thousands of people to the main square.", "Madridafter", "Madrid after"),
    ("The market reopened on Mondayafter a week of repairs to the roof and the stalls.", "Mondayafter", "Monday after"),
])
def test_a_weekday_or_a_well_known_place_run_into_a_function_word_is_flagged(text, span, fix):
    out = lint_text(text, path="story.txt", config=Config(), rules={GluedWords.id: GluedWords()})
    assert [text[f.start:f.end] for f in out] == [span]
    assert out[0].suggestions == [fix]


@pytest.mark.parametrize("text", [
    # names that end in the letters of a function word, demonyms, and places that are words
    "Augustin Romanet said Malian and Omanis troops would attend the talks in the capital.",
    "The delegation from Washington met Carolina Aston and Boston officials on Sunday at noon.",
    "Sundays are quiet in the town, the mayor said, and Mondays are busier than ever.",
])
def test_names_that_only_end_like_a_function_word_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text,span,fix", [
    ("The fossil was named Raptorex kellyi last year. R. kellyiwas small compared to its cousins in the north.",
     "kellyiwas", "kellyi was"),
    ("The band Zorbalux toured in spring. Critics said Zorbaluxagainst all odds filled the arena twice.",
     "Zorbaluxagainst", "Zorbalux against"),
    ("The firm Quindara makes sensors. Shares in Quindarawere up by a fifth after the results on Monday.",
     "Quindarawere", "Quindara were"),
])
def test_a_word_the_story_uses_run_into_a_function_word_is_flagged(text, span, fix):
    out = lint_text(text, path="story.txt", config=Config(), rules={GluedWords.id: GluedWords()})
    assert [text[f.start:f.end] for f in out] == [span]
    assert out[0].suggestions == [fix]


@pytest.mark.parametrize("text", [
    # the part is not used elsewhere in the story
    "Shares in Quindarawere up by a fifth after the results on Monday, the exchange said.",
    # a spoken -ing with its g dropped, and a name whose first letters are a used name
    "The Hans family met the Hanson family, and the singer said the crowd was clownin all night.",
])
def test_a_part_the_story_does_not_use_on_its_own_is_left_alone(text):
    assert found(text) == []
