"""Stacks of page furniture that a line alone does not give away: the label over a row of share
buttons, a gallery's counter under a photo's credit, and the site's menu at the very top of the
page, one short item a line, down to the story's headline.

Run from ``neighbours.apply`` after the shape of each line is known; every pass only turns
lines into furniture, never the other way.
"""
from __future__ import annotations

import regex

from . import patterns as P
from .shape import ATTACH, BLANK, FURNITURE, HEADING, PROSE, SHARE, SIGNOFF, STRONG, UI, Line

#: the family of a gallery's counter ('3', '17/18' under a photo's credit); it heads a block
GALLERY = "gallery counter"
#: the family of the site's menu items that ``top_menu`` finds at the top of the page
NAVIGATION = "navigation"


def share_heads(body: list[Line]) -> None:
    """'Share this' or 'Share' right over a row of share buttons is the row's label: one block
    with the buttons, not the end of the byline box above it."""
    for k in range(len(body) - 1):
        ln, nxt = body[k], body[k + 1]
        if (nxt.family == SHARE and nxt.n - ln.n == 1 and ln.kind == FURNITURE and ln.family != SHARE
                and _SHARE_LABEL.match(ln.text)):
            ln.mark(SHARE, STRONG)


_SHARE_LABEL = regex.compile(r"(?i)^[ \t]*share(?:[ \t]+(?:this|it|now|on|via))?[ \t]*:?[ \t]*$")


def gallery_counters(body: list[Line]) -> None:
    """A bare number ('3') or a position ('17/18', '3 of 12') right under a photo's credit
    ('Getty Images', 'AGENCY/Jane Doe'): the counter of a gallery's next photo. A number
    away from a credit is left to ``_lone_numbers``."""
    for k in range(1, len(body)):
        ln, prev = body[k], body[k - 1]
        if ln.n - prev.n != 1 or not _COUNTER.match(ln.text) or not _credit(prev):
            continue
        m = _COUNTER.match(ln.text)
        if m.group(2) and int(m.group(1)) > int(m.group(2)):
            continue  # '18/3' is no position in a gallery
        ln.mark(GALLERY, STRONG)


_COUNTER = regex.compile(r"^[ \t]*(\d{1,3})(?:[ \t]*(?:/|of)[ \t]*(\d{1,3}))?[ \t]*$")
#: 'AGENCY/Jane Doe', 'AP Photo/Jane Doe', 'AFP/Getty Images': a photo's credit in the wire's
#: house style (an agency in capitals, no space at the slash; 'Awards / Award Shows' is a tag)
_SLASH_CREDIT = regex.compile(r"^[ \t]*(?:[A-Z][a-z]{1,10}[ \t])?[A-Z]{2,12}(?:[ \t][A-Z][a-z]{1,10})?/[A-Z][\w.'’-]{1,30}"
                              r"(?:[ \t][A-Z][\w.'’-]{1,30}){0,2}[ \t]*$")


def slash_credits(body: list[Line]) -> None:
    """'AGENCY/Jane Doe' alone on a line is a photo's credit (it closes the caption's block;
    the byline under it is another thing), not a bare name."""
    for ln in body:
        if ln.kind == FURNITURE and ln.family in ("name", "short line") and _SLASH_CREDIT.match(ln.text):
            ln.mark("picture credit", ATTACH)


def _credit(ln: Line) -> bool:
    return (ln.kind == SIGNOFF or ln.family == "picture credit"
            or (ln.kind in (FURNITURE, HEADING) and bool(_SLASH_CREDIT.match(ln.text))))


def wire_bylines(body: list[Line]) -> None:
    """'By Jane Doe' over '| NEW YORK': a wire page's byline with its dateline split off under
    it, the page's credit box (the story repeats the place in its own dateline)."""
    for k in range(len(body) - 1):
        ln, nxt = body[k], body[k + 1]
        if (nxt.n - ln.n == 1 and ln.kind == FURNITURE and ln.family == "byline"
                and P.PIPE_PLACE.match(nxt.text)):
            ln.mark("byline", STRONG)
            nxt.mark("byline", UI)


def dated_relative_times(body: list[Line]) -> None:
    """'March 4th 2025' right over '19 hours ago': the page's date with its relative time, both
    the page's stamp (alone the date may be the draft's own date line)."""
    for k in range(len(body) - 1):
        ln, nxt = body[k], body[k + 1]
        if (nxt.n - ln.n == 1 and ln.kind == FURNITURE and ln.family == "time stamp"
                and P.AGO_LINE.match(nxt.text)):
            ln.mark("page stamp", STRONG)


def top_menu(body: list[Line]) -> None:
    """The site's menu at the top of the page: three or more short items, one a line, from the
    first line down to the story's headline ('Politics' / 'Faith and Culture' / 'Business' /
    'Sports' / 'About'). Some items read as section labels or buttons, others (a site's own
    names) as nothing known; with two known items among them the whole run is the menu, so
    its block starts on the first line and not at the first item the shape alone knew. A lead
    right under the run (a finished sentence) leaves the run's last line to the story: that
    is its short headline."""
    run = 0
    # one item a line, no blank line between (a headline set apart between two widgets is not in a menu)
    while run < min(len(body), 14) and _menu_item(body[run]) and (run == 0 or body[run].n - body[run - 1].n == 1):
        run += 1
    if run < 3 or run >= len(body) or not _below_menu(body[run]):
        return
    last = body[run - 1]
    if (body[run].kind == PROSE and P.END_PUNCT.search(body[run].text.strip())
            and not (last.kind == FURNITURE and last.known) and len(P.WORD.findall(last.text)) >= 2):
        run -= 1  # a lead under the run: its last line, unknown, is the story's short headline
    known = [ln for ln in body[:run] if ln.kind == FURNITURE and ln.known and ln.weight >= UI]
    stack = len(known) < 2 and _tag_stack(body[:run])
    if run < 3 or (len(known) < 2 and not stack):
        return
    for ln in body[:run]:
        if ln.kind != FURNITURE or not ln.known or (stack and ln.weight < UI):
            ln.mark(NAVIGATION, UI)


def _tag_stack(run: list[Line]) -> bool:
    """Five or more items, every word capitalised ('Hair Growth' / 'Leg Exercises' / …): the
    site's trending searches over the headline, though none is a label the shape knows."""
    return len(run) >= 5 and all(
        all(w[:1].isupper() or w.lower() in _SMALL or w[:1].isdigit() for w in P.WORD.findall(ln.text)) for ln in run)


_SMALL = frozenset({"a", "an", "the", "and", "of", "in", "on", "for", "to", "at", "by", "with", "or", "vs"})


def _menu_item(ln: Line) -> bool:
    """One to four words, no digits, no sentence (a menu's 'Contact Us!' may shout)."""
    t = ln.text.strip()
    words = P.WORD.findall(t)
    if ln.kind == PROSE and not t.endswith("!"):
        return False
    return (1 <= len(words) <= 4 and not any(c.isdigit() for c in t)
            and (not P.END_PUNCT.search(t) or t.endswith("!")) and "|" not in t)


def _below_menu(ln: Line) -> bool:
    """What ends the menu: the story's headline or lead (five words or more), or furniture
    the shape knew (a byline, the page's stamp)."""
    if ln.kind == BLANK:
        return False
    if ln.kind in (HEADING, PROSE):
        return len(P.WORD.findall(ln.text)) >= 5
    return ln.kind == FURNITURE and ln.known


def top_headlines(body: list[Line]) -> None:
    """Four or more headlines of other stories, one a line, from the first line down, over the
    story's own headline and lead ('Board makes its choice for ferry chief' / 'Will the mayor
    deliver on his harbour plan?' / … / 'Tipsheet' / headline / lead): the site's list of
    latest stories above the story. A section label right under the list goes with it. A
    draft's headline over its own summary lines is followed by the lead, not by a headline."""
    run = 0
    while run < min(len(body), 20) and _top_item(body[run]) and (run == 0 or body[run].n - body[run - 1].n == 1):
        run += 1
    if run < 4 or run + 2 >= len(body):
        return
    label = body[run]
    below = run + 1 if label.n == body[run - 1].n + 1 and len(P.WORD.findall(label.text)) <= 3 and not (
        P.END_PUNCT.search(label.text.strip())) else run
    head, lead = body[below], body[below + 1] if below + 1 < len(body) else None
    if (lead is None or head.kind != HEADING or P.END_PUNCT.search(head.text.strip()) or lead.kind != PROSE
            or not P.END_PUNCT.search(lead.text.strip()) or len(P.WORD.findall(lead.text)) < 12):
        return
    for ln in body[:run]:
        ln.mark("related links", UI)
    if below > run and not (label.kind == FURNITURE and label.known):
        label.mark("section label", ATTACH)


def _top_item(ln: Line) -> bool:
    """A headline: 4 to 20 words, a capital first letter, no full stop (a question or a teaser's
    ellipsis may end it)."""
    t = ln.text.strip()
    n = len(P.WORD.findall(t))
    return (ln.kind in (HEADING, PROSE) and 4 <= n <= 20 and t[:1].isupper()
            and (not P.END_PUNCT.search(t) or t.endswith(("?", "...", "…"))))
