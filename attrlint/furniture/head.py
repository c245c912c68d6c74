"""Furniture of a page's head, between the site's menu and the story's first paragraph, and
the boxes a template sets into the top of the copy: the page's date line alone ('Fri, 19th
Dec 2025'), a summary box's label over its text ('Synopsis', 'Key Takeaways'), a table of
contents ('Contents' over the section titles), a field's label alone over the date it
labels ('Updated:'), a poll under its slot's label, a button's label broken over two lines.
Alone each is a short line a draft could hold; where it stands (in the head, over a box,
beside a widget) says it is the page's. Run from ``neighbours.apply``.
"""
from __future__ import annotations

import regex

from . import patterns as P
from .media_lines import ADVERT, DURATION, line_kind
from .notices import POLL_LINE, is_form
from .shape import ATTACH, BLANK, FURNITURE, HEADING, PROSE, STRONG, UI, Line

#: a year in a date line: a bare day and month may be a draft's dateline, a full date is the page's
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: a summary box's label alone on its line
BOX_LABEL = regex.compile(
    r"(?i)^[ \t]*(?:synopsis|summary|story[ \t]+summary|article[ \t]+summary|tl;?[ \t]*dr|key[ \t]+takeaways?"
    r"|key[ \t]+points|highlights|story[ \t]+highlights|at[ \t]+a[ \t]+glance|in[ \t]+brief|in[ \t]+short|quick[ \t]+read)"
    r"[ \t]*:?[ \t]*$"
)
#: a table of contents' label alone on its line
CONTENTS_LABEL = regex.compile(
    r"(?i)^[ \t]*(?:(?:table[ \t]+of[ \t]+)?contents|in[ \t]+this[ \t]+(?:article|story|guide|post)|on[ \t]+this[ \t]+page"
    r"|jump[ \t]+to(?:[ \t]+section)?|article[ \t]+contents|what['’]s[ \t]+(?:inside|in[ \t]+this[ \t]+article))[ \t]*:?[ \t]*$"
)
#: a field's label alone: 'Updated:', 'Original:', 'Published'
FIELD_LABEL = regex.compile(
    r"(?i)^[ \t]*(?:updated|last[ \t]+updated|original|originally[ \t]+published|published|posted|first[ \t]+published)"
    r"(?:[ \t]+on)?[ \t]*:?[ \t]*$"
)


def apply(body: list[Line]) -> None:
    start = story_start(body)
    date_lines(body, start)
    field_labels(body)
    box_labels(body)
    contents(body)
    polls(body)
    split_buttons(body)
    players(body)


def story_start(body: list[Line]) -> int:
    """Index of the story's first paragraph: a finished sentence of fifteen words or more
    with more prose or a crosshead under it (a standfirst stands alone among the
    head's furniture)."""
    for k, ln in enumerate(body):
        if _paragraph(ln) and k + 1 < len(body) and (
                body[k + 1].kind == HEADING or body[k + 1].kind == PROSE and P.words_upto(body[k + 1].text, 8) >= 8):
            return k
    return len(body)


def _paragraph(ln: Line) -> bool:
    t = ln.text.strip()
    return ln.kind == PROSE and P.words_upto(t, 15) >= 15 and bool(P.END_PUNCT.search(t))


def date_lines(body: list[Line], start: int) -> None:
    """A full date alone on its line ('19 Dec, 2025', 'Fri, 19th Dec 2025', 'April 29,
    2014') in the head of a scraped page (certain furniture above it), above the story's
    first paragraph: the page's date field. A draft's own credit and date under its headline
    ('By Jane Doe' / 'March 4, 2025') has no page above it and is left alone."""
    page = False
    for k in range(min(start, 25)):
        ln = body[k]
        t = ln.text.strip()
        if ln.kind != FURNITURE or ln.family != "time stamp" or not _YEAR.search(t):
            page = page or (ln.kind == FURNITURE and ln.known and ln.weight >= STRONG)
            continue
        if not page:
            continue
        dates, rest = P.stamp_leftover(t)
        if rest <= 1 and P.DATE_PROPER.search(P.GLUED_DIGIT.sub(" ", t)) and len(t) <= 40:
            ln.mark("page stamp", STRONG)


def field_labels(body: list[Line]) -> None:
    """'Updated:' or 'Original:' alone right over a date line: the field's label, in the
    stamp's block."""
    for k in range(len(body) - 1):
        ln, nxt = body[k], body[k + 1]
        if (FIELD_LABEL.match(ln.text) and nxt.n == ln.n + 1 and nxt.kind == FURNITURE
                and nxt.family in ("time stamp", "page stamp")):
            ln.mark("page stamp", STRONG)
            if nxt.weight < STRONG:
                nxt.mark("page stamp", STRONG)


def box_labels(body: list[Line]) -> None:
    """'Synopsis' or 'Key Takeaways' alone over the box's text (a paragraph or short points)
    above the story's first paragraph: the template's summary box. Its label is what an editor
    deletes; the text under it is the story's own summary and is left to the editor."""
    for k in range(min(len(body) - 1, story_start(body) + 1)):
        ln, nxt = body[k], body[k + 1]
        if ln.kind == FURNITURE and ln.weight >= STRONG:
            continue
        if BOX_LABEL.match(ln.text) and nxt.kind in (PROSE, HEADING) and len(P.WORD.findall(nxt.text)) >= 6:
            ln.mark("highlights", STRONG)


def contents(body: list[Line]) -> None:
    """'Contents' alone over three or more short lines (the section titles, each without a
    full stop): a table of contents, one block. The titles are the story's crossheads again,
    so the label alone weighs, the items join it without weight."""
    for k in range(len(body) - 3):
        if not CONTENTS_LABEL.match(body[k].text):
            continue
        items = []
        for ln in body[k + 1:k + 30]:
            t = ln.text.strip()
            n = len(P.WORD.findall(t))
            if ln.kind == BLANK or not (1 <= n <= 12) or (P.END_PUNCT.search(t) and not t.endswith("?")):
                break
            if items and ln.n - items[-1].n > 2:
                break
            items.append(ln)
        if len(items) < 3:
            continue
        body[k].mark("contents", STRONG)
        for ln in items:
            if ln.kind != FURNITURE or ln.weight < UI:
                ln.mark("contents", ATTACH)


def polls(body: list[Line]) -> None:
    """A poll set into the copy under its slot's label ('take our poll - story continues
    below'): the question (often repeated), its options, the e-mail field and the poll's
    terms, one block with the label. Each line joins only while it is one of those."""
    for k, ln in enumerate(body):
        if not (ln.kind == FURNITURE and ln.family == ADVERT and "poll" in ln.text.lower()):
            continue
        seen: set[str] = set()
        run = []
        for nxt in body[k + 1:k + 16]:
            t = nxt.text.strip()
            again = t in seen or any(t == x.text.strip() for x in body[k + 1:k + 16] if x is not nxt)
            question = t.endswith("?") and len(P.WORD.findall(t)) <= 20
            # the options after the first ('* Yes, …' / 'No, …'): short lines under an option
            option = any(x.text.lstrip().startswith("*") for x in run) and len(P.WORD.findall(t)) <= 10
            if not (again or question or option or POLL_LINE.search(t) or is_form(t)):
                break
            seen.add(t)
            run.append(nxt)
        for x in run:
            x.mark(ADVERT, max(x.weight, ATTACH) if x.kind == FURNITURE else ATTACH)


def split_buttons(body: list[Line]) -> None:
    """A button's label broken over two lines ('Add' / 'As A Trusted Source For Example.'):
    the word or two above a line of certain furniture belong to it when the two read
    together as the same button."""
    for k in range(1, len(body)):
        ln, up = body[k], body[k - 1]
        if ln.kind != FURNITURE or ln.weight < STRONG or up.n != ln.n - 1:
            continue
        if (up.kind == FURNITURE and up.known) or not 1 <= len(P.WORD.findall(up.text)) <= 2:
            continue
        joined = f"{up.text.strip()} {ln.text.strip()}"
        if line_kind(joined) == ln.family == line_kind(ln.text):
            up.mark(ln.family, ATTACH)


#: a player's button alone on its line
_PLAY = regex.compile(r"(?i)^[ \t]*(?:listen|play|watch)(?:[ \t]+(?:now|audio|video|episode))?[ \t]*$")
PLAYER = "player"


def players(body: list[Line]) -> None:
    """'Listen' or 'Play' alone with the running time within the next three lines ('· / 3:51'):
    an audio or video player, a box of its own under the byline box."""
    for k, ln in enumerate(body):
        if not _PLAY.match(ln.text):
            continue
        near = body[k + 1:k + 4]
        if any(DURATION.match(x.text) and x.n - ln.n <= 3 for x in near):
            ln.mark(PLAYER, STRONG)
