"""grammar.stray-word, grammar.or-for-of, grammar.lost-object: a small word that cannot
stand where it is is flagged; the same words in frames English writes are left alone.
Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_stray import LostObject, OrForOf, StrayWord, impossible_pairs
from attrlint.config import Config
from attrlint.document import Document


def found(rule, text: str) -> list[str]:
    doc = Document.from_text(text, path="story.txt", config=Config())
    return [text[f.start:f.end] for f in rule.check(doc)]


@pytest.mark.parametrize("text,span", [
    ("The speaker was promoted him to sergeant last year.", "promoted him"),
    ("Three of the dockers were arrested them on Friday.", "arrested them"),
    ("Two of the clerks were re-hired them in May.", "re-hired them"),
    ("The new mayor was quickly sworn us in by the clerk.", "sworn us"),
    ("The campaign plans t expand the council's plans.", "t"),
    ("Trade was again high n the agenda of the summit.", "n"),
    ("The firm leads in exports far more as than its rivals.", "as than"),
    ("Police said the were no injuries in the crash.", "the were"),
    ("A review should had been ordered years ago.", "should had"),
    ("The board would will meet again in June.", "would will"),
    ("She voted for the bill and but later regretted it.", "and but"),
    ("The court heard its of the view that the deal stands.", "its of"),
    ("The mayor said the that port would reopen.", "the that"),
    ("These are the only parties that they we could work with.", "they we"),
    ("The fair honours local farmers, k growers and bakers.", "k"),  # a stray letter after a comma
    ("The judge, l ooking tired, adjourned the case.", "l ooking"),  # a word split by a space
    ("Volunteers were p icking up litter by the river.", "p icking"),
])
def test_stray_words_are_flagged(text, span):
    assert found(StrayWord(), text) == [span]


@pytest.mark.parametrize("text", [
    "She was given them by her aunt on her birthday.",  # a second object after "given"
    "The children were told them by their grandmother.",  # "told" takes two objects
    "He was with them when the storm came.",
    "It covers 40 sq m of floor space.",  # a unit
    "We don t know the answer yet.",  # a lost apostrophe: spelling.lost-apostrophe's
    "Choose plan x or plan y today.",
    "Shops sold cheap t shirts and e cigarettes.",  # hyphens a feed dropped
    "It was an at times emotional speech.",
    "It is the by far biggest order the yard has had.",
    "Theresa May has said the vote will go ahead.",  # "May" the name, not the modal
    "The will would be read on Friday, the lawyer said.".replace("The will would", "His will would"),
    "More than was expected came, and those who came stayed.",
    "It shaped their and the council's plans.",  # coordinated possessives
    "Patients with hepatitis c and low vitamin d levels were studied.",  # letters as labels
    "The council adopted plan b after the vote.",
    "Officials, x and y in the notes, were not named.",
])
def test_english_frames_are_left_alone(text):
    assert found(StrayWord(), text) == []


def test_the_pairs_are_read_from_the_data_file():
    pairs = impossible_pairs()
    assert ("as", "than") in pairs and ("the", "were") in pairs
    assert ("the", "the") not in pairs  # a repeat: spelling.doubled-word's


@pytest.mark.parametrize("text", [
    "Ivan Sorokin, governor or the Tula region, said no one was hurt.",
    "He met the Minister or Foreign Affairs in Rome on Monday.",
    "The Secretary or State flew to Cairo.",
    "She is one or the best goalkeepers in the league.",
    "The Ambassador or Peru, Ana Ruiz, left early.",
    "Most or the largest lenders agreed.",
])
def test_or_for_of_is_flagged(text):
    assert found(OrForOf(), text) == ["or"]


@pytest.mark.parametrize("text", [
    "The governor or the mayor will open the bridge.",
    "The governor or the New York state legislature must agree.",
    "The Secretary or State Department staff will attend.",
    "Either the minister or Foreign Office officials will reply.",
    "Russia does not have to be one or the other.",
    "It is a threat to the president or Peru.",  # two parties; a full stop proves nothing
    "On his part or his department's, there was no plan.",
])
def test_two_people_or_bodies_are_left_alone(text):
    assert found(OrForOf(), text) == []


@pytest.mark.parametrize("text,span", [
    ("The plan was first reported by , a local weekly.", "reported by"),
    ("Turnout fell, according to . Officials blamed the rain.", "according to"),
    ("The figures came from . The ministry did not comment.", "from"),
    ("The agenda was posted on; nobody saw it in time.", "posted on"),
    ("The survey was first published on two weeks later.", "published on"),
    ("Her letter appeared in; it was read out.", "appeared in"),
])
def test_lost_object_is_flagged(text, span):
    assert found(LostObject(), text) == [span]


@pytest.mark.parametrize("text", [
    "It had happened before . Then it stopped.",  # an adverb, not a preposition
    "The court was told, and the jury agreed.",
    "He was talking about ... well, nobody knew.",
    "The deal was reported in, of all places, a trade paper.",
    "The report will be published in six months, officials said.",
    "The results will be published in two weeks after the audit.",
    "The video was posted online on Friday, and shared widely.",
    "He said he will fight on, and he did.",
])
def test_prepositions_with_their_objects_are_left_alone(text):
    assert found(LostObject(), text) == []


def test_a_split_word_gets_the_whole_word_as_its_fix():
    doc = Document.from_text("The judge, l ooking tired, adjourned the case.", path="story.txt", config=Config())
    (finding,) = StrayWord().check(doc)
    assert finding.suggestions == ["looking"] and "split by a stray space" in finding.message


@pytest.mark.parametrize("text,open_", [
    ("More as than half voted. He said the were no plans. They should had been told.", True),
    ("(The should) [an at times] “But the would”. May the should, may the.", True),
    ("No pair stands in this sentence at all, said the clerk.", False),
])
def test_pair_gate_opens_wherever_the_pattern_finds_a_listed_pair(text, open_):
    """The gate (two runs of word characters side by side that are a listed pair) is open
    for every story where the search finds one, so a story it shuts has nothing to find."""
    from attrlint.checks.grammar_stray import _may_pair, _pair_pattern, impossible_pairs

    listed = [m for m in _pair_pattern().finditer(text, overlapped=True)
              if (m.group("a").lower(), m.group("b")) in impossible_pairs()]
    assert _may_pair(text) == open_
    assert _may_pair(text) or not listed


@pytest.mark.parametrize("text", [
    "The figures were, according to . The report was cited by , and quoted in ; later.",
    "He spoke to , then for . and with  . Ends with the . Or a . an , than : into .",
    "The agenda was posted on; it was first published on two weeks later. Shared in, aired at.",
    "Nothing here ends badly. Prices rose, fell; and rose again: fine.",
])
def test_lost_object_prefilters_keep_every_search_hit(text):
    """Where ``BEFORE_MARK`` finds a word before a mark, the word-end test lets it through,
    and a text holding a ``PUBLISHED`` match holds one of its verbs."""
    from attrlint.checks.grammar_stray import LostObject

    rule = LostObject()
    for mark in rule.MARK.finditer(text):
        end = mark.start()
        while end > 0 and text[end - 1] == " ":
            end -= 1
        m = rule.BEFORE_MARK.search(text, max(0, end - 20), end)
        if m is not None and not (m.group("bare") and end == mark.start()):  # a finding
            assert text.endswith(rule.WORD_ENDS if end < mark.start() else rule.PHRASE_ENDS, 0, end)
    if any(rule.PUBLISHED.finditer(text)):
        assert any(v in text for v in rule.PUT_OUT)
