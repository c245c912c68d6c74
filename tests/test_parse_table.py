"""One token table per parse: the attribution walk and the grammar rules read the same
``ParseTable`` (one ``Doc.to_array``), whose columns are the tokens' own attributes.
Invented sentences only."""
from __future__ import annotations

from attrlint import nlp
from attrlint.attribution.analysis import analyse
from attrlint.document import Document
from attrlint.grammar.tokens import token_table
from attrlint.parse_table import COLUMNS, ParseTable, parse_table

TEXT = ("The ferry operator said on Monday that crossings to Harlow Point would resume, "
        "according to a notice seen by reporters. Officials in Vellmar, citing the weather, "
        "declined to comment.\n\nThe harbour's new pier was built in 2019.")


def test_the_columns_are_the_tokens_attributes():
    sp = nlp.parse(TEXT)
    table = ParseTable(sp)
    for attr, name in (("LOWER", "lower"), ("POS", "pos"), ("DEP", "dep"), ("LEMMA", "lemma")):
        assert table.hashes(attr) == [getattr(t, name) for t in sp]
    assert table.hashes("IS_ALPHA") == [int(t.is_alpha) for t in sp]
    assert table.head == [t.head.i for t in sp]
    assert table.tag == [t.tag_ for t in sp]
    assert table.lemma_lower == [t.lemma_.lower() for t in sp]
    assert table.hashes("HEAD") is table.hashes("HEAD")  # a column is made once


def test_every_column_of_an_empty_parse_is_empty():
    table = ParseTable(nlp.parse("x")[0:0].as_doc())
    assert all(table.hashes(attr) == [] for attr in COLUMNS)
    assert table.head == [] and table.children == [] and table.lemma_lower == []


def test_attribution_and_grammar_share_one_table_per_document():
    doc = Document.from_text(TEXT)
    analyse(doc)
    shared = doc._shared["tokens"]
    assert isinstance(shared, ParseTable) and shared.sp is doc.spacy
    assert token_table(doc) is shared and parse_table(doc) is shared
    doc.release()
    assert parse_table(doc) is not shared  # released with the parse, read again from the new one
