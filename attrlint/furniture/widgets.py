"""Interface words on a line of their own: the matcher behind ``debris.widget-line``,
shared with the block analysis so both read a widget the same way."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..data import load_data
from ..ordering import longest_first

BULLETS = r"[•·*>»«‹›←→|–—-]"
LINE_END_PUNCT = r"[.:!…»›>→➤▶►❯|]"
SEPARATOR = r"[|•·/,–—-]"
# possessive, and tokens must be separated: a long run of digits cannot be split into
# "counts" in exponentially many ways (that made a 50,000-digit line take 30 s)
COUNT = r"\d[\d,.]*+[KkMm]?"


def alternation(items: list[str]) -> str:
    parts = []
    # longest first; equal lengths in a fixed order, so the pattern is the same in every
    # process (set order varies with hash seeds; fast_regex stores compiled patterns by text)
    for item in sorted(set(items), key=longest_first):
        words = [regex.escape(w).replace("'", "['’]") for w in item.split()]
        parts.append(r"[ \t]+".join(words))
    return "|".join(parts)


class WidgetMatcher:
    def __init__(self) -> None:
        data = load_data("debris.toml")["widget-line"]
        section = r"[ \t]+(?:in|from|on)[ \t]+(?:the[ \t]+)?[A-Z][\w&’'-]*(?:[ \t]+[A-Z&][\w&’'-]*){0,2}"
        # section links first, so "More from Politics" is read whole, not as a lone "More"
        items = rf"(?:{alternation(data['sectioned'])}){section}|{alternation(data['items'])}"
        token = rf"(?:{items}|{COUNT})(?![\w’'-])"
        self.item = regex.compile(rf"(?<![\w’'-])(?:{items})(?![\w’'-])", regex.I)
        self.line = regex.compile(
            rf"^[ \t]*(?:{BULLETS}[ \t]*)*(?P<body>{token}(?:(?:[ \t]*{SEPARATOR}[ \t]*|[ \t]+){token})*"
            rf"(?:[ \t]*{LINE_END_PUNCT})*)[ \t]*$",
            regex.I,
        )
        self.loners = {i.lower() for i in data["needs-company"]}
        self.trailing = regex.compile(
            # after the last sentence, or glued to it when the link's label keeps its capital
            # ("… on Thursday.Original Article": the scraper lost the space before the link)
            rf"(?:(?<=[.!?”\"’)…][ \t]+)|(?<=[a-z\d][.!?”\"’)…])(?-i:(?=\p{{Lu}})))"
            rf"(?:{alternation(data['trailing'])})[ \t]*(?:{LINE_END_PUNCT}[ \t]*)*$",
            regex.I,
        )
        pack = load_data("packs/debris.toml")["rules"]
        ui = ("debris.share-widget", "debris.navigation", "debris.promo", "debris.cookie-banner",
              "debris.player-notice")
        phrases = [p for r in pack if r["id"] in ui for p in r.get("phrases", [])]
        self.phrase = regex.compile(rf"(?<![\w’'-])(?:{alternation(phrases)})(?![\w’'-])")
        # a blog's comment form: the pack's notices and the form's own labels
        form = [p for r in pack if r["id"] == "debris.comment-form" for p in r.get("phrases", [])]
        form += ["Leave a Reply", "Leave A Reply", "LEAVE A REPLY", "Leave a Comment", "Leave a comment",
                 "Cancel reply", "Post a comment", "Post Comment"]
        # case-sensitive, as in the pack: "asked to leave a comment" is prose
        self.form = regex.compile(rf"(?<![\w’'-])(?:{alternation(form)})(?![\w’'-])")
        # what the phrase rules (the pack, debris.photo-caption) report on a line already
        caption = load_data("debris.toml")["photo-caption"]
        every = [p for r in pack for p in r.get("phrases", [])] + caption["phrases"]
        pats = [p for r in pack if r["id"] != "debris.breadcrumb" for p in r.get("patterns", [])] + caption["patterns"]
        self.reported = regex.compile("|".join([alternation(every)] + [f"(?:{p})" for p in pats]))
        # the pack's promotion, to open a longer line ("Don't miss out on … Followed categories …")
        promo = [r for r in pack if r["id"] == "debris.promo"]
        self.promo = regex.compile("|".join([alternation([p for r in promo for p in r.get("phrases", [])])]
                                            + [f"(?:{p})" for r in promo for p in r.get("patterns", [])]))

    def items_in(self, body: str) -> list[str]:
        return [m.group(0).lower() for m in self.item.finditer(body)]

    def counts(self, body: str) -> bool:
        """A lone platform name or a one-word crosshead ('Video') needs a companion item."""
        items = self.items_in(body)
        if not items:
            return False
        return not (len(items) == 1 and " ".join(items[0].split()) in self.loners)


@lru_cache(maxsize=1)
def matcher() -> WidgetMatcher:
    return WidgetMatcher()


def widget_weight(line: str) -> float:
    """2 for a line of interface words, 1 for a lone word that needs company ('Close',
    'Video'), 2 for a short line holding a known widget phrase, else 0."""
    m = matcher()
    hit = m.line.match(line) or m.line.match(_unglue(line))
    if hit and m.items_in(hit.group("body")):
        return 2.0 if m.counts(hit.group("body")) else 1.0
    if len(line.split()) <= 10 and m.phrase.search(line):
        return 2.0
    if 10 < len(line.split()) <= 20 and m.promo.match(line.lstrip()):
        return 2.0  # "Don't miss out on the headlines from Royals. Followed categories …": opens with it
    return 0.0


_GLUE = regex.compile(r"(?<=[a-z])(?=[A-Z])")


def _unglue(line: str) -> str:
    """'Leave a ReplyCancel reply': widgets whose labels the scraper ran together."""
    return _GLUE.sub(" ", line)


def is_comment_form(line: str) -> bool:
    """A short line of a blog's comment form ('Leave a Reply', 'Your email address will not
    be published. Required fields are marked *'), its notice that comments are closed, or its
    heading ('One thought on “Ferry strike ends”')."""
    return len(line.split()) <= 22 and bool(matcher().form.search(_unglue(line)) or _CLOSED.match(line)
                                            or _COMMENT_HEADING.match(line))


#: "Sorry, we are not accepting comments on this article.", "Comments are closed."
_CLOSED = regex.compile(
    r"(?i)^[ \t]*(?:sorry,?[ \t]+)?(?:we[ \t]+are|we['’]re)[ \t]+not[ \t]+(?:currently[ \t]+)?accepting[ \t]+comments\b"
    r"|^[ \t]*comments[ \t]+(?:are|have[ \t]+been)[ \t]+(?:now[ \t]+)?(?:closed|disabled|turned[ \t]+off)\b"
    r"|^[ \t]*commenting[ \t]+(?:is|has[ \t]+been)[ \t]+(?:now[ \t]+)?(?:closed|disabled)\b"
)


#: a blog's comment section heading: "One thought on “Ferry strike ends”", "12 Responses to
#: 'Harbour plan'" (the count, then the post's title in quotation marks to the line's end)
_COMMENT_HEADING = regex.compile(
    r"^[ \t]*(?:One|No|\d{1,4})[ \t]+(?i:thoughts?|responses?|comments?|replies|reply)[ \t]+(?:on|to)[ \t]+"
    r"[\"“‘'«][^\n\"“”]{1,200}(?:[\"”’'»][ \t]*)?$"
)


#: "By using this site, you agree to our Privacy Policy …": the site's consent banner
CONSENT = regex.compile(
    r"(?i)^[ \t]*by[ \t]+(?:using|continuing[ \t]+to[ \t]+use|browsing|visiting)[ \t]+(?:this|our)[ \t]+"
    r"(?:site|website|web[ \t]+site|service)s?,?[ \t]+you[ \t]+(?:agree|accept|consent)"
)


def reported_elsewhere(line: str) -> bool:
    """Does a line-level debris rule (widget line, pack phrase, caption) flag this line?"""
    m = matcher()
    hit = m.line.match(line)
    return bool((hit and m.counts(hit.group("body"))) or m.reported.search(line))
