"""said-bookism and self-disclosure: a person owning up to a feeling, struggle, preference
or habit of their own is not conceding anything; "admitted" in a dispute still is."""
import pytest

from attrlint.checks.loaded_language import SaidBookism
from attrlint.document import Document

DISCLOSURES = [
    "The singer admits that he nearly gave up music after the tour.",
    "Actor Tobin Marsh Admits He Still Answers Fan Mail",
    "The founder of Lindqvist Tools, Aron Pell, has admitted that he has had to employ mainly people over the age of 60.",
    "Mira Dalton admits that her first year at college has been a bit surreal.",
    "If the river dries up again, he admits he will probably have to leave the farm.",
    "The novelist confesses she still writes every chapter by hand.",
    "Calder admitted that he feels nervous before every match.",
]

CONCESSIONS = [
    "The minister admitted that he had taken the deduction in a debate with his rival.",
    "She admitted she had no statistics on the teenagers who survived.",
    "The ministry admitted that the choice of venue was symbolic.",
    "The governor admitted that he still owns shares in the firm.",
    "The Defence Ministry admitted they had to delay the programme.",
    "Councillor Brandt admitted that the scheme had been rushed.",
]


def _ids(text):
    return [f.rule for f in SaidBookism().check(Document.from_text(text))]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_self_disclosure_is_left_alone(text):
    assert _ids(text) == []


@pytest.mark.parametrize("text", CONCESSIONS)
def test_a_concession_is_still_flagged(text):
    assert _ids(text) == ["loaded_language.said-bookism"]


def test_disclosures_were_flagged_without_the_fence(monkeypatch):
    """The fence is what clears them: each is a said-bookism to the rest of the rule."""
    from attrlint.checks import loaded_language

    monkeypatch.setattr(loaded_language, "_self_disclosure", lambda *a: False)
    assert all(_ids(t) == ["loaded_language.said-bookism"] for t in DISCLOSURES)
