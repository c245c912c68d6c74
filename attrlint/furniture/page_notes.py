"""The page's own labels, notes and prompts judged alone, as a scraper keeps them as lines of
the copy: an archive page's label ('Tag Archives: #harbour'), an edition or language switcher
('Edition: English | Español', 'Stories in English'), a layout note ('(story continues below
the photo)'), a shop's or a recommender's label ('Gadgets You Might Like'), a push-notification
prompt ('Get the latest updates … right on your browser'), a machine-translation badge
('Powered by automated translation'), a tag list's 'SEE MORE ABOUT:' label and the reader's
prompt ('Let us know … in the comments'). A draft holds none of these. ``line_family`` is
called from ``shape.classify``; ``page_labels`` judges such lines by where they stand.
"""
from __future__ import annotations

import regex

from . import patterns as P

#: an archive page's label: "Tag Archives: #harbour", "Category Archives: Ferries", "Posts
#: tagged ‘harbour’", "Archive for the ‘Ferries’ Category", "Browsing Category: Ferries", also
#: behind the trail to it ("Home » Tags » Posts tagged …", "HomeTopicsPosts tagged with …")
ARCHIVE_LABEL = regex.compile(
    # a breadcrumb trail may run into it, its separators lost: "HomeTopicsPosts tagged with …"
    r"(?i)^[ \t]*(?-i:Home(?:[ \t]*[»>/|›][ \t]*|(?=[A-Z]))(?:[A-Z][a-z]+(?:[ \t]*[»>/|›][ \t]*|(?=[A-Z])))*)?"
    r"(?:(?:tag|category|topic|author|monthly|yearly|daily)[ \t]+archives?[ \t]*:?"
    r"|posts?[ \t]+(?:tagged|filed[ \t]+under|in[ \t]+category)(?:[ \t]+with)?[ \t]*:?"
    r"|archives?[ \t]+for(?:[ \t]+the)?|browsing(?:[ \t]+(?:tag|category|topic))?[ \t]*:|search[ \t]+results?[ \t]+for[ \t]*:?)"
    r"[ \t]*[#‘'\"“]?[\w][^\n.!?]{0,60}$"
)
#: a blog platform's label over the posts it lists: "Showing posts with label Obituary. Show
#: all posts", "Showing posts sorted by relevance for query harbour. Sort by date"
LISTING_LABEL = regex.compile(
    r"(?i)^[ \t]*showing[ \t]+posts[ \t]+(?:with[ \t]+label|(?:sorted[ \t]+by[ \t]+\w+[ \t]+)?for[ \t]+query"
    r"|from)[ \t]+[^\n]{1,60}?\.[ \t]+(?:show[ \t]+all[ \t]+posts|sort[ \t]+by[ \t]+\w+)[ \t]*$"
)
#: an edition or language switcher: "Edition: English | Español", "Select Language", "News in
#: English", "International Edition"
EDITION = regex.compile(
    r"(?i)^[ \t]*(?:(?:select|change|choose)[ \t]+(?:your[ \t]+)?(?:edition|language|region)[ \t]*:?"
    r"|(?:edition|language|languages)[ \t]*:[ \t]*\S[^\n]{0,120}"
    r"|(?:news|articles|stories|headlines)[ \t]+in[ \t]+english"
    r"|(?:english|international|global|us|u\.s\.|uk|asia|europe|africa|india)[ \t]+edition)[ \t]*$"
)
#: a layout note where the picture or the ad stood: "(story continues below the photo)", "Article
#: continues after video", "(Story continues after the video)"
LAYOUT_NOTE = regex.compile(
    r"(?i)^[ \t]*[(\[]?[ \t]*(?:the[ \t]+)?(?:article|story|text|content|report)[ \t]+continues[ \t]+(?:below|after|beneath|under)"
    r"(?:(?:[ \t]+(?:the|this|these))?[ \t]+(?:image|images|photo|photos|picture|pictures|video|gallery|graphic|map|chart"
    r"|slideshow|illustration|tweet|post|embed))?[ \t]*[)\]]?[ \t]*\.?[ \t]*$"
)
#: a shop's or a recommender's label: "Gadgets You Might Like", "Stories We Think You Will Enjoy"
YOU_MAY_LIKE = regex.compile(
    r"^[ \t]*(?:[A-Z][\w'’-]{1,15}[ \t]+){0,2}(?i:you|we[ \t]+think[ \t]+you)[ \t]+(?i:may|might|will|would)"
    r"(?:[ \t]+(?i:also))?[ \t]+(?i:like|love|enjoy)(?:[ \t]+(?i:these|this))?[ \t]*[:.…]*[ \t]*$"
)
#: a push-notification prompt: "Receive every new story the moment it lands — in your browser",
#: "Turn on notifications to get breaking news in your browser"
PUSH_PROMPT = regex.compile(
    r"(?i)^[ \t]*(?:get|receive|enable|allow|turn[ \t]+on|sign[ \t]+up[ \t]+for|stay[ \t]+updated)\b[^\n\"“”]{0,120}?"
    r"(?:(?:right[ \t]+)?(?:on|in|to)[ \t]+your[ \t]+(?:browser|desktop|device|phone|lock[ \t]+screen)"
    r"|(?:push|browser|desktop)[ \t]+(?:notifications?|alerts?))\b[^\n\"“”]{0,80}$"
)
#: a machine-translation badge: "v2 beta — translated using machine translation", "This article was
#: translated automatically", "Translated by AI"
TRANSLATION_BADGE = regex.compile(
    r"(?i)^[^\n\"“”]{0,40}?(?:(?:powered|translated)[ \t]+(?:by|with|using)[ \t]+(?:an?[ \t]+)?(?:automated|automatic|machine|ai)"
    r"(?:[ \t]+translation)?|(?:this[ \t]+)?(?:article|story|page|content|text)[ \t]+(?:has[ \t]+been|was|is)[ \t]+"
    r"(?:automatically|machine)[ \t-]+translated|(?:auto|machine)[ \t-]+translated[ \t]+(?:by|with|from))"
    r"[^\n\"“”]{0,60}$"
)
#: a tag list's label: "- SEE MORE ABOUT:", "More on:", "Read more about:"
TAGS_HEAD = regex.compile(r"(?i)^[ \t]*(?:[-•*–][ \t]*)?(?:read[ \t]+|find[ \t]+|see[ \t]+)?more[ \t]+(?:on|about)[ \t]*:[ \t]*$")
#: a tag list run in after its label with no colon: "Tags Harbour Board Ferry Services (HFS)";
#: every word after the label a capitalised name (or a short joining word), no full stop
TAGS_RUN_IN = regex.compile(
    r"^[ \t]*(?:Tags|TAGS|Tagged|Topics|TOPICS)[ \t]+(?:[A-Z(#][\w().&'’#-]*,?|of|the|and|for|in|on|&)"
    r"(?:[ \t]+(?:[A-Z(#][\w().&'’#-]*,?|of|the|and|for|in|on|&|[-–|,/])){1,40}[ \t]*$"
)
#: the reader asked to comment: "Let us know by clicking on the comment tab …", "Tell us what you
#: think in the comments below", "Share your thoughts with us at …"
READER_PROMPT = regex.compile(
    r"(?i)^[ \t]*(?:let[ \t]+us[ \t]+know|tell[ \t]+us|share[ \t]+your[ \t]+(?:thoughts|views|opinions?|comments))\b"
    r"[^\n\"“”]{0,200}?\b(?:comments?(?:[ \t]+(?:tab|section|box|field))?[ \t]+below|comment[ \t]+(?:tab|section|box)"
    r"|in[ \t]+the[ \t]+comments|by[ \t]+(?:e-?mail(?:ing)?|commenting)|\[email[ \t]+protected\])"
)
#: the follow widget's lead-in, its icons lost: "You can also follow @example on"
FOLLOW_LEAD = regex.compile(r"(?i)^[ \t]*(?:you[ \t]+can[ \t]+(?:also[ \t]+)?)?follow[ \t]+(?:us|@\w{2,30})[ \t]+on[ \t]*:?[ \t]*$")

#: a feed reader's or a live page's notice: "There are new articles, click to refresh the page",
#: "New posts available. Tap to reload"
REFRESH_NOTICE = regex.compile(
    r"(?i)^[^\n\"“”]{0,60}?\bnew[ \t]+(?:available[ \t]+)?(?:articles|posts|stories|updates|entries|items)\b[^\n\"“”]{0,40}?"
    r"\b(?:click|tap|press)[ \t]+(?:here[ \t]+)?to[ \t]+(?:refresh|reload|load|see|show)\b[^\n\"“”]{0,30}$"
)
#: a live page's promotion: "Election Live: Catch all the latest news updates on the polls here",
#: "Follow the latest updates on the storm here"
LIVE_PROMO = regex.compile(
    r"(?i)^[ \t]*(?:[^\n\"“”]{0,80}?\blive(?:[ \t]+(?:updates|blog|coverage))?[ \t]*[:|–—-][ \t]*)?"
    r"(?:catch|follow|get|track)[ \t]+(?:all[ \t]+)?(?:the[ \t]+)?(?:latest|live)[ \t]+(?:news[ \t]+)?"
    r"(?:updates?|news|coverage|developments)\b[^\n\"“”]{0,100}?(?:\bhere|\bbelow)[ \t]*[.!:]?[ \t]*$"
)

#: a photo's credit that names where it came from: "Featured image via Example Commons",
#: "Screenshot via YouTube", "Header photo: Jane Doe/Flickr"
CREDIT_VIA = regex.compile(
    r"^[ \t]*(?:(?:Featured|Header|Top|Lead|Cover|Main)[ \t]+)?(?i:image|photo|picture|screenshot|screengrab|screen[ \t]+grab|video)"
    r"(?:[ \t]+(?i:via|from|courtesy[ \t]+of)|[ \t]*:)[ \t]+[A-Z@][^\n.!?]{0,60}$"
)
#: a paywall's notice: "Already a subscriber? Log in", "This content is for subscribers only",
#: "Subscribe to continue reading"
PAYWALL = regex.compile(
    r"(?i)^[ \t]*(?:already[ \t]+(?:a[ \t]+(?:subscriber|member)|have[ \t]+an[ \t]+account|registered)[ \t]*\??[ \t]*"
    r"(?:log[ \t]*in|sign[ \t]*in)(?:[ \t]+here)?"
    r"|this[ \t]+(?:content|article|story|post)[ \t]+is[ \t]+(?:only[ \t]+)?(?:for|available[ \t]+(?:to|for)|exclusive[ \t]+to)[ \t]+"
    r"(?:our[ \t]+)?(?:paid[ \t]+|premium[ \t]+)?(?:subscribers|members)(?:[ \t]+only)?"
    r"|(?:subscribe|sign[ \t]+in|log[ \t]+in|register)[ \t]+(?:now[ \t]+)?to[ \t]+(?:continue[ \t]+reading|read[ \t]+(?:the[ \t]+)?(?:full|more|this)"
    r"(?:[ \t]+(?:article|story))?|unlock[ \t]+(?:this|the[ \t]+full)[ \t]+(?:article|story)))[ \t]*[.!]?[ \t]*$"
)
#: the page's own buttons and fields: "Toggle navigation", "You are here: Home / News", "Was this
#: article helpful?", "Click to expand", "About the Author", "Filed Under: Harbour, Ferries"
BUTTON = regex.compile(
    r"(?i)^[ \t]*(?:(?:toggle|open|close|show|hide)[ \t]+(?:the[ \t]+)?(?:navigation|nav|menu|search|sidebar)"
    r"|(?:was|is)[ \t]+this[ \t]+(?:article|story|page|post)[ \t]+(?:helpful|useful)\??|rate[ \t]+this[ \t]+(?:article|story)"
    r"|(?:click|tap)[ \t]+(?:here[ \t]+)?to[ \t]+(?:expand|enlarge|zoom|play|unmute)(?:[ \t]+(?:image|photo|video))?"
    r"|watch[ \t]+(?:the[ \t]+)?(?:full[ \t]+)?(?:video|clip|report|interview)[ \t]+(?:above|below)"
    r"|about[ \t]+the[ \t]+(?:author|writer|reporter)s?)[ \t]*[.:]?[ \t]*$"
)
PAGE_PATH = regex.compile(r"(?i)^[ \t]*(?:you[ \t]+are[ \t]+here|browse|breadcrumbs?)[ \t]*:[ \t]*\S[^\n]{0,120}$")
FILED = regex.compile(r"(?i)^[ \t]*(?:filed|posted)[ \t]+(?:under|in)[ \t]*:[ \t]*\S[^\n]{0,200}$")

#: an address that a page's e-mail protection replaced with its placeholder
_PROTECTED = regex.compile(r"\[email[ \t]*protected\]")

#: the reader's question over the prompt: "Your thoughts on …?", "What do you think …?"
QUESTION = regex.compile(
    r"(?i)^[ \t]*(?:your[ \t]+thoughts|what[ \t]+(?:do[ \t]+you[ \t]+think|are[ \t]+your[ \t]+thoughts|is[ \t]+your[ \t]+(?:take|view))"
    r"|do[ \t]+you[ \t]+(?:agree|think)|how[ \t]+do[ \t]+you[ \t]+feel|have[ \t]+your[ \t]+say)\b[^\n]{0,200}\?[ \t]*$"
)


def line_family(t: str) -> str | None:
    """The family of a page label, note or prompt judged alone, or None. Quoted lines and long
    lines are the story's."""
    if len(t) > 300 or t.lstrip().startswith(("\"", "“", "‘")):
        return None
    if ARCHIVE_LABEL.match(t) or LISTING_LABEL.match(t):
        return "archive label"
    if EDITION.match(t):
        return "edition switch"
    if LAYOUT_NOTE.match(t):
        return "layout note"
    if YOU_MAY_LIKE.match(t):
        return "shop widget"
    if TRANSLATION_BADGE.match(t):
        return "translation badge"
    if TAGS_HEAD.match(t) or TAGS_RUN_IN.match(t):
        return "tag list"
    if FOLLOW_LEAD.match(t):
        return "follow widget"
    if CREDIT_VIA.match(t):
        return "picture credit"
    if PAYWALL.match(t) or BUTTON.match(t):
        return "interface"
    if PAGE_PATH.match(t):
        return "navigation"
    if FILED.match(t):
        return "tag list"
    if REFRESH_NOTICE.match(t):
        return "interface"
    if len(P.WORD.findall(t)) <= 40 and (PUSH_PROMPT.match(t) or READER_PROMPT.match(t) or LIVE_PROMO.match(t)):
        return "promotion"
    if _PROTECTED.search(t) and len(P.WORD.findall(t)) <= 20:
        return "author box"  # "Contact: [email protected]": the address a page's script hid
    return None


