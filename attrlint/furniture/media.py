"""Passes over a page's media and share furniture that need a line's neighbours: a row of
bare share buttons ('Share' / 'Tweet' / 'Pin' / 'Email'), a video's title over its running
time ('01:46'), a highlights box's bare label over its points, and an image's alt text
('prince harry meghan markle') beside the story's capitalised names. Run from
``neighbours.apply``; every pass only turns lines into furniture. The lines judged alone are
in ``media_lines.py``.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from . import patterns as P
from .media_lines import BARE_HIGHLIGHTS, DURATION, SHARE_ACTIONS, SHARE_CORE, SHARE_WORDS
from .shape import ATTACH, BLANK, FURNITURE, HEADING, PROSE, SHARE, STRONG, UI, Line


#: the byline box's families: networks right under them are the story's share bar
_META = frozenset({"byline", "page stamp", "time stamp", "author box"})


#: counters and separators between share buttons
_COUNTERS = regex.compile(r"[\d|/]+")


def _each_token(t: str) -> Iterator[str]:
    """Words of a button row, with counters and separators dropped and run-together labels
    split ('Facebook654' → 'facebook', 'TwitterNews' → 'twitter', 'news'), one at a time."""
    for tok in _COUNTERS.sub(" ", t).split():
        for w in [tok] if tok.lower() in SHARE_WORDS else P.INNER_CAPS.split(tok):
            x = w.lower().strip(".,:·•")
            if x:
                yield x


def _tokens(t: str) -> list[str]:
    return list(_each_token(t))


def share_words(t: str) -> int:
    """How many share buttons a line holds when it holds nothing else (else 0). Stops at the
    first word that is not a button: most lines are prose (this runs on every line)."""
    low = []
    for x in _each_token(t):
        if x not in SHARE_WORDS:
            return 0
        low.append(x)
    if not low or len(low) > 10:
        return 0
    return sum(x in SHARE_CORE or x in ("pin", "email", "e-mail", "print") for x in low)


def share_stacks(body: list[Line]) -> None:
    """Two or more bare share buttons in a row, one a line ('Share' / 'Tweet' / 'Pin' /
    'Email', 'Facebook' / 'Twitter'), or on one line ('Share on Facebook654 Tweet Email
    Print'): the page's share bar, a block apart from the byline box above it. One word alone
    is left to the widget rules (a crosshead may be one word)."""
    k = 0
    while k < len(body):
        j = k
        while j < len(body) and share_words(body[j].text) and (j == k or body[j].n == body[j - 1].n + 1):
            j += 1
        run = body[k:j]
        words = {x for ln in run for x in _tokens(ln.text)}
        # networks alone are a share bar only under the byline box ('Facebook' / 'Twitter' under
        # the stamp); elsewhere they may be the site's links to its own accounts
        meta = k > 0 and body[k - 1].n == run[0].n - 1 and body[k - 1].family in _META if run else False
        if run and sum(share_words(ln.text) for ln in run) >= 2 and words & SHARE_CORE and (
                words & SHARE_ACTIONS or meta):
            for ln in run:
                ln.mark(SHARE, max(ln.weight, UI) if ln.kind == FURNITURE else UI)
            if all(ln.weight < STRONG for ln in run):
                run[0].mark(SHARE, STRONG)
        k = max(j, k + 1)


#: what a player prints over its clock: when the video was posted
_STAMPS = frozenset({"page stamp", "time stamp"})


def video_titles(body: list[Line]) -> None:
    """A short title right over a running time ('Electoral College picks Trump' / '01:46')
    between the story's paragraphs: a video player's title and clock, one block. The player
    may print when it was posted between the two ('Harbour ferry sails again' / '' / '3 hours
    ago' / 'Duration 1:12'): the stamp goes with the clock, the title over it all the same."""
    for k in range(1, len(body) - 1):
        ln, nxt = body[k], body[k + 1]
        if not DURATION.match(nxt.text):
            continue
        if nxt.n == ln.n + 1 and ln.family in _STAMPS and P.AGO_LINE.match(ln.text) and k >= 2 and ln.n - body[k - 1].n <= 2:
            ln.mark("video", ATTACH)
            ln = body[k - 1]
        elif nxt.n != ln.n + 1:
            continue
        t = ln.text.strip()
        n = len(P.WORD.findall(t))
        # a short title may have read as an unknown short line ("Ferry sails again")
        title = ln.kind in (HEADING, PROSE) or (ln.kind == FURNITURE and not ln.known)
        if title and 2 <= n <= 16 and (not P.END_PUNCT.search(t) or t.endswith("?")):
            ln.mark("video", STRONG)
            nxt.mark("video", ATTACH)


def highlights(body: list[Line]) -> None:
    """'Highlights' alone over two or more short lines (the box's points, a sentence each)."""
    for k in range(len(body) - 2):
        ln = body[k]
        if not BARE_HIGHLIGHTS.match(ln.text):
            continue
        pts = body[k + 1:k + 3]
        if all(p.kind != BLANK and 3 <= len(P.WORD.findall(p.text)) <= 25 for p in pts) and pts[0].n == ln.n + 1:
            ln.mark("highlights", STRONG)


#: an image's alt text or file name, as a scrape prints it: lower-case words and figures only
_LOWER_LINE = regex.compile(r"[a-z0-9][a-z0-9' -]*")
_LOWER_WORD = regex.compile(r"[a-z]{3,}")
#: alt text names what the picture shows: at least this many of its words are names the
#: story writes capitalised and never in lower case
ALT_TEXT_NAMES = 2


def alt_texts(body: list[Line]) -> None:
    """A short line with no capital and no punctuation whose words include names the story
    writes capitalised, and never in lower case, in its other lines ("jamaica labour party pm
    and wife 2" beside "Jamaica Labour Party"): an image's alt text or file name that the
    scrape kept. A writer capitalises names; an editor's lower-case headline shares its
    words with the prose in lower case too. On 3,823 clean articles one line matched, a
    lower-case related headline."""
    prose = [ln.text for ln in body if any(ch.isupper() for ch in ln.text)]
    capital, lower = set(), set()
    for t in prose:
        for w in P.WORD.findall(t):
            (capital if w[:1].isupper() else lower).add(w)
    for ln in body:
        t = ln.text.strip()
        if ln.kind == FURNITURE and ln.known or not _LOWER_LINE.fullmatch(t) or not 2 <= len(t.split()) <= 12:
            continue
        named = {w for w in _LOWER_WORD.findall(t) if w.capitalize() in capital and w not in lower}
        if len(named) >= ALT_TEXT_NAMES:
            ln.mark("alt text", STRONG)
