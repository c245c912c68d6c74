"""Each line of a text judged from its shape: prose, a heading, a sign-off, or furniture.

Prose ends its sentences and is dense with function words; page furniture (buttons,
section labels, time stamps, bylines, tag lists, captions) is short, unpunctuated and
made of content or interface words. Patterns from ``patterns.py`` name the machine
leftovers that a shape alone cannot tell.
"""
from __future__ import annotations

from . import patterns as P
from .line import (  # noqa: F401 (re-exported: the passes import them from here)
    ATTACH, BLANK, FURNITURE, HEADING, PROSE, SHARE, SIGNOFF, STRONG, SWITCH, UI, WEAK, Line, split_lines,
)
from .media_lines import line_kind as media_line
from . import notices
from .page_notes import line_family as page_note
from .remnants import line_family as remnant
from .site_lines import line_family as site_line
from .outlet_lines import line_family as outlet_line
from .shape_context import context
from .shape_meta import meta_or_shape
from .tables import table_rows
from .story_lists import listed_items
from .promo import is_promotion
from .scripts import FOREIGN, foreign_lines
from .widgets import CONSENT, is_comment_form, widget_weight


def _words(s: str) -> list[str]:
    return P.WORD.findall(s)


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
    for ln in listed_items(lines, PROSE, WEAK):  # the story's list under its lead-in, not signatures
        ln.kind, ln.family, ln.weight, ln.known = HEADING, "", 0.0, True
    context(lines, L, first_prose)
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
        stop = sum(map(L["stopwords"].__contains__, map(str.lower, words)))  # counted in C
        meta_or_shape(ln, t, words, n, stop, ends, L)


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
    if P.WIRE_NOTE.match(t):
        return ln.mark("wire note", STRONG)  # "(Adds comment from mayor)": the desk's note on this version
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
    if P.STORY_ID.match(t):
        return ln.mark("page stamp", STRONG)  # "News ID: 57222"
    if P.GLUED_DATES.match(t):
        return ln.mark("page stamp", STRONG)  # "January 28, 2026Jan 28, 2026": a date widget's two forms
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
    if P.NEIGHBOUR_LINK.match(t) or P.POINTER_LINK.match(t):
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


#: page notes that open a block of their own after a blank line, as a caption does
_OPENS = frozenset({"promotion", "layout note", "translation badge", "shop widget"})

_IMAGE_FILE = P.regex.compile(r"(?i)^[ \t]*[\w.%+-]{1,120}\.(?:jpe?g|png|gif|webp|bmp|tiff?)[ \t]*$")
_EMAIL_LINE = P.regex.compile(r"^[ \t]*[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+[ \t]*$")


_GALLERY_CREDIT = P.regex.compile(r"^[ \t]*Gallery[ \t]+Credit[ \t]*:[ \t]*\S[^\n]{0,60}$")
_EMPTY_LIST = P.regex.compile(r"^[ \t]*(?:[,;|][ \t]*){3,}$")


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

