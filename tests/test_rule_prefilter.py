"""The literal prefilter of the TOML rule kinds (``rule.WordListRule``): a story holding
none of the strings every match needs is not searched, and nothing else changes."""

import pytest

from attrlint.document import Document
from attrlint.rule import ExistenceRule, needed_strings


def _doc(text: str) -> Document:
    return Document.from_text(text, path="t.txt")


def _searched(rule: ExistenceRule, text: str) -> list[tuple[int, int]]:
    """The matches of the rule's alternation itself, without the prefilter."""
    doc = _doc(text)
    return [m.span() for m in rule._re.finditer(doc.text) if m.end() > m.start() and not doc.in_quote(*m.span())]


def test_phrases_need_their_longest_piece():
    assert needed_strings(["Sign up now", "Don't miss"], []) == ("miss", "sign")


def test_patterns_need_their_literals_and_scoped_case_flags_are_read_through():
    assert needed_strings([], [r"(?-i:Tap)[ \t]+\w+"]) == ("tap",)
    assert needed_strings([], [r"(?-i:Tap)[ \t]+to[ \t]+(?:expand|collapse)"]) == ("collapse", "expand")


@pytest.mark.parametrize("pattern", [r"(?m)^[A-Z]\w+$", r"\p{Lu}{3,}"])
def test_a_pattern_without_known_literals_turns_the_filter_off(pattern):
    assert needed_strings(["Subscribe"], [pattern]) is None


def test_cased_non_ascii_letters_turn_the_filter_off():
    # regex folds some cased letters otherwise than str.casefold: not tested for
    assert needed_strings(["Straße"], []) is None
    assert needed_strings(["Straße gesperrt"], []) == ("gesperrt",)
    assert needed_strings(["© Newsdesk"], []) == ("newsdesk",)


def test_a_story_without_the_strings_is_not_searched_and_gives_nothing():
    rule = ExistenceRule(id="t.promo", category="debris", phrases=["Tap to subscribe"], patterns=[r"(?-i:Swipe)\s+left"])
    text = "The council met on Tuesday. Nobody mentioned the budget."
    assert rule._needed_strings() is not None
    assert list(rule.matches(_doc(text))) == [] == _searched(rule, text)


@pytest.mark.parametrize(
    "text",
    [
        "Read it all. TAP TO SUBSCRIBE\nSwipe  left for more.",
        "Tap to subscrıbe",  # a dotless i: regex's case-blind search matches it to I
        "Subscribe? TAP TO \u212aEEP it",  # the Kelvin sign folds to k
        "“Tap to subscribe,” the banner said.",
    ],
)
def test_the_filter_keeps_every_match_of_the_search(text):
    rule = ExistenceRule(id="t.promo", category="debris", phrases=["Tap to subscribe", "tap to keep"],
                         patterns=[r"(?-i:Swipe)\s+left"])
    assert [m.span() for m in rule.matches(_doc(text))] == _searched(rule, text)


def test_the_dotless_i_is_folded_for_the_filter():
    rule = ExistenceRule(id="t.promo", category="debris", phrases=["TAP TO SUBSCRIBE"])
    text = "Tap to subscrıbe"
    assert rule._re.search(text)  # what the filter must not hide
    assert [m.group(0) for m in rule.matches(_doc(text))] == ["Tap to subscrıbe"]
