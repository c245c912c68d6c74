"""The faster paths of the engine and the attribution walk give the slow paths' answers:
line-break sentence starts, the walk's token table, the token filter's per-parse values and
the name rules' shared family uses (invented drafts)."""

from __future__ import annotations

import pytest

from attrlint import nlp
from attrlint.attribution.analysis import _CUE_WORDS, _TokenTable, _trimmed
from attrlint.attribution.lexicon import lexicon
from attrlint.attribution.parse import is_claim, trimmed
from attrlint.document import Document
from attrlint.parse_table import ParseTable

DRAFTS = [
    "COUNCIL VOTES ON BRIDGE\nBy Staff Reporter\n\nThe council voted on Tuesday to close the old bridge, "
    "according to a spokeswoman. \"We had no choice,\" said Mary Lowe, the council's leader.\n"
    "Is the bridge safe? Engineers are not sure.\n\n  Residents, citing the cost, said they would appeal.\n",
    "Shares fell 4% after the company warned that profits would halve, analysts said. The board, "
    "quoting an internal review, blamed the weather.\nRelated: Markets slide\nRelated: Bank cuts rates\n",
    "Officials told reporters the road would reopen. It was believed that the repairs had gone well, "
    "and sources claimed the work would finish early?\n\n\n\nWho knows.",
    "\n\n  Leading spaces and a line\nthat breaks mid sentence, the minister added, noting the delay.",
    "One line with no break at all, which the mayor said was fine",
    "",
    "\n",
]


@pytest.fixture(scope="module")
def pipeline():
    return nlp.get_pipeline()


def _before_newlines(pipe, text: str):
    """The Doc as it reaches the line-break component."""
    doc = pipe.make_doc(text)
    for name, proc in pipe.pipeline:
        if name == "attrlint_newlines":
            return doc
        doc = proc(doc)
    raise AssertionError("no attrlint_newlines component")


@pytest.mark.parametrize("text", DRAFTS)
def test_line_breaks_start_the_same_sentences(pipeline, text):
    fast, slow = _before_newlines(pipeline, text), _before_newlines(pipeline, text)
    nlp._newline_boundaries(fast)
    nlp._newline_boundaries_slow(slow)
    assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in slow]
    if "\n" in text.strip():
        assert any(t.is_sent_start for t in fast[1:])  # the test reaches the component's work


@pytest.mark.parametrize("text", [d for d in DRAFTS if d.strip()])
def test_the_token_table_answers_as_the_token_walks(text):
    sp = nlp.parse(text)
    cue_verbs = lexicon().cue_verbs
    table = _TokenTable(ParseTable(sp), cue_verbs)
    seen_cue = seen_claim = False
    for sent in sp.sents:
        assert _trimmed(sp.text, sent.start_char, sent.end_char) == trimmed(sent)
        slow_cues = [t.i for t in sent if t.lower_ in _CUE_WORDS
                     or (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in cue_verbs)]
        assert [t.i for t in table.cue_tokens(sent.start, sent.end)] == slow_cues
        claim = table.is_claim(sent.start, sent.end) and not sp.text.endswith("?", sent.start_char, trimmed(sent)[1])
        assert claim == is_claim(sent)
        seen_cue |= bool(slow_cues)
        seen_claim |= claim
    assert seen_cue or "said" not in text


def test_the_token_filter_reads_each_attribute_once_with_the_same_answers():
    from attrlint.token_filter import _MEMO, token_indices

    sp = nlp.parse(DRAFTS[0] + DRAFTS[1])
    for attr, keep in (("LOWER", lambda w: w in ("said", "the", "bridge")), ("TAG", lambda t: t.startswith("VB")),
                       ("LEMMA", lambda m: m == "say"), ("POS", lambda p: p == "PROPN"), ("ORTH", lambda o: False)):
        name = {"LOWER": "lower_", "TAG": "tag_", "LEMMA": "lemma_", "POS": "pos_", "ORTH": "orth_"}[attr]
        expected = [t.i for t in sp if keep(getattr(t, name))]
        assert token_indices(sp, attr, keep) == expected, attr
        assert token_indices(sp, attr, keep) == expected, attr  # from the kept values
        assert attr in sp.user_data[_MEMO]
    assert token_indices(nlp.parse(""), "LOWER", lambda w: True) == []


def test_the_name_rules_share_each_familys_uses():
    from attrlint.checks.consistency import _uses
    from attrlint.house_style import all_families

    families = all_families(None)
    doc = Document.from_text("Kiev and Kyiv, Beijing and Peking, Mumbai and Bombay: one Kiev more.\n")
    found = 0
    for family in families:
        expected = list(family.occurrences(doc.text))
        assert _uses(doc, family) == expected
        assert _uses(doc, family) is _uses(doc, family)  # computed once
        found += len(expected)
    assert found >= 3
    doc.release()  # the shared analyses go with the parse
    assert _uses(doc, families[0]) == list(families[0].occurrences(doc.text))
