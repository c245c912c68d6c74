"""Split a token that is two or three words run together, by unigram counts.

"thereportpublished", "budgetfor", "militaryIndustry": no lexicon knows the token, and the
Web 1T unigrams (the 333,000 commonest tokens of a trillion words of web text, shipped in
``rules/grammar/ngrams.tsv.gz``) do not hold it either, so it is written fewer than about
12,000 times on the web; yet it reads as a few common words with the spaces lost. The
split with the fewest parts wins (then the likeliest by the counts, as wordsegment
scores it): "budgetfor" is "budget for", not "bud get for".

What keeps this apart from a new compound ("heatdome", "carpark", "weekslong"): a
lower-case token must hold a function word ("the", "in", "by"), which English compounds
never take inside; a camel join ("militaryIndustry") needs two common words on either side
of the capital. Two words with a single function word (the commonest slips: "ofthe") are
spelling.misspelling's; the rule that uses this asks it first.
"""
from __future__ import annotations

import math
from typing import Callable

from ..gazetteer import gazetteer
from ..spelling.lexicon import DICTIONARY, lexicon
from ..spelling.runon import GLUED_FURNITURE
from .ngrams import ngrams
from ..ordering import longest_first

#: the Web 1T total (tokens), for the unigram probabilities
TOTAL = 1_024_908_267_229.0
#: words that no compound holds: a run-together token containing one is words with the space lost
FUNCTION_WORDS = frozenset("""
    the a an of to in on at by for from with as and or but if is was are were be been has had
    have it its this that these those we you they he she our your their his her my not no
    into onto about after over under within without towards toward between against during
    through before
""".split())
#: a content part is a dictionary word this common (Zipf) and this long at least
CONTENT_ZIPF, CONTENT_MIN = 3.5, 3
#: the longest token tried (a longer run of letters is a URL slug or a hashtag, not a slip)
LONGEST = 30


def _content(part: str) -> bool:
    lex = lexicon()
    return (len(part) >= CONTENT_MIN and part not in FUNCTION_WORDS and lex.tier(part) == DICTIONARY
            and lex.zipf(part) >= CONTENT_ZIPF and ngrams().unigram(part) > 0)


def unknown(token: str) -> bool:
    """Neither the lexicon nor the web's commonest tokens hold it."""
    lex, low = lexicon(), token.lower()
    return not lex.knows(token) and lex.tier(low) == 0 and ngrams().unigram(low) == 0


def split_lower(token: str) -> tuple[str, ...] | None:
    """The parts of a lower-case token that is content words and one function word run
    together ("budgetfor", "thereportpublished"), or None."""
    if not token.islower() or not 6 <= len(token) <= LONGEST or not unknown(token):
        return None
    if token.endswith("in") and lexicon().knows(token + "g"):
        return None  # "bowlin", "nothin": a spoken -ing with its g dropped
    ng, lex = ngrams(), lexicon()
    n = len(token)
    for cuts in ([(i,) for i in range(2, n - 1)], [(i, j) for i in range(2, n - 2) for j in range(i + 2, n - 1)]):
        best: tuple[float, tuple[str, ...]] | None = None
        for c in cuts:
            bounds = (0, *c, n)
            parts = tuple(token[a:b] for a, b in zip(bounds, bounds[1:]))
            function = [p for p in parts if p in FUNCTION_WORDS]
            if len(function) != 1 or not all(p in FUNCTION_WORDS or _content(p) for p in parts):
                continue
            if len(parts) == 3 and any(lex.tier(a + b) == DICTIONARY for a, b in zip(parts, parts[1:])):
                continue  # "nation to wards": two parts make one word, so two parts fit better
            score = sum(math.log(ng.unigram(p) / TOTAL) for p in parts)
            if best is None or score > best[0]:
                best = (score, parts)
        if best:
            return best[1]
    return None


#: the last word of a page's time stamp, after which a widget's label starts ("two hours agoLive")
STAMP_ENDS = frozenset({"ago"})
#: a capitalised tail this prominent in the gazetteer is a name ("crashDenver": a
#: headline run into the next line, which starts with a place), not a common word
NAME_PROMINENCE = 3.0


#: the days of the week: a name no word continues in lower case ("Thursdayat" is "Thursday at")
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def split_name(token: str) -> tuple[str, str] | None:
    """The parts of a capitalised token that is a weekday or a prominent place run into a
    function word ("Thursdayat", "Viennawas", "Madridafter"), or None. The head must be one
    of these, not any name: a name may end in letters that spell a function word ("Augustin",
    "Romanet"), a weekday or a well-known place never does, and a demonym or another word
    ("Malian", "Omanis") is known to the lexicon, so the token is not unknown."""
    if len(token) > LONGEST:
        return None
    for i in range(len(token) - 2, 3, -1):
        head, tail = token[:i], token[i:]
        if tail not in FUNCTION_WORDS:
            continue
        if head not in WEEKDAYS:
            entry = gazetteer().lookup(head)
            if entry is None or "L" not in entry.kinds or entry.prominence < NAME_PROMINENCE:
                continue
        return (head, tail) if unknown(token) else None
    return None


#: words a lost space runs into the end of a name the story prints ("Pedro Castillowhom a
#: judge …"), tried with the function words by ``split_used`` only
RUN_IN_WORDS = frozenset("who whom whose which when said says".split())
#: function words run into a word the story uses, longest first ("a", one letter, is left out:
#: too many words start or end with it)
_ENDS = sorted((w for w in FUNCTION_WORDS | RUN_IN_WORDS if len(w) > 1), key=longest_first)
#: each of them with its place in that order, and their lengths: a token is tried only with
#: the ones it starts or ends with (most long words hold none)
_END_RANK = {w: i for i, w in enumerate(_ENDS)}
_END_LENGTHS = sorted({len(w) for w in _ENDS})


def split_used(token: str, used: Callable[[str], bool]) -> tuple[str, str] | None:
    """The parts of a token that is a word the story uses elsewhere, on its own, run into a
    function word ("kellyiwas" where the story names the species "kellyi", "withZorbalux"
    where it writes "Zorbalux"), or None. The story's own use vouches for a part no word list
    knows (a species, a rare name), and the token is unknown to the lexicon and the web."""
    n = len(token)
    if not 6 <= n <= LONGEST:
        return None
    held = {p for k in _END_LENGTHS if n - k >= 4 for p in (token[:k], token[n - k:]) if p in _END_RANK}
    if not held:
        return None
    for fw in sorted(held, key=_END_RANK.__getitem__):  # in _ENDS' order, as the full loop
        rest = n - len(fw)
        if rest < 4:
            continue
        if token.endswith(fw) and used(token[:rest]):
            parts = token[:rest], fw
        elif token.startswith(fw) and used(token[len(fw):]):
            parts = token[:len(fw)], token[len(fw):]
        else:
            continue
        # the look-ups above are cheap; the lexicon is asked only for a token that splits
        if not unknown(token) or token.endswith("in") and lexicon().knows(token + "g"):
            return None  # a word after all, or "clownin": a spoken -ing with its g dropped
        return parts
    return None


def split_camel(head: str, tail: str) -> bool:
    """Is "militaryIndustry" two common words with the space lost: a lower-case content word
    run into a capitalised common word that is no place and no well-known name?"""
    if head in STAMP_ENDS or tail in GLUED_FURNITURE:
        return False
    if not (_content(head) and _content(tail.lower()) and len(tail) >= 4 and unknown(head + tail)):
        return False
    entry = gazetteer().lookup(tail)
    return entry is None or "L" not in entry.kinds and entry.prominence < NAME_PROMINENCE
