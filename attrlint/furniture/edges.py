"""Furniture at the edges of the copy, judged from position and neighbours: above the
story (link-farm spam, the site's name, section labels beside the headline, a bare name over
the page's stamp) and after it (the page under a copyright line, a date alone on the last
line, an author box).

Passes of ``neighbours.apply``; each only turns lines into furniture.
"""
from __future__ import annotations

import regex

from . import patterns as P
from .shape import ATTACH, FURNITURE, HEADING, PROSE, SIGNOFF, STRONG, UI, WEAK, Line

#: words of a publication's name ("Prime News Ghana", "The Daily Star")
MEDIA_WORDS = frozenset({
    "news", "times", "herald", "tribune", "gazette", "daily", "journal", "express",
    "observer", "telegraph", "chronicle", "mirror", "guardian", "online", "tv", "radio", "fm",
    "reporter", "dispatch", "courier", "punch", "weekly", "magazine", "monitor", "blog",
    "mail", "post", "wire", "standard", "insider", "bulletin",
})
#: the parts of a name written as one word: 'NewsNation' -> News, Nation; 'CSRWire' -> CSR, Wire
_CAMEL_PART = regex.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+")
_CAMEL = regex.compile(r"^[ \t]*(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[A-Z]{2,}|[A-Z][a-z]+)+[ \t]*$")
#: what may stand over the site's name at the very top: the page's date bar, a scrape stamp
_OVER_NAME = frozenset({"time stamp", "page stamp"})


def top_link_spam(body: list[Line]) -> None:
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


def site_name(body: list[Line]) -> None:
    """The publication's name alone on the first line (or under the page's date bar), above
    the headline, a section label or the page's other furniture: two or three capitalised
    words, one of them a word of a paper's name ('Prime News Ghana'), or one word run
    together from such parts ('NewsNation', 'CoastMail')."""
    k = 0
    while k < 2 and k < len(body) and _stamp(body[k]):
        k += 1  # 'Friday, March 3, 2025' over 'Example Mail': the page's date bar, then its name
    if len(body) < k + 3:
        return
    first, nxt = body[k], body[k + 1]
    t = first.text.strip()
    words = P.WORD.findall(t)
    if DOMAIN.match(t) and not (first.kind == FURNITURE and first.known and first.weight >= STRONG):
        first.mark("site name", STRONG)  # 'EXAMPLEPOST.COM': the site's address as its logo
        return
    if not (_paper_words(t, words) and not P.END_PUNCT.search(t)):
        return
    last = (_CAMEL_PART.findall(t) if len(words) == 1 else words)[-1].lower()
    if last not in MEDIA_WORDS and last.endswith(("ed", "s")):
        return  # a short headline ('Times Reporter Arrested', 'Herald Editor Quits'), not a name
    if first.kind == SIGNOFF or (first.kind == FURNITURE and first.known and first.weight >= STRONG):
        return
    # the headline (or a section label, then the headline) follows; the story after that.
    # Or the page's certain furniture ('Subscribe to Example News feed') follows the name.
    headline = nxt.kind in (HEADING, PROSE) and not P.END_PUNCT.search(nxt.text.strip())
    furniture = nxt.kind == FURNITURE and nxt.known and (nxt.family == "section label" or nxt.weight >= STRONG)
    if headline or furniture or _label_over_headline(nxt, body[k + 2]):
        first.mark("site name", STRONG)


def _paper_words(t: str, words: list[str]) -> bool:
    """Two or three capitalised words with a paper's word ('Coast Mail'), or one word run
    together from capitalised parts, one of them a paper's word ('NewsNation')."""
    if len(words) == 1 and _CAMEL.match(t):
        return any(p.lower() in MEDIA_WORDS for p in _CAMEL_PART.findall(t))
    return (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not t.isupper()
            and any(w.lower() in MEDIA_WORDS for w in words))


def _label_over_headline(label: Line, under: Line) -> bool:
    """A word or two in capitals with nothing known of them ('Britain', 'Court News'), right
    over a headline: the section's label under the site's name."""
    words = P.WORD.findall(label.text)
    return (label.kind == FURNITURE and not label.known and 1 <= len(words) <= 2
            and all(w[:1].isupper() for w in words) and under.kind == HEADING
            and not P.END_PUNCT.search(under.text.strip()))


def _stamp(ln: Line) -> bool:
    return ln.kind == FURNITURE and ln.known and ln.family in _OVER_NAME


#: a site's address alone: 'EXAMPLEPOST.COM', 'example.co.uk'
DOMAIN = regex.compile(r"^(?:www\.)?[A-Za-z][\w-]{1,40}\.(?:com|net|org|co\.uk|com\.\w\w|co\.\w\w|news|info|tv)$", regex.I)


def after_copyright(body: list[Line]) -> None:
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


def top_section_labels(body: list[Line]) -> None:
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


def end_date_line(body: list[Line]) -> None:
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


def author_boxes(body: list[Line]) -> None:
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


def name_over_stamp(body: list[Line]) -> None:
    """A bare name right above the page's stamp or dated byline ('Jane Doe' over '18 Nov
    2019, 19:09'; a wire page's dateline alone, 'LAGOS', the same), or above the agency's name over the story ('JANE DOE' over 'Associated
    Press'): the byline, part of the same block."""
    for k in range(len(body) - 1):
        ln, nxt = body[k], body[k + 1]
        stamp = nxt.kind == FURNITURE and nxt.weight >= STRONG and nxt.family in ("page stamp", "byline")
        if nxt.n != ln.n + 1 or not (stamp or (nxt.kind == FURNITURE and nxt.family == "distributor")):
            continue
        t = ln.text.strip()
        words = P.WORD.findall(t)
        dateline = len(words) == 1 and t.isupper() and len(t) >= 3  # 'MUMBAI' over the wire page's stamp
        if (ln.kind in (HEADING, FURNITURE) and (2 <= len(words) <= 4 or dateline) and not P.END_PUNCT.search(t)
                and all(w[:1].isupper() for w in words) and (ln.kind != FURNITURE or not ln.known
                                                             or ln.family in ("name", "short line"))):
            ln.mark("byline", ATTACH)


#: a stamp's label alone on its line ('Updated', 'From:'), or a clock time alone ('9:00PM')
_STAMP_PART = regex.compile(
    r"(?i)^[ \t]*(?:(?:first[ \t]+published|last[ \t]+updated|published|updated|posted|from|date)[ \t]*:?|"
    r"\d{1,2}[:.]\d{2}[ \t]*(?:am|pm|a\.m\.|p\.m\.)?(?:[ \t]+[A-Z]{2,4})?)[ \t]*$"
)


def split_stamp(body: list[Line]) -> None:
    """The page's stamp split over lines above the story ('November 20' / '15:23' / '2019',
    'Updated' / '10:01 pm PST, Tuesday, November 19, 2019'): adjacent date, clock and label
    lines that hold a date and a clock time between them are the page's stamp, one block. A
    draft's own date line has no clock time."""
    # the lead: a headline may read as prose ('The Latest: Man stabbed …')
    first_prose = next((k for k, ln in enumerate(body) if ln.kind == PROSE and P.words_upto(ln.text, 12) >= 12),
                       len(body))
    k = 0
    while k < min(first_prose, 8):
        j = k
        while j < first_prose and _stamp_part(body[j]) and (j == k or body[j].n == body[j - 1].n + 1):
            j += 1
        run = body[k:j]
        joined = " ".join(ln.text for ln in run)
        if len(run) >= 2 and P.CLOCK.search(joined) and P.DATE_PROPER.search(joined):
            for ln in run:
                if not (ln.kind == FURNITURE and ln.weight >= STRONG):
                    ln.mark("page stamp", ATTACH)
            run[0].mark("page stamp", STRONG)
        k = max(j, k + 1)


def _stamp_part(ln: Line) -> bool:
    t = ln.text.strip()
    return (bool(_STAMP_PART.match(t)) or regex.fullmatch(r"(?:19|20)\d\d", t) is not None
            or (ln.kind == FURNITURE and ln.family in ("time stamp", "page stamp")))


def _stems(t: str) -> set[str]:
    return {_POSSESSIVE.sub("", w.lower()) for w in P.WORD.findall(t)}


_POSSESSIVE = regex.compile(r"['’]s$")


def split_headline(body: list[Line]) -> None:
    """The headline repeated under itself in two parts, a kicker and the rest ('Harbour
    Pier' / 'Closed After Cracks Found!!!' under 'Harbour Pier Closed After Cracks Found'):
    the page's headline box, a repeat of the story's headline."""
    if len(body) < 4:
        return
    head, one, two = body[0], body[1], body[2]
    if not (one.n == head.n + 1 and two.n == one.n + 1) or any(
            ln.kind == FURNITURE and ln.known and ln.weight > ATTACH for ln in (head, one, two)):
        return
    a, b = _stems(head.text), _stems(one.text) | _stems(two.text)
    n1 = len(P.WORD.findall(one.text))
    if len(a) >= 5 and 1 <= n1 <= 6 and len(a & b) >= 0.8 * len(a) and len(a & b) >= 0.8 * len(b):
        one.mark("repeated headline", STRONG)
        two.mark("repeated headline", ATTACH)


_SEPARATOR = regex.compile(r"[ \t]*[|/•·–—-]{1,3}[ \t]*")


def byline_over_date(body: list[Line]) -> None:
    """'By Jane Doe' right over the page's date ('Monday 29 Dec 2014'), perhaps with a lone
    separator between ('|'): the page's byline box, a block of its own. Each alone weighs
    half (a draft may carry its author's name or its date line); together they are the
    page's meta lines when the page's marks show ('ByJane Doe' run together, a separator
    line) or when they sit with no blank line between the standfirst and the copy (a draft
    sets its byline and date apart)."""
    for k, ln in enumerate(body):
        if not (ln.kind == FURNITURE and ln.family == "byline" and ln.weight < STRONG) or _SEPARATOR.fullmatch(ln.text):
            continue
        j, last = k + 1, ln
        while j < len(body) and body[j].n == last.n + 1 and _SEPARATOR.fullmatch(body[j].text):
            last, j = body[j], j + 1
        if j >= len(body) or body[j].n != last.n + 1:
            continue
        nxt = body[j]
        glued = j > k + 1 or regex.match(r"[ \t]*(?:By|BY)(?=[A-Z])", ln.text)
        # a draft sets its byline and date line apart with blank lines; the scraped page
        # runs them between its standfirst and the copy without a break
        packed = k > 0 and body[k - 1].n == ln.n - 1 and j + 1 < len(body) and body[j + 1].n == nxt.n + 1
        if nxt.kind == FURNITURE and nxt.family in ("time stamp", "page stamp") and (glued or packed):
            ln.mark("byline", STRONG)
            for sep in body[k + 1:j]:
                sep.mark("byline", ATTACH)


#: what may end a section's label: its arrow or separator ('Report on Business»')
_LABEL_END = regex.compile(r"[ \t]*[»›>|:]?[ \t]*$")


def top_kicker(body: list[Line]) -> None:
    """The page's section label or kicker alone on the first line ('Columnists', 'Letters to
    the Editor', 'Media Industry', a language switch), right over the page's header: over
    furniture (the navigation, an 'Updated' label), or over a headline that has the page's
    furniture under it (a byline, a stamp, the headline repeated). A draft's short headline
    over its standfirst and first paragraph is left alone: the story follows it, not the page."""
    if len(body) < 3:
        return
    first, nxt, third = body[0], body[1], body[2]
    t = first.text.strip()
    words = P.WORD.findall(t)
    # right over the header; a blank line between only for a label of two words at most over
    # sure furniture (the skip links' label over "Breaking News"): a headline, longer, is
    # followed by the page's header right under it
    gap = nxt.n - first.n
    if not (1 <= len(words) <= 4 and t[:1].isupper() and not P.END_PUNCT.search(_LABEL_END.sub("", t))
            and not any(c.isdigit() for c in t)
            and (gap == 1 or gap == 2 and len(words) <= 2 and nxt.kind == FURNITURE and nxt.known
                 and nxt.weight >= STRONG)):
        return
    if first.kind == FURNITURE and first.known and first.weight >= STRONG:
        return
    if first.kind == SIGNOFF or P.BYLINE.match(t) or P.LONE_BY.match(t):
        return
    if nxt.family == "repeated headline" and _stems(nxt.text) == _stems(t):
        return  # the headline, repeated under itself
    if regex.search(r"[»›|][ \t]*$", t):
        over = True  # a breadcrumb's arrow: 'Report on Business»'
    elif nxt.kind == FURNITURE:
        over = not (nxt.known and nxt.family in ("byline", "name")) or nxt.weight >= STRONG
    else:
        nt = nxt.text.strip()
        over = (nxt.kind in (HEADING, PROSE) and len(P.WORD.findall(nt)) >= 4 and not nt.endswith(".")
                and third.n <= nxt.n + 2 and third.kind == FURNITURE and third.known and third.weight > ATTACH)
    if over:
        first.mark("section label", STRONG)


def caps_surname_byline(body: list[Line]) -> None:
    """'Jane DOE' alone on a line below the headline: a byline in a house style that sets the
    surname in capitals (first names in title case, the surname in capitals with a vowel:
    not 'Timeless Chinese BBQ'). The first line is the headline, whatever its shape; only the
    header (up to the second paragraph) and the end after the last paragraph are read, as a
    crosshead inside the story may set an acronym in capitals."""
    prose = [k for k, ln in enumerate(body) if ln.kind == PROSE]
    head_end = prose[1] if len(prose) > 1 else len(body)
    tail_start = prose[-1] + 1 if prose else 0
    for k, ln in enumerate(body):
        if k == 0 or head_end < k < tail_start:
            continue
        if ln.kind not in (HEADING, FURNITURE):
            continue  # (tested again below; a paragraph's words are not listed)
        t = ln.text.strip()
        words = P.WORD.findall(t)
        if (ln.kind in (HEADING, FURNITURE) and 2 <= len(words) <= 3 and not P.END_PUNCT.search(t)
                and (ln.kind != FURNITURE or not ln.known or ln.family == "name")
                and words[-1].isupper() and len(words[-1]) >= 3 and regex.search("[AEIOUY]", words[-1])
                and all(w[:1].isupper() and w[1:].islower() for w in words[:-1])):
            ln.mark("byline", STRONG)


def lone_by(body: list[Line]) -> None:
    """'By' alone on its line over a short line (the name, 'Jane Doe For Example Online'): the
    page's byline box split in two; a sentence never leaves 'By' alone on a line."""
    for k in range(len(body) - 1):
        ln, nxt = body[k], body[k + 1]
        t = nxt.text.strip()
        if (_LONE_BY.fullmatch(ln.text) and nxt.n == ln.n + 1 and 1 <= len(P.WORD.findall(t)) <= 6
                and not P.END_PUNCT.search(t)):
            ln.mark("byline", STRONG)
            if nxt.kind != FURNITURE or not nxt.known:
                nxt.mark("byline", ATTACH)  # the name under it ('Jane Doe on', over the date)


#: 'By', 'by', 'Written by', 'Posted by' alone: the label of the page's author field
_LONE_BY = regex.compile(r"[ \t]*(?:By|BY|by|(?:Written|Posted|Words|Reported|Story)[ \t]+(?:by|By)):?[ \t]*")
