"""Passes over classified lines that judge a line by what stands around it, for the
furniture of blogs, aggregators and content farms: links to other stories under a label
("Check Also", then a headline and its cut-off teaser), link-farm spam above the story,
list items whose bullet stands alone, teasers cut at a fixed width, and the site's name
alone above the headline.

Run after ``shape.classify`` (which decides each line alone); every pass only turns lines
into furniture, never the other way, and each needs a sign that no story line gives.
"""
from __future__ import annotations

import regex

from . import patterns as P
from .shape import ATTACH, BLANK, FURNITURE, HEADING, PROSE, SIGNOFF, STRONG, UI, WEAK, Line

#: a label above links to other stories (compared lower-case, punctuation stripped)
RELATED_LABELS = frozenset({
    "check also", "also read", "read also", "see also", "related", "related posts",
    "related articles", "related stories", "related news", "you may also like",
    "you might also like", "don't miss", "don’t miss", "more news", "more stories",
    "recommended", "recommended for you", "recent posts", "recent stories", "latest posts",
    "popular posts", "popular stories", "trending", "trending now", "in other news",
    "read more", "read next", "up next", "latest news", "top stories", "more from this author",
})

#: labels that are also words of copy ('More'), a links label only over a linked headline
LINK_LIST_LABELS = RELATED_LABELS | frozenset({
    "more", "related links", "related content", "related coverage", "trending news",
    "more on this story", "more on this", "most read", "most popular", "editor s picks",
})
#: 'Also on <site>' / 'More from <site>': links to the site's other stories
SITE_LINKS_LABEL = regex.compile(r"(?i)(?:also on|more from|also from)[ \t]+[\w.&'’-]+(?:[ \t]+[\w.&'’-]+){0,2}:?$")

#: words of a publication's name ("Prime News Ghana", "The Daily Star")
MEDIA_WORDS = frozenset({
    "news", "times", "herald", "tribune", "gazette", "daily", "journal", "express",
    "observer", "telegraph", "chronicle", "mirror", "guardian", "online", "tv", "radio", "fm",
    "reporter", "dispatch", "courier", "punch", "weekly", "magazine", "monitor", "blog",
})


def apply(lines: list[Line]) -> list[Line]:
    body = [ln for ln in lines if ln.kind != BLANK]
    if not body:
        return lines
    _related_after_label(body)
    _teaser_pairs_in_tail(body)
    _lone_bullets(body)
    _top_link_spam(body)
    _cut_teasers(body)
    _site_name(body)
    _after_copyright(body)
    _top_section_labels(body)
    _end_date_line(body)
    _author_boxes(body)
    _capital_links(body)
    _name_over_stamp(body)
    _sandwiched(body)
    _lone_numbers(body)
    return lines


def _label(ln: Line) -> str:
    return " ".join(P.WORD.findall(ln.text.lower()))


def _linked_headline(ln: Line) -> bool:
    """A headline under a links label: a line of 4 to 20 words with a capital first letter
    and no full stop at the end (story sentences end with one; 'Young people must be
    heard: UN envoy' is taken for prose by its comma)."""
    t = ln.text.strip()
    return (ln.kind in (PROSE, HEADING) and 4 <= len(P.WORD.findall(t)) <= 20
            and t[:1].isupper() and not P.END_PUNCT.search(t))


def _is_teaser(ln: Line) -> bool:
    """One sentence the site cut off: 'Troops of the division, in a major breakthrough …'."""
    t = ln.text.strip()
    return (ln.kind in (PROSE, HEADING) and bool(P.ELLIPSIS_END.search(t))
            and len(P.WORD.findall(t)) >= 5 and not t.startswith(("\"", "“", "‘")))


def _related_after_label(body: list[Line]) -> None:
    """Under 'Check Also' / 'Related Posts': the linked headlines and their teasers."""
    for i, ln in enumerate(body):
        interface = ln.kind == FURNITURE and ln.family == "interface"
        if interface and _label(ln) in RELATED_LABELS:
            pass
        elif (ln.kind not in (HEADING, FURNITURE) or (ln.kind == FURNITURE and ln.known and not interface)
              or not (_label(ln) in LINK_LIST_LABELS or SITE_LINKS_LABEL.match(ln.text.strip()))
              or i + 1 >= len(body) or not _linked_headline(body[i + 1])):
            continue  # a label that is also a word of copy counts only over a linked headline
        else:
            ln.mark("related links", STRONG)
        for nxt in body[i + 1 : i + 13]:
            t = nxt.text.strip()
            if (nxt.kind == HEADING and not P.END_PUNCT.search(t)) or _linked_headline(nxt):
                nxt.mark("related links", UI)
            elif _is_teaser(nxt):
                nxt.mark("teaser", UI)
            elif nxt.kind == FURNITURE and nxt.family in ("related links", "teaser", "name", "short line"):
                continue
            else:
                break


def _teaser_pairs_in_tail(body: list[Line]) -> None:
    """After the story, a headline with its cut-off teaser under it is a link to another story."""
    last = None  # the story's last prose line that is not itself a teaser
    for k, ln in enumerate(body):
        if ln.kind == PROSE and not _is_teaser(ln):
            last = k
    if last is None:
        return
    for k in range(last + 1, len(body) - 1):
        head, tease = body[k], body[k + 1]
        if (head.kind == HEADING and 6 <= len(P.WORD.findall(head.text)) <= 25
                and not P.END_PUNCT.search(head.text.strip()) and _is_teaser(tease)
                and len(P.WORD.findall(tease.text)) <= 45):
            head.mark("related links", UI)
            tease.mark("teaser", UI)


def _lone_bullets(body: list[Line]) -> None:
    """'-' on a line and a headline under it, after the story began: a list of links."""
    started = False
    for k, ln in enumerate(body):
        if ln.kind == PROSE:
            started = True
        if not (started and P.LONE_BULLET.match(ln.text) and k + 1 < len(body)):
            continue
        nxt = body[k + 1]
        if nxt.n == ln.n + 1 and nxt.kind in (HEADING, PROSE) and not P.END_PUNCT.search(nxt.text.strip()):
            ln.mark("related links", ATTACH)
            nxt.mark("related links", UI)


def _top_link_spam(body: list[Line]) -> None:
    """Bare links above the story with short keyword lines around them: a link farm's spam
    ('situs togel', a URL), not a headline or a byline."""
    first_prose = next((k for k, ln in enumerate(body) if ln.kind == PROSE), len(body))
    urls = [k for k in range(first_prose) if P.BARE_URL_LINE.match(body[k].text)]
    if not urls:
        return
    for k in range(urls[-1] + 1):
        ln = body[k]
        if P.BARE_URL_LINE.match(ln.text):
            ln.mark("link spam", STRONG)
        elif ln.kind == FURNITURE and (not ln.known or ln.family in ("name", "interface")):
            ln.mark("link spam", WEAK)


def _cut_teasers(body: list[Line]) -> None:
    """Three or more lines cut at the same width, each a new item (capital first letter, no
    end punctuation): the teasers of other stories that an aggregator truncates."""
    k = 0
    while k < len(body):
        run = [body[k]]
        while (k + len(run) < len(body) and body[k + len(run)].n == run[-1].n + 1
               and _cut_line(body[k + len(run)]) and _cut_line(run[0])
               and abs(len(body[k + len(run)].text.rstrip()) - len(run[0].text.rstrip())) <= 1):
            run.append(body[k + len(run)])
        if len(run) >= 3:
            for ln in run:
                ln.mark("teaser", UI)
            k += len(run)
        else:
            k += 1


def _cut_line(ln: Line) -> bool:
    t = ln.text.strip()
    return (ln.kind in (PROSE, HEADING) and len(t) >= 50 and (t[:1].isupper() or t[:1].isdigit())
            and not P.END_PUNCT.search(t) and not P.ELLIPSIS_END.search(t))


def _site_name(body: list[Line]) -> None:
    """The publication's name alone on the first line, above the headline or a section label:
    two or three capitalised words, one of them a word of a paper's name ('Prime News Ghana')."""
    if len(body) < 3:
        return
    first, nxt = body[0], body[1]
    t = first.text.strip()
    words = P.WORD.findall(t)
    if not (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not t.isupper()
            and not P.END_PUNCT.search(t) and any(w.lower() in MEDIA_WORDS for w in words)):
        return
    last = words[-1].lower()
    if last not in MEDIA_WORDS and last.endswith(("ed", "s")):
        return  # a short headline ('Times Reporter Arrested', 'Herald Editor Quits'), not a name
    if first.kind == SIGNOFF or (first.kind == FURNITURE and first.known and first.weight >= STRONG):
        return
    # the headline (or a section label, then the headline) follows; the story after that
    headline = nxt.kind in (HEADING, PROSE) and not P.END_PUNCT.search(nxt.text.strip())
    if headline or (nxt.kind == FURNITURE and nxt.family == "section label"):
        first.mark("site name", STRONG)


def _after_copyright(body: list[Line]) -> None:
    """The page's copyright line ends the story ("© 2024 Example Media", "Copyright 2024
    Example TV. All rights reserved."): the short lines after it are the page's (a station's
    player, contests, a phone number). The copyright line itself is left to
    debris.credit-line; nothing is marked if a paragraph of story length follows it."""
    for k, ln in enumerate(body):
        if P.COPYRIGHT_LINE.match(ln.text) and any(b.kind == PROSE for b in body[:k]):
            tail = body[k + 1:]
            if tail and all(len(P.WORD.findall(t.text)) < 25 for t in tail):
                for t in tail:
                    if t.kind != FURNITURE or not t.known or t.weight < UI:
                        t.mark("page after the story", UI)
            return


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
    n = len(P.WORD.findall(t))
    return (ln.kind in (HEADING, PROSE) or (ln.kind == FURNITURE and not ln.known)) and 1 <= n <= 4 and (
        not P.END_PUNCT.search(t) or t.endswith(":"))


def _solid(ln: Line) -> bool:
    return ln.kind == FURNITURE and ln.known and ln.weight >= STRONG


def _top_section_labels(body: list[Line]) -> None:
    """A section label above the story, next to its headline or the site's name ('Politics'
    over the headline, 'News' under it, 'Ghana politics and election news' under the site's
    name): the page's navigation. Alone a one-word label needs company; beside the headline
    at the top it has it. Lines after the first paragraph are never touched (a crosshead)."""
    first_prose = next((k for k, ln in enumerate(body) if ln.kind == PROSE), len(body))
    for k in range(min(first_prose, 6)):
        ln = body[k]
        t = ln.text.strip()
        words = P.WORD.findall(t)
        label = ln.kind == FURNITURE and ln.family == "section label"
        # "Ghana politics and election news": a longer label ending in "news"
        long_label = (ln.kind == HEADING and 2 <= len(words) <= 6 and words[-1].lower() == "news"
                      and not P.END_PUNCT.search(t) and words[0][:1].isupper()
                      and not any(w.lower() in _NOT_IN_LABEL for w in words[:-1])
                      and not any(w.lower().endswith("ing") for w in words))
        if not (label or long_label):
            continue
        near = [body[j] for j in (k - 1, k + 1) if 0 <= j < len(body) and abs(body[j].n - ln.n) <= 2]
        if any(_headline_like(nb) or (nb.kind == FURNITURE and nb.family == "site name") for nb in near):
            ln.mark("section label", STRONG)


#: words of a headline, not of a section's name ("Hunting for fake news", "Good news for savers")
_NOT_IN_LABEL = frozenset({
    "for", "of", "to", "the", "a", "an", "on", "in", "with", "is", "are", "was", "no", "more", "fake",
    "good", "bad", "big", "great", "some", "any", "my", "our", "your", "his", "her", "their",
})


def _headline_like(ln: Line) -> bool:
    t = ln.text.strip()
    return ln.kind in (HEADING, PROSE) and len(P.WORD.findall(t)) >= 4 and not t.endswith(":")


_NUMERIC_DATE = P.regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _end_date_line(body: list[Line]) -> None:
    """A date alone on the last line, under the story's last sentence ('April 03, 2022'): the
    page's publication stamp, printed after the text. A draft's own date line stands at the
    top, where it is left alone."""
    if len(body) < 3:
        return
    last, prev = body[-1], body[-2]
    t = last.text.strip()
    if not (last.kind == FURNITURE and last.family == "time stamp"):
        return
    dates, rest = P.stamp_leftover(t)
    if not P.DATE_TOKEN.match(t):
        return  # "On February 14": the end of a sentence cut onto its own line, not a stamp
    if rest or len(P.WORD.findall(t)) > 6 or (dates < 2 and not _NUMERIC_DATE.fullmatch(t)):
        return
    if prev.kind == PROSE and P.END_PUNCT.search(prev.text.strip()):
        last.mark("date line", STRONG)


def _author_boxes(body: list[Line]) -> None:
    """An author box: 'Jane Doe is a reporter covering courts. Contact her at …' after the
    story, or the author's description under a byline ('Media consultant and former editor
    of the Daily Example.'). Page furniture from the site's author page, not story text."""
    for k, ln in enumerate(body):
        t = ln.text.strip()
        if ln.kind == FURNITURE and ln.known and ln.weight >= STRONG:
            continue
        # after the story: nothing but furniture or the rest of the box follows it
        tail = all(b.kind in (FURNITURE, SIGNOFF) or P.AUTHOR_CONTACT.search(b.text) for b in body[k + 1:])
        contact = P.AUTHOR_CONTACT.search(t)
        bio = P.AUTHOR_BIO.match(t)
        if tail and (bio or (contact and contact.start() == 0)) and len(P.WORD.findall(t)) <= 60:
            ln.mark("author box", STRONG, opens=True)
        elif (k > 0 and body[k - 1].family == "byline" and body[k - 1].kind == FURNITURE
              and ln.n - body[k - 1].n <= 2 and P.AUTHOR_ROLE.match(t) and len(P.WORD.findall(t)) <= 30):
            ln.mark("author box", STRONG)


def _capital_links(body: list[Line]) -> None:
    """A headline in capitals between two paragraphs of the story ('HARBOUR PIER TO CLOSE
    AFTER CRACKS FOUND IN PILLARS'): a link to another story. Copy never sets five or more
    words of its own in capitals mid-story; quotations and crossheads of a few words are left."""
    started = False
    for k, ln in enumerate(body):
        was_started, started = started, started or ln.kind == PROSE
        if not was_started or k + 1 >= len(body) or ln.kind not in (PROSE, HEADING, FURNITURE) or (
                ln.kind == FURNITURE and ln.known and ln.weight >= STRONG):
            continue
        if ln.kind == PROSE and not (_mixed_case(body[k - 1]) and _mixed_case(body[k + 1])):
            continue  # a line the shape pass took for prose, in copy that is not all in capitals
        t = P.ELLIPSIS_END.sub("", ln.text.strip()).rstrip()  # a teaser cut off: 'UPDATE ...'
        words = P.WORD.findall(t)
        letters = [c for c in _ACRONYM_PLURAL.sub("", t) if c.isalpha()]  # 'AMAs', 'MPs'
        if (5 <= len(words) <= 25 and letters and all(c.isupper() for c in letters)
                and not _whole_quotation(t) and not P.END_PUNCT.search(t.rstrip("?!"))
                and body[k - 1].kind == PROSE and body[k + 1].kind in (PROSE, HEADING, FURNITURE)):
            ln.mark("related links", STRONG)


def _mixed_case(ln: Line) -> bool:
    return ln.kind == PROSE and any(c.islower() for c in ln.text)


#: the plural of an acronym inside a capital headline ('AMAs', 'MPs', 'CEOs')
_ACRONYM_PLURAL = regex.compile(r"(?<=[A-Z]{2})s\b")
_OPEN_QUOTES = ("\"", "“", "‘", "'")


def _whole_quotation(t: str) -> bool:
    """A capital line that opens with a quote mark is a quotation unless the quote closes
    before the line does: "'DANCING ON ICE' STAR OPENS UP ABOUT …" names a show, then
    goes on as a headline; "“WE WILL NOT LET THE PIER FALL”" is somebody's words."""
    if not t.startswith(_OPEN_QUOTES):
        return False
    close = {"\"": "\"", "“": "”", "‘": "’", "'": "'"}[t[0]]
    end = t.find(close, 1)
    return end < 0 or not P.WORD.search(t[end + 1:])


def _name_over_stamp(body: list[Line]) -> None:
    """A bare name right above the page's stamp or dated byline ('Jane Doe' over '18 Nov
    2019, 19:09'): the byline, part of the same block."""
    for k in range(len(body) - 1):
        ln, nxt = body[k], body[k + 1]
        if nxt.n != ln.n + 1 or not (nxt.kind == FURNITURE and nxt.weight >= STRONG
                                     and nxt.family in ("page stamp", "byline")):
            continue
        t = ln.text.strip()
        words = P.WORD.findall(t)
        if (ln.kind in (HEADING, FURNITURE) and 2 <= len(words) <= 4 and not P.END_PUNCT.search(t)
                and all(w[:1].isupper() for w in words) and (ln.kind != FURNITURE or not ln.known
                                                             or ln.family in ("name", "short line"))):
            ln.mark("byline", ATTACH)


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
