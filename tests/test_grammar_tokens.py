"""The grammar rules' shared token table and their candidate searches give what the walks
and whole-text searches they replace give. Invented sentences only."""
from __future__ import annotations

import pytest
import regex

from attrlint import nlp
from attrlint.checks import grammar_doubles as doubles
from attrlint.checks.confusables import Confusable, _idioms
from attrlint.grammar.literals import matches_from, may_match, required
from attrlint.grammar.tokens import TokenTable

TEXT = ("The harbour master told. Ferries from Ostrava were delayed, and the crews of the Vellmar "
        "fleet say the tides was unusual. “Arrives tomorrow,” he said.\n\nTalks with and without "
        "the ministers continue; a trip to later this month is planned for the court room staff.")


def test_columns_are_the_tokens_attributes():
    doc = nlp.parse(TEXT)
    table = TokenTable(doc)
    assert table.lower == [t.lower_ for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.tag == [t.tag_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]
    assert table.head == [t.head.i for t in doc]
    assert table.children == [[c.i for c in t.children] for t in doc]
    assert [bool(v) for v in table.is_lower] == [t.is_lower for t in doc]
    assert [bool(v) for v in table.space] == [t.whitespace_ == " " for t in doc]
    assert table.idx == [t.idx for t in doc]


def test_positions():
    doc = nlp.parse(TEXT)
    table = TokenTable(doc)
    assert table.of_words({"with", "to", "from"}) == [t.i for t in doc if t.lower_ in ("with", "to", "from")]
    verbs = frozenset({"VERB", "AUX"})
    assert table.where("pos", verbs) == [t.i for t in doc if t.pos_ in verbs]
    sent = list(doc.sents)[1]
    assert table.within(table.where("pos", verbs), sent.start, sent.end) == [
        t.i for t in sent if t.pos_ in verbs]
    for t in doc:
        assert table.starting_at(t.idx) == t.i
    assert table.starting_at(doc[0].idx + 1) is None


def test_empty_parse():
    table = TokenTable(nlp.parse("x")[0:0].as_doc())
    assert table.pos == [] and table.head == [] and table.where("pos", frozenset({"NOUN"})) == []
    assert table.of_words({"to"}) == [] and table.starting_at(0) is None


@pytest.mark.parametrize("pattern,strings", [
    (r"(?P<wrong>baited)(?P<keep> breath)", {"baited breath"}),
    (r"(?P<wrong>reins?)\b(?! of)", {"rein", "reins"}),
    (r"(?P<keep>deep[- ])(?P<wrong>seeded)", {"deep seeded", "deep-seeded"}),
    (r"(?<![\w’'-])(?P<wrong>it[’']s)(?P<keep> own)", {"it's own", "it’s own"}),
    (r"(?:U\.S\.|US) (?P<wrong>Capital)(?! \p{Lu})", {"u.s. capital", "us capital"}),
])
def test_required_strings(pattern, strings):
    assert required(pattern) == strings


@pytest.mark.parametrize("pattern,strings", [
    (r"\w+", set()),                           # nothing literal
    (r"\w+ly", {"ly"}),
    (r"(?:kind){e<=1} words", set()),          # a fuzzy count: regex reads it otherwise than re
    (r"\L<words> ahead", set()),               # a named list
    (r"[[:alpha:]]+ walk", set()),             # a POSIX class
    (r"(?i:Free) reign", {" reign"}),          # flags inside a group: that part is left out
])
def test_unknown_or_foreign_syntax_proves_nothing(pattern, strings):
    assert required(pattern) == strings
    assert may_match(frozenset(), "anything")


def test_a_story_without_the_strings_has_no_idiom_match():
    texts = [
        "Voters held their baited breath as the count went on.",
        "The crowd stormed the US Capital on a cold day.",
        "Their are several reasons, and it’s own rules apply; ITS BEEN a year.",
        "The car crashed in to the barrier. A consulting films office opened.",
        "Nothing to see here at all, the clerk said.",
    ]
    for text in texts:
        for pat, _entry, needed in _idioms():
            if not may_match(needed, text.casefold()):
                assert pat.search(text) is None, pat.pattern


@pytest.mark.parametrize("text", [
    "Prices stayed stable and stable and stable despite it.",
    "x-ray and x-ray, ’tis and ’tis, calm or calm.",
    "He has never spoken publicly spoken, she had\tnever  spoken \t publicly\tspoken.",
    "Gomez said, “Gomez said. We will.” (Okafor told us: \"Okafor told us it was fine.\"",
    "The coach told reporters: “told reporters the team is ready,” a rival said, ‘a rival said",
    "and and or or , “ “ ly ly",
])
def test_candidate_searches_find_what_the_whole_text_search_finds(text):
    D = doubles.DoubledPhrase
    searches = [
        (D.PARTICIPLE_GAP, doubles._participle_starts(text)),
        (D.ADJ_PAIR, doubles._pair_starts(text)),
        (D.ACROSS_QUOTE, doubles._quote_starts(text)),
    ]
    for pattern, starts in searches:
        want = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in matches_from(pattern, text, starts)] == want


def test_matches_from_keeps_finditer_order_and_overlap_rule():
    pat = regex.compile(r"(?<!\w)ab(?:ab)?")
    text = "abab ab xab"
    starts = list(range(len(text)))
    assert [m.span() for m in matches_from(pat, text, starts)] == [m.span() for m in pat.finditer(text)]


@pytest.mark.parametrize("text", [
    "They were quiet then, though the loose form passed by every waist.",
    "THEN Then tHeN; their’s theirs; loose-leaf; by-election; it's it’s",
    "ſell it and Kelvin-sign K on the wander",  # letters that fold to an ASCII one
    "İt was then; ß and then",                   # letters that fold to two: the whole search
])
def test_confusable_candidates_match_the_whole_text_search(text):
    want = [m.span() for m in Confusable._pattern().finditer(text)]
    assert [m.span() for m in Confusable._matches(text)] == want


def _prose_by_tokens(sp):
    """The prose-sentence test as it read each Token before the table (the reference)."""
    for sent in sp.sents:
        words = [t for t in sent if t.is_alpha]
        if len(words) < 4:
            continue
        toks = [t.text for t in sent if not t.is_space]
        while toks and toks[-1] in ("”", '"', "’", "'", ")"):
            toks.pop()
        if not toks or toks[-1] not in (".", "!", "?", ";", ":", ","):
            continue
        if sum(1 for t in words[1:] if t.is_lower and len(t) >= 4) < 2:
            continue
        yield sent


@pytest.mark.parametrize("text", [
    "Harbour Board Rejects New Ferry Timetable\n\nThe board met on Tuesday and rejected the plan. "
    "“We cannot run boats that late,” the chairman said. (The vote was close.) Dawn Sailings Cut",
    "Short one. Ferries were delayed for hours at the northern pier “because of fog.”\n\n"
    "A caption under a photo\nMinisters Meet In Vellmar To Discuss Tides.  Then   crews waited, tired;",
    "x",
])
def test_prose_sentences_from_the_table_are_the_token_walks(text):
    from attrlint.document import Document
    from attrlint.grammar.prose import prose_sentences

    doc = Document.from_text(text)
    doc.set_spacy(nlp.parse(text))
    got = [(s.start, s.end) for s in prose_sentences(doc)]
    assert got == [(s.start, s.end) for s in _prose_by_tokens(doc.spacy)]
    if len(text) > 1:
        assert got  # the texts have prose sentences: the test compares something


def test_leading_strings():
    from attrlint.grammar.literals import leading

    assert leading(regex.compile(r"(?<![\w’'-])(?P<to>to) (?P<w>\p{Ll}{3,}s)")) == {"to "}
    assert leading(regex.compile(r"(?<![\w-])(?P<d>[Tt]he|[Hh]is) \w+")) == {"The", "the", "His", "his"}
    assert leading(regex.compile(r"(?:un)?able \w+")) == {"abl", "unabl"}  # read part by part: three letters are enough
    assert leading(regex.compile(r"(?:a|b)(?:c|d)(?:e|f)(?:g|h)x")) == {
        a + b + c for a in "ab" for b in "cd" for c in "ef"}  # three characters: rare enough
    assert leading(regex.compile(r"(?i)the \w+")) is None  # case ignored: any casing starts a match
    assert leading(regex.compile(r"\p{Ll}{2,}\.")) is None  # any letter may start it
    assert leading(regex.compile(r"(?m)^[ \t]*x")) is None


STORY = ("The crews wanted leave early, but they tried get home. Harbour staff is says little; two ferryman "
         "were held. One the captains had left, most the boats stayed. According the board, each the "
         "crews wish protest the plan. He taken the bus. The meeting was delayed by the fog, and "
         "the ferry was cancel by then. They could able to sail, it is been a week. Many others will "
         "try sail. to made the case. More 40 boats. It cost $ $5 and Rs. Rs.10 this Monday Morning. They "
         "said the her bag was lost; on my the way, have the been rebuilt; he had the sail. Many of them were "
         "named them and one or the other, two or the best. Their villagers family said she wife left.")


@pytest.mark.parametrize("module,names", [
    ("grammar_slips", ["VerbSlip.BE_S", "VerbSlip.TO_TAKER"]),
    ("grammar_slip_forms", ["_BE_BASE_BY", "_PASSIVE_AND_BASE", "_BE_PAST", "_MODAL_PRONOUN_PAST", "_BE_NOUN",
                            "_NEVER_MEET", "_PRONOUN_PARTICIPLE"]),
    ("grammar_counts", ["_PLURAL_COUNT"]),
    ("grammar_small", ["DroppedOf.ONE", "DroppedOf.QUANTITY", "DroppedPreposition.PATTERN", "PluralModifier.PATTERN"]),
    ("grammar_words", ["DroppedWord.BARE_YEAR", "DroppedWord.MORE_NUMBER", "StrayCapital.PATTERN"]),
    ("grammar_counts", ["_A_PLURAL"]),
    ("grammar_slip_forms", ["_PRONOUN_KIN"]),
    ("grammar_determiners", ["StrayDeterminer.HE_FOR_THE", "StrayDeterminer.THE_FOR_TO", "StrayDeterminer.BEEN",
                             "StrayDeterminer.PRONOUN", "StrayDeterminer.ARTICLE"]),
    ("grammar_stray", ["StrayWord.PASSIVE_OBJECT", "OrForOf.PATTERN", "OrForOf.QUANTITY"]),
    ("grammar_possessive_plural", ["_PERSON_KIN"]),
])
def test_searches_at_opening_strings_find_what_finditer_finds(module, names):
    import importlib

    from attrlint.grammar.literals import finditer_at, leading

    mod = importlib.import_module(f"attrlint.checks.{module}")
    for name in names:
        pattern = mod
        for part in name.split("."):
            pattern = getattr(pattern, part)
        assert leading(pattern), name  # the rule's search is narrowed: its openings are known
        for text in (STORY, STORY.lower(), STORY.replace(" ", "  "), ""):
            assert [m.span() for m in finditer_at(pattern, text)] == [m.span() for m in pattern.finditer(text)], name
