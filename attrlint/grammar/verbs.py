"""Verb and noun forms from lemminflect's tables (no hand-written lists of verbs).

Answers the questions the grammar rules ask of one word: is it a past tense that is not
also a past participle ("went", not "showed"), a base form, a third-person form, and
what is its participle or base. Irregular forms only where regular -ed variants are
accepted English ("has showed", "has proved").
"""
from __future__ import annotations

from functools import lru_cache

# lemminflect is imported on first use: importing it costs start-up time for every run


@lru_cache(maxsize=4096)
def verb_lemmas(word: str) -> tuple[str, ...]:
    from lemminflect import getAllLemmas

    from ..lemma_tables import install

    install()  # tables read word by word: lemminflect's own load is ~0.6 s of set-up
    return tuple(getAllLemmas(word.lower(), upos="VERB").get("VERB", ()))


@lru_cache(maxsize=4096)
def forms(lemma: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllInflections

    from ..lemma_tables import install

    install()
    return getAllInflections(lemma, upos="VERB")


def is_base(word: str) -> bool:
    """A verb's base form ("go", "arrest")."""
    return word.lower() in verb_lemmas(word)


def past_not_participle(word: str) -> str | None:
    """For "went" "gone", for "saw" "seen", for "showed" "shown"; None when the word is
    also a participle, is another regular -ed form, or is a base form of some verb ("found",
    "saw")."""
    w = word.lower()
    if is_base(w):
        return None
    if w.endswith("ed"):
        return _n_participle(w)
    for lemma in verb_lemmas(w):
        f = forms(lemma)
        if w in f.get("VBD", ()) and w not in f.get("VBN", ()) and f.get("VBN"):
            if lemma == "get":
                return None  # "has got" is standard British English
            return f["VBN"][0]
    return None


def _n_participle(w: str) -> str | None:
    """For "showed" "shown": a regular past whose participle is the base + "n" (shown, sewn,
    hewn). Other -ed pasts are accepted as participles ("has spelled", "has proved")."""
    for lemma in verb_lemmas(w):
        f = forms(lemma)
        vbn = f.get("VBN", ())
        if w in f.get("VBD", ()) and w not in vbn and vbn and vbn[0] == lemma + "n":
            return vbn[0]
    return None


def participle_of_base(word: str) -> str | None:
    """For the base "arrest" its participle "arrested"; None when they coincide ("cut")."""
    w = word.lower()
    if not is_base(w):
        return None
    vbn = forms(w).get("VBN") or forms(w).get("VBD")
    if not vbn or w in vbn:
        return None
    return vbn[0]


def base_of_inflected(word: str) -> str | None:
    """For a past or third-person form ("went", "says") its base ("go", "say"); None for
    a base form or a participle-only form."""
    w = word.lower()
    if is_base(w):
        return None
    for lemma in verb_lemmas(w):
        f = forms(lemma)
        if w in f.get("VBD", ()) or w in f.get("VBZ", ()):
            return lemma
    return None


def third_person(lemma: str) -> str | None:
    vbz = forms(lemma.lower()).get("VBZ")
    return vbz[0] if vbz else None


@lru_cache(maxsize=4096)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Every lemma of ``word`` by part of speech ("raises": a verb and a noun)."""
    from lemminflect import getAllLemmas

    from ..lemma_tables import install

    install()
    return getAllLemmas(word.lower())


#: endings of nouns that the tables sometimes list as verbs
NOUN_ENDINGS = ("aire", "tion", "sion", "ness", "ity", "ship", "ism", "ist", "ology")


def verb_only_s_form(word: str) -> str | None:
    """For "delivers" its base "deliver": a third-person form of a word that is a verb
    and nothing else (not "raises", "calls", "hopes": plural nouns as well)."""
    lem = lemmas(word)
    if set(lem) != {"VERB"}:
        return None
    for base in lem["VERB"]:
        if base.endswith(NOUN_ENDINGS):
            continue  # the tables call "questionnaire" a verb
        if word.lower() in forms(base).get("VBZ", ()) and word.lower() != base:
            return base
    return None


def verb_only_base(word: str) -> bool:
    """"see", "provide": a base form of a word that is a verb and nothing else."""
    lem = lemmas(word)
    return set(lem) == {"VERB"} and word.lower() in lem["VERB"]


def ing_form(base: str) -> str | None:
    """"discuss" -> "discussing"."""
    vbg = forms(base).get("VBG")
    return vbg[0] if vbg else None
