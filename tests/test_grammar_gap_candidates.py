"""grammar.missing-word, .missing-particle and .missing-noun make a Token only at the words
whose tag their first test takes (picked from the token table's columns): they must judge
exactly the pairs the walk over every word of every prose sentence judged. Invented text."""
from __future__ import annotations

from attrlint import nlp
from attrlint.checks.grammar_gaps import MissingParticle, MissingWord
from attrlint.checks.grammar_gaps_figures import MissingNoun
from attrlint.config import Config
from attrlint.document import Document
from attrlint.grammar.prose import prose_sentences

TEXTS = [
    "The old king sat behind throne for many years before his son took over. Her deputy is charge of "
    "the inquiry and the report was nearly done. Officials said the talks were on verge of collapse.",
    "The council was expected be ready by May, and an attempt stop the convoy failed on Monday. The "
    "agency was responsible ensuring the work, and the rules allow the inspectors carry out checks.",
    "There are 4,210 malaria across the region, officials said on Friday. In 2015 malaria spread fast "
    "and 46 waiting were seen. A 50-50 stalemate followed, and 300 staff left the ministry last year.",
    "What response do you expect? The harbour master told the crews of the Vellmar fleet to wait. "
    "“We sat behind throne for years,” the courtier said. Delegates met at party conferences.",
    "Talks with and without the ministers continue; a trip to later this month is planned for the "
    "court room staff. He wanted to go. They will come back soon, she said, and we expect them stay.",
]


def _doc(text: str) -> Document:
    doc = Document.from_text(text, path="story.txt", config=Config())
    doc.set_spacy(nlp.parse(text))
    return doc


def _walk_missing_word(doc):
    rule = MissingWord()
    return [(doc.spacy[b.i - 1].idx, b.idx) for sent in prose_sentences(doc) for b in sent[1:]
            if rule._judge(doc, b)]


def _walk_missing_particle(doc):
    rule = MissingParticle()
    out = []
    for sent in prose_sentences(doc):
        if sent.text.rstrip().rstrip("”\"’'").endswith("?"):
            continue
        for b in sent[1:]:
            a = doc.spacy[b.i - 1]
            if rule._across_object(doc, b) is not None:
                out.append((b.head.idx, b.idx))
            elif rule._judge(doc, a, b) is not None:
                out.append((a.idx, b.idx))
    return out


def _walk_missing_noun(doc):
    rule = MissingNoun()
    return [(doc.spacy[b.i - 1].idx, b.idx) for sent in prose_sentences(doc) for b in sent[2:-1]
            if rule._judge(doc, doc.spacy[b.i - 1], b)]


def _starts(doc, findings):
    # each finding spans from the left word to the end of the judged word
    return [(f.start, next(t.idx for t in doc.spacy if t.idx + len(t.text) == f.end)) for f in findings]


def test_the_same_pairs_as_the_walk():
    judged = 0
    for text in TEXTS:
        for k in range(len(text) // 40):  # and the text cut at many places (sentences end early)
            piece = text[: len(text) - 40 * k]
            doc = _doc(piece)
            for rule, walk in ((MissingWord(), _walk_missing_word), (MissingParticle(), _walk_missing_particle),
                               (MissingNoun(), _walk_missing_noun)):
                got, want = _starts(doc, list(rule.check(doc))), walk(doc)
                assert got == want, (rule.id, piece)
                judged += len(want)
    assert judged > 10  # the texts hold slips each rule finds


ALSO_TEXTS = [
    "The envoy also the minister's aides on Monday. The council then its budget for the year. "
    "The President visiting the envoy on Monday. Officials later the talks in the capital.",
    "The minister also this morning called the envoy. She also met the aides and then left. "
    "Also the harbour master said the crews were late, and the ferries then sailed.",
]


def test_missing_verb_reads_the_same_sentences_as_every_one():
    from attrlint.checks.grammar_words import MissingVerb

    rule = MissingVerb()
    found = 0
    for text in ALSO_TEXTS:
        for k in range(len(text) // 30):
            piece = text[: len(text) - 30 * k]
            doc = _doc(piece)
            want = []
            for sent in prose_sentences(doc):
                if doc.in_quote(sent.start_char, sent.end_char) or sent[0].text in ("“", '"', "‘"):
                    continue
                hit = rule._also_np(sent) or rule._bare_gerund(sent)
                if hit:
                    want.append(hit[:2])
            assert [(f.start, f.end) for f in rule.check(doc)] == want, piece
            found += len(want)
    assert found > 3
