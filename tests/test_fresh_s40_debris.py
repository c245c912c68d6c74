"""Page furniture seen on fresh real excerpts (stop 40), with invented fixtures: a blog's
comment heading, a tag archive's heading, a theme's "Off By" meta line, an empty date label,
social and app pitches (with an app store's button), a reply heading in French, an author's
bio after the story; and story sentences using the same words, left alone."""
from __future__ import annotations

import pytest
from conftest import FERRY_STORY, debris_findings

HEAD, LEAD, MIDDLE, END = FERRY_STORY


def _flagged_lines(text: str, rules: dict) -> list[int]:
    return [f[0] for f in debris_findings(text, rules)]


@pytest.mark.parametrize("line", [
    "One thought on “Harbour board agrees new ferry timetable”",
    "12 Responses to \"Harbour board agrees new ferry timetable\"",
    'Home Tags Posts tagged with "ferries"',
    "Posts tagged “harbour”",
    "Tag Archives: Harbour board",
    "June 5, 2024 Off By Jane Doe",
    "5 June 2024 Comments Off by Jane Doe",
    "Publish date:",
    "Publication Date:",
    "Follow Harbour news on BBC Sounds, Facebook, Instagram and X.",
    "Stay informed with the 9NEWS app: Download today",
    "Know the news with the 9NEWS app: Download today Download today",
    "Laisser un commentaire",
])
def test_page_headings_meta_lines_and_pitches_are_furniture(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MIDDLE}\n\n{END}"
    assert 5 in _flagged_lines(text, debris_rules)


@pytest.mark.parametrize("line", [
    "One thought on the plan, the mayor said, was to start the ferries in May.",
    "Posts tagged as urgent were answered first, the board said on Monday.",
    "The lights were switched off by staff at 10pm, the board said.",
    "Publish dates for the timetable were set by the board on Monday.",
    "Follow the ferries on their route, the guide told visitors.",
    "Passengers can download the operator's app, the board said.",
    "The operator said more people used the ferry app, which passengers can download now.",
])
def test_the_same_words_in_story_sentences_are_left_alone(line, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MIDDLE}\n\n{END}"
    assert 5 not in _flagged_lines(text, debris_rules)


@pytest.mark.parametrize("bio", [
    "Jane Doe studied journalism and politics at Harbourtown University.",
    "Jane Doe covers local government and transport for the Harbour Star.",
    "Jane Doe joined the Harbour Star in 2019 as a reporter.",
])
def test_an_author_bio_after_the_story_is_furniture(bio, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{MIDDLE}\n\n{END}\n\n{bio}"
    assert 9 in _flagged_lines(text, debris_rules)


@pytest.mark.parametrize("last", [
    "Captain Jane Doe joined the Army in 2005 and served two tours in Iraq.",
    "Jane Doe studied law before she became the board's chair.",
])
def test_a_storys_last_sentence_about_someone_is_left_alone(last, debris_rules):
    text = f"{HEAD}\n\n{LEAD}\n\n{MIDDLE}\n\n{END}\n\n{last}"
    assert 9 not in _flagged_lines(text, debris_rules)



def _with_names(line: str) -> str:
    lead = "Harbour Board chair Maria Okafor met the Ferry Union in Portvale on Monday."
    return f"{HEAD}\n\n{lead}\n\n{line}\n\n{MIDDLE}\n\n{END}"


@pytest.mark.parametrize("line", ["maria okafor ferry union portvale", "harbour board chair maria okafor 2"])
def test_an_images_alt_text_naming_the_storys_people_is_furniture(line, debris_rules):
    assert 5 in _flagged_lines(_with_names(line), debris_rules)


@pytest.mark.parametrize("line", [
    "ferry timetable talks end in agreement",  # a lower-case headline: words the prose writes in lower case
    "talks with okafor end in agreement",  # one name is no evidence
])
def test_lower_case_lines_without_the_storys_names_are_left_alone(line, debris_rules):
    assert 5 not in _flagged_lines(_with_names(line), debris_rules)
