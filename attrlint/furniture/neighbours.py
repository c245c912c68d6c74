"""Passes over classified lines that judge a line by what stands around it, for the
furniture of blogs, aggregators and content farms. ``apply`` runs them in order: links to
other stories (``links``), furniture at the top and bottom of the copy (``edges``), then the
passes kept here that join lines to furniture already found (short labels between two
widgets, a page's counters beside them).

Run after ``shape.classify`` (which decides each line alone); every pass only turns lines
into furniture, never the other way, and each needs a sign that no story line gives.
"""
from __future__ import annotations

import regex

from . import appeals, cards, edges, head, links, media, page_bylines, page_labels, rails, stacks
from . import patterns as P
from .shape import ATTACH, BLANK, FURNITURE, HEADING, PROSE, STRONG, Line

def apply(lines: list[Line]) -> list[Line]:
    body = [ln for ln in lines if ln.kind != BLANK]
    if not body:
        return lines
    media.share_stacks(body)
    media.video_titles(body)
    media.highlights(body)
    media.alt_texts(body)
    rails.repeated_buttons(body)
    links.related_after_label(body)
    links.teaser_pairs_in_tail(body)
    links.lone_bullets(body)
    edges.top_link_spam(body)
    links.cut_teasers(body)
    edges.site_name(body)
    page_labels.apply(body)
    edges.after_copyright(body)
    appeals.appeal_boxes(body)
    cards.doubled_titles(body)
    edges.top_section_labels(body)
    edges.end_date_line(body)
    edges.author_boxes(body)
    links.capital_links(body)
    links.title_case_links(body)
    links.labelled_title_case(body)
    links.label_over_link(body)
    links.dated_link_list(body)
    links.headline_runs(body)
    edges.split_headline(body)
    edges.split_stamp(body)
    edges.name_over_stamp(body)
    edges.byline_over_date(body)
    edges.top_kicker(body)
    edges.caps_surname_byline(body)
    edges.lone_by(body)
    head.apply(body)
    stacks.share_heads(body)
    stacks.wire_bylines(body)
    stacks.slash_credits(body)
    stacks.dated_relative_times(body)
    page_bylines.author_labels(body)
    page_bylines.role_bylines(body)
    page_bylines.page_bylines(body)
    _sandwiched(body)
    _lone_numbers(body)
    stacks.gallery_counters(body)
    _lone_buttons(body)
    stacks.top_menu(body)
    stacks.top_headlines(body)
    return lines



def _sandwiched(body: list[Line]) -> None:
    """Short labels between two pieces of furniture belong to them: a player's "Listeners:"
    and "Top listeners:" between its buttons, "Go to album" between icons. A run of such
    lines (four words or fewer, no sentence) joins the block without adding weight, so that
    one widget is one finding; a crosshead between two paragraphs is never touched."""
    # the text's first line that is not furniture is the story's headline, however short
    top = next((i for i, ln in enumerate(body) if ln.kind != FURNITURE and len(P.WORD.findall(ln.text)) >= 4
                and not ln.text.rstrip().endswith(":")), -1)
    k = 1
    while k < len(body) - 1:
        run = k
        while run < len(body) - 1 and run != top and _label_like(body[run]):
            run += 1
        if run > k and _solid(body[k - 1]) and _solid(body[run]):
            for ln in body[k:run]:
                ln.mark("interface", ATTACH)
        k = run + 1 if run > k else k + 1


def _label_like(ln: Line) -> bool:
    t = ln.text.strip()
    return ((ln.kind in (HEADING, PROSE) or (ln.kind == FURNITURE and not ln.known))
            and (not P.END_PUNCT.search(t) or t.endswith(":")) and 1 <= len(P.WORD.findall(t)) <= 4)


def _solid(ln: Line) -> bool:
    return ln.kind == FURNITURE and ln.known and ln.weight >= STRONG


#: a number alone on a line, or a gallery's '1' / '/' / '8': a view, comment or photo counter
_NUMBER_LINE = regex.compile(r"[ \t]*(?:\d{1,7}|/|\d{1,3}[ \t]*/[ \t]*\d{1,3})[ \t]*")


def _lone_numbers(body: list[Line]) -> None:
    """Numbers alone on their lines right beside a line of certain furniture ('4553' over
    'Subscribe', '0' between a photo caption and the agency's name): the page's counters,
    in the block. A number alone in the story, away from furniture, is left alone, and so
    is a year alone (the end of a date the page split over lines)."""
    k = 0
    while k < len(body):
        j = k
        while j < len(body) and _NUMBER_LINE.fullmatch(body[j].text):
            j += 1
        year = j == k + 1 and regex.fullmatch(r"[ \t]*(?:19|20)\d\d[ \t]*", body[k].text)
        if j > k and not year and any(0 <= m < len(body) and _certain(body[m]) and abs(body[m].n - body[k if m < k else j - 1].n) == 1
                         for m in (k - 1, j)):
            for ln in body[k:j]:
                ln.mark("counter", ATTACH)
        k = max(j, k + 1)


def _certain(ln: Line) -> bool:
    return ln.kind == FURNITURE and ln.known and ln.weight >= STRONG and ln.family != "counter"


#: buttons that are never a crosshead: alone on a line between two paragraphs, or on the
#: copy's first line, they are the page's (a share or gallery button, a video's player)
_BUTTONS = frozenset({"close", "email", "e-mail", "print", "follow", "replay", "video", "expand", "like", "home",
                      "permalink", "menu"})


def _lone_buttons(body: list[Line]) -> None:
    """'Video' or 'Close' alone between two finished paragraphs, or 'EMAIL' alone on the
    copy's first line: a button left by the scraper (alone, such a word needs company
    elsewhere, as a crosshead may be one word)."""
    for k, ln in enumerate(body):
        if not (ln.kind == FURNITURE and ln.family == "interface" and ln.weight < STRONG
                and " ".join(P.WORD.findall(ln.text.lower())) in _BUTTONS):
            continue
        if k == 0 and len(body) > 2:
            ln.mark("interface", STRONG)
        elif 0 < k < len(body) - 1 and _paragraph(body[k - 1], ends=True) and _paragraph(body[k + 1]):
            ln.mark("interface", STRONG)
        elif _over_byline(body, k):
            ln.mark("interface", STRONG)


def _over_byline(body: list[Line], k: int) -> bool:
    """'Print' over the page's byline box ('Jane Doe | Example Media' / 'By' / …): the
    story's toolbar, beside its byline. The byline is furniture on the next line or the one
    after it, with no paragraph between."""
    for j in (k + 1, k + 2):
        if j >= len(body) or body[j].kind == PROSE:
            return False
        nxt = body[j]
        if nxt.kind == FURNITURE and nxt.family == "byline" and nxt.n - body[k].n <= 2:
            return True
    return False


def _paragraph(ln: Line, ends: bool = False) -> bool:
    """A paragraph of the story (the one above the button finished)."""
    t = ln.text.strip()
    return ln.kind == PROSE and len(P.WORD.findall(t)) >= 8 and (not ends or bool(P.END_PUNCT.search(t)))
