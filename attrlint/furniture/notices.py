"""Notices a commercial page puts into the copy, judged one line at a time: affiliate and
sponsor disclosures ("If you buy through our links we may earn a commission"), deal
notices ("Prices and availability subject to change"), sponsor labels ("• SPONSORED •"),
pitches for the site's newsletter, app or subscription in the body, a page's labelled
field line ("[Source: …] [Editor: …] Font: [large medium small]"), a form's residue and
a shop's price buttons ("Retailer $19.99").

A draft has none of these: disclosures, prices and forms are added by the page's template.
Each shape needs the reader addressed or the site's commercial terms named, so a story
about affiliate marketing or a newsletter (reported, quoted) is left alone. The cue words
are data (rules/debris.toml, [notices]).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..data import load_data
from . import patterns as P
from ..ordering import longest_first

#: someone quoted or cited on the line: a story's sentence, not the page's notice
_REPORTED = regex.compile(
    r"(?i)[\"“”]|\baccording[ \t]+to\b|\b(?:said|says|told|stated|wrote|argued|explained|added)\b"
)


#: what follows an order's verb ("Download the …", "Subscribe today", "Sign up for …"), not a
#: noun it modifies ("Download speeds …")
_NEXT = (r"(?:the|our|a|an|and|to|for|now|today|here|with|this|these|your|us|free|up|in|on|more|all)\b")


@lru_cache(maxsize=1)
def _res() -> dict[str, regex.Pattern]:
    data = load_data("debris.toml")["notices"]

    def alt(key: str) -> str:
        return "|".join(regex.escape(x).replace(r"\ ", r"[ \t]+").replace("'", "['’]")
                        for x in sorted(data[key], key=longest_first))

    return {
        # a disclosure's terms: each phrase names the site's commercial arrangement
        "disclosure": regex.compile(rf"(?i)\b(?:{alt('disclosure-phrases')})\b"),
        # "If you buy … we may earn …": the reader's purchase and the site's cut in one line
        "if_buy": regex.compile(
            r"(?i)\bif[ \t]+you[ \t]+(?:buy|purchase|click|shop|sign[ \t]+up)\b[^\n]{0,120}?"
            r"\b(?:we|us|our|partners)\b[^\n]{0,40}?\b(?:earn|receive|get|commission|compensat\w*|paid)\b"
        ),
        # a sponsor's label alone, between ornaments: "• SPONSORED •", "Paid Partnership"
        "label": regex.compile(rf"(?i)^[ \t•·|*–—_-]*(?:{alt('sponsor-labels')})[ \t•·|*–—_:-]*$"),
        # the site's pitch: an order at the line's start ...
        "order": regex.compile(rf"(?i)^[ \t>»]*(?:{alt('pitch-verbs')})(?:[ \t]*$|[ \t]+{_NEXT})"),
        # ... about something only a publisher sells
        "product": regex.compile(rf"(?i)\b(?:{alt('pitch-objects')})\b"),
        # "… newsletter …, delivered right to your inbox": the reader addressed about the site's product
        "reader": regex.compile(r"(?i)\b(?:your[ \t]+inbox|sign[ \t]+up|subscribe|subscribing|for[ \t]+free)\b"),
        "newsletter": regex.compile(r"(?i)\bnewsletters?\b"),
    }


#: two or more labelled fields in brackets ("[Source: Agency] [Editor: Jane Doe]") or
#: between bars on a line of their own ("Date: 15/08/2017 | Source: Agency (En) | Read
#: original version at source"), or the page's font switch ("Font: [large medium small]",
#: "Font size: A A A")
FIELDS = regex.compile(
    r"(?:\[[ \t]*[A-Z][\w ]{0,30}[:：][^\]\n]{1,60}\][^\[\n]{0,40}){2,}"
    r"|^[ \t]*[A-Z][a-z]{1,15}(?:[ \t][a-z]{1,10})?[ \t]*[:：][ \t]*[^|\n]{1,60}"
    r"(?:\|[ \t]*[A-Z][a-z]{1,15}(?:[ \t][a-z]{1,10})?[ \t]*[:：][ \t]*[^|\n]{1,60}){1,6}(?:\|[^|\n]{1,60})?$"
    r"|(?i:\bfont(?:[ \t]+size)?[ \t]*[:：][ \t]*\[?[ \t]*(?:large|big|medium|middle|small|a\+?|a-)"
    r"(?:[ \t]+(?:large|big|medium|middle|small|a\+?|a-)){1,3}[ \t]*\]?)"
)

#: a form's residue: "This field is for validation purposes and should be left unchanged.",
#: "Email *", "Name*" (a field's label with its required mark)
FORM = regex.compile(
    r"(?i)^[^\n]{0,30}?\bthis[ \t]+field[ \t]+is[ \t]+(?:for[ \t]+validation[ \t]+purposes|required)[^\n]{0,60}$"
    r"|^[ \t]*(?:(?:e-?mail(?:[ \t]+address)?|(?:first[ \t]+|last[ \t]+|full[ \t]+)?name|phone(?:[ \t]+number)?|zip(?:[ \t]+code)?)"
    r"[ \t]*\*[ \t]*)$"
    # a survey's or a poll's thanks: "✅ Thank you for completing the survey!"
    r"|^[\W_]{0,3}thank(?:s|[ \t]+you)[ \t]+for[ \t]+(?:completing|taking|answering|submitting)[ \t]+(?:the|our|this)[ \t]+"
    r"(?:survey|poll|quiz|form)[ \t]*[.!]*[ \t]*$"
)
#: a slot's label with the widget's first words run into it: "take our poll - story continues
#: below Will the bill pass?"
SLOT_RUN_IN = regex.compile(
    r"(?i)^[ \t]*[^\n]{1,40}?[ \t]*[-–—|:][ \t]*(?:the[ \t]+)?(?:story|article|text)[ \t]+continues[ \t]+below[ \t]+\S"
)
#: a poll's own lines after its slot: the options ('* Yes No'), its terms ('You may opt out',
#: 'Privacy Policy and Terms of Use')
POLL_LINE = regex.compile(
    r"(?i)^[ \t]*\*|\b(?:opt[ \t]+out|privacy[ \t]+policy|terms[ \t]+of[ \t]+(?:use|service)|this[ \t]+poll)\b"
)

#: a shop's price button: "Amazon $19.34", "$429.99", "Save $1,369.01" (a name of one to three
#: capitalised words, or none, then a price, and nothing else)
PRICE = regex.compile(
    r"^[ \t]*(?:[A-Z][\w&.'’-]{0,20}(?:[ \t]+[A-Z][\w&.'’-]{0,20}){0,2}[ \t]*[:–—-]?[ \t]+)?"
    r"(?:US)?[$£€][ \t]?\d{1,3}(?:,\d{3})*(?:\.\d\d)?[ \t]*$"
)


def is_disclosure(t: str) -> bool:
    """An affiliate or sponsor disclosure, or a deal's terms (a sentence or two, up to 60
    words): the page's commercial notice, never the story's."""
    n = P.words_upto(t, 61)
    if n > 60 or _QUOTE_MARK.search(t):
        return False
    r = _res()
    return bool(r["disclosure"].search(t) or r["if_buy"].search(t))


_QUOTE_MARK = regex.compile(r"[\"“”]")


def is_sponsor_label(t: str) -> bool:
    return len(t) <= 40 and bool(_res()["label"].match(t))


def is_pitch(t: str) -> bool:
    """The site's pitch for its subscription, newsletter or app in the body: an order ('Keep
    up with this story by subscribing now', 'Download the new Example app to …') or the
    reader told what a newsletter brings ('… newsletter has the best picks, delivered right
    to your inbox'). Only the line's first sentence is read for an order on a long line."""
    if _REPORTED.search(t):
        return False
    r = _res()
    n = P.words_upto(t, 41)  # compared with 15, 25 and 40 below
    head = t if n <= 25 else P.FIRST_SENTENCE.match(t).group(0)
    if P.words_upto(head, 26) <= 25 and r["order"].match(head) and r["product"].search(head):
        return True
    if n <= 6 and _INBOX.match(t):
        return True  # "BT in your inbox": a newsletter box's heading
    if n <= 40 and _POLL_TERMS.match(t):
        return True  # "Completing this poll grants you access to our newsletter …"
    if n <= 15 and _EDITION.search(t):
        return True  # "The Example Times daily newspaper is available online now."
    return n <= 40 and bool(r["newsletter"].search(t)) and bool(r["reader"].search(t)) and "your" in t.lower()


#: a newsletter box's heading, the paper's name "in your inbox"
_INBOX = regex.compile(r"(?i)^[ \t]*[\w&.'’ -]{1,40}?[ \t]+(?:in|to)[ \t]+your[ \t]+inbox[ \t]*[.!]?[ \t]*$")

#: a poll widget's terms: answering it signs the reader up for the site's mail
_POLL_TERMS = regex.compile(r"(?i)^[ \t]*(?:by[ \t]+)?(?:completing|taking|answering)[ \t]+this[ \t]+(?:poll|survey|quiz)[ \t]+"
                            r"(?:grants|entitles|gives|signs|subscribes)\b")

#: the paper's edition offered to the reader
_EDITION = regex.compile(
    r"(?i)\b(?:newspaper|e-?paper|print[ \t]+edition|digital[ \t]+edition|daily[ \t]+edition)[ \t]+is[ \t]+(?:now[ \t]+)?available"
    r"(?:[ \t]+(?:online|here|now|on[ \t]+\w+)){0,2}[ \t]*[.!]?[ \t]*$"
)


def is_fields(t: str) -> bool:
    return len(t) <= 300 and bool(FIELDS.search(t))


def is_form(t: str) -> bool:
    return len(t) <= 120 and bool(FORM.match(t))


#: a survey's or a poll's label alone ('Survey', 'Quick Poll'): with its thanks or its form, a widget
_WIDGET_LABEL = regex.compile(r"(?i)^[ \t]*(?:quick[ \t]+|reader[ \t]+)?(?:survey|poll|quiz)[ \t]*:?[ \t]*$")


def is_widget_label(t: str) -> bool:
    return bool(_WIDGET_LABEL.match(t))


def is_price(t: str) -> bool:
    return len(t) <= 80 and bool(PRICE.match(t))


#: where a paragraph's last sentence begins: after a full stop and a space, at a capital
_LAST_SENTENCE = regex.compile(r"(?<=[a-z0-9)\"”’][.!?])[ \t]+(?=[A-Z][^.!?\n]{8,200}[.!?]?[ \t]*$)")


def trailing_notice(t: str) -> tuple[int, str] | None:
    """The site's pitch or disclosure as the last sentence of a story paragraph ('… comes
    from our data hub. Subscribe today for more reports like this'): where it starts in the
    line and what it is. The paragraph before it is the story's and stays."""
    m = _LAST_SENTENCE.search(t)
    if m is None or P.words_upto(t[:m.start()], 6) < 6:
        return _source_link_at_end(t)
    last = t[m.end():]
    if is_pitch(last):
        return m.end(), "promotion"
    if is_disclosure(last):
        return m.end(), "disclosure"
    return _source_link_at_end(t)


def _source_link_at_end(t: str) -> tuple[int, str] | None:
    at = trailing_source_link(t)
    return (at, "source link") if at is not None else None


#: where an aggregator's link back may start after a finished sentence on the same line
_READ_AFTER_SENTENCE = regex.compile(r"(?<=[a-z0-9)\"”’][.!?])[ \t]+(?=(?i:read|continue|full)\b)")


def trailing_source_link(t: str) -> int | None:
    """Where "Read Full Article at RT.com." starts when it closes a story paragraph: the
    aggregator's link back, run into the standfirst it copied."""
    for m in _READ_AFTER_SENTENCE.finditer(t):
        if P.words_upto(t[:m.start()], 6) >= 6 and P.SOURCE_LINK.match(t[m.end():]):
            return m.end()
    return None
