"""spaCy parses a run's texts in batches bounded by characters, with the same parses."""

from __future__ import annotations

from attrlint import nlp

NEEDS = frozenset({"parser", "ner", "tagger", "lemmatizer"})


def test_batches_keep_order_and_stay_under_the_character_budget(monkeypatch):
    monkeypatch.setattr(nlp, "BATCH_CHARS", 100)
    pieces = [(0, "a" * 30), (1, "b" * 30), (2, "c" * 30), (3, "d" * 30), (4, "e" * 250), (5, "f" * 10)]
    batches = list(nlp._batches(pieces, batch_size=4))
    assert [len(b) for b in batches] == [3, 1, 1, 1]  # a piece over the budget goes alone
    assert [p for b in batches for p in b] == [p for _, p in pieces]
    assert [len(b) for b in nlp._batches([(i, "x") for i in range(9)], batch_size=4)] == [4, 4, 1]


def test_small_batches_parse_as_one_batch_does(monkeypatch):
    texts = [
        "The mayor said on Monday that the bridge would reopen.\n\nCommuters were relieved.",
        "Ana Pereira, a nurse in Lisbon, told reporters the ward was full.",
        "Shares fell 3% in early trading, according to the exchange.",
    ]

    def parses(budget: int) -> list:
        monkeypatch.setattr(nlp, "BATCH_CHARS", budget)
        return [
            [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in d]
            for d in nlp.parse_many(texts, nlp.DEFAULT_MODEL, NEEDS, batch_size=4)
        ]

    one_batch, alone = parses(10_000), parses(10)
    assert len(alone) == 3 and all(alone) and alone == one_batch
