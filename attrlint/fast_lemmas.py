"""The rule lemmatizer with one lemma cache for every token, read and written in arrays.

spaCy's rule lemmatizer walks the Doc in Python, makes a Token object per word and keys
its cache by (text, part of speech, morphology), but returns early for base forms (most
nouns and verbs) without caching them, so ``is_base_form`` ran for nearly every token:
about a third of the engine's own time. The lemma is a function of exactly that key, so
this subclass caches every answer by it, reads the keys with ``Doc.to_array`` and writes
the lemmas back with ``Doc.from_array``; only an unseen key makes a Token and asks the
original method. Its word index becomes a set (``form in index`` scanned a list of up
to 57,000 words per suffix rule and new word, the larger cost). The lemmas are the same
(tests/test_fast_lemmas.py compares them).

Inside a spaCy memory zone (``nlp.memory_zone``) the strings a parse adds are dropped when
the zone ends, so an entry made there may name a word or a lemma whose hash no longer has
a string: ``after_zone`` forgets exactly those entries (the words of the model's own
vocabulary stay cached) and spaCy's own cache, which would otherwise grow with every new
word of a long run.
"""
from __future__ import annotations

_CLASSES: dict[type, type] = {}


def _fast_class(base: type) -> type:
    from spacy.attrs import LEMMA, MORPH, ORTH, POS

    attrs = [ORTH, POS, MORPH, LEMMA]

    class CachedLemmatizer(base):  # type: ignore[misc, valid-type]
        def __call__(self, doc):
            if not self._validated:
                self._validate_tables()
            if len(doc) == 0:
                return doc
            cache = self.__dict__.setdefault("_attrlint_lemmas", {})
            rows = doc.to_array(attrs)
            out = rows[:, 3].copy()
            overwrite = self.overwrite
            strings = doc.vocab.strings
            zoned = self.__dict__.setdefault("_attrlint_zoned", []) if doc.vocab.in_memory_zone else None
            changed = False
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma and not overwrite:
                    continue
                key = (orth, pos, morph)
                found = cache.get(key)
                if found is None:
                    text = self.lemmatize(doc[i])[0]
                    found = strings.add(text)
                    if pos:  # an untagged token warns every time, as before
                        cache[key] = found
                        if zoned is not None:
                            zoned.append(key)
                out[i] = found
                changed = True
            if changed:
                rows[:, 3] = out
                doc.from_array([LEMMA], rows[:, 3:4])
            return doc

    CachedLemmatizer.__name__ = CachedLemmatizer.__qualname__ = f"Cached{base.__name__}"
    return CachedLemmatizer


def after_zone(nlp) -> None:
    """Forget what the lemmatizer cached about strings the zone just dropped."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lem = nlp.get_pipe("lemmatizer")
    zoned = lem.__dict__.pop("_attrlint_zoned", None)
    if zoned:
        cache = lem.__dict__.get("_attrlint_lemmas", {})
        strings = nlp.vocab.strings
        for key in zoned:
            lemma = cache.get(key)
            if lemma is not None and (key[0] not in strings or lemma not in strings):
                del cache[key]
    if isinstance(getattr(lem, "cache", None), dict):
        lem.cache.clear()  # keyed by hashes too; its answers are also in ours


def speed_up(nlp) -> None:
    """Give the pipeline's rule lemmatizer (if it has one) the cached, array-based call."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lem = nlp.get_pipe("lemmatizer")
    if getattr(lem, "mode", None) != "rule" or type(lem).__name__.startswith("Cached"):
        return
    base = type(lem)
    if base not in _CLASSES:
        _CLASSES[base] = _fast_class(base)
    lem.__class__ = _CLASSES[base]
    # the word index per part of speech is a list, and each suffix rule asks ``form in
    # index``: a scan of up to 57,000 words for every new word. A set answers the same.
    index = lem.lookups.get_table("lemma_index") if lem.lookups.has_table("lemma_index") else {}
    for key, words in list(index.items()):
        if isinstance(words, list):
            index[key] = frozenset(words)
