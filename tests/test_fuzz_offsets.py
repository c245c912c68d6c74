"""Property tests (Hypothesis): offsets stay exact whatever the markup, long texts parse in
pieces into one exact Doc, and --fix changes exactly the fixed spans and nothing else."""
from __future__ import annotations

import codecs
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attrlint import nlp
from attrlint.config import Config
from attrlint.fixes import apply_fixes
from attrlint.formats import read_document
from attrlint.linter import lint_documents
from attrlint.registry import load_pack
from attrlint.sources_io import decode, write_fixed

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: pieces of drafts as editors and CMSs produce them: prose, markup, entities, odd spaces
PIECES = [
    "The mayor said", " ", "\n", "\n\n", "\r\n", "“quoted”", '"straight"', "‘single’", "don’t",
    "&amp;", "&eacute;", "&#8212;", "&nbsp;", "&bogus;", "&", "<", ">", "*", "**bold**", "_x_",
    "`code`", "[link](http://example.org)", "![alt](img.png)", "<b>", "</b>", "<p>", "</p>",
    "<br/>", "<script>x</script>", "<!-- c -->", "# Head", "> quote", "- item", "1. item",
    "---", "\\*", "café", "naïve", "東京", "🙂", "\t", "\u00a0", "\u200b", "e\u0301", "ﬁ",
]

documents = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40).map("".join)


@SETTINGS
@given(source=documents, fmt=st.sampled_from(["text", "markdown", "html"]))
def test_every_text_position_maps_into_the_source(source, fmt):
    doc = read_document(source, f"x.{ {'text': 'txt', 'markdown': 'md', 'html': 'html'}[fmt] }", fmt)
    n = len(doc.text)
    for seg in doc.offsets.segments:
        assert 0 <= seg.t_start <= seg.t_end <= n
        assert 0 <= seg.s_start <= seg.s_end <= len(source)
        if seg.t_end - seg.t_start == seg.s_end - seg.s_start:  # character for character
            assert doc.text[seg.t_start:seg.t_end] == source[seg.s_start:seg.s_end]
    for start in range(0, n + 1, max(1, n // 15)):
        for end in (start, min(n, start + 1), min(n, start + 7), n):
            s, e = doc.source_span(start, end)
            assert 0 <= s <= e <= len(source)
            line, col = doc.line_index.line_col(s)
            assert line >= 1 and col >= 1
    for p_start, p_end in doc.paragraphs:
        assert 0 <= p_start < p_end <= n


@SETTINGS
@given(text=st.lists(st.sampled_from(["word", "Word.", " ", "\n", "\n\n", "x" * 30, "“q”", "\t"]),
                     max_size=120).map("".join),
       size=st.integers(min_value=8, max_value=80))
def test_chunks_cover_the_text_exactly_and_end_at_breaks(text, size):
    spans = nlp.chunk_spans(text, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (a, b), (c, _) in zip(spans, spans[1:]):
        assert b == c and a < b
    for a, b in spans[:-1]:
        assert b - a <= size
        if "\n\n" in text[a + size // 4:a + size - 1]:
            assert "\n" in text[b - 2:b], "a piece ends at a paragraph break when one fits"


def test_a_long_text_parses_in_pieces_into_one_exact_doc(monkeypatch):
    paragraph = ("Maria Lopez, the finance minister, said on Tuesday that prices rose.\n"
                 "“We will act,” she told reporters in Lisbon.\n\n")
    text = paragraph * 40 + "A last line with no break " * 30
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 700)
    pipeline = nlp.get_pipeline(nlp.DEFAULT_MODEL, frozenset({"parser", "ner", "tagger"}))
    monkeypatch.setattr(pipeline, "max_length", 1_000)  # the whole text is far over it
    doc = next(nlp.parse_many([text], nlp.DEFAULT_MODEL, frozenset({"parser", "ner", "tagger"})))
    assert doc.text == text and len(nlp.chunk_spans(text)) > 5
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text
    for ent in doc.ents:
        assert text[ent.start_char:ent.end_char] == ent.text
    assert sum(1 for e in doc.ents if e.text == "Maria Lopez") >= 35, "entities found in every piece"
    sents = list(doc.sents)
    assert all(s.text.strip() for s in sents) and len(sents) >= 80


def test_linting_a_long_document_keeps_positions_exact(monkeypatch):
    """A rule reading doc.spacy on a text parsed in pieces reports exact positions."""
    from attrlint.rule import BaseRule

    class VerbsFromParse(BaseRule):
        id, category, description = "test.parsed-verbs", "loaded_language", "verbs by the tagger"
        needs = frozenset({"tagger"})

        def check(self, doc):
            for tok in doc.spacy:
                if tok.lower_ in ("conceded", "gloated") and tok.pos_ == "VERB":
                    yield self.finding(doc, tok.idx, tok.idx + len(tok.text), "verb")

    monkeypatch.setattr(nlp, "CHUNK_CHARS", 500)
    body = "The minister **conceded** the point on Tuesday.\n\nShe gloated about the vote.\n\n" * 30
    doc = read_document(body, "long.md", config=Config())
    res = lint_documents([doc], {"test.parsed-verbs": VerbsFromParse()})[0]
    assert len(res.findings) == 60 and not res.errors
    assert len(doc.text) > 2000
    for f in res.findings:
        assert body[f.location.start:f.location.end] == f.location.text in ("conceded", "gloated")


# --- --fix --------------------------------------------------------------------------------
ENCODINGS = [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
             ("utf-16-be", codecs.BOM_UTF16_BE), ("latin-1", b""), ("cp1252", b"")]
WORDS = ["conceded", "gloated", "slammed", "said", "The", "minister", "café", "—", "“x”", ",", ".", " ", "\n",
         "\r\n", "\t", "conceded defeat", "Conceded", "GLOATED"]
FIX_RULES = None


def _rules():
    global FIX_RULES
    if FIX_RULES is None:
        from conftest import TEST_PACK

        FIX_RULES = {r.id: r for r in load_pack(TEST_PACK)}
    return FIX_RULES


def _expected(text: str) -> str:
    swap = {"conceded": "said", "gloated": "said", "slammed": "criticised"}

    def repl(m: re.Match) -> str:
        word = m.group(0)
        if word.lower() == "conceded" and text[m.end():m.end() + 7] == " defeat":
            return word
        new = swap[word.lower()]
        return new[0].upper() + new[1:] if word[0].isupper() else new

    return re.sub(r"(?<![\w’'-])(?:conceded|gloated|slammed)(?![\w-]|['’]\w)", repl, text, flags=re.I)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), max_size=30), enc=st.sampled_from(ENCODINGS))
def test_fix_changes_exactly_the_fixed_spans_and_keeps_the_encoding(tmp_path, words, enc):
    codec, bom = enc
    text = "".join(words)
    try:
        raw = bom + text.encode(codec)
    except UnicodeEncodeError:
        return  # a text this encoding cannot hold is never read in it
    path = tmp_path / "draft.txt"
    path.write_bytes(raw)
    read_as = decode(raw, str(path), None if codec.startswith("utf") else codec)
    if read_as.encoding != codec and not bom:  # e.g. latin-1 bytes that are also valid UTF-8
        codec = read_as.encoding
    assert read_as.text == text
    doc = read_document(read_as.text, str(path), config=Config(select=["house.*"]))
    findings = lint_documents([doc], _rules())[0].findings
    new, _ = apply_fixes(read_as.text, findings)
    assert new == _expected(text)
    write_fixed(path, new, read_as)
    assert path.read_bytes() == bom + new.encode(codec)


@pytest.mark.parametrize("text", ["", "\n", "conceded", "x conceded\r\n"])
def test_fix_on_tiny_files(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode())
    read_as = decode(path.read_bytes(), str(path))
    doc = read_document(text, str(path), config=Config(select=["house.*"]))
    new, _ = apply_fixes(text, lint_documents([doc], _rules())[0].findings)
    write_fixed(path, new, read_as)
    assert path.read_bytes() == _expected(text).encode()


def test_an_unknown_character_reference_is_literal_text_mapped_one_to_one():
    """'&bogus;' is not an entity: it stays in the text as written, each character mapped to
    itself (it once mapped '&' onto the whole reference and the rest onto later letters)."""
    source = "&bogus;The mayor said\n"
    doc = read_document(source, "x.md", "markdown")
    assert doc.text == "&bogus;The mayor said"
    for seg in doc.offsets.segments:
        assert doc.text[seg.t_start:seg.t_end] == source[seg.s_start:seg.s_end]
    assert doc.source_span(7, 10) == (7, 10)
