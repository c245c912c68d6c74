"""Page furniture: what a scraper or a CMS left around the story, found from the shape of
lines and reported as blocks (see docs/debris.md).

``analyse(doc)`` is computed once per document and read by the rules in
``attrlint/checks/furniture.py`` and ``attrlint/checks/debris.py``.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from . import neighbours, notices, patterns
from .runin import author_run_in
from .blocks import Block, merge
from .learned import learned_blocks
from .shape import Line, classify, split_lines

__all__ = ["Analysis", "Block", "Line", "analyse", "analyse_text"]


@dataclass
class Analysis:
    #: (start, end) of a scrape prefix (" date 2021-03-17 ") at the very start, if any
    prefix: tuple[int, int] | None
    lines: list[Line]
    blocks: list[Block]
    #: (start, end) of a site or section name after the headline ("... | World News")
    title_suffix: tuple[int, int] | None = None
    #: (start, end, kind) of a distributor's tag, a desk byline or an author's name run into
    #: the first words of the copy ("(MENAFN) The …", "Our reporter/ The …", "Jane Doe Lagos:
    #: The …"), or the page's stamp and share button ("4 March 2025, 10:42 AM NEWS SHARE By …");
    #: kind is "distributor", "byline", "author" or "stamp"
    tag: tuple[int, int, str] | None = None
    #: (start, end, family) of the site's pitch or disclosure closing a story paragraph
    #: ("… Subscribe today for more reports like this"): the sentence, not the paragraph
    trailing: list[tuple[int, int, str]] | None = None

    def block_at(self, pos: int) -> Block | None:
        for b in self.blocks:
            if b.start <= pos <= b.end:
                return b
        return None


def analyse_text(text: str, *, learned: bool = True) -> Analysis:
    """The analysis; ``learned=False`` leaves out the line model's blocks (what it is trained on)."""
    m = patterns.SCRAPE_PREFIX.match(text)
    prefix = m.span() if m else None
    lines = neighbours.apply(classify(split_lines(text, m.end() if m else 0)))
    found = Analysis(prefix, lines, merge(lines), _title_suffix(lines), _run_in_tag(lines), _trailing(lines))
    # after the rest: it marks the lines it takes; a breadcrumb's line is the page's header,
    # so the model's run in the same box under it is that finding's (not one of its own)
    crumb = frozenset(ln.n for ln in lines if found.tag and found.tag[2] in ("breadcrumb", "section")
                      and ln.start <= found.tag[0] <= ln.end)
    if crumb:  # the headline the trail runs into is the story's, whatever its shape suggested
        headline = next((ln.n for ln in lines if ln.n > max(crumb) and ln.text.strip()), None)
        found.blocks = [b for b in found.blocks if [ln.n for ln in b.lines] != [headline]]
    extra = learned_blocks(lines, found.blocks, crumb) if learned else []
    if extra:
        found.blocks = sorted(found.blocks + extra, key=lambda b: b.start)
    return found


def _trailing(lines: list[Line]) -> list[tuple[int, int, str]]:
    out = []
    for ln in lines:
        if ln.kind == "prose":
            hit = notices.trailing_notice(ln.text)
            if hit:
                out.append((ln.start + hit[0], ln.start + len(ln.text.rstrip()), hit[1]))
    return out


def _title_suffix(lines: list[Line]) -> tuple[int, int] | None:
    """The first line, when it is a headline, may end with the page title's site part; so
    may the second under a kicker, when the site part names the site as a site ('… - Example
    News Network', '… - Example Online', a name in another script)."""
    filled = [ln for ln in lines if ln.text.strip()][:2]
    if not filled or filled[0].kind not in ("heading", "prose"):
        return None
    first = filled[0]
    m = patterns.lists()["title_suffix"].search(first.text) if first.kind == "heading" else None
    if m is None and not patterns.END_PUNCT.search(first.text.strip()):
        m = _TITLE_TAIL.search(first.text) or _SITE_TAIL.search(first.text)  # a long headline may read as prose
    if m is None and len(filled) == 2 and filled[1].kind in ("heading", "prose"):
        first = filled[1]
        m = _SITE_TAIL.search(first.text) if not patterns.END_PUNCT.search(first.text.strip()) else None
    return (first.start + m.start(), first.start + m.end()) if m else None


#: a page title's tail that calls the site a site: "… - Example News Network", "…- Example
#: Network-Professional financial news website" (separators glued on one side), or the site's
#: names in another script ("… - 示例网 - 示例新闻网站") after a headline in Latin letters
_SITE_TAIL = regex.compile(
    r"(?<=[\p{Latin}\d)’'\"”][ \t]?)(?:[ \t]+[|–—_-][ \t]*|[|–—_-][ \t]+)"
    r"(?:(?:[A-Z][\w&.'’]{0,24}(?:[ \t]+[\w&.'’]{1,24}){0,5}[ \t]*[|–—_-][ \t]*){0,3}"
    r"[A-Z][\w&.'’]{0,24}(?:[ \t]+[\w&.'’]{1,24}){0,5}?[ \t]+(?:Network|Online|[Ww]ebsite|[Pp]ortal)"
    r"|[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,30}(?:[ \t]*[|–—_-][ \t]*[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,30}){0,3})"
    r"[ \t]*$"
)


#: a page title's tail that names the site by its address or stamps the date: "… - Agency -
#: Site - 09.02.2023", "…: World: Politics: Example.ru", "… | example.com"
_TITLE_TAIL = regex.compile(
    r"(?:[ \t]+[-–—|][ \t]+[A-Z][\w&.'’-]{0,24}(?:[ \t]+[A-Z][\w&.'’-]{0,24}){0,2}){1,3}[ \t]+[-–—|][ \t]+"
    r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d[ \t]*$"
    r"|(?::[ \t]+[A-Z][\w&'’-]{0,24}(?:[ \t]+[A-Z&][\w&'’-]{0,24}){0,2}){1,3}:[ \t]+(?:www\.)?[A-Za-z][\w-]{1,30}"
    r"\.(?:com|net|org|ru|ua|in|de|fr|info|co\.uk)[ \t]*$"
    r"|[ \t]+[|–—-][ \t]+(?:www\.)?[A-Za-z][\w-]{1,30}\.(?:com|net|org|ru|ua|in|de|fr|info|co\.uk)[ \t]*$"
    # "… - China News Network", "… - Rolling News - Hunan Daily - Example Online": the site's names
    r"|(?:[ \t]+[|–—-][ \t]+[A-Z][\w&.'’-]{0,24}(?:[ \t]+[A-Z][\w&.'’-]{0,24}){0,3}){0,3}[ \t]+[|–—-][ \t]+"
    r"(?:[A-Z][\w&.'’-]{0,24}[ \t]+){0,4}(?:Network|Online|Website|Daily)[ \t]*$"
)


def _run_in_tag(lines: list[Line]) -> tuple[int, int, str] | None:
    """A tag in front of the story's first words, looked for from the top of the text down
    to the first paragraph that ends a sentence (a headline above it may read as prose): a
    distributor's ("(MENAFN)", "Aggregator - Outlet)" on the first line), a desk byline
    ("Our reporter/", "Staff Reporter ISLAMABAD:") or an author's name before the dateline
    ("Jane Doe Lagos: The …")."""
    L = patterns.lists()
    first = True
    crumb = _breadcrumb_run_in(lines)
    if crumb:
        return crumb
    for ln in [x for x in lines if x.text.strip()][:6]:
        m = patterns.RUN_IN_STAMP.match(ln.text)
        if m:  # the page's stamp, section and share button in front of the copy
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            return ln.start + m.start() + lead, ln.start + len(m.group(0).rstrip()), "stamp"
    for k, ln in enumerate(x for x in lines if x.text.strip()):
        if k >= 6:
            return None
        m = L["distributor_tag"].match(ln.text) or (first and L["unopened_tag"].match(ln.text))
        if m:
            return ln.start + m.start(), ln.start + m.end(), "distributor"
        m = patterns.RUN_IN_DESK.match(ln.text) or patterns.RUN_IN_REPORTER.match(ln.text)
        if m:
            return ln.start + m.start(), ln.start + m.end(), "byline"
        # an author's name before the dateline opens the lead paragraph (a sentence of some
        # length), not a headline ("Paris Orly Airport: Father says …")
        author = (author_run_in(ln.text) if ln.kind == "prose" and len(patterns.WORD.findall(ln.text)) >= 12
                  else None)
        if author:
            return ln.start + author[0], ln.start + author[1], "author"
        if ln.kind == "prose" and patterns.END_PUNCT.search(ln.text.strip()):
            return None
        first = False
    return None


def _breadcrumb_run_in(lines: list[Line]) -> tuple[int, int, str] | None:
    """'Home » News » Minister resigns' or 'HomeLatest NewsMinister resigns' over 'Minister
    resigns …': the first line is a breadcrumb trail run into (the start of) the headline
    that the next line gives whole; the trail is the leftover."""
    body = [x for x in lines if x.text.strip()]
    if len(body) < 2:
        return None
    one, two = body[0].text.strip(), body[1].text.strip()
    m = _SECTION_CRUMB.match(body[0].text)
    if m and not one.startswith("Home") and len(patterns.WORD.findall(body[0].text[m.end():])) >= 7:
        return body[0].start + m.start(1), body[0].start + m.start(1) + len(m.group(1).rstrip()), "breadcrumb"
    glued = _glued_section(one, two)
    if glued:
        lead = len(body[0].text) - len(body[0].text.lstrip())
        return body[0].start + lead, body[0].start + lead + glued, "section"
    label = _HERE.match(one)  # "You are here: Home > …", "Current:Home > …"
    home = label.end() if label else 0
    if not one.startswith("Home", home) or one[home + 4:home + 5].islower() or len(two) < 20:
        return None
    lead = len(body[0].text) - len(body[0].text.lstrip())
    # a title the page cut short with an ellipsis ("… Ferry Fares Rise At The Harbour...")
    cut = one.rstrip(".…").rstrip() if one.endswith(("...", "…")) else one
    for i in range(home + 5, min(len(cut) - 19, home + 80)):
        # the trail runs into the headline, cut ("… > PoliticsMinister resi") or whole with
        # the page title's site name after it ("… > PoliticsMinister resigns - Example News")
        if two.startswith(cut[i:]) or (one[i:].startswith(two) and not one[i - 1:i].isspace()):
            return body[0].start + lead, body[0].start + lead + len(one[:i].rstrip()), "breadcrumb"
    return None


def _glued_section(one: str, two: str) -> int | None:
    """'NewsHarbour pier opens' over 'Harbour pier opens': the page's section label glued to
    the headline that the next line gives again (its quotation marks may differ); the
    label's length. The label is one the sites use ("News", "World", "Politics")."""
    a, b = _plain_quotes(one), _plain_quotes(two)
    if len(b) < 20:
        return None
    for i in range(2, min(len(a) - 19, 24)):
        if a[i - 1].islower() and a[i].isupper() and a[:i].lower() in patterns.lists()["sections"]:
            rest = a[i:]
            if rest == b or b.startswith(rest) or (rest.startswith(b) and not rest[len(b):len(b) + 1].isalnum()):
                return i
    return None


def _plain_quotes(t: str) -> str:
    return t.translate(_QUOTES)


_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


#: the label in front of a breadcrumb trail
_HERE = regex.compile(r"(?i)(?:you[ \t]+are[ \t]+here|current(?:[ \t]+page)?)[ \t]*:[ \t]*")


#: the section's name and its slash glued to the headline on the first line: "Harbour Board /
#: Ferry fares frozen for a year" (each crumb a few capitalised words)
_SECTION_CRUMB = regex.compile(
    r"^[ \t]*((?:[A-Z][\w'’.&-]{0,20}(?:[ \t]+[A-Z0-9][\w'’.&-]{0,20}){0,3}[ \t]+/[ \t]+){1,3})(?=[A-Z])"
)


#: whether the rules use the learned line model's blocks. Off since stop 31: on the holdouts its
#: training never saw it found 3 labelled rows and made 8 false findings (docs/debris.md,
#: "The line model on sets its training never saw"); ``analyse_text`` still offers it.
USE_LINE_MODEL = False


def analyse(doc) -> Analysis:
    return doc.shared("furniture", lambda: analyse_text(doc.text, learned=USE_LINE_MODEL))
