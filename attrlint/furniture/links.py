"""Links to other stories left in the copy, judged from the lines around them: linked
headlines and cut-off teasers under a label ("Check Also", "More:"), headline-and-teaser
pairs after the story, list items whose bullet stands alone, teasers an aggregator cut at a
fixed width, and headlines in capitals between two paragraphs.

Passes of ``neighbours.apply``; each only turns lines into furniture.
"""
from __future__ import annotations

import regex

from . import patterns as P
from . import widgets
from .media_lines import LIST_HEAD
from .shape import ATTACH, FURNITURE, HEADING, PROSE, STRONG, UI, Line

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


def _repeated_below(body: list[Line], j: int) -> bool:
    """The next line repeats this one (the page's headline box under a navigation label)."""
    if j + 1 >= len(body) or body[j + 1].family != "repeated headline":
        return False
    return _label(body[j]) == _label(body[j + 1])


def related_after_label(body: list[Line]) -> None:
    """Under 'Check Also' / 'Related Posts': the linked headlines and their teasers."""
    for i, ln in enumerate(body):
        interface = ln.kind == FURNITURE and ln.family == "interface"
        if interface and (_label(ln) in RELATED_LABELS or LIST_HEAD.match(ln.text)):
            pass
        elif (ln.kind not in (HEADING, FURNITURE) or (ln.kind == FURNITURE and ln.known and not interface)
              or not (_label(ln) in LINK_LIST_LABELS or SITE_LINKS_LABEL.match(ln.text.strip()))
              or i + 1 >= len(body) or not _linked_headline(body[i + 1])):
            continue  # a label that is also a word of copy counts only over a linked headline
        else:
            ln.mark("related links", STRONG)
        for j, nxt in enumerate(body[i + 1 : i + 13], i + 1):
            t = nxt.text.strip()
            if _repeated_below(body, j):
                break  # the story's own headline, which the page repeats under it
            if (nxt.kind == HEADING and not P.END_PUNCT.search(t)) or _linked_headline(nxt):
                nxt.mark("related links", UI)
            elif _is_teaser(nxt):
                nxt.mark("teaser", UI)
            elif nxt.kind == FURNITURE and nxt.family in ("related links", "teaser", "name", "short line"):
                continue
            else:
                break


def teaser_pairs_in_tail(body: list[Line]) -> None:
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


def lone_bullets(body: list[Line]) -> None:
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


def cut_teasers(body: list[Line]) -> None:
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


def capital_links(body: list[Line]) -> None:
    """A headline in capitals between two paragraphs of the story ('HARBOUR PIER TO CLOSE
    AFTER CRACKS FOUND IN PILLARS'): a link to another story. Copy never sets five or more
    words of its own in capitals mid-story; quotations and crossheads of a few words are left,
    and so are a speaker's words set in capitals ('WE WILL NOT …': a pull quote) and a
    roundup's crossheads (two capital lines or more, each set between paragraphs)."""
    capitals = [k for k, ln in enumerate(body) if _capital_head(ln)]
    started = False
    for k, ln in enumerate(body):
        was_started, started = started, started or ln.kind == PROSE
        if not was_started or k + 1 >= len(body) or ln.kind not in (PROSE, HEADING, FURNITURE) or (
                ln.kind == FURNITURE and ln.known and ln.weight >= STRONG):
            continue
        if ln.kind == PROSE and not (_mixed_case(body[k - 1]) and _mixed_case(body[k + 1])):
            continue  # a line the shape pass took for prose, in copy that is not all in capitals
        if _LOWER_NOT_S.search(ln.text):
            continue  # a lower-case letter the plural test below keeps: not all in capitals
        t = P.ELLIPSIS_END.sub("", ln.text.strip()).rstrip()  # a teaser cut off: 'UPDATE ...'
        words = P.WORD.findall(t)
        if not 5 <= len(words) <= 25:
            continue
        letters = [c for c in _ACRONYM_PLURAL.sub("", t) if c.isalpha()]  # 'AMAs', 'MPs'
        if (letters and all(c.isupper() for c in letters)
                and not _whole_quotation(t) and not P.END_PUNCT.search(t.rstrip("?!"))
                and body[k - 1].kind == PROSE and body[k + 1].kind in (PROSE, HEADING, FURNITURE)
                and not _FIRST_PERSON.intersection(w.upper() for w in words)
                and not any(abs(j - k) > 1 for j in capitals)):
            ln.mark("related links", STRONG)


#: the lower-case ASCII letters, and those of them but "s" (which a plural acronym may end in)
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
_LOWER_NOT_S = regex.compile(r"[a-rt-z]")

#: a speaker's words, not a headline's: a headline names its subject in the third person
_FIRST_PERSON = frozenset({"I", "WE", "OUR", "MY", "YOU", "YOUR", "I'M", "WE'RE", "I’M", "WE’RE"})


def _capital_head(ln: Line) -> bool:
    """A line of three words or more in capitals (a slip of the shift key allowed: 'HOMElESS'),
    with no full stop: a crosshead's or a link's shape."""
    t = ln.text.strip()
    if P.END_PUNCT.search(t.rstrip("?!")) or 5 * sum(map(t.count, _ASCII_LOWER)) > len(t):
        return False  # the cheap tests first: most lines are sentences, a fifth or more of
        # their characters lower-case letters (a tenth of the letters could not be)
    if len(P.WORD.findall(t)) < 3:
        return False
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


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


#: function words a headline capitalises in title case ('Kremlin To Release …'); a crosshead
#: of a few words rarely has one
_TITLE_FUNCTION = frozenset({"to", "in", "of", "for", "on", "at", "with", "the", "a", "an", "and", "is",
                             "are", "as", "by", "from", "after", "over", "into"})


def title_case_links(body: list[Line]) -> None:
    """A headline in title case between two paragraphs of the story ('Harbour Board To Close
    Pier After Cracks Found'): a link to another story. Every word capitalised, six to twenty
    of them, a capitalised function word after the first, no end punctuation."""
    for k in range(1, len(body) - 1):
        ln, prev, nxt = body[k], body[k - 1], body[k + 1]
        if ln.kind not in (HEADING, PROSE) or P.END_PUNCT.search(ln.text.strip()):
            continue
        words = [w for w in P.WORD.findall(ln.text) if not w[:1].isdigit()]
        if not (6 <= len(words) <= 20 and all(w[:1].isupper() for w in words)
                and any(w.lower() in _TITLE_FUNCTION for w in words[1:]) and not ln.text.isupper()):
            continue
        if (prev.kind == PROSE and P.END_PUNCT.search(prev.text.strip()) and _mixed_case(prev)
                and nxt.kind == PROSE and _mixed_case(nxt) and len(P.WORD.findall(nxt.text)) >= 8):
            ln.mark("related links", STRONG)


def label_over_link(body: list[Line]) -> None:
    """'For more information see:' alone on its line over a bare link: the page's link box
    (a link alone weighs 1, with its label 2). A sentence ending in a colon is a label only
    when it is short and the very next line is the address."""
    for k in range(len(body) - 1):
        ln, nxt = body[k], body[k + 1]
        t = ln.text.strip()
        if (ln.kind in (HEADING, PROSE) and t.endswith(":") and 2 <= len(P.WORD.findall(t)) <= 8
                and nxt.n - ln.n <= 2 and nxt.kind == FURNITURE and nxt.family == "link"):
            ln.mark("link", UI)


#: 'Headline: ', 'Poll: ', 'Must Read: ': a site's label in front of a promoted headline
_PROMO_LABEL = regex.compile(r"^[ \t]*(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+[ \t]*:[ \t]+(?=[A-Z0-9])")


def labelled_title_case(body: list[Line]) -> None:
    """A labelled headline in title case under the story's headline, over a paragraph
    ('Headline: Harbour Stocks Soar As Ferry Deal Nears!'): the site's promotion of another
    story, repeated on every page of the site whatever its wording. The label, five or more
    words after it all capitalised with a capitalised function word, an exclamation or a
    question or no end at all; the story's own headline (the first line) is left alone."""
    for k in range(1, len(body) - 1):
        ln, nxt = body[k], body[k + 1]
        t = ln.text.strip()
        m = _PROMO_LABEL.match(t)
        if not m or ln.kind not in (HEADING, PROSE) or P.END_PUNCT.search(t.rstrip("!?")):
            continue
        words = [w for w in P.WORD.findall(t[m.end():]) if not w[:1].isdigit()]
        if not (5 <= len(words) <= 20 and all(w[:1].isupper() for w in words)
                and any(w.lower() in _TITLE_FUNCTION for w in words[1:]) and not t.isupper()):
            continue
        prev = body[k - 1]
        if k > 1 and prev.kind in (HEADING, PROSE) and not P.END_PUNCT.search(prev.text.strip()):
            continue  # one of a list of headlines, which is not read line by line
        if nxt.kind == PROSE and _mixed_case(nxt) and len(P.WORD.findall(nxt.text)) >= 8:
            ln.mark("related links", STRONG, opens=True)  # not part of the headline box above it


#: meta lines that follow each headline in a list of the site's latest stories
_ITEM_META = ("byline", "page stamp", "time stamp")


def dated_link_list(body: list[Line]) -> None:
    """A list of the site's latest stories after the story: a headline, then its byline or
    stamp, three times or more with nothing but such meta lines between them ('Pier closes
    after cracks found' / 'By Harbour Post Staff' / '11/20/2019 10:08 AM', …). The headlines
    are links: the list is one block from its first headline."""
    def meta(ln: Line) -> bool:
        return ln.kind == FURNITURE and ln.known and (
            ln.family in _ITEM_META or bool(P.BYLINE.match(ln.text) or P.STAFF_BYLINE.match(ln.text)))

    def headline(k: int) -> bool:
        ln = body[k]
        t = ln.text.strip()
        return (k + 1 < len(body) and meta(body[k + 1]) and ln.kind in (HEADING, PROSE)
                and 3 <= len(P.WORD.findall(t)) <= 25 and not P.END_PUNCT.search(t.rstrip("'’")))

    k = 0
    while k < len(body):
        chain = []
        j = k
        while j < len(body) and headline(j):
            chain.append(j)
            j += 1
            while j < len(body) and meta(body[j]):
                j += 1
        if len(chain) >= 3:
            for i in chain:
                body[i].mark("related links", UI)
        k = max(j, k + 1)


def headline_runs(body: list[Line]) -> None:
    """Three or more linked headlines in a row after the story began, no label over them
    ('Pier closes after cracks found' / 'Council names new harbour master' / …): a list of
    the site's other stories. Each 5 to 20 words (a caption phrase or two commas, a list of
    names, end the run; more than 14 only on consecutive lines), a capital first letter, no end punctuation
    and no function word at its end (a hard-wrapped paragraph breaks anywhere); the line
    above ends a sentence (not a colon: the story's own list follows its colon). A short
    label right above the list ('Around the web', 'Tagged:') heads it."""
    if wrapped(body):
        return
    started = False
    k = 0
    while k < len(body):
        ln = body[k]
        if not started:
            started = ln.kind == PROSE and bool(P.END_PUNCT.search(ln.text.strip()))
            k += 1
            continue
        run = k
        while run < len(body) and _run_item(body[run]) and (run == k or body[run].n - body[run - 1].n <= 2):
            run += 1
        labelled = k >= 2 and _list_label(body[k - 1], body[k]) and _opens_list(body[k - 2])
        if (run - k >= 3 and (labelled or _opens_list(body[k - 1])) and not _fielded(body[k:run])
                and not _captions(body[k:run])):
            for item in body[k:run]:
                item.mark("related links", UI)
            if labelled:
                body[k - 1].mark("related links", ATTACH)
        k = max(run, k + 1)


def _run_item(ln: Line) -> bool:
    t = ln.text.strip()
    if ln.kind not in (HEADING, PROSE) or not t[:1].isupper() or P.END_PUNCT.search(t.rstrip("’'\"”")):
        return False  # the cheap tests first: most lines are sentences
    words = P.WORD.findall(t)
    return (5 <= len(words) <= 20 and t.count(",") <= 1 and not widgets.reported_elsewhere(t)
            and words[-1].lower() not in _TAIL_FUNCTION and not t.startswith(_OPEN_QUOTES))


#: words a headline does not end on, a line broken at a fixed width may
_TAIL_FUNCTION = frozenset({"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with",
                           "by", "from", "as", "that", "which", "who", "is", "are", "was", "were", "be",
                           "has", "have", "had", "its", "their", "his", "her", "this", "said"})


def _captions(items: list[Line]) -> bool:
    """Long lines set apart by blank lines: the captions of a gallery, not a list of links
    (a list of long headlines stands on consecutive lines)."""
    spaced = any(b.n - a.n > 1 for a, b in zip(items, items[1:]))
    return spaced and any(len(P.WORD.findall(ln.text)) > 14 for ln in items)


def _fielded(items: list[Line]) -> bool:
    """Most items open with a label and its colon ('Borno: Jane Doe and John Roe'): the
    story's own list by field, not headlines."""
    return sum(bool(_FIELD.match(ln.text)) for ln in items) * 2 > len(items)


_FIELD = regex.compile(r"^[ \t]*[\w'’.-]+(?:[ \t]+[\w'’.-]+){0,2}[ \t]*:")


def _opens_list(prev: Line) -> bool:
    """The line above the list: a finished paragraph or furniture, not a colon's lead-in."""
    t = prev.text.strip()
    if t.endswith(":") and prev.kind != FURNITURE:
        return len(P.WORD.findall(t)) <= 4  # a label ('Around the web:'), not a sentence's lead-in
    return prev.kind == FURNITURE or (prev.kind == PROSE and bool(P.END_PUNCT.search(t)))


def _list_label(label: Line, first: Line) -> bool:
    """A short label right above a list of links (four words at most, no sentence) heads it."""
    t = label.text.strip()
    return (first.n - label.n <= 2 and label.kind in (HEADING, PROSE) and t[:1].isupper()
            and (not P.END_PUNCT.search(t) or t.endswith(":")) and 1 <= len(P.WORD.findall(t)) <= 4)


def wrapped(body: list[Line]) -> bool:
    """Text broken at a fixed width: long open lines continued in lower case on the next."""
    pairs = sum(1 for a, b in zip(body, body[1:]) if b.n == a.n + 1 and len(a.text.strip()) >= 50
                and not P.END_PUNCT.search(a.text.strip()) and b.text.lstrip()[:1].islower())
    return pairs >= 2
