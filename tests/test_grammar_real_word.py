"""grammar.real-word: a dropped or swapped letter that spells another dictionary word, when the
story uses the word meant and the neighbours fit it (invented sentences)."""
import pytest

from attrlint.checks.confusables import RealWord
from attrlint.document import Document
from attrlint.grammar.realword import inflection_only, slips_of


def found(text: str) -> list[tuple[str, str]]:
    doc = Document.from_text(text)
    return [(text[f.start:f.end] if hasattr(f, "start") else "", f.suggestions[0])
            for f in RealWord().check(doc)]


def words(text: str) -> list[str]:
    return [s for _, s in found(text)]


FLAGGED = [
    # a letter dropped from the word meant
    ("He told reporters that his best fiend had lent him the money for the deposit. "
     "The friend, who asked not to be named, confirmed the loan later.", "friend"),
    ("The prime minster said on Tuesday that the talks would resume soon. "
     "The minister had earlier refused to comment on the proposals from the union.", "minister"),
    ("The factory closed six moths ago and has not reopened. "
     "Workers said the last few months had been hard for their families.", "months"),
    ("The company posted a loss in the spring. The firm said the quater was hit by higher "
     "costs, and the quarter before was also weak.", "quarter"),
    # two neighbouring letters swapped
    ("The government insists that its unclear program is peaceful. "
     "Inspectors have visited two nuclear sites this year.", "nuclear"),
    ("The lawsuit field against the company last week seeks damages for the workers. "
     "It was filed in a federal court.", "filed"),
    ("The agreement was singed by both sides on Monday. "
     "The ministers signed a second deal on fishing rights a day later.", "signed"),
    ("The treaty will be singed by the end of the year, officials said. "
     "Both sides have signed earlier drafts of it.", "signed"),
]


@pytest.mark.parametrize("text,meant", FLAGGED)
def test_flags_a_slip_for_a_word_the_story_uses(text, meant):
    assert words(text) == [meant]


LEFT_ALONE = [
    # the right word
    "Officials said the treaty was signed in the capital on Monday evening. "
    "The deal had been signed in draft form by both delegations last month.",
    "The government insists that its nuclear program is peaceful. Inspectors have visited "
    "two nuclear sites this year.",
    # the word meant is not in the story: no evidence the writer meant it
    "The prime minster said on Tuesday that the talks would resume soon. "
    "Officials had earlier refused to comment on the proposals from the union.",
    "He told reporters that his best fiend had lent him the money for the deposit. "
    "The lender, who asked not to be named, confirmed the loan later.",
    # a name, a headline
    "Crowds gathered outside York Minster said to be the largest in the city. "
    "The minister for culture attended the service.",
    "Prime Minster Says Talks Will Resume After The Minister Meets Unions\n\n"
    "The minister met union leaders on Monday.",
    # a plural or a tense of the word is another word, not a slip
    "The ministers signed the deal. The minister said the sign was clear to all of them.",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_leaves_alone(text):
    assert words(text) == []


def test_candidates_are_a_letter_put_back_or_a_swap_undone():
    assert {"nuclear", "minister", "friend"} & slips_of("unclear") == {"nuclear"}
    assert "minister" in slips_of("minster")
    assert "friend" in slips_of("fiend")
    assert "field" not in slips_of("fiend")  # a letter changed is not a slip here


def test_endings_are_not_slips():
    assert inflection_only("minister", "ministers")
    assert inflection_only("sign", "signed")
    assert not inflection_only("unclear", "nuclear")


def test_evidence_and_suggestion():
    doc = Document.from_text(FLAGGED[0][0])
    (f,) = list(RealWord().check(doc))
    assert f.suggestions == ["friend"]
    assert "used elsewhere in the story" in f.evidence
    assert "“best friend”" in f.evidence


def test_a_confusion_set_word_is_left_to_grammar_confusable():
    # "bother"/"brother" is a set of rules/confusables.toml, with its own guards ("a bother")
    text = ("My older bother was at the match. His brother said the game was a bother "
            "to get to, and my brother agreed.")
    assert words(text) == []


def test_the_prefilter_keeps_exactly_the_words_with_a_used_candidate():
    """The check skips a word outside ``realword.reached``: that must be exactly a word with no
    candidate among the story's words (``realword.slips_of`` read the other way round, only
    words common enough to be candidates and not an ending, as ``realword.suspect`` asks)."""
    import random

    from attrlint.grammar.ngrams import ngrams
    from attrlint.grammar.realword import MIN_CANDIDATE, inflection_only, reached, slips_of

    ng = ngrams()
    rng = random.Random(7)
    vocab = ["nuclear", "unclear", "minister", "minster", "signed", "singed", "friend", "fiend",
             "filed", "field", "treaty", "trade", "stared", "started", "panel", "plane",
             "reports", "report", "states", "state", "tolls", "toll", "nucler", "mnister", "sigend"]
    for _ in range(300):
        used = frozenset(rng.sample(vocab, 8))
        got = reached(used, lambda c: ng.uni.get(c, 0) >= MIN_CANDIDATE)
        for word in vocab + ["xyzzy"]:
            expected = word in used and any(
                c in used and ng.uni.get(c, 0) >= MIN_CANDIDATE and not inflection_only(word, c)
                for c in slips_of(word))
            assert (word in got) == expected, (word, used)


def test_the_bulk_slips_are_the_plain_ones_on_random_words():
    """``reached`` makes the slips a position at a time over all the words: the same words as
    trying every candidate's slips one by one, on random words over a few letters (many
    slips of one another, doubled letters, words of one and two letters)."""
    import random

    from attrlint.grammar.realword import inflection_only, reached, slips_of

    rng = random.Random(11)
    for _ in range(400):
        used = frozenset("".join(rng.choice("aabst") for _ in range(rng.randint(1, 8)))
                         for _ in range(rng.randint(0, 40)))
        chosen = frozenset(w for w in used if rng.random() < 0.6)
        got = reached(used, chosen.__contains__)
        expected = {w for w in used
                    if any(c in chosen and not inflection_only(w, c) for c in slips_of(w))}
        assert got == expected, sorted(used)


def test_no_candidate_is_longer_than_the_words_expanded():
    """A word longer than ``LONGEST_CANDIDATE`` is never expanded: no candidate is that long."""
    from attrlint.grammar.ngrams import ngrams
    from attrlint.grammar.realword import LONGEST_CANDIDATE, MIN_CANDIDATE

    uni = ngrams().uni
    assert max(len(k) for k in uni if uni[k] >= MIN_CANDIDATE) <= LONGEST_CANDIDATE


def test_the_prefilter_costs_no_square_on_a_long_run_of_letters():
    """A run of letters with no space is not a candidate: it is never expanded."""
    from attrlint.grammar.realword import reached

    assert reached(frozenset({"a" * 50_000, "a" * 49_999}), lambda c: True) == set()
