"""Lines of a page's media, ads and share bar judged alone, as a scraper leaves them between
the paragraphs: an ad slot's label ('Advert', 'Advertisement - story continues below'), a
dead embed ('Tweet may have been deleted'), a language switcher, a highlights box's label,
the label over a list of other stories ('More Stories By …', 'What to Read Next'), a share
bar's own label and a video's title. A draft has none of these: its ads, players and buttons
are not yet on a page. ``line_kind`` is called from ``shape.classify``; the passes that look
at neighbours are in ``media.py``.
"""
from __future__ import annotations

import regex

from . import patterns as P

#: the family of an ad slot's label; the list under it is another block (blocks.py)
ADVERT = "advert"
#: the share bar's family (the same as shape.SHARE)
SHARE = "share buttons"

# an ad slot's label alone on its line ("Advert", "ADVERTISEMENT", "Ad Feedback", "Story
# continues below advertisement"); the bare word "Ad" is left to the widget list
AD_LABEL = regex.compile(
    r"(?i)^[ \t]*(?:(?:video[ \t]+)?ad[ \t]+feedback|advert(?:isement)?"
    r"(?:[ \t]*[-–—:|·][ \t]*(?:the[ \t]+)?(?:story|article|content|text)[ \t]+continues[ \t]+(?:below|after[ \t]+(?:the|this)[ \t]+ad))?"
    r"|(?:the[ \t]+)?(?:story|article|content)[ \t]+continues[ \t]+(?:below|after)[ \t]+(?:this[ \t]+|the[ \t]+)?(?:advert(?:isement)?|ad))"
    r"[ \t]*$"
)
# a slot the page fills with an ad or a poll: "take our poll - story continues below",
# "Sponsor Message", "Advertisement. Scroll to continue reading."
SLOT = regex.compile(
    r"(?i)^[ \t]*(?:[^\n]{1,40}?[ \t]*[-–—|:][ \t]*(?:the[ \t]+)?(?:story|article|text)[ \t]+continues[ \t]+below"
    r"|(?:sponsor(?:ed)?|paid)[ \t]+(?:message|post|content)"
    r"|advert(?:isement)?[ \t]*[.:-]?[ \t]*scroll[ \t]+(?:down[ \t]+)?to[ \t]+continue(?:[ \t]+(?:reading|with[ \t]+content))?)"
    r"[ \t]*[.:]?[ \t]*$"
)
# the page's own links and players: "Skip to main content", "Skip to table of contents",
# "Listen to this article in summarized format", "Hit play to listen to this story", the
# search box's buttons
PAGE_LINK = regex.compile(
    r"(?i)^[ \t]*(?:skip[ \t]+to[ \t]+(?:the[ \t]+)?(?:main[ \t]+)?(?:content|table[ \t]+of[ \t]+contents|navigation|search|footer|article)"
    # the story's own buttons: "Manage alerts for this article", "Gift this article", "Available Downloads"
    r"|(?:manage[ \t]+alerts[ \t]+for|gift|bookmark|save|print)[ \t]+this[ \t]+(?:article|story)|available[ \t]+downloads"
    # a photo's or a player's own buttons: "Enlarge Image", "View Full Image", "Click for larger
    # image", "Video muted: click volume for sound"; the post's "Permanent Link", "Comments (0)"
    r"|[|·•]?[ \t]*(?:enlarge(?:[ \t]+this)?|view[ \t]+(?:full|larger)(?:[ \t]+size)?)[ \t]+(?:image|photo|picture)"
    r"|click[ \t]+(?:here[ \t]+)?(?:for|to[ \t]+(?:see|view))[ \t]+(?:a[ \t]+)?larger[ \t]+(?:image|photo|picture|version)"
    r"|video[ \t]+muted[ \t]*[:.,-][ \t]*click[ \t]+(?:the[ \t]+)?volume[ \t]+(?:icon[ \t]+|button[ \t]+)?(?:for|to[ \t]+(?:hear|unmute))[ \t]+(?:the[ \t]+)?sound"
    r"|[|·•]?[ \t]*permanent[ \t]+link|comments?[ \t]*\([ \t]*\d{1,5}[ \t]*\)"
    # the page's own navigation and sign-up buttons: "Go to home page", "Back to top",
    # "Please select your preferences to subscribe."
    r"|(?:go[ \t]+)?(?:back[ \t]+)?to[ \t]+(?:the[ \t]+)?(?:home[ \t]*page|main[ \t]+page|top[ \t]+of[ \t]+(?:the[ \t]+)?page)"
    r"|(?:please[ \t]+)?(?:select|choose|pick)[ \t]+(?:your[ \t]+)?(?:preferences|newsletters?|topics)[ \t]+(?:to|and)[ \t]+subscribe"
    # the site's search box: "Close this search box.", "Toggle search", "Search for:",
    # "Type above and press Enter to search. Press Esc to cancel."
    r"|(?:close|open|toggle|show|hide|clear)[ \t]+(?:the[ \t]+|this[ \t]+)?search(?:[ \t]+(?:box|bar|form|field|panel|overlay))?"
    r"|search[ \t]+for[ \t]*:|search[ \t]+(?:this|the|our)[ \t]+(?:site|website)|submit[ \t]+search"
    r"|(?:type[ \t]+(?:above|here|your[ \t]+search)[ \t]+and[ \t]+)?(?:press|hit)[ \t]+(?:enter|return)[ \t]+to[ \t]+search"
    r"(?:[ \t]*\.?[ \t]*(?:press|hit)[ \t]+(?:esc|escape)[ \t]+to[ \t]+(?:cancel|close))?"
    # "Add as a preferred source on Google": a search engine's follow button
    r"|(?:add[ \t]+(?:\w+[ \t]+){0,2})?as[ \t]+(?:a[ \t]+)?(?:preferred|trusted)[ \t]+source[ \t]+(?:on|for)[ \t]+\w{2,12}"
    # an audio player's line: "Listen to this article", "Hit play to listen to this story"
    r"|(?:(?:press|click|tap|hit)[ \t]+(?:the[ \t]+)?play(?:[ \t]+button)?[ \t]+to[ \t]+)?"
    r"listen[ \t]+to[ \t]+(?:this|the)[ \t]+(?:article|story)(?:[ \t]+[\w-]{1,20}){0,5})[ \t]*\.?[ \t]*$"
)
# a republication note: "Article posted with permission from Jane Doe"
PERMISSION = regex.compile(
    r"(?i)^[ \t]*(?:this[ \t]+)?(?:article|story|post|piece)[ \t]+(?:was[ \t]+)?(?:posted|published|republished|reprinted|shared)"
    r"[ \t]+with[ \t]+(?:the[ \t]+)?(?:kind[ \t]+)?permission[ \t]+(?:of|from)[ \t]+[^\n]{2,60}$"
)
# the label of a tag list alone: "Categories:", "Article Tags:", "Topics:", "Tagged:"
TAGS_LABEL = regex.compile(
    r"(?i)^[ \t]*(?:article[ \t]+|post[ \t]+|related[ \t]+)?"
    r"(?:tags|topics|categories|keywords|filed[ \t]+under|tagged(?:[ \t]+(?:with|in|under|as))?)[ \t]*:[ \t]*$"
)
# a menu run together: "LiveNew York CityNew JerseyLong Island" (words glued at a capital)
_GLUE = regex.compile(r"[a-z][A-Z]")


def glued_menu(t: str) -> bool:
    """Three or more words glued at a capital, about as many as the spaces: a menu whose
    items the scraper ran together ('iPhone' or 'McDonald' in a sentence is one glue)."""
    glue = len(_GLUE.findall(t))
    return glue >= 3 and glue * 2 >= t.count(" ") and not P.END_PUNCT.search(t) and len(t) <= 300


# a dead embed's placeholder: "Tweet may have been deleted", "This post is unavailable",
# and the link label left without its link: "(opens in a new tab)"
DEAD_EMBED = regex.compile(
    r"(?i)^[ \t]*(?:(?:this[ \t]+)?(?:tweet|post|video|content|embed|media)[ \t]+(?:may[ \t]+have[ \t]+been|has[ \t]+been|was|is)"
    r"[ \t]+(?:deleted|removed|unavailable|no[ \t]+longer[ \t]+available)\.?"
    r"|\([ \t]*opens?[ \t]+in[ \t]+(?:a[ \t]+)?new[ \t]+(?:tab|window)[ \t]*\))[ \t]*$"
)
# a language switcher: "Read in Other Languages", "Read this in Spanish", "Read inOther Languages"
LANGUAGE_SWITCH = regex.compile(
    r"^[ \t]*(?i:read|view)(?:[ \t]+(?i:this|the)(?:[ \t]+(?i:article|story|page))?)?[ \t]+(?i:in)[ \t]*"
    r"(?:(?i:other|more)[ \t]+(?i:languages?)|[A-Z][a-z]{3,12})[ \t]*[.:»›]?[ \t]*$"
)
# a highlights box's label ("Key Highlights", "Key Points:", "Story highlights"); "Highlights"
# or "Summary" alone needs the box's short lines under it (``highlights``)
HIGHLIGHTS = regex.compile(
    r"(?i)^[ \t]*(?:(?:key|story|article|top)[ \t]+highlights|key[ \t]+(?:points|takeaways|facts)|"
    r"(?:the[ \t]+)?(?:story|article)[ \t]+at[ \t]+a[ \t]+glance)[ \t]*:?[ \t]*$"
)
BARE_HIGHLIGHTS = regex.compile(r"(?i)^[ \t]*(?:highlights|summary|takeaways|in[ \t]+brief)[ \t]*:?[ \t]*$")
# the label over a list of the site's other stories: "Must Read Stories", "More Stories By Jane",
# "What to Read Next", "More from Example", "Before you go, we thought you'd like these...",
# a section's list: "More world news", "Latest Business Stories" (one or two words between)
LIST_HEAD = regex.compile(
    r"^[ \t]*(?:(?i:more|latest|top|trending|popular|related|recommended|must[ \t-]read|featured|recent)[ \t]+"
    r"(?i:stories|news|articles|posts|videos|reads|headlines)(?:[ \t]+(?i:by|from)[ \t]+[A-Z][\w.'’-]{0,20}"
    r"(?:[ \t]+[A-Z][\w.'’-]{0,20}){0,3})?"
    r"|(?i:what[ \t]+to[ \t]+(?:read|watch)[ \t]+next|(?:you[ \t]+)?(?:may|might)[ \t]+also[ \t]+(?:like|enjoy))"
    r"|(?i:before[ \t]+you[ \t]+go),?[ \t]+(?i:we[ \t]+thought[ \t]+you[ \t]?['’]?d[ \t]+like[ \t]+these)"
    r"|(?i:more[ \t]+from)[ \t]+[A-Z][\w.'’-]{0,20}(?:[ \t]+[A-Z][\w.'’-]{0,20}){0,2}"
    r"|(?i:more|latest)[ \t]+(?!(?i:of|on|in|to|than|about|and|the|fake)\b)[A-Za-z][\w&'’-]{1,20}"
    r"(?:[ \t]+[A-Za-z][\w&'’-]{1,20})?[ \t]+(?i:stories|news|headlines))"
    r"[ \t]*(?:[.…:»›]|\.\.\.)*[ \t]*$"
)
# share buttons as bare words, one or several a line ("Share", "Tweet Share", "Share on
# Facebook654 Tweet Email Email Print"); with ``share_stacks`` a row of them is one block
SHARE_WORDS = frozenset({
    "share", "shares", "tweet", "pin", "email", "e-mail", "print", "facebook", "twitter", "flipboard",
    "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "messenger", "tumblr", "sms", "reblog",
    "copy", "link", "on", "this", "it", "social", "sharing", "options", "show", "more", "comments",
    "via", "google", "plus", "google-plus", "google+", "x", "threads", "bluesky", "mastodon", "vk", "weibo",
})
#: the words that make a row a share bar, not the site's links to its own accounts ('Facebook' /
#: 'Twitter' / 'Instagram' in the footer)
SHARE_ACTIONS = frozenset({"share", "tweet", "pin", "email", "e-mail", "print", "reblog", "sharing"})
SHARE_CORE = frozenset({"share", "tweet", "facebook", "twitter", "flipboard", "linkedin", "whatsapp", "reddit",
                         "pinterest", "reblog", "sharing"})
# "Social Sharing", "Show more sharing options": the share bar's own label, alone
SHARE_LABEL = regex.compile(r"(?i)^[ \t]*(?:social[ \t]+sharing|(?:show|more)[ \t]+(?:more[ \t]+)?sharing[ \t]+options)[ \t]*$")
# a video's running time alone on its line ("01:46", "VIDEO3:4903:49": the label and the time twice)
DURATION = regex.compile(r"^[ \t]*(?:(?i:video|duration|length|running[ \t]+time)[ \t]*:?[ \t]*)?\d{1,2}:[0-5]\d(?:\d{1,2}:[0-5]\d)?[ \t]*$")
# "<title> – video Guardian": a video's title with the player's label
VIDEO_TITLE = regex.compile(r"[ \t][–—-][ \t]+video(?:[ \t]+[A-Z][\w.]{1,20})?[ \t]*$")


#: a landmark's label for screen readers, heading the menu under it: "Breadcrumb", "Main
#: navigation", "Accessibility Menu"
LANDMARK = regex.compile(
    r"(?i)^[ \t]*(?:breadcrumbs?|(?:main|primary|secondary|site|footer|header)[ \t]+(?:navigation|menu)"
    r"|accessibility[ \t]+menu)[ \t]*$"
)
#: a photo or video's caption switch: "Show Caption", "Hide Caption" (a block of its own)
CAPTION_TOGGLE = regex.compile(r"(?i)^[ \t]*(?:show|hide|toggle|expand|collapse)[ \t]+caption[ \t]*$")
TOGGLE = "caption toggle"


def line_kind(t: str) -> str | None:
    """The family of a media, ad or share line judged alone (certain furniture), or None."""
    if AD_LABEL.match(t) or SLOT.match(t):
        return ADVERT
    if CAPTION_TOGGLE.match(t):
        return TOGGLE
    if LANDMARK.match(t):
        return "landmark"
    if PAGE_LINK.match(t):
        return "interface"
    if PERMISSION.match(t):
        return "syndication note"
    if TAGS_LABEL.match(t):
        return "tag list"
    if glued_menu(t):
        return "navigation"
    if DEAD_EMBED.match(t):
        return "dead embed"
    if LANGUAGE_SWITCH.match(t):
        return "interface"
    if HIGHLIGHTS.match(t):
        return "highlights"
    if LIST_HEAD.match(t):
        return "interface"  # a list's label: links.related_after_label takes the headlines under it
    if SHARE_LABEL.match(t):
        return SHARE
    if len(t) <= 120 and VIDEO_TITLE.search(t) and not P.END_PUNCT.search(t):
        return "video"
    return None


