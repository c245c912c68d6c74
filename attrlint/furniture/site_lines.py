"""Lines a site's template prints whatever the story says, recognised by their shape: an
aggregator's disclaimer under a release, a credit that gives the copied story's address, a
topic line ending in hashtags, a forum's member widget, a theme's placeholder contact address. Each names its family for ``shape.classify``
(a line of no family is left to the other tests)."""
from __future__ import annotations

import regex

#: "Source: The Harbour Post https://example.com/news/123", "Via: example.org/story": the
#: aggregator's credit with the link to what it copied
_SOURCE_URL = regex.compile(
    r"^[ \t]*(?i:source|sources|via|originally[ \t]+published[ \t]+(?:at|on|by)|read[ \t]+the[ \t]+original(?:[ \t]+(?:article|story))?(?:[ \t]+(?:at|on))?)"
    r"[ \t]*:?[ \t]*(?:[\w'’&.,()|-]+[ \t]+){0,6}?(?:https?://|www\.)\S+[ \t]*$"
)
#: "Source: Harbour Radio", "Source: The Example Times": the credit of a copied story, a block
#: of its own (the share bar under it is another thing to delete; "Source: Read Full Article"
#: is the aggregator's link, patterns.SOURCE_LINK)
_SOURCE_NAME = regex.compile(
    r"^[ \t]*Sources?[ \t]*:[ \t]*(?!(?i:read|continue|full|view)\b)(?:The[ \t]+)?\p{Lu}[\w'’&.-]*(?:[ \t]+(?:\p{Lu}[\w'’&.-]*|of|and|for|the|&)){0,5}[ \t]*$"
)
#: "Harbour Storm #HarbourStorm", "#Ferry #Strike": a topic line of the page (not its first
#: line, which may be a headline that opens with a hashtag)
_TAG = r"#(?=[\d_]*\p{L})[\p{L}\d_]{2,}"  # a hashtag has a letter: "#10" alone numbers a list's item
_HASHTAGS = regex.compile(rf"^[ \t]*(?:[\p{{Lu}}\d][\w'’.-]*[ \t]+){{0,4}}{_TAG}(?:[ \t,]+{_TAG})*[ \t]*$")
#: a forum's member widget beside a copied post: "Staff member", "Well-known member", "Moderator"
_FORUM_ROLE = regex.compile(
    r"(?i)^[ \t]*(?:(?:staff|well-known|active|new|senior|junior|registered|veteran|premium|verified|elite"
    r"|established|notable|forum|full|valued)[ \t]+(?:member|user|poster)|(?:super[ \t]+|global[ \t]+)?moderator"
    r"|administrator)[ \t]*$"
)
#: a theme's contact block: "Physical Address" over "304 Harbour St." and "Portside, MA 02124"
_ADDRESS_LABEL = regex.compile(r"^[ \t]*(?:Physical|Mailing|Postal|Office|Street|Business|Our)[ \t]+Address[ \t]*:?[ \t]*$")
_STREET = regex.compile(
    r"^[ \t]*\d{1,5}[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln"
    r"|Drive|Dr|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy)\.?(?:,[ \t]*(?:Suite|Ste\.?|Unit|Floor)[ \t]+\w{1,6})?[ \t]*$"
)
_CITY_ZIP = regex.compile(r"^[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*,[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?[ \t]*$")

#: an aggregator's disclaimer under a release it reposts, often cut off: "/Public Release. This
#: material from the originating organisation ...", "The views and opinions expressed here are
#: those of the original author(s) ...", "This content was provided by the issuer and is not written by"
_RELEASE_TAIL = regex.compile(
    r"(?i)^[ \t]*(?:/[ \t]*public[ \t]+release\b"
    r"|(?:/[ \t]*)?this[ \t]+(?:material|content)[ \t]+(?:from[ \t]+the[ \t]+originating|was[ \t]+(?:provided|supplied)[ \t]+by[ \t]+the[ \t]+(?:issuer|originating))"
    r"|the[ \t]+views?[ \t]+(?:and|&)[ \t]+opinions?[ \t]+expressed[ \t]+(?:here(?:in)?|in[ \t]+this[ \t]+(?:release|article|content))[ \t]+are[ \t]+(?:those|solely[ \t]+those)[ \t]+of[ \t]+the[ \t]+original)"
)


def line_family(text: str, first: bool) -> str | None:
    """The family of a template's line, or None. ``first``: the text's first line."""
    if _RELEASE_TAIL.match(text):
        return "release tail"
    if _SOURCE_URL.match(text) or _SOURCE_NAME.match(text):
        return "source credit"
    if not first and _HASHTAGS.match(text):
        return "topic line"
    if _FORUM_ROLE.match(text):
        return "forum user"
    if _ADDRESS_LABEL.match(text) or _STREET.match(text) or _CITY_ZIP.match(text):
        return "contact address"
    return None
