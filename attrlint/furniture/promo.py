"""The website's promotion: an order to the reader to follow, join or subscribe to the site.

Story text can start with the same verbs ("Follow-up talks…", "Download speeds on the
company's app…", "Visit the Channel ports…"), so a line counts only when the verb stands
alone at its start (an imperative: no subject before it), the line is short or ends like
a call to action, what it promotes is the site's own (our/us/your, "<Site>'s", a sign-up
to a named site, a link, ">>", a colon or "here"), and nobody is quoted or cited on it.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..data import load_data
from . import patterns as P
from ..ordering import longest_first

#: a promotion is an order of a few words; a longer line must end like one
SHORT = 20
#: "…, a spokesman told members", "according to the report": a reported statement, not an order
ATTRIBUTION = regex.compile(
    r"(?i)\baccording[ \t]+to\b|,[ \t]*(?:[\w’'.-]+[ \t]+){0,6}(?:said|says|told|added|announced|stated)\b"
)
#: the end of a call to action: "here", an arrow, a colon, a link, "now", "!"
CTA_END = regex.compile(
    r"(?:\bhere|\bnow|>>|»|:|!|\bhttps?://\S+|\bwww\.\S+|\b\S+\.(?:com|org|net|co\.\w\w)/?\S*)"
    r"[.!:]?[ \t]*(?:<<)?[ \t]*$",
    regex.I,
)
#: the end of an order that points at a link: "here", an arrow, a colon, the address itself
LINK_END = regex.compile(
    r"(?:\bhere|>>|»|:|\bhttps?://\S+|\bwww\.\S+)[.!:]?[ \t]*(?:<<)?[ \t]*$", regex.I
)
#: a pitch that ends on its link, whatever it promotes
CLICK_END = regex.compile(r"(?i)(?:^|[.!?][ \t]*)click[ \t]+here[ \t]*[.!]*[ \t]*$")
#: an app store's button at the line's end, perhaps printed twice: "Download today Download today"
DOWNLOAD_END = regex.compile(r"(?i)\bdownload[ \t]+(?:it[ \t]+)?(?:today|now|free)[.!]?(?:[ \t]+download[ \t]+(?:it[ \t]+)?(?:today|now|free)[.!]?)?[ \t]*$")
#: whose thing is promoted: the site's own, or a named site or programme
OWNER = (
    r"(?:\b(?:our|your|the[ \t]+site['’]s)\b"
    r"|(?:\b[Tt]he[ \t]+)?(?:[A-Z][\w&.-]*[ \t]+){0,4}[A-Z][\w&.-]*['’]s\b"
    # a brand in capitals or with a figure, without "'s": "with the 9NEWS app"
    r"|\b[Tt]he[ \t]+(?=[\w&.-]*(?:\d|[A-Z]{3}))[A-Z\d][\w&.-]*"
    r"|^(?:Sign[ \t]+up|Subscribe|Register)[ \t]+(?:for|to)[ \t]+(?:[A-Z][\w&.-]*[ \t]*){1,5})"
)


_SENTENCES = regex.compile(r"[^.!?]+[.!?]*")


@lru_cache(maxsize=1)
def _res() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    data = load_data("debris.toml")["furniture"]
    verbs = "|".join(regex.escape(v).replace("'", "['’]").replace(r"\ ", r"[ \t]+")
                     for v in sorted(data["promo-verbs"], key=longest_first))
    objs = "|".join(regex.escape(o).replace(r"\ ", r"[ \t]+")
                    for o in sorted(data["promo-objects"], key=longest_first))
    # the verb alone at the line's start: not "Follow-up", not "Download speeds" (a noun)
    # ("You can stay on top of all our coverage here": the same pitch put politely)
    start = regex.compile(rf"^[ \t]*(?:[>»]{{1,3}}[ \t]*)?(?:You[ \t]+can[ \t]+(?i:{verbs})|{verbs})(?![\w’'-])")
    # "Follow us", "Join us": the reader asked to follow the site itself
    us = regex.compile(rf"^[ \t]*(?:[>»]{{1,3}}[ \t]*)?(?:{verbs})[ \t]+us\b")
    # the site's own thing: "our WhatsApp channel", "the USA Network's live coverage"
    owned = regex.compile(rf"{OWNER}[ \t]*(?:[\w&-]+[ \t]+){{0,4}}?(?i:{objs})\b")
    return start, us, owned


#: the site asks the reader to follow it on a platform or join its channel: "Follow The
#: Harbour Post on WhatsApp for …", "Join The Harbour Post Channel" (a named owner, no "'s")
PLATFORM = regex.compile(
    r"^[ \t]*(?:(?:Follow|Join|Subscribe[ \t]+to)[ \t]+(?:[Tt]he[ \t]+)?(?:[A-Z][\w&.'’-]*[ \t]+){1,5}"
    # the site's beat in lower case, and another of its channels first: "Follow Devon news on
    # BBC Sounds, Facebook, Instagram and X"
    r"(?:(?:local[ \t]+)?(?:news|updates|stories|coverage|sport)[ \t]+)?"
    r"(?:on|via)[ \t]+(?:(?:[A-Z][\w&.'’-]*[ \t]+){0,2}[A-Z][\w&.'’-]*,[ \t]+)?(?:WhatsApp|Telegram|Facebook|Instagram|X|Twitter|Google[ \t]+News|YouTube|TikTok|LinkedIn|Threads)\b"
    r"|Join[ \t]+(?:[Tt]he[ \t]+)?(?:[A-Z][\w&.'’-]*[ \t]+){1,5}(?:Channel|Community|Group|Newsletter)[ \t]*[.!]?[ \t]*$)"
)


def is_promotion(text: str, *, edge: bool) -> bool:
    """True when ``text`` (one line) is the site's promotion. On a long line only its first
    sentence is read, and only at the top or bottom of the text (``edge``): a site's blurb."""
    t = text.strip()
    if t.startswith(("\"", "“", "‘")):
        return False
    n = P.words_upto(t, max(60, SHORT) + 1)  # compared with 60 and SHORT only
    head = t
    if n <= 60 and (edge or n <= SHORT) and not ATTRIBUTION.search(t) and any(
            PLATFORM.match(m.group(0).strip()) for m in _SENTENCES.finditer(t)):
        return True  # 'Stay informed! Follow The Harbour Post on WhatsApp for updates.'
    if n > SHORT:
        if not edge:
            return False
        head = P.FIRST_SENTENCE.match(t).group(0).strip()
    if n <= SHORT and CLICK_END.search(t) and not ATTRIBUTION.search(t):
        return True  # 'More reads you need by our columnist! Click Here!': a link's pitch
    start, us, owned = _res()
    if n <= SHORT and DOWNLOAD_END.search(t) and owned.search(t) and not ATTRIBUTION.search(t):
        return True  # 'Know the news with the 9NEWS app: Download today': the site's app and its button
    if not start.match(head) or ATTRIBUTION.search(head):
        return False
    words = len(P.WORD.findall(head))
    cta = bool(CTA_END.search(head))
    if words > SHORT and not cta:
        return False
    if us.match(head):
        return True
    if owned.search(head):
        return True
    # no owner named: only a short order that ends on its link ("Read the full story here")
    return words <= 12 and bool(LINK_END.search(head))
