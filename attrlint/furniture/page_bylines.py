"""Bylines on a scraped page. Alone, 'By Jane Doe' or 'Jane Doe' over a date weighs half:
a draft may carry its author's name and its date line. On a page whose other furniture is
certain (menus, share bars, ad labels: several strong lines of two kinds or more) the same
lines are the page's author box, and the desk deletes them with the rest. Run last among the
passes of ``neighbours.apply`` that find lines, so that the page's other furniture is known.
"""
from __future__ import annotations

import regex

from . import patterns as P
from .shape import ATTACH, FURNITURE, HEADING, PROSE, STRONG, Line

_NAME = r"[A-Z][\w.'’-]{0,24}(?:[ \t]+(?:(?:de|da|del|van|von|der|la|le|bin|al)[ \t]+)?[A-Z][\w.'’-]{0,24}){0,3}"
# "By Jane Doe", "By: Jane Doe, John Roe, The Associated Press", "By Jane Doe and John Roe"
_BY_NAMES = regex.compile(
    rf"^[ \t]*(?:By|BY)[ \t]*:?[ \t]+{_NAME}(?:[ \t]*(?:,|and|&)[ \t]*(?:and[ \t]+)?(?:The[ \t]+)?{_NAME}){{0,5}}[ \t]*$"
)
# 'Jane Doe', 'Jane Doe and John Roe', or a desk's role alone ('Editor', 'Staff'), over a date
_BARE_NAMES = regex.compile(rf"^[ \t]*(?=[^ \t]+[ \t]+[A-Za-z&]){_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_NAME}){{0,3}}[ \t]*$")
# the author's bio under the name: "Jane Doe is Example's chief political correspondent."
_BIO = regex.compile(
    r"^[ \t]*(?:[A-Z][\w.'’-]{0,30}[ \t]+){1,3}(?:is|was)[ \t]+(?:a|an|the|[A-Z][\w.&-]{0,30}['’]s?)[ \t]+"
    r"(?:[\w,-]{1,30}[ \t]+){0,5}?"
    r"(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|producer|critic|commentator|"
    r"analyst|blogger|anchor|host)s?\b"
)
_ROLE = regex.compile(r"(?i)^[ \t]*(?:editor|admin|staff|contributor|guest[ \t]+author|staff[ \t]+writer|web[ \t]+desk)[ \t]*$")
# the author field's label alone on its line, its value under it: "Author:", "Written by:"
AUTHOR_LABEL = regex.compile(r"(?i)^[ \t]*(?:author|authors|written[ \t]+by|posted[ \t]+by|byline|writer)[ \t]*:[ \t]*$")


# a byline that is a role, or a name and a role, with no sentence: "FAN Editor", "by Jane Doe
# Senior News Editor", "Harbour Desk Reporter" (the CMS's author field, printed under the headline)
_ROLE_BYLINE = regex.compile(
    r"^[ \t]*(?:[Bb]y[ \t]+)?(?:[A-Z][\w.'’&-]{0,24}[ \t]+){1,5}"
    r"(?:Editor|Reporter|Correspondent|Writer|Contributor|Journalist|Columnist|EDITOR|REPORTER|CORRESPONDENT|WRITER)[ \t]*$"
)
#: words that make such a line a headline or a crosshead ('Letter to the Editor', 'Meet Our New Editor')
_NOT_BYLINE = frozenset({
    "the", "a", "an", "of", "to", "for", "from", "and", "in", "on", "at", "with", "our", "your", "my", "new",
    "meet", "letter", "letters", "dear", "ask", "note", "notes", "best", "award", "awards",
})


def role_bylines(body: list[Line]) -> None:
    """A role, or a name and a role, alone on a line between the page's head and the story's
    first paragraph ('FAN Editor', 'by Jane Doe Senior News Editor'): the page's author field.
    Only above the first paragraph, under the headline: a list of a masthead's roles in the
    copy, or a crosshead, is left alone."""
    for k, ln in enumerate(body[:7]):
        if ln.kind == PROSE and P.END_PUNCT.search(ln.text.strip()):
            return  # the story's first paragraph
        if k == 0 or not _ROLE_BYLINE.match(ln.text):
            continue
        if ln.kind == FURNITURE and ln.known and ln.weight >= STRONG:
            continue
        words = [w.lower() for w in P.WORD.findall(ln.text)]
        if words[0] == "by":
            words = words[1:]
        if any(w in _NOT_BYLINE for w in words) or len(words) > 6:
            continue
        ln.mark("byline", STRONG)


def scraped_page(body: list[Line]) -> bool:
    """Several lines of certain furniture, of two kinds or more: a page, not a draft."""
    strong = [ln for ln in body if ln.kind == FURNITURE and ln.known and ln.weight >= STRONG]
    return len(strong) >= 4 and len({ln.family for ln in strong}) >= 2


def author_labels(body: list[Line]) -> None:
    """'Author:' alone over the name: the page's labelled author field, with its value."""
    for k, ln in enumerate(body):
        if AUTHOR_LABEL.match(ln.text):
            ln.mark("byline", STRONG)
            if k + 1 < len(body) and body[k + 1].n == ln.n + 1 and _BARE_NAMES.match(body[k + 1].text):
                body[k + 1].mark("byline", ATTACH)


def page_bylines(body: list[Line]) -> None:
    """On a scraped page: 'By' lines with names only, the name repeated under them, a bare name
    (or a desk's role) right over a date line, and a name over its own bio ('Jane Doe' / 'Jane
    Doe is Example's chief correspondent.') are the page's author box."""
    if not scraped_page(body):
        return
    for k, ln in enumerate(body):
        t = ln.text.strip()
        if len(P.WORD.findall(t)) > 16 or (ln.kind == FURNITURE and ln.known and ln.weight >= STRONG):
            continue
        nxt = body[k + 1] if k + 1 < len(body) and body[k + 1].n == ln.n + 1 else None
        if _BY_NAMES.match(t) and ln.kind in (HEADING, FURNITURE):
            ln.mark("byline", STRONG)
            if nxt is not None and _same_name(t, nxt.text):
                nxt.mark("byline", ATTACH)
        elif nxt is not None and ln.kind in (HEADING, FURNITURE) and (_BARE_NAMES.match(t) or _ROLE.match(t)):
            if nxt.kind == FURNITURE and nxt.family in ("time stamp", "page stamp") and P.DATE_PROPER.search(nxt.text):
                ln.mark("byline", STRONG)
            elif nxt.kind == PROSE and _BIO.match(nxt.text) and _same_name(t, nxt.text):
                ln.mark("author box", STRONG)
                nxt.mark("author box", ATTACH)


def _same_name(by_line: str, other: str) -> bool:
    """Does the other line give the byline's (first) name again?"""
    name = regex.sub(r"^[ \t]*(?:By|BY)[ \t]*:?[ \t]+", "", by_line).split(",")[0].split(" and ")[0].strip()
    return len(name) >= 5 and other.strip().startswith(name)
