"""Lines that name the publisher, not the story: a short line made of an outlet's name and a
furniture label or verb around it. "Article provided by Example.com", "Read full article
From Example News", "Example.ca Top Stories", "Get the Latest Example News": the
aggregator's credit or the site's own widget, whatever the story says. Also the CMS's
default author ("By Admin") and a site's name glued to the page's date ("ABC12-05-2025").

The outlet is told by its shape (an address, a few capitalised words ending in a media word
such as News or Times, an initialism) or by name (the outlets rated in rules/sources.toml
and the agencies in rules/debris.toml). A sentence about an outlet has a verb and runs
longer; these lines hold only the name and the label.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..data import load_data
from ..ordering import longest_first

#: the outlet's name by its shape: "example.com", "Example News Network", "The Example Times", "ABC"
_SHAPED = (
    r"(?:www\.)?[A-Za-z][\w-]{1,40}(?:\.[A-Za-z]{2,8}){1,2}"
    r"|(?:The[ \t]+)?(?:[A-Z][\w&'’.-]{0,24}[ \t]+){0,3}(?=[A-Z])(?i:News|Times|Post|Daily|Wire|Magazine|Network|Radio|TV"
    r"|Herald|Tribune|Journal|Gazette|Press|Online|Media|Today|Telegraph|Chronicle|Express|Mirror|Observer)"
    r"(?:[ \t]+(?:Network|Online|Group))?"
    r"|(?-i:[A-Z]{2,6})"
)

#: labels in front of the name: the aggregator's credit or link back, the site's pitch
_BEFORE = (
    r"(?i:(?:(?:this[ \t]+)?(?:story|content|article|news|report|post|video|feed)[ \t]+)?"
    r"(?:provided|supplied|brought[ \t]+to[ \t]+you)[ \t]+by"
    r"|read[ \t]+(?:the[ \t]+)?full[ \t]+(?:article|story|report)(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:from|on|at)"
    r"|get[ \t]+(?:the[ \t]+)?(?:most[ \t]+popular|latest|top|breaking))"
)
#: labels after the name: the site's widgets ("… Top Stories"), a social page's button
#: ("Example News Like"); then the noun the pitch ends on
_AFTER = (
    r"(?:(?i:top[ \t]+stories|latest[ \t]+news|most[ \t]+popular|most[ \t]+read|latest[ \t]+headlines"
    r"|top[ \t]+headlines|trending(?:[ \t]+now)?)|Like)"
)
_PITCH_NOUN = r"(?i:news|headlines|stories|updates|videos?)"

#: the CMS's default user as the byline: "By Site Admin", "Posted by admin", "By webmaster"
_ADMIN_BYLINE = regex.compile(
    r"(?i)^[ \t]*(?:by|posted[ \t]+by|written[ \t]+by)[ \t]*:?[ \t]+(?:super[ \t]+|site[ \t]+|web[ \t]+)?"
    r"(?:admin|administrator|webmaster|webadmin|siteadmin)\d{0,3}[ \t]*$"
)
#: a site's name glued to the page's date: "ABC12-05-2025", "Example2024-05-12"
_NAME_DATE = regex.compile(
    r"^[ \t]*[A-Z][A-Za-z.&]{1,24}(?<=[A-Za-z])(?:\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)[ \t]*$"
)


@lru_cache(maxsize=1)
def _lines() -> regex.Pattern:
    named = [regex.escape(s["name"]) for s in load_data("sources.toml").get("source", [])]
    named += [regex.escape(w) for w in load_data("debris.toml")["furniture"]["wires"] if len(w) >= 3]
    outlet = "(?:" + "|".join(sorted(set(named), key=longest_first) + [_SHAPED]) + ")"
    return regex.compile(
        rf"^[ \t]*(?:[-•*][ \t]+)?(?:{_BEFORE}[ \t]+{outlet}(?:[ \t]+{_PITCH_NOUN})?|{outlet}[ \t]+{_AFTER})[ \t]*[.…]?[ \t]*$"
    )


def line_family(text: str) -> str | None:
    """'publisher line' for a line that names the publisher in a credit or widget,
    'byline' for the CMS's default author, or None."""
    if len(text) > 120:
        return None
    if _ADMIN_BYLINE.match(text):
        return "byline"
    if _NAME_DATE.match(text) or _lines().match(text):
        return "publisher line"
    return None
