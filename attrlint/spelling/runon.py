"""Two words run together: "ofthe", "theMinister".

A dictionary cannot reject "ofthe": web text holds it often enough for a frequency list
to accept it. What gives it away is that it is two of the commonest words of English
with the space lost. A lower-case word followed by a capitalised one ("theMinister") is
the same slip where the second word was a title or a name; brands spell themselves that
way only after a one-letter prefix (iPhone, eBay) or as capitalised compounds (YouTube).
"""
from __future__ import annotations

import re
from typing import Iterable

from .lexicon import DICTIONARY, Lexicon

#: both halves of a lower-case run-on must be this common ("of", "the", "job")
FUNCTION_ZIPF = 5.5
#: one half of a lower-case run-on must be one of these ("ofthe", "ifyou", "ourjob")
FUNCTION_WORDS = frozenset("""
    the a an of to in on at by for from with as and or but if is was are were be been has had
    have it its this that these those we you they he she our your their his her my not no
    each every
""".split())
#: words that count as function words only beside another one ("upto"; "uptime" is a word)
PAIRED_ONLY = frozenset({"up"})
#: quantities English counts with "a": "alot", "alittle", "afew" are the phrase with the
#: space lost (other "a" + word joins are foreign words or names: amore, Aman, abad)
A_QUANTITIES = frozenset({"lot", "little", "few", "bit", "couple"})
#: the lower-case head of "theMinister" must be this common
CAMEL_HEAD_ZIPF = 5.0
#: particles of names that stand in lower case before a capital (deGrasse, vanDyke, al-Sisi)
NAME_PARTICLES = {"de", "da", "di", "du", "la", "le", "van", "von", "der", "den", "del", "della",
                  "dos", "das", "mc", "mac", "al", "el", "bin", "ibn", "ben", "ter", "ten", "st"}
#: page furniture a scraper glues to the last word of a caption or a widget ("sought
#: treatmentCredit: EPA", "Sign up for ourNewsletter", an ad's "inRead"): debris, not a slip
GLUED_FURNITURE = frozenset({"Credit", "Credits", "Photo", "Photos", "Image", "Images", "Picture",
                             "Pictures", "Getty", "Source", "Video", "Newsletter", "Newsletters",
                             "Advertisement", "Read", "Share", "Subscribe"})
#: Nguni (Zulu, Xhosa) possessive and locative prefixes, written before a name's capital:
#: "weSizwe" ("of the nation"), "kaZuma", "waNdlovu" are one word each, not "we" + a name
NGUNI_PREFIXES = frozenset({"we", "wa", "ka", "kwa", "ne", "na", "nga", "ku", "e", "o", "u", "um", "i"})
#: the longest function word: a split of a run-together pair lies within this of either end
_FUNCTION_MOST = max(map(len, FUNCTION_WORDS))

#: ... and a function word or preposition: a brand joins a noun or adjective to a capital
#: ("easyJet", "mediaQuant"), a slip loses the space after a little word ("againstWilders")
CAMEL_HEADS = frozenset("""
    about above after against among around before behind between but into like near over since
    than then through toward towards under until upon when where while without said says
    told tells asked wrote added
""".split())
#: a lower-case head nobody writes before a capitalised common word ("ruliBarrister"): a
#: word cut short by a scrape, run into the next; brands join real words ("easyJet")
CUT_HEAD_MIN, CUT_TAIL_ZIPF = 3, 3.0
CAMEL = re.compile(r"([a-z]{2,})([A-Z][a-z]+)")
#: "AndRussia", "OfUkraine": a capitalised little word run into a name. Brands and names
#: open with others ("TheStreet", "InStyle", "WithSecure", "FromSoftware", "OrCam"), never these
CAPITAL_HEADS = frozenset({"And", "But", "Of"})
CAPITAL_CAMEL = re.compile(r"([A-Z][a-z]{1,2})([A-Z][a-z]{2,})")


#: two-letter words that open a sentence, glued to a function word before them ("butIt")
SHORT_TAILS = frozenset({"It", "He", "We", "If", "In", "As", "At", "On", "So", "No", "My", "An"})


def run_together(word: str, lex: Lexicon) -> str | None:
    """The two words with the space restored, or None."""
    m = CAPITAL_CAMEL.fullmatch(word)
    if m and m.group(1) in CAPITAL_HEADS and lex.knows(m.group(2)):
        return f"{m.group(1)} {m.group(2)}"
    m = CAMEL.fullmatch(word)
    if m:
        head, tail = m.groups()
        if head in NGUNI_PREFIXES and lex.tier(tail.lower()) != DICTIONARY:
            return None  # "weSizwe": a Nguni prefix before a name, not a lost space
        if (head not in NAME_PARTICLES and tail not in GLUED_FURNITURE and lex.tier(head) == DICTIONARY and lex.zipf(head) >= CAMEL_HEAD_ZIPF
                and (head in FUNCTION_WORDS or head in CAMEL_HEADS) and lex.knows(tail)
                and (len(tail) >= 3 or tail in SHORT_TAILS)):
            return f"{head} {tail}"
        if (len(head) >= CUT_HEAD_MIN and not lex.knows(head) and tail not in GLUED_FURNITURE
                and lex.tier(tail.lower()) == DICTIONARY and lex.zipf(tail) >= CUT_TAIL_ZIPF and len(tail) >= 4):
            return f"{head} {tail}"  # "ruliBarrister": a scrape cut a word and ran the next into it
        return None
    if not word.islower() or len(word) < 4 or lex.tier(word) == DICTIONARY:
        return None
    if word[:1] == "a" and word[1:] in A_QUANTITIES:
        return f"a {word[1:]}"
    if word.endswith("s") and lex.tier(word[:-1]) == DICTIONARY:
        return None  # "everyones", "todays": an apostrophe lost, not a space
    splits: Iterable[int] = range(2, len(word) - 1)
    most = _FUNCTION_MOST
    if len(word) > 2 * most + 4:
        # one half must be a function word, so only splits near either end can pass: trying
        # every split of a hostile n-letter token cost n * n
        splits = [*range(2, most + 1), *range(len(word) - most, len(word) - 1)]
    for i in splits:
        a, b = word[:i], word[i:]
        function = {x for x in (a, b) if x in FUNCTION_WORDS}
        if len(function) == 2 or a in PAIRED_ONLY and b in FUNCTION_WORDS:
            pass  # "ofthe", "upto", "tomy": two function words, at any length
        elif not function or len(word) < 5:
            continue  # "wellbeing", "yearend": compounds, not slips; "mein", "goin": too short to tell
        if (lex.tier(a) == DICTIONARY and lex.tier(b) == DICTIONARY
                and min(lex.zipf(a), lex.zipf(b)) >= FUNCTION_ZIPF):
            return f"{a} {b}"
    return None
