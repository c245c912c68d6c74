"""Each line of a text judged from its shape: prose, a heading, a sign-off, or furniture.

Prose ends its sentences and is dense with function words; page furniture (buttons,
section labels, time stamps, bylines, tag lists, captions) is short, unpunctuated and
made of content or interface words. Patterns from ``patterns.py`` name the machine
leftovers that a shape alone cannot tell.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import patterns as P
from .media_lines import line_kind as media_line
from . import notices
from .page_notes import line_family as page_note
from .remnants import line_family as remnant
from .site_lines import line_family as site_line
from .outlet_lines import line_family as outlet_line
from .stamps import clock_stamp
from .tables import table_rows
from .promo import is_promotion
from .scripts import FOREIGN, foreign_lines
from .widgets import CONSENT, is_comment_form, widget_weight

PROSE, HEADING, SIGNOFF, FURNITURE, BLANK = "prose", "heading", "signoff", "furniture", "blank"
#: the family of a share button's line; a row of them is a block of its own (blocks.py)
SHARE = "share buttons"
#: the family of the theme's switch between the site's versions ("Exit mobile version")
SWITCH = "site switch"

#: weight of the evidence a line gives that its block is furniture; a block needs 2
STRONG, UI, WEAK, ATTACH = 2.0, 1.0, 0.5, 0.0


@dataclass
class Line:
    n: int  # 0-based line number in the text
    start: int
    end: int
    text: str
    kind: str = BLANK
    family: str = ""
    weight: float = 0.0
    #: a sentence-like leftover (caption, syndication note, promotion) that starts its own
    #: block when a blank line separates it from the furniture before it
    opens: bool = False
    #: recognised for what it is (not merely short and unpunctuated)
    known: bool = True

    def mark(self, family: str, weight: float, *, opens: bool = False, known: bool = True) -> None:
        self.kind, self.family, self.weight, self.opens, self.known = FURNITURE, family, weight, opens, known


def split_lines(text: str, skip_prefix: int = 0) -> list[Line]:
    """Lines with their spans; the first line starts after a scrape prefix, if any."""
    out, pos = [], 0
    for n, raw in enumerate(text.split("\n")):
        end = pos + len(raw.rstrip("\r"))
        start = pos + skip_prefix if n == 0 else pos
        out.append(Line(n, start, end, text[start:end]))
        pos += len(raw) + 1
    return out


def _words(s: str) -> list[str]:
    return P.WORD.findall(s)


def _normal(s: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in _words(s))


def classify(lines: list[Line]) -> list[Line]:
    L = P.lists()
    first_prose = None
    filled = [ln.n for ln in lines if ln.text.strip()]
    edges = set(filled[:2] + filled[-2:])  # the top and bottom furniture zones
    for ln in lines:
        _classify_line(ln, L, ln.n in edges)
        if ln.kind == PROSE and first_prose is None:
            first_prose = ln.n
    for ln in table_rows(lines):  # a data table's rows are content, not a menu or a stamp
        ln.kind, ln.family, ln.weight, ln.known = HEADING, "", 0.0, True
    _context(lines, L, first_prose)
    for i in foreign_lines([ln.text for ln in lines]):
        if lines[i].kind != FURNITURE or not lines[i].known:
            lines[i].mark(FOREIGN, STRONG)  # an untranslated headline, a site's name in its script
    return lines


def _classify_line(ln: Line, L, edge: bool = False) -> None:
    """What a line is: a machine leftover named by its pattern wherever it stands; else
    the page's meta lines (bylines, stamps, labels) and the shape (prose, heading, name)."""
    t = ln.text.strip()
    if not t:
        ln.kind = BLANK
        return
    words = _words(t)
    n = len(words)
    ends = bool(P.END_PUNCT.search(t))
    _leftover(ln, t, n, ends, L, edge)
    if ln.kind == BLANK:  # no leftover's pattern took it
        stop = sum(w.lower() in L["stopwords"] for w in words)
        _meta_or_shape(ln, t, words, n, stop, ends, L)


def _leftover(ln: Line, t: str, n: int, ends: bool, L, edge: bool) -> None:
    """Patterns for machine leftovers first: they are what they are wherever they stand.
    Marks the line (or makes an agency's name a sign-off); leaves an unnamed line blank."""
    left = remnant(t)
    if left:
        return ln.mark(left, STRONG)  # '![]()', '3 / 14', 'Headshot of Jane Doe' (remnants.py)
    if _GALLERY_CREDIT.match(t):
        return ln.mark("gallery", STRONG)  # "Gallery Credit: Jane Doe": a photo gallery's promo box
    if P.SHORTCODE_LINE.match(t):
        return ln.mark("shortcode", STRONG)
    if P.SLUG_LINE.match(t):
        return ln.mark("slug", STRONG)
    if P.SYNDICATION.search(t):
        return ln.mark("syndication note", STRONG, opens=True)
    if P.PRESS_RELEASE.search(t):
        return ln.mark("press-release boilerplate", STRONG, opens=True)
    if P.BANNER.match(t):
        return ln.mark("site banner", STRONG)
    if _EMPTY_LIST.match(t):
        return ln.mark("tag list", STRONG)  # ", , ,": a tag list whose tags were lost
    if P.COUNTER_LINE.match(t):
        return ln.mark("counter", STRONG)
    if P.POST_META.match(t) and not (ends and "," in t):  # "Filed under pressure, the report …" is a sentence
        return ln.mark("post metadata", STRONG)
    if is_promotion(t, edge=edge) or notices.is_pitch(t):
        return ln.mark("promotion", STRONG, opens=True)
    if notices.is_disclosure(t):
        return ln.mark("disclosure", STRONG, opens=True)  # "If you buy … we may earn a commission"
    if len(t) <= 300 and notices.SLOT_RUN_IN.match(t):
        return ln.mark("advert", STRONG)  # "take our poll - story continues below Will …?": the slot and its poll
    if notices.is_sponsor_label(t):
        return ln.mark("advert", STRONG)  # "• SPONSORED •"
    if notices.is_fields(t):
        return ln.mark("page stamp", STRONG)  # "[Source: …] [Editor: …] Font: [large medium small]"
    if notices.is_form(t):
        return ln.mark("form", STRONG)  # "Email *", "This field is for validation purposes …"
    if notices.is_widget_label(t):
        return ln.mark("form", UI)  # "Survey" alone: with its form or its thanks, a widget
    if notices.is_price(t):
        return ln.mark("price buttons", UI)  # "Retailer $19.99": a shop's button, two make a block
    if L["wire_line"].match(t):
        ln.kind, ln.family = SIGNOFF, "agency"
        return
    if n <= 40 and (P.CAPTION.search(t)):
        return ln.mark("caption", STRONG, opens=True)
    if P.CREDIT_LINE.match(t) or P.IMAGE_CREDIT.match(t):
        # "Image copyright @jdoe" heads an embedded post, whose handle and buttons follow
        return ln.mark("embedded post" if "@" in t else "picture credit", STRONG)
    if P.NEIGHBOUR_LINK.match(t):
        return ln.mark("related links", STRONG)
    if P.BARE_URL_LINE.match(t):
        return ln.mark("link", UI)
    if P.ICON_LINE.match(t):
        return ln.mark("interface", STRONG)
    if P.BROKEN_WIDGET.match(t):
        return ln.mark("interface", UI)
    if is_comment_form(t):
        return ln.mark("comment form", STRONG, opens=True)  # one block, opened by its first line
    if CONSENT.match(t) and n <= 60:
        return ln.mark("interface", STRONG)  # "By using this site, you agree to our Privacy Policy"
    if P.SHARE_BUTTON.match(t):
        return ln.mark(SHARE, STRONG)  # "Share on Example (Opens in new window)": a share button
    if P.AGE_NOTICE.match(t):
        return ln.mark("interface", STRONG)  # "This article is more than 5 years old": the archive's notice
    if P.AGO_LINE.match(t):
        return ln.mark("page stamp", STRONG)  # "5 hours ago.": the page's relative time
    if P.SITE_SWITCH.match(t):
        return ln.mark(SWITCH, STRONG)  # "Exit mobile version": the theme's footer, a block apart
    if P.CMS_PATH.match(t):
        return ln.mark("cms path", STRONG)  # "/display/example.com/Web/News/": the page's section path
    note = page_note(t)
    if note:
        return ln.mark(note, STRONG, opens=note in _OPENS)  # 'Tag Archives: #harbour' (page_notes.py)
    site = site_line(t, first=ln.n == 0)
    if site:
        return ln.mark(site, STRONG)  # a template's credit, topic line, member widget, address (site_lines.py)
    outlet = outlet_line(t)
    if outlet:
        return ln.mark(outlet, STRONG, opens=True)  # "Article provided by example.com", "Example News Top Stories" (outlet_lines.py)
    media = media_line(t)
    if media:
        return ln.mark(media, STRONG)  # an ad slot's label, a dead embed, a list's label (media_lines.py)
    w = widget_weight(t)
    if w:
        return ln.mark("interface", w)
    if n <= 8 and _toolbar(t, L):
        return ln.mark("interface", STRONG)
    if _IMAGE_FILE.match(t):
        return ln.mark("image file", STRONG)  # "4f2a…9c.jpg": the photo's file name, the photo lost
    if _EMAIL_LINE.match(t):
        return ln.mark("author box", STRONG)  # "jdoe@example.com" alone: the author's contact
    if P.TAG_REMNANT.match(t):
        return ln.mark("markup", STRONG)  # "/a>": what is left of a tag


def _meta_or_shape(ln: Line, t: str, words: list[str], n: int, stop: int, ends: bool, L) -> None:
    """The page's meta lines (bylines, stamps, labels, buttons), then the shape: prose, a
    heading, a name, or a short line."""
    if P.LONE_BY.match(t) and n <= 5 and not ends:
        return ln.mark("byline", WEAK)  # "By" over the name, or run into it ("ByJane Doe")
    if P.SOURCE_LINK.match(t):
        return ln.mark("source link", STRONG)  # "Read more on example.co.uk": the aggregator's link back
    if P.SPONSOR_LINE.match(t):
        return ln.mark("interface", STRONG)  # "by Taboola", "Powered by Example.com": an ad widget
    if P.FOLLOW_WIDGET.match(t):
        return ln.mark("follow widget", STRONG)  # "Follow Example News on": its icons were lost
    if P.NAME_HANDLE.match(t):
        return ln.mark("byline", STRONG)  # "Jane Doe @jdoe": the page's author box
    if P.HANDLE_LINE.match(t):
        return ln.mark("handle", UI)  # "@jdoe" under a byline or an embedded post's name
    if P.NAME_ROLE.match(t):
        return ln.mark("byline", WEAK)  # "Jane Doe, Managing Editor": the page's author field
    if P.ROLE_LINE.match(t):
        return ln.mark("byline", WEAK)  # "News reporter" beside the name
    if P.WIRE_SLUG.match(t):
        return ln.mark("slug", STRONG)  # "AP-US--Harbour-Ferry, 2nd Ld-Writethru", a CMS id
    if n <= 30 and not ends and P.BYLINE_DATED.match(t) and (P.DATE_PROPER.search(P.GLUED_DIGIT.sub(" ", t))
                                                              or _AGO.search(t) or _ISO_CLOCK.search(t)):
        return ln.mark("byline", STRONG)  # "By Jane Doe - 11/19/19 06:56 AM EST": the page's meta line
    if P.STAFF_BYLINE.match(t):
        return ln.mark("byline", STRONG)  # "By EXAMPLE POST STAFF": nobody's name, the CMS's field
    if n <= 16:
        t = P.GLUED_YEAR_CLOCK.sub(r"\1 ", t)  # "October 17, 20236:01 PM ET": the year run into the time
        dates, rest = P.stamp_leftover(t)
        if dates and rest <= 3 and P.CLOCK.search(t) and P.DATE_PROPER.search(P.GLUED_DIGIT.sub(" ", t)):
            return ln.mark("page stamp", STRONG)  # a date with the time of day: the page's stamp
        if clock_stamp(t):
            return ln.mark("page stamp", STRONG)  # "2023. 11. 07. 14:05", "06:40 AST - GMT 06:40" (stamps.py)
        if dates and P.READ_TIME.search(P.GLUED_DIGIT.sub(" ", t)) and rest <= 6:
            return ln.mark("reading time", STRONG)  # "3 days ago · 2 min read": page meta, not a draft's
        labelled = P.STAMP_LABEL.match(t) or (" | " in t and n <= 12)
        if dates and (P.STAMP_FIELD.match(t) or _PUBLISHED.match(t)) and rest <= 5:
            return ln.mark("page stamp", STRONG)  # "Published: May 3, 2024": the page's field, not a draft's
        if dates and (rest <= 1 or (labelled and rest <= 5)):
            return ln.mark("time stamp", WEAK)  # a draft may carry its own date line
    if _TAG_PAGE.match(t):
        return ln.mark("tag list", STRONG)  # "Tag: Harbour": the archive page's label
    if _EMPTY_STAMP.match(t):
        return ln.mark("page stamp", STRONG)  # "Published" alone: the page's field, its date lost
    if n <= 24 and _segmented_stamp(t):
        return ln.mark("page stamp", STRONG)  # "Example Desk / example.com / Updated: May 3, 2024, 21:47 IST"
    if 2 <= n <= 12 and P.OPEN_SEPARATOR.search(t):
        return ln.mark("caption", UI)  # "Union Minister Jane Doe |": a caption whose credit was cut
    if n <= 20 and P.BLOG_POSTED.search(t):
        return ln.mark("byline", STRONG)  # "posted by Jane Doe on Harbourblog": the blog's meta line
    if P.CMS_BYLINE.match(t) and n <= 14:
        return ln.mark("byline", STRONG)  # "Posted by: admin": the CMS's labelled author field
    if P.DESK_BYLINE.match(t):
        return ln.mark("byline", STRONG)  # "Staff Reporter", "Web Desk": nobody's name, the CMS's field
    if P.BYLINE.match(t) and n <= 10 and not ends:
        return ln.mark("byline", WEAK)
    if P.DASH_SIGNATURE.match(t):
        return ln.mark("byline", WEAK)
    if n <= 3 and not ends and _section(t, L):
        return ln.mark("section label", UI)
    if P.TICKER_LINE.match(t) and any(c.isalpha() for c in t):
        return ln.mark("ticker", UI)
    if n == 1 and t.isalpha() and t.islower() and len(t) <= 12:
        return ln.mark("interface", UI)  # "close", "play", "news": a button's label
    if ends or (n >= 10 and stop / n >= 0.2):
        ln.kind = PROSE
        return
    if n >= 5 or (n >= 3 and stop):
        ln.kind = HEADING
        return
    if 2 <= n <= 3 and not stop and all(w[:1].isupper() for w in words) and not t.isupper():
        return ln.mark("name", ATTACH)  # "Jane Doe": an author box or a photo label
    ln.mark("short line", WEAK, known=False)


#: page notes that open a block of their own after a blank line, as a caption does
_OPENS = frozenset({"promotion", "layout note", "translation badge", "shop widget"})

_IMAGE_FILE = P.regex.compile(r"(?i)^[ \t]*[\w.%+-]{1,120}\.(?:jpe?g|png|gif|webp|bmp|tiff?)[ \t]*$")
_EMAIL_LINE = P.regex.compile(r"^[ \t]*[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+[ \t]*$")

#: "… | AP – 1 hr 4 mins ago": the page's relative time on a byline (a draft does not know it)
_AGO = P.regex.compile(r"\b\d{1,3}[ \t]*(?:mins?|minutes?|hrs?|hours?|days?)[ \t]+ago\b")

#: "2015-09-01 20:31": a CMS's date and time, as a byline's stamp prints it ("By Jane Doe ( Updated: …")
_ISO_CLOCK = P.regex.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d[ T]+[0-2]?\d:[0-5]\d\b")

#: "Published December 23, 2014": the page's field without its colon (a draft does not know
#: when it is published; "Updated …" may be a draft's own note and stays ½)
_PUBLISHED = P.regex.compile(r"^[ \t]*(?:First[ \t]+)?(?:Published|PUBLISHED|Posted[ \t]+on)[ \t]+(?=\w)")


_GALLERY_CREDIT = P.regex.compile(r"^[ \t]*Gallery[ \t]+Credit[ \t]*:[ \t]*\S[^\n]{0,60}$")
_EMPTY_LIST = P.regex.compile(r"^[ \t]*(?:[,;|][ \t]*){3,}$")
#: a tag page's label with its tag: "Tag: Harbour", "Topic: Ferries" (at the top of an archive page)
_TAG_PAGE = P.regex.compile(r"^[ \t]*(?:Tag|Tags|Topic|Category|Archives?)[ \t]*:[ \t]*[A-Z][\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,3}[ \t]*$")

#: the page's stamp field alone, its value lost or on the lines under it: "Published", "Posted on:"
_EMPTY_STAMP = P.regex.compile(
    r"^[ \t]*(?:(?:First[ \t]+)?Published|Posted|Last[ \t]+updated|PUBLISHED|POSTED)(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*$"
)


_SEGMENT = P.regex.compile(r"[ \t]+[/|·•][ \t]+")


def _segmented_stamp(t: str) -> bool:
    """The page's meta line in fields: a desk, the site and the stamp, each short, between
    slashes or bars, the last a labelled or timed date ('Updated: May 3, 2024, 21:47')."""
    parts = _SEGMENT.split(t.strip())
    if len(parts) < 2 or P.END_PUNCT.search(t) and not P.CLOCK.search(parts[-1]):
        return False
    last = parts[-1]
    dates, rest = P.stamp_leftover(last)
    stamp = dates and rest <= 3 and P.DATE_PROPER.search(last) and (P.CLOCK.search(last) or P.STAMP_LABEL.match(last))
    return bool(stamp) and all(1 <= len(P.WORD.findall(x)) <= 4 and not P.END_PUNCT.search(x) for x in parts[:-1])


def _toolbar(t: str, L) -> bool:
    """'Adjust Comment Print', 'Sign inMenuSearch': interface words, several or run together."""
    parts = []
    for tok in t.split():
        parts.extend(P.INNER_CAPS.split(tok))
    low = [p.lower().strip(".,|:") for p in parts if p.strip(".,|:")]
    if len(low) < 2:
        return False
    ui = sum(p in L["ui"] for p in low)
    glued = len(parts) > len(t.split())
    # "e-Paper" is a capitalised button too
    return ui >= 2 and (ui * 3 >= 2 * len(low)) and (
        glued or all(p[:1].isupper() or p[:2] == "e-" for p in t.split() if p.strip("|")))


def _section(t: str, L) -> bool:
    s = t.strip(" |»›>").lower()
    return s in L["sections"] or (s.endswith(" news") and len(s.split()) <= 3)


def _context(lines: list[Line], L, first_prose: int | None) -> None:
    """What neighbours and position decide: wrapped lines, repeated headlines, captions
    with a lone credit under them, tag lists after the story, distributor headers."""
    seen: dict[str, int] = {}
    headline = None
    prev = None  # previous non-blank line
    for ln in lines:
        if ln.kind == BLANK:
            continue
        t = ln.text.strip()
        adjacent = prev is not None and prev.n == ln.n - 1
        # a hard-wrapped line continues the one above it: not furniture
        if (ln.kind == FURNITURE and ln.family in ("interface", "short line", "name") and adjacent
                and prev.kind in (HEADING, PROSE) and not P.END_PUNCT.search(prev.text)
                and len(prev.text.strip()) >= 50 and (t[:1].islower() or prev.kind == PROSE)):
            ln.kind, ln.family, ln.weight = HEADING, "", 0.0
        if headline is None and ln.kind in (HEADING, PROSE) and (first_prose is None or ln.n <= first_prose):
            headline = ln.n
        key = _normal(t)
        # a line repeated; a sentence only when its first copy was a headline or caption with
        # no full stop, both above the story ("Governor Jane Doe" over the photo, "Governor
        # Jane Doe." under it; a story sentence echoing the headline is left alone)
        ends = bool(_SENTENCE_END.search(t))
        if len(key.split()) >= 3 and ln.kind in (HEADING, PROSE, FURNITURE) and not P.TWEET_SIGNATURE.match(t) and (
                not ends or (key in seen and len(key.split()) <= 12 and first_prose is not None
                             and seen[key] < first_prose and ln.n <= first_prose
                             and not _SENTENCE_END.search(lines[seen[key]].text.strip()))):
            if key in seen:
                ln.mark("repeated headline", STRONG)
                first = lines[seen[key]]
                # a pair of copies below the story's own headline: the first copy is furniture too
                if first.n != headline and first.kind == HEADING and _between_blanks(lines, first.n, ln.n):
                    first.mark("repeated headline", STRONG)
            else:
                seen[key] = ln.n
        # an agency above the story is a distributor header; below it, a sign-off
        if ln.kind == SIGNOFF and (first_prose is None or ln.n < first_prose):
            ln.mark("distributor", UI)
        # a lone credit right under an unpunctuated line after the story began: a caption
        elif (ln.kind == SIGNOFF and adjacent and first_prose is not None and prev.n > first_prose
              and prev.kind in (HEADING, PROSE) and not P.END_PUNCT.search(prev.text.strip())):
            prev.mark("caption", STRONG, opens=True)
            ln.mark("picture credit", ATTACH)
        # a credit alone ("Image: Agency/Jane Doe") under an unpunctuated line: that line is its caption
        elif (ln.kind in (FURNITURE, HEADING) and adjacent and _CREDIT_ALONE.match(t) and len(_words(t)) <= 10
              and first_prose is not None and prev.n > first_prose and prev.kind in (HEADING, PROSE)
              and not P.END_PUNCT.search(prev.text.strip()) and len(_words(prev.text)) <= 40):
            prev.mark("caption", STRONG, opens=True)
            if ln.kind == HEADING:
                ln.mark("picture credit", ATTACH)
        # bulleted headlines under a widget ("Also read", "Related"): the linked stories
        if (P.BULLET.match(t) and adjacent and prev.kind == FURNITURE
                and prev.family in ("interface", "related links")):
            ln.mark("related links", ATTACH)
        prev = ln
    _tag_list(lines)


#: a picture credit that makes up its line: "Image: Agency/Jane Doe", "Photo: Jane Doe"
_CREDIT_ALONE = P.regex.compile(r"^[ \t]*(?:Photo|Photos|Photograph|Picture|Pic|Image|Credit|Photo[ \t]+credit|Image[ \t]+credit)[ \t]*:")


_SENTENCE_END = P.regex.compile(r"[.!?…][\"”’'»)\]]*[ \t]*$")


def _between_blanks(lines: list[Line], a: int, b: int) -> bool:
    return all(lines[i].kind == BLANK for i in range(a + 1, b))


def _tag_list(lines: list[Line]) -> None:
    """Four or more short unpunctuated lines after the last prose line: a tag list."""
    last = max((ln.n for ln in lines if ln.kind == PROSE), default=None)
    if last is None:
        return
    tail = [ln for ln in lines[last + 1:] if ln.kind != BLANK]
    while tail and tail[0].kind == SIGNOFF:
        tail.pop(0)
    if len(tail) < 4:
        return
    # the list's label may end in its colon ("TAGS:")
    if all(len(_words(ln.text)) <= 4 and (not P.END_PUNCT.search(ln.text.strip()) or (i == 0 and ln.text.strip().endswith(":")))
           and ln.kind in (HEADING, FURNITURE, SIGNOFF) for i, ln in enumerate(tail)):
        for ln in tail:
            if ln.kind != FURNITURE or not ln.known or ln.weight < WEAK:
                ln.mark("tag list", WEAK)
