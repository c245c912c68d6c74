"""Lines that are what a page's markup and embeds leave behind, judged alone: an image's
Markdown or tag with its picture lost ('![]()', '<img src="data:image/png;base64,…">'), an
embedded post's raw text with its link and signature ('… pic.twitter.com/Ab12 — Jane Doe
(@jdoe) March 3, 2025'), a script or style sheet ('(function(d, s, id) {…'), a gallery's position ('3 / 14'), a player's loading text ('Loading
your audio player…'), an image's alt text ('Westbay Courier Logo', 'Headshot of Jane Doe'), the corrections prompt
('To suggest a correction, write to us') and the web editor's credit ('(Editor: Jane Doe)').
A draft holds none of these. ``line_family`` is called from ``shape.classify``.
"""
from __future__ import annotations

import regex

from .code_lines import is_code

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

#: an image in Markdown whose picture was lost: "![]()", "![Harbour at dusk](https://…/a.jpg) |"
MD_IMAGE = regex.compile(r"^[ \t]*!\[[^\]\n]{0,300}\]\([^)\n]{0,800}\)[ \t|]*$")
#: an image's tag, or a data URI, as text: "<image>data:image/png;base64,…</image>", "<img src=…>"
IMAGE_TAG = regex.compile(
    r"(?i)^[ \t]*<(?:image|img|picture|figure|svg|source)\b[^>\n]{0,3000}>(?:[^<\n]{0,3000}</[a-z]{1,10}>)?[ \t]*$"
)
#: an embedded Instagram post's caption line: "A photo posted by Jane Doe (@jdoe) on Mar 3, 2016 at
#: 4:05pm PST", often with its date lost
INSTAGRAM_CAPTION = regex.compile(
    r"^[ \t]*An? (?:photo|video|post) (?:posted|shared) by [^\n()]{1,60}\(@[\w.]{1,30}\)(?: on\b[^\n]{0,60})?[ \t]*$")
#: a page anchor's or a link's id alone: "how-we-got-here", "what-happens-next-2"; or a
#: template's block id or class with dots or underscores in it: "main-story.skip-nav"
ANCHOR_ID = regex.compile(
    r"^[ \t]*#?[a-z][a-z0-9]{0,20}(?:-[a-z0-9]{1,20}){3,12}[ \t]*$"
    r"|^[ \t]*(?!www\.)#?[a-z][a-z0-9]{0,20}(?=[a-z0-9._-]{0,80}[-_])(?=[a-z0-9-]{0,80}[._])"
    r"(?:[-_.][a-z0-9]{1,20}){3,12}(?<!\.(?:com|org|net|gov|edu|info|co\.uk|[a-z]{2}))[ \t]*$"
)
DATA_URI = regex.compile(r"(?i)\bdata:image/[\w.+-]{1,20}[;,]")
#: an embedded post's signature at the end of its text: "— Jane Doe (@jdoe) March 3, 2025"
POST_SIGNATURE = regex.compile(
    r"[—–-][ \t]*[^\n()—–]{1,60}?[ \t]*\(@\w{1,30}\)[ \t]+(?:" + _MONTH + r"[ \t]+\d{1,2},|\d{1,2}[ \t]+" + _MONTH + r")"
    r"[ \t]+\d{4}[ \t]*$"
)
#: the post's picture or short link run into its text: the embed's raw text, not a quotation
#: (a signature alone under a quoted post is the story's, patterns.TWEET_SIGNATURE)
POST_LINK = regex.compile(r"(?i)\bpic\.twitter\.com/\w|\bt\.co/\w")
#: a gallery's position alone: "3 / 14", "12 of 40"
GALLERY_POSITION = regex.compile(r"^[ \t]*(\d{1,3})[ \t]*(?:/|\bof\b)[ \t]*(\d{1,3})[ \t]*$")
#: a player's loading text or button: "Getting your audio player ready...", "Loading audio…"
PLAYER = regex.compile(
    r"(?i)^[ \t]*(?:(?:getting|loading)[ \t]+(?:your[ \t]+|the[ \t]+)?(?:[\w.-]{1,20}[ \t]+){0,2}"
    r"(?:audio|video|media|podcast)?[ \t]*player(?:[ \t]+ready)?"
    r"|loading[ \t]+(?:the[ \t]+)?(?:audio|video|player|podcast)"
    r"|(?:listen|play)[ \t]+(?:to[ \t]+)?(?:this|the)[ \t]+(?:article|story|report)(?:[ \t]+(?:now|here))?"
    r"|audio[ \t]+(?:version|player)[ \t]+(?:is[ \t]+)?loading)"
    r"[ \t]*(?:[.…]+|\.\.\.)?[ \t]*$"
)
#: a logo's alt text: "Westbay Courier Logo" (capitalised words, then "Logo")
LOGO = regex.compile(r"^[ \t]*(?:The[ \t]+)?[A-Z][\w&'’.-]{0,30}(?:[ \t]+[A-Z0-9][\w&'’.-]{0,30}){0,5}[ \t]+(?:Logo|logo|LOGO)[ \t]*$")
#: an author box's picture alt text: "Headshot of Jane Doe", "Avatar photo of Jane Doe"
HEADSHOT = regex.compile(
    r"^[ \t]*(?:Headshot|Head[ \t]+shot|Avatar(?:[ \t]+(?:photo|image))?|Author[ \t]+(?:photo|image|picture)"
    r"|Profile[ \t]+(?:photo|image|picture))[ \t]+(?:of|for)[ \t]+[\p{Lu}][\p{L}'’.-]{0,30}(?:[ \t]+[\p{Lu}][\p{L}'’.-]{0,30}){0,3}[ \t]*$"
)
#: the page's corrections prompt: "To report an error or request a clarification, email the desk",
#: "Spotted an error? Let us know", "Found a mistake in this article? Contact us"
CORRECTION = regex.compile(
    r"(?i)^[ \t]*(?:to[ \t]+(?:suggest|report|submit|request)[ \t]+(?:a[ \t]+|an[ \t]+)?(?:correction|clarification|error|mistake)"
    r"|(?:spotted|spot|found|find|see|seen|noticed?)[ \t]+(?:an?[ \t]+)?(?:error|mistake|typo|inaccuracy)"
    r"(?:[ \t]+in[ \t]+(?:this|the|our)[ \t]+(?:article|story|report))?[ \t]*\?)[^\n\"“”]{0,120}$"
)
#: the web editor's credit: "(Web editor: Lin Hao, Peng Yu)", "(Editor: Jane Doe)", "Responsible editor: J. Doe"
EDITOR_CREDIT = regex.compile(
    r"(?i)^[ \t]*[(\[][ \t]*(?:web|responsible|online|chief|executive|copy|news|duty)?[ \t]*editors?[ \t]*[:：][ \t]*"
    r"\p{L}[^\n()\[\]]{0,100}[)\]][ \t]*$"
    r"|^[ \t]*(?:web|responsible|online|duty)[ \t]+editors?[ \t]*[:：][ \t]*\p{L}[^\n.!?]{0,100}$"
)

#: a sign-up box's text: "… This site is protected by reCAPTCHA and the Google Privacy Policy …",
#: "Local news in your inbox: sign up to get …"
CAPTCHA = regex.compile(r"(?i)\bprotected[ \t]+by[ \t]+recaptcha\b")
INBOX_SIGNUP = regex.compile(r"(?i)\b(?:in(?:to)?|to)[ \t]+your[ \t]+inbox\b")
SIGN_UP = regex.compile(r"(?i)\bsign[ \t]*up\b|\bsubscribe\b")
#: a reported statement: the words are somebody's, not the page's
_SAID = regex.compile(r"(?i)\b(?:said|says|told|according[ \t]+to|announced)\b|[\"“”]")


def box_family(t: str) -> str | None:
    """A sign-up box's line, or None."""
    if len(t) > 800 or _SAID.search(t):
        return None
    if CAPTCHA.search(t) or (INBOX_SIGNUP.search(t) and SIGN_UP.search(t)):
        return "form"
    return None


def line_family(t: str) -> str | None:
    """The family of a markup or embed leftover judged alone, or None."""
    if len(t) > 6000:
        return None
    if MD_IMAGE.match(t) or IMAGE_TAG.match(t):
        return "markup"
    if len(t) <= 400 and DATA_URI.search(t):
        return "markup"
    if len(t) <= 600 and "(@" in t and POST_LINK.search(t) and POST_SIGNATURE.search(t):
        return "embedded post"
    if len(t) <= 300 and INSTAGRAM_CAPTION.match(t):
        return "embedded post"  # "A photo posted by Jane Doe (@jdoe) on": the embed's caption, its date lost
    if is_code(t):
        return "page code"
    if len(t) > 300:
        return box_family(t)
    if ANCHOR_ID.match(t):
        return "markup"
    pos = GALLERY_POSITION.match(t)
    if pos and 0 < int(pos.group(1)) <= int(pos.group(2)):
        return "counter"
    if PLAYER.match(t):
        return "player"
    if LOGO.match(t):
        return "site name"
    if HEADSHOT.match(t):
        return "author box"
    if CORRECTION.match(t):
        return "correction prompt"
    if EDITOR_CREDIT.match(t):
        return "editor credit"
    return box_family(t)
