"""Adjacent furniture lines merged into blocks: one finding per block, not one per line.

Blank lines do not end a block (a tag list puts each tag in a paragraph of its own);
prose, a heading or a sign-off does. A sentence-like leftover (a caption, a syndication
note, a promotion) after a blank line opens a block of its own, as an editor would see
it. A block counts when its evidence weighs at least ``THRESHOLD``: one strong line, or
two interface words ("close", "close"), or a byline with a time stamp and a label.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import patterns as P
from .footer_joins import credit_under_credit, join_footer
from .links import LINK_LIST_LABELS, RELATED_LABELS
from .media_lines import ADVERT, LIST_HEAD
from .scripts import FOREIGN
from .shape import ATTACH, FURNITURE, HEADING, PROSE, SHARE, SWITCH, UI, Line
from .stacks import GALLERY, NAVIGATION

THRESHOLD = 2.0


@dataclass
class Block:
    lines: list[Line] = field(default_factory=list)
    #: for a block the line model found (learned.py): the shapes that made it furniture
    why: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(ln.weight for ln in self.lines)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def families(self) -> list[str]:
        out: list[str] = []
        for ln in self.lines:
            if ln.family and ln.family not in out and ln.known:
                out.append(ln.family)
        return out

    @property
    def only_strong_patterns(self) -> bool:
        """Every line a certain leftover (safe to delete without a human)."""
        return all(ln.family in SAFE_FAMILIES for ln in self.lines)


#: families whose lines are never story text, so deleting them is a safe fix
SAFE_FAMILIES = {"shortcode", "slug", "site banner", "counter"}


def merge(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    cur: Block | None = None
    gap = 0  # blank lines since the last line of the current block
    filled = [ln for ln in lines if ln.text.strip()]
    over_furniture = {a.n for a, b in zip(filled, filled[1:]) if b.kind == FURNITURE}
    for ln in lines:
        if not ln.text.strip():
            gap += 1
            continue
        if ln.kind != FURNITURE:
            cur = _close(cur, blocks)
            gap = 0
            continue
        # a comment form's lines stay one block across their blank lines
        same_form = cur is not None and ln.family == "comment form" == cur.lines[-1].family
        # two of the site's pitches in a row are one box ("Read more … :" over "Follow us on …")
        same_form = same_form or (cur is not None and ln.family == "promotion" == cur.lines[-1].family)
        # the comment section is one box: its buttons ("Be the first to comment") over its form
        same_form = same_form or (cur is not None and ln.family == "comment form" and cur.lines[-1].family == "interface")
        # a copied story's credit closes its box at a blank line: the share bar under it is another thing
        # so does a line in another script (a spam site's name on top, an untranslated headline)
        credit_closed = (gap and cur is not None and cur.lines[-1].family in ("source credit", FOREIGN)
                         and not credit_under_credit(cur.lines[-1], ln))
        if (cur is not None and gap <= 2 and (same_form or not (ln.opens and gap and cur.score > ATTACH))
                and not credit_closed and not _new_kind(cur, ln, ln.n in over_furniture)):
            cur.lines.append(ln)
        else:
            cur = _close(cur, blocks)
            cur = Block([ln])
        gap = 0
    _close(cur, blocks)
    for b in blocks:
        _extend_up(b, lines, blocks)
        _label_up(b, lines, blocks)
        _gallery_up(b, lines)
    return join_footer(blocks, lines)


#: a gallery's blurb: "Here are 25 harbour views that …", "Check out the photos …"
_BLURB = P.regex.compile(r"^[ \t]*(?:Here are|Here's|Here is|Check out|Take a look|Scroll|See|Look)\b")


def _gallery_up(b: Block, lines: list[Line]) -> None:
    """A gallery's credit ('Gallery Credit: Jane Doe') heads nothing: the gallery's title and
    its blurb above it ('Harbour Views We Will Never Forget' / 'Here are 25 views that …'),
    blank lines between, are the promo box's first lines."""
    if b.lines[0].family != "gallery":
        return
    above = [ln for ln in lines[max(0, b.lines[0].n - 4):b.lines[0].n] if ln.text.strip()]
    if len(above) < 2 or b.lines[0].n - above[0].n > 4:
        return
    title, blurb = above[-2], above[-1]
    tw, bw = len(P.WORD.findall(title.text)), len(P.WORD.findall(blurb.text))
    if (_BLURB.match(blurb.text) and bw <= 40 and 3 <= tw <= 14 and not P.END_PUNCT.search(title.text.strip())
            and title.kind in (HEADING, PROSE) and blurb.kind in (HEADING, PROSE)):
        for ln in (blurb, title):
            ln.mark("gallery", ATTACH)
            b.lines.insert(0, ln)


#: what a site's label heads right under it: a list of links or tags
LABELLED = frozenset({"related links", "tag list", "teaser"})
#: ... or its pitch, widget or button when they name the label ("Royals" over "Don't miss out
#: on the headlines from Royals")
NAMING = frozenset({"promotion", "follow widget", "interface"})


def _label_up(b: Block, lines: list[Line], blocks: list[Block]) -> None:
    """A label of one to three capitalised words right over a list, or over a pitch or widget
    that names it (no blank line between, not the text's first line, which is the headline;
    not a letter's signature) is the block's first line."""
    n = b.lines[0].n - 1
    head = b.lines[0]
    label = lines[n].text.strip() if n >= 0 else ""
    names = head.family in NAMING and head.weight >= THRESHOLD and bool(label) and label in head.text
    if not (head.family in LABELLED or names) or n < 1 or "," in label or any(ln.n == n for x in blocks for ln in x.lines):
        return
    up = lines[n]
    t = up.text.strip()
    words = P.WORD.findall(t)
    first = next((ln.n for ln in lines if ln.text.strip()), -1)
    if (n == first or not 1 <= len(words) <= 3 or P.END_PUNCT.search(t) or not all(w[:1].isupper() for w in words)
            or up.kind not in (FURNITURE, HEADING) or (up.kind == FURNITURE and up.known and up.weight >= UI
                                                       and up.family != "section label")):
        return
    up.mark("section label", ATTACH)
    b.lines.insert(0, up)


#: lines right above a byline box or a share bar that belong to it: the page's date, 'By' or
#: 'by' alone, a section label, a name; what the block's first line leaves above it
ABOVE_META = frozenset({"time stamp", "byline", "short line", "name", "section label"})


_CONNECTORS = frozenset({"by", "and", "de", "van", "von", "on"})


def _extend_up(b: Block, lines: list[Line], blocks: list[Block]) -> None:
    """A byline box, stamp or share bar that starts late: the date line ('November 18,
    2025'), a lone 'by', a section label ('District') or the author's name right above it,
    with no blank line between, is its first line (alone each weighs too little to start a
    block). Never over a line of five words or more (the headline) or over another block."""
    if b.score < THRESHOLD or not any(ln.family in OWN_BOX for ln in b.lines):
        return
    if b.lines[0].family == "repeated headline":
        return  # the story's own date line above a repeated headline stays with the story
    taken = {ln.n for x in blocks for ln in x.lines}
    for _ in range(3):
        n = b.lines[0].n - 1
        if n < 0 or n in taken:
            return
        up = lines[n]
        t = up.text.strip()
        words = len(P.WORD.findall(t))
        if not t or P.END_PUNCT.search(t) and not t.endswith(":"):
            return
        if up.family == "time stamp" and not P.DATE_PROPER.search(t):
            return  # a number alone ('2' of a numbered list) is no date
        if up.kind == FURNITURE and up.family in ABOVE_META and (up.family == "time stamp" or (
                words <= 4 and all(w[:1].isupper() or w in _CONNECTORS for w in P.WORD.findall(t)))):
            b.lines.insert(0, up)  # a name or a label is capitalised; a short headline has a verb in lower case
        elif up.kind == HEADING and words <= 2 and all(w[:1].isupper() or w == "by" for w in P.WORD.findall(t)):
            up.mark("byline" if t.lower().startswith(("by", "written")) else "section label", ATTACH)
            b.lines.insert(0, up)
        else:
            return


#: what a template sets into the copy as a box of its own (head.py, notices.py)
BOXES = frozenset({"contents", "highlights", "disclosure", "form", "caption toggle", "landmark", "player"})
#: what a site's menu is made of: the page's stamp under it ends it
MENU = frozenset({"navigation", "section label", "interface", "repeated headline", "landmark", "short line",
                  "promotion"})


#: lines that belong to what stands above them (a photo, an embedded post): they close a block;
#: so does a donation appeal's box (its sign-off ends it: the share bar under it is a widget apart)
CLOSERS = frozenset({"caption", "picture credit", "appeal"})
#: labels that head a list of links or tags ("Tags:", "Related articles")
LIST_HEADS = frozenset({"tags", "topics", "filed under"}) | RELATED_LABELS | LINK_LIST_LABELS


def _signature(ln: Line) -> bool:
    """'Jane Doe, Springfield' under a letter or a column: the writer's signature, copy (a
    bare name joins the furniture under it only as its author box)."""
    return ln.family == "name" and ln.weight == ATTACH and "," in ln.text


def _new_kind(cur: Block, ln: Line, over_list: bool = True) -> bool:
    """A caption and its credit close their block: the widget or byline under them is
    another block ('Credit: AFP' over 'Our Foreign Staff', a caption over 'Related
    articles'); and a label over a list of links or tags opens one under a caption or a
    promotion ('See more photos:' over 'Tags:'), and under any other furniture ('Related
    Stories' under a gallery's buttons): the editor deletes a change of kind apart. A
    gallery's position ('1 of 4.') heads the photo under it, not the buttons above it."""
    last = cur.lines[-1].family
    if ln.family == GALLERY and last != GALLERY:
        # a gallery's counter heads its photo: a block of its own unless it is that gallery's
        return not any(x.family == GALLERY for x in cur.lines)
    if ln.family == "byline" and ln.weight >= THRESHOLD and (
            last in CLOSERS or (last in (GALLERY, SHARE, "repeated headline") and cur.score >= THRESHOLD)):
        return True  # the story's byline under a photo's credit or a gallery's counter
    if (ln.family == "page stamp" and ln.weight >= THRESHOLD and cur.score >= THRESHOLD and len(cur.lines) >= 4
            and all(x.family in MENU for x in cur.lines)):
        # the page's stamp under the site's menu (four items or more): the story's meta, another thing
        # to delete; under a button or a section label or two it is the same strip of the page
        return True
    if ln.family in BOXES and last != ln.family and cur.score >= THRESHOLD:
        return True  # a summary box, a table of contents or a disclosure under the byline box: another thing
    if ln.family == "cms path" and last != ln.family:
        return True  # the section's path is the page's address, not the stamp or widget above it
    if ln.family == ADVERT and last in META - {"interface"} and cur.score >= THRESHOLD:
        return True  # an ad slot's label under the byline box: the ad is another thing to delete
    if last == "promotion" and ln.family in META - {"interface"} and ln.weight >= THRESHOLD and cur.score >= THRESHOLD:
        return True  # the site's pitch over the story's stamp: two things to delete
    if ln.family == "tag list" and ln.weight >= THRESHOLD and last != ln.family and cur.score >= THRESHOLD:
        return True  # a tag list's label under a syndication note or a caption: another thing to delete
    if (ln.weight >= THRESHOLD and _is_head(ln) and any(x.family == "tag list" for x in cur.lines)
            and not _is_head(cur.lines[-1]) and cur.score >= THRESHOLD):
        return True  # a list of links under the tag list: another list
    if ln.family == SWITCH and last != SWITCH:
        return True  # "Exit mobile version": the theme's footer, not the share buttons above it
    if ln.family == SHARE and last in UNDER_SHARE and over_list and cur.score >= THRESHOLD:
        return True  # a row of share buttons under the byline box or a tag list: another thing to delete
    if last == NAVIGATION and ln.family in META - {"interface"} and ln.weight >= THRESHOLD and cur.score >= THRESHOLD:
        return True  # the site's menu over the story's byline or stamp: the menu ends there
    if last == ADVERT and ln.family not in OWN_BOX | {ADVERT} and cur.score >= THRESHOLD:
        return True  # a sponsor's label over the menu (not over the story's stamp): another thing to delete
    if (last in CLOSERS and ln.family not in CLOSERS and cur.score >= THRESHOLD
            and not (ln.family == "page stamp" and cur.lines[-1].weight < THRESHOLD)):
        # (a cut credit, 'Jane Doe |', under the byline keeps the page's stamp under it)
        return True
    if cur.score < THRESHOLD:
        return False
    if ln.family == "image file" and last != ln.family:
        return True  # the photo's file name heads the photo's credit and caption under it
    if GALLERY_POSITION.match(ln.text) and last != ln.family and len(cur.lines) >= 2:
        return True  # '1 of 4.' heads the photo under it, not the toolbar above it
    if last == "promotion" and ln.family != last and " ".join(P.WORD.findall(ln.text.lower())) in LIST_HEADS:
        return True
    if (_is_head(ln) and over_list and not _is_head(cur.lines[-1]) and ln.weight >= THRESHOLD
            and not any(x.family in LISTED for x in cur.lines)):
        return True  # a list's label under an ad slot or a share bar: the list is another thing to delete
    # the story's credit box is one thing, the site's lists under it another
    return (_is_head(ln) and over_list and not _is_head(cur.lines[-1])
            and all(x.family in META for x in cur.lines)
            and any(x.family in META - {"interface"} for x in cur.lines))


#: the lines of a list of links: a label under them heads the same list
LISTED = frozenset({"related links", "teaser", "tag list", "navigation"})


#: the page's lines about the story itself: its byline, stamp and the buttons beside them
META = frozenset({"byline", "page stamp", "time stamp", "reading time", "author box", "interface"})
#: what a late start shows: the story's own box (byline, stamp, reading time, share bar)
OWN_BOX = (META - {"interface"}) | {SHARE, "counter", "reading time"}
#: what a row of share buttons is a block apart from: the byline box or a tag list above it
#: (under other buttons or a list of links the row belongs to the same widget)
UNDER_SHARE = (META - {"interface"}) | {"tag list", "section label"}


def _is_head(ln: Line) -> bool:
    """A list's label of two words or more, or with its colon or arrow ('Related Stories',
    'TAGS:', 'Related »'); 'More' or 'Trending' alone may be a button of a toolbar."""
    t = ln.text.strip()
    label = " ".join(P.WORD.findall(t.lower()))
    return ((label in LIST_HEADS or label in SPLIT_HEADS) and (" " in label or t.endswith((":", "»", "›")))
            or bool(LIST_HEAD.match(t)))


#: more labels over a list of links, only to split a block (not furniture on their own)
SPLIT_HEADS = frozenset({"related article", "related topics", "related video", "related videos",
                         "more headlines", "top picks", "related tags"})


#: a gallery's position over its photo: '1 of 4.', '2/12'
GALLERY_POSITION = P.regex.compile(r"^[ \t]*\d{1,3}[ \t]*(?:of|/)[ \t]*\d{1,3}\.?[ \t]*$")


def _close(cur: Block | None, blocks: list[Block]) -> None:
    if cur is None:
        return None
    # lines merely short and unpunctuated do not start or end a block; nor does the
    # story's own date line above a repeated headline
    while cur.lines and (not cur.lines[0].known or cur.lines[0].family == "time stamp"
                         or _signature(cur.lines[0])):
        cur.lines.pop(0)
    while cur.lines and not cur.lines[-1].known:
        cur.lines.pop()
    # a wire story's own credit over the agency's slug ('By Jane Doe' / 'Associated Press' /
    # 'AP-US--Harbour-Ferry, …'): the credit stays with the story, the slug is the leftover
    slug = next((i for i, ln in enumerate(cur.lines) if ln.family == "slug"), 0)
    if slug and all(ln.family in ("byline", "distributor") and ln.weight < 2 for ln in cur.lines[:slug]):
        del cur.lines[:slug]
    if cur.lines and cur.score >= THRESHOLD:
        blocks.append(cur)
    return None
