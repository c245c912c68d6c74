"""The page's meta lines told by their shape (bylines, stamps, labels, buttons), then the
shape of a line no pattern named: prose, a heading, a name, or a short line. The second
half of ``shape.classify``'s judgement of one line, split from ``shape.py`` by concern.
"""
from __future__ import annotations

from . import patterns as P
from .line import ATTACH, HEADING, PROSE, STRONG, UI, WEAK, Line
from .stamps import clock_stamp


def meta_or_shape(ln: Line, t: str, words: list[str], n: int, stop: int, ends: bool, L) -> None:
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
    if n <= 30 and not ends and (P.BYLINE_DATED.match(t) or P.NAME_HANDLE_HEAD.match(t)) and (P.DATE_PROPER.search(P.GLUED_DIGIT.sub(" ", t))
                                                              or _AGO.search(t) or _ISO_CLOCK.search(t)):
        return ln.mark("byline", STRONG)  # "By Jane Doe - 11/19/19 06:56 AM EST", "Jane Doe (@jdoe) 3 hours ago": the page's meta line
    if n <= 16 and _glued_byline(t):
        return ln.mark("byline", STRONG)  # "Jane DoeBy Jane DoeMarch 21, 2023No Comments11 Mins Read"
    if n <= 12 and not ends and P.NAMELESS_BYLINE.match(t) and P.DATE_PROPER.search(t):
        return ln.mark("byline", STRONG)  # "Written by on March 14, 2023": the author field left empty
    if n <= 24 and not ends and P.HEADER_BYLINE.search(t) and _HEADER_SECTION.search(t):
        return ln.mark("byline", STRONG)  # "The Harbour Star (Harbourtown, PA) - - NEWS - By Jane Doe": an e-edition's header
    if P.STAFF_BYLINE.match(t):
        return ln.mark("byline", STRONG)  # "By EXAMPLE POST STAFF": nobody's name, the CMS's field
    if n <= 24 and _fielded_stamp(t):
        return ln.mark("page stamp", STRONG)  # "Source: Example| 2021-04-12 09:15|Editor: Lin": the CMS's fields
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
        if dates and " | " in t and any(_section(part, L) for part in t.split(" | ")):
            return ln.mark("page stamp", STRONG)  # "8th Jun 18 | Entertainment News": the date and the page's section
        if dates and (rest <= 1 or (labelled and rest <= 5)):
            return ln.mark("time stamp", WEAK)  # a draft may carry its own date line
    if len(_ICON.findall(t)) >= 6:
        return ln.mark("interface", STRONG)  # "icon bookmarkicon cameraicon checkicon …": an icon font's labels
    if _TAG_PAGE.match(t) or _TAG_ARCHIVE.match(t):
        return ln.mark("tag list", STRONG)  # "Tag: Harbour", 'Posts tagged with "ferries"': the archive page's label
    if n <= 12 and _OFF_BY.match(t) and P.DATE_PROPER.search(t):
        return ln.mark("byline", STRONG)  # "June 5, 2024 Off By Jane Doe": the theme's date, comments-off and author fields
    if not ends and _comma_tags(t):
        return ln.mark("tag list", STRONG)  # "world, accident, police, India, bus": the page's keywords
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


#: "… | AP – 1 hr 4 mins ago": the page's relative time on a byline (a draft does not know it)
_AGO = P.regex.compile(r"\b\d{1,3}[ \t]*(?:mins?|minutes?|hrs?|hours?|days?)[ \t]+ago\b")


#: "2015-09-01 20:31": a CMS's date and time, as a byline's stamp prints it ("By Jane Doe ( Updated: …")
_ISO_CLOCK = P.regex.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d[ T]+[0-2]?\d:[0-5]\d\b")


#: "Published December 23, 2014": the page's field without its colon (a draft does not know
#: when it is published; "Updated …" may be a draft's own note and stays ½)
_PUBLISHED = P.regex.compile(r"^[ \t]*(?:First[ \t]+)?(?:Published|PUBLISHED|Posted[ \t]+on)[ \t]+(?=\w)")


#: a tag page's label with its tag: "Tag: Harbour", "Topic: Ferries" (at the top of an archive page)
_TAG_PAGE = P.regex.compile(r"^[ \t]*(?:Tag|Tags|Topic|Category|Archives?)[ \t]*:[ \t]*[A-Z][\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,3}[ \t]*$")


#: a tag archive's heading: 'Posts tagged with "ferries"', "Home Tags Posts tagged with …",
#: "Tag Archives: Harbour" (the page lists stories; a story never calls itself a post)
_TAG_ARCHIVE = P.regex.compile(
    r"^[ \t]*(?:Home[ \t]+(?:[»›>/][ \t]+)?)?(?:Tags?[ \t]+(?:[»›>/][ \t]+)?)?(?:Posts|Articles|Stories|Entries)[ \t]+tagged"
    r"(?:[ \t]+with)?[ \t]*:?[ \t]*[\"“‘'][^\n\"”’']{1,60}[\"”’'][ \t]*$"
    r"|^[ \t]*(?:Tag|Category|Topic)[ \t]+Archives?[ \t]*:[ \t]*[^\n.!?]{1,60}$"
)


#: a blog theme's meta line: the date, "Off" (its comments closed) and the author:
#: "June 5, 2024 Off By Jane Doe", "5 June 2024 Comments Off by Jane Doe"
_OFF_BY = P.regex.compile(
    r"^[ \t]*[\w ,./-]{6,30}?[ \t]+(?:Comments[ \t]+)?Off[ \t]+[Bb]y[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*$"
)


#: an icon's label from the page's sprite sheet, run into the next: "icon camera", "cameraicon"
_ICON = P.regex.compile(r"icon(?=[ \t]|[a-z]|$)")


#: the theme's author box run together with its fields: "By Jane Doe", a date, then the
#: comment count or the reading time
_GLUED_BY = P.regex.compile(r"(?:^|(?<=[a-z]))By[ \t]?[A-Z][a-z]+[ \t]?[A-Z][a-z]+")
_COMMENTS = P.regex.compile(r"(?i)\b(?:no|\d+)[ \t]+comments?\b")


def _glued_byline(t: str) -> bool:
    """A byline, the page's date and its comment count or reading time on one line, their
    spaces lost ("Jane DoeBy Jane DoeMarch 21, 2023No Comments11 Mins Read")."""
    if not _GLUED_BY.search(t):
        return False
    spaced = P.INNER_CAPS.sub(" ", P.GLUED_DIGIT.sub(" ", t))
    spaced = P.regex.sub(r"(?<=\d)(?=[A-Z])", " ", spaced)
    return bool(P.DATE_PROPER.search(spaced) and (P.READ_TIME.search(spaced) or _COMMENTS.search(spaced)))


def _comma_tags(t: str) -> bool:
    """The page's keywords with no label, joined by commas: six or more of a word or two
    each, most in lower case ("world, accident, crime, police, India, bus, gorge"). A
    story's list is a sentence, with a verb, a conjunction or a full stop."""
    items = [i.strip() for i in t.split(",")]
    if len(items) < 6 or not all(0 < len(i.split()) <= 2 for i in items):
        return False
    return sum(i[:1].islower() for i in items) * 2 >= len(items) and " and " not in t and " or " not in t


#: the page's stamp field alone, its value lost or on the lines under it: "Published", "Posted on:",
#: "• Published" (a list of the page's fields)
_EMPTY_STAMP = P.regex.compile(
    r"^[ \t]*(?:[•·][ \t]*)?(?:(?:First[ \t]+)?Published|Posted|Last[ \t]+updated|PUBLISHED|POSTED"
    # ... or named as a date: "Publish date:", "Publication Date:", "Date published"
    r"|(?:Publish(?:ed)?|Publication|Posted|Posting)[ \t]+[Dd]ate|Date[ \t]+(?:published|posted))(?:[ \t]+(?:on|at))?[ \t]*:?"
    # ... and the update field beside it ("Posted: Updated:"); "Updated" alone is a story's label
    r"(?:[ \t]+(?:Last[ \t]+)?(?:[Uu]pdated|UPDATED)(?:[ \t]+(?:on|at))?[ \t]*:?)?[ \t]*$"
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


#: the bars between a CMS's fields, spaced or not: "Source: Xinhua| 2019-03-12 10:21|Editor: Wang"
_BAR = P.regex.compile(r"[ \t]*\|[ \t]*")
#: a field's label in front of its value: "Source:", "Date :", "ID:"
_FIELD_LABEL = P.regex.compile(r"^[\p{L}][\p{L} ]{0,14}?[ \t]*:[ \t]*")
#: a date in numbers, year first: "2019-03-12"
_ISO_DATE = P.regex.compile(r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)")


def _fielded_stamp(t: str) -> bool:
    """The CMS's fields in a row between bars, the page's date and clock among them: "Source:
    Xinhua| 2019-03-12 10:21:44|Editor: Wang", "Date: June 1, 2020 | Time: 10:25 | ID: 1455 |
    Print". Every other field is a label with a short value, or a button's word or two."""
    parts = [x for x in _BAR.split(t.strip()) if x]
    if len(parts) < 3 or not P.CLOCK.search(t):
        return False
    dated = False
    for x in parts:
        value = _FIELD_LABEL.sub("", x)
        dates, rest = P.stamp_leftover(value)
        if dates and rest <= 3 and (P.DATE_PROPER.search(value) or _ISO_DATE.search(value)):
            dated = True
        elif P.END_PUNCT.search(x) or len(P.WORD.findall(value)) > (4 if value != x else 2):
            return False
    return dated


def _section(t: str, L) -> bool:
    s = t.strip(" |»›>").lower()
    return s in L["sections"] or (s.endswith(" news") and len(s.split()) <= 3)


#: what makes a line ending "- By Jane Doe" a page header rather than a headline's credit:
#: a section in capitals ("OBITUARIES"), the paper's town in brackets, an empty field ("- -")
_HEADER_SECTION = P.regex.compile(
    r"\b[A-Z]{3,}\b(?=[^\n]*[ \t][-–—|][ \t]+(?:By|BY)[ \t])|\([A-Z][\w .'’-]{1,30},[ \t]*[A-Z][\w.]{1,12}\)|[-–—|][ \t]+[-–—|]"
)
