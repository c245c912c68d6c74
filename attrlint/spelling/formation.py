"""Regular word formations a dictionary need not list: prefix + word, word + suffix,
two words run together on purpose (winterwear), British endings of American entries."""
from __future__ import annotations

import re

from .lexicon import DICTIONARY, RARE, Lexicon

#: a lower-case word that no dictionary holds is accepted when at least this common in
#: running text: below it, web text is full of typos ("goverment" is 2.7)
LOWER_CASE_MIN_ZIPF = 2.0

PREFIXES = ("un", "non", "re", "pre", "post", "anti", "counter", "over", "under", "socio", "neo",
            "mega", "micro", "macro", "mini", "multi", "inter", "intra", "trans", "sub", "super",
            "semi", "pseudo", "proto", "cyber", "eco", "geo", "bio", "euro", "narco", "hyper", "agro",
            "ultra", "out", "co", "de", "dis", "mis", "self", "ex", "mid", "cross")
SUFFIXES = ("ism", "isms", "ist", "ists", "ness", "less", "like", "wise", "ship", "hood",
            "ization", "isation", "s")
#: no compound is made with these: "talkedabout", "votedwith" are two words run together
FUNCTION_WORDS = frozenset(
    "about with from that this these those were have will would could should their there which into "
    "after been they them what when where while because being does than then whether".split())
#: an adjective in -al made a verb: instrumental -> instrumentalize, instrumentalised
ALIZE = re.compile(r"([a-z]{4,}al)i[sz](?:e|es|ed|ing|ation|ations)")
#: British endings of words the lexicon may hold only in American spelling
UK_ENDINGS = tuple((re.compile(p), us) for p, us in (
    (r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"),
    (r"ys(e|es|ed|ing)$", r"yz\1"),
    (r"our(s|ed|ing|ite|ites|able|er|ers)?$", r"or\1"),
    (r"tre(s)?$", r"ter\1"),
))


def derived_word(word: str, lex: Lexicon) -> bool:
    """Is an unlisted lower-case word a regular formation from listed ones? Prefix +
    word (unfragmented), word + suffix (birtherism), or two words (winterwear)."""
    if re.search(r"(.)\1\1", word):
        return False  # no formation triples a letter: "messsage" is a slip
    return affixed(word, lex) or two_words(word, lex)


def affixed(word: str, lex: Lexicon) -> bool:
    """A listed word with a prefix or a suffix ("unfragmented", "birtherism"), or a verb
    made of an adjective in -al."""

    def listed(part: str) -> bool:
        return len(part) >= 4 and lex.knows(part, LOWER_CASE_MIN_ZIPF)

    def in_dictionary(part: str) -> bool:
        return len(part) >= 5 and lex.tier(part) in (DICTIONARY, RARE)

    for p in PREFIXES:  # a short prefix is too easily a typo's first letters: ask more of the rest
        if word.startswith(p) and (in_dictionary if len(p) <= 3 else listed)(word[len(p):]):
            return True
    if any(word.endswith(x) and listed(word[: -len(x)]) for x in SUFFIXES):
        return True
    m = ALIZE.fullmatch(word)
    return bool(m and lex.tier(m.group(1)) == DICTIONARY)  # "instrumentalize": from an adjective in -al


def two_words(word: str, lex: Lexicon) -> bool:
    """Two dictionary words run together ("winterwear"; and "tress" + "passing", which is
    why ``derived_word`` alone cannot tell "tresspassing" from a real compound)."""
    return any(lex.tier(word[:i]) == DICTIONARY and lex.tier(word[i:]) == DICTIONARY
               and word[:i] not in FUNCTION_WORDS and word[i:] not in FUNCTION_WORDS
               for i in range(4, len(word) - 3))


#: the adjective of an -alise verb must be this common to outweigh a word one slip away
ALIZE_STEM_ZIPF = 2.0


def common_al_verb(word: str, lex: Lexicon) -> bool:
    """"factionalisation": a verb made of a common adjective in -al ("factional"), which a
    word one vowel away ("fictionalisation") does not explain better: both are formations."""
    m = ALIZE.fullmatch(word)
    return m is not None and lex.tier(m.group(1)) == DICTIONARY and lex.zipf(m.group(1)) >= ALIZE_STEM_ZIPF


#: endings that make a follower or a doctrine of a person's name ("Putinist", "Trumpism")
EPONYM_ENDINGS = ("ists", "isms", "ites", "ist", "ism", "ite", "ians", "ian")
#: ... of a person the gazetteer ranks this high
EPONYM_PROMINENCE = 4.0


def eponym(word: str) -> bool:
    """"putinist", "macronism": a famous person's surname and a follower's or a doctrine's
    ending, in lower case as some copy writes them; a formation, not a slip."""
    from ..gazetteer import PERSON, gazetteer

    for end in EPONYM_ENDINGS:
        stem = word[:-len(end)]
        if word.endswith(end) and len(stem) >= 4:
            entry = gazetteer().lookup(stem[:1].upper() + stem[1:])
            if entry is not None and PERSON in entry.kinds and entry.prominence >= EPONYM_PROMINENCE:
                return True
    return False


#: productive derivational endings (isolationistic, squanderance, spoofee, ranty): a
#: formation only from a common stem, and only when no frequent word is one slip away;
#: never an inflection (-ed, -ing, -s), where slips live ("occured", "adviced")
DERIVATIONAL = ("istic", "ance", "ees", "ee", "ic", "y")
#: ... the stem must be a dictionary word this common and this long
DERIVATION_STEM_ZIPF, DERIVATION_STEM_LEN = 3.0, 4


def derivation_stem(word: str, lex: Lexicon) -> str | None:
    """The common stem of a productive derivation ("squander" in "squanderance"), or None.
    The caller must still ask whether a slip of another word explains it better."""
    if re.search(r"(.)\1\1", word):
        return None
    for x in DERIVATIONAL:
        stem = word[: -len(x)]
        if (word.endswith(x) and len(stem) >= DERIVATION_STEM_LEN and lex.tier(stem) == DICTIONARY
                and lex.zipf(stem) >= DERIVATION_STEM_ZIPF):
            return stem
    return None


#: a people noun made of a noun: "partymen", "clubwomen" (an Indian and older English habit)
PEOPLE_ENDINGS = ("men", "man", "women", "woman")


def people_compound(word: str, lex: Lexicon) -> bool:
    """Noun + men/man/women/woman ("partymen"). The caller must still ask whether a slip
    of one word explains it better ("statemen" is "statement" with its last letter lost)."""
    return any(word.endswith(x) and len(word) - len(x) >= 4 and lex.tier(word[: -len(x)]) == DICTIONARY
               for x in PEOPLE_ENDINGS)


def british_form(word: str, lex: Lexicon) -> bool:
    """A British spelling of a word the lexicon holds only in American (racialised)."""
    for pattern, us in UK_ENDINGS:
        american = pattern.sub(us, word)
        if american != word and lex.knows(american, LOWER_CASE_MIN_ZIPF):
            return True
    return False
