"""Pattern families for machine leftovers, each tried on one line of text.

Every pattern here is anchored or bounded so that it runs in linear time on any input
(no nested unbounded repeats that can split the same characters two ways); the tests
check growth ratios on adversarial lines.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice

import regex

from ..data import load_data
# the author lines' patterns live in patterns_bylines.py; the rules read them from here
from .patterns_bylines import (  # noqa: F401
    AUTHOR_BIO, AUTHOR_CONTACT, AUTHOR_ROLE, BLOG_POSTED, BYLINE, BYLINE_DATED, CMS_BYLINE, DASH_SIGNATURE, HEADER_BYLINE,
    DESK_BYLINE, HANDLE_LINE, LONE_BY, NAME_HANDLE, NAME_HANDLE_HEAD, NAME_ROLE, NAMELESS_BYLINE, ROLE_LINE, RUN_IN_DESK,
    RUN_IN_REPORTER, STAFF_BYLINE,
)
from ..ordering import longest_first

# " date 2021-03-17 " in front of the first line: metadata a scraper or a search service
# wrote into the text.
SCRAPE_PREFIX = regex.compile(r"\A[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?[ \t]+")

# "[ad_1]", "[caption id=...]", "[/caption]": CMS shortcodes that were never expanded.
SHORTCODE_LINE = regex.compile(
    r"^[ \t]*(?:\[/?(?:[a-z]++_[a-z0-9_]++|[a-z]++\d++|caption|embed|gallery|video|audio|ad|ads|"
    r"tweet|youtube|instagram|related|advert|adsense|ad_slot)(?:[ \t][^\]\n]{0,200})?\][ \t]*)++$"
)

# "soni/bg", "abc/xyz/kl": editor initials or a CMS slug on a line of their own.
SLUG_LINE = regex.compile(r"^[ \t]*[a-z]{2,12}(?:/[a-z]{2,12}){1,3}"
                          # the agencies the editors drew on after their initials: "rt/jp (Reuters, AFP, dpa)"
                          r"(?:[ \t]*\([ \t]*[A-Za-z][\w.]{1,12}(?:[ \t]*(?:,|and|&)[ \t]*[A-Za-z][\w.]{1,12}){0,6}[ \t]*\))?[ \t]*$")

# Syndication disclaimers: "(Parts of this item may have been worked by our desk; it was
# published from a wire agency feed.)", "... has not been edited by Gazette staff".
SYNDICATION = regex.compile(
    r"(?i)may[ \t]+have[ \t]+been[ \t]+(?:re)?worked[ \t]+by|auto-?generated[ \t]+from[ \t]+a[ \t]+"
    r"(?:syndicated|wire|news)[ \t]+feed|has[ \t]+not[ \t]+been[ \t]+edited[ \t]+by[ \t]+\S{1,40}"
    r"(?:[ \t]+\S{1,40}){0,3}?[ \t]+staff|published[ \t]+from[ \t]+a[ \t]+(?:syndicated|wire)(?:[ \t]+agency)?[ \t]+feed"
)

# A wire story's note on what this version changed, alone on its line: "(Adds comment from
# mayor)", "(Recasts with minister's remarks, adds details)", "(Updates with closing prices)",
# "(Corrects spelling of name in paragraph 3)". The verb is the desk's, capitalised, third person.
WIRE_NOTE = regex.compile(
    r"^[ \t]*\((?:(?:Adds|Recasts|Corrects|Rewrites|Refiles|Repeats|Removes|Fixes|Inserts|Deletes|Clarifies"
    r"|Replaces|Combines|Restores|Expands|Reissues|Re-issues|Writes[ \t]+through|Tops)\b"
    r"|(?:Updates|Changes)(?=[ \t]+(?:with|throughout|headline|byline|dateline|prices|figures|paragraphs?)\b|\)))"
    r"[^()\n]{0,250}(?<![.!?])\)[ \t]*$"
)

# Press-release distribution boilerplate.
PRESS_RELEASE = regex.compile(
    r"(?i)this[ \t]+press[ \t]+release[ \t]+(?:features|contains|includes)[ \t]+multimedia|"
    r"view[ \t]+the[ \t]+full[ \t]+release[ \t]+here|view[ \t]+source[ \t]+version[ \t]+on|"
    r"view[ \t]+original[ \t]+content(?:[ \t]+to[ \t]+download[ \t]+multimedia)?:|"
    r"^[ \t]*(?-i:SOURCE:?[ \t]+[A-Z])[^\n]{0,60}$"
)

# "Page 2 of 5", "Slide 3/12", "1.2K shares", "12 comments", "Reading time: 4 minutes"
COUNTER_LINE = regex.compile(
    r"(?i)^[ \t]*(?:(?:page|slide|photo|image|picture|part)[ \t]+\d{1,4}[ \t]*(?:of|/)[ \t]*\d{1,4}|"
    r"\d[\d,.]{0,12}[km]?[ \t]+(?:comments?|shares?|views?|likes?|reactions?|replies|reads)|"
    # the count in brackets, as local papers' comment boxes print it: "(0) comments"
    r"\(\d[\d,]{0,6}\)[ \t]*(?:comments?|replies)|"
    r"(?:estimated[ \t]+)?(?:reading|read)[ \t]+time:?[ \t]*\d{1,3}[ \t]*(?:min|mins|minutes?)|"
    # a screen reader's list markers: "list of 4 items", "list of 4 itemsend of list"
    r"list[ \t]+of[ \t]+\d{1,3}[ \t]+items?(?:[ \t]*end[ \t]+of[ \t]+list)?|"
    # a post's view counter: "(Visited 12 times, 1 visits today)", "Views: 1,234"
    r"\(?visited[ \t]+\d[\d,]{0,9}[ \t]+times?(?:,[ \t]*\d[\d,]{0,9}[ \t]+visits?[ \t]+today)?\)?|"
    r"(?:total[ \t]+)?(?:views|reads|hits|page[ \t]+views)[ \t]*:[ \t]*\d[\d,.]{0,12}[km]?|"

    # a gallery's or a comment box's link with its count: "View all (23)", "See all 12 photos"
    r"(?:view|see|show)[ \t]+all[ \t]*(?:\(\d{1,5}\)|\d{1,5}[ \t]+(?:photos|images|pictures|comments))|"
    # a gallery's position alone: "1 of 4."
    r"\d{1,3}[ \t]+of[ \t]+\d{1,3})[ \t.]*$"
)

# Site banners: "You are viewing the staging site", "Currently viewing a test server"
BANNER = regex.compile(
    r"(?i)^[ \t]*(?:you[ \t]+are[ \t]+|currently[ \t]+)?viewing[ \t]+(?:a|the)[ \t]+"
    r"(?:development|staging|test|preview|beta)[ \t]+(?:environment|site|version|server)"
)

# A caption line: ends with a picture credit, or starts with a position marker.
CAPTION = regex.compile(
    r"(?:\b(?:Photo|Photos|Photograph|Picture|Pic|Image|Credit|Photo[ \t]+credit|Image[ \t]+credit)"
    r"(?:[ \t]*:|[ \t]+by)[ \t]*[^\s.:][^.:\n]{0,60}$|"
    r"\((?:[^()\n]{0,60}[ \t])?(?:Photo|Photos|Photograph|File|Handout|Image|Pic|Picture)\)[ \t]*$|"
    r"^[ \t]*\((?:Left|Right|Top|Bottom|Centre|Center|Above|Below|Inset|L-R|From[ \t]+left)\)[ \t]|"
    # "(AP Photo/Jo Bloggs)", "(Reuters Photo)"
    r"\((?:AP|AFP|Reuters|REUTERS|EPA|Getty|Xinhua|PA|UPI|Bloomberg)[ \t]?(?:[A-Za-z]{1,12}[ \t])?Photo"
    r"(?:/[^()\n]{1,60})?\)[ \t]*$|"
    # "(Jane Doe/AP)", "(Studio/iStock )": a photographer and an agency in brackets at the end
    # (a name with small letters: "(dpa/Reuters)", "mp (DPA/AFP)" are a desk's sign-off)
    r"\((?=[^/()\n]{0,120}[a-z][^/()\n]{0,120}/)(?:[A-Z][\w.’'-]{0,30}[ \t]){0,3}[A-Z][\w.’'-]{0,30}[ \t]?/[ \t]?(?:AP|AFP|Reuters|REUTERS|EPA|"
    r"Getty(?:[ \t]+Images)?|iStock|Shutterstock|Xinhua|Anadolu|Alamy|Bloomberg|PA|UPI)[ \t]*\)[ \t]*$|"
    r"[ \t]/[ \t]?(?:AFP|Reuters|REUTERS|AP|EPA|Getty[ \t]+Images|Shutterstock|Xinhua|Anadolu)"
    r"(?:[ \t]+via[ \t]+Getty[ \t]+Images)?[ \t]*\)?$)"
)
# a line that ends on a separator with nothing after it: "Minister Jane Doe |"
OPEN_SEPARATOR = regex.compile(r"[^|\s][ \t]+[|│][ \t]*$")
CREDIT_LINE = regex.compile(r"^[ \t]*(?:Courtesy(?:[ \t]+of)?|Photo[ \t]+courtesy(?:[ \t]+of)?)[ \t]+[A-Z][^\n.]{0,60}$")

# the signature under an embedded post: "— Jane Doe (@jdoe) November 18, 2019"; quoted by the
# story, so a second one with the same words is not a repeated headline
TWEET_SIGNATURE = regex.compile(r"^[ \t]*[—–-]{1,2}[ \t]*[^\n()]{1,80}\(@\w{1,30}\)[^\n()]{0,60}$")
# what is left of an HTML tag alone on a line: "/a>", "</div>", "<br"
TAG_REMNANT = regex.compile(r"^[ \t]*(?:</?[a-z][a-z0-9]{0,9}[ \t]*/?>?|/[a-z][a-z0-9]{0,9}>)[ \t]*$")
# a follow widget whose icons were lost: "Follow Example News on", "Follow us on:"; or the
# page's button to follow a topic's feed, with its topic: "Follow this news feed: Harbour"
FOLLOW_WIDGET = regex.compile(
    r"^[ \t]*Follow[ \t]+(?:us|[A-Z][\w.&'’-]{0,20}(?:[ \t]+[A-Z][\w.&'’-]{0,20}){0,2})[ \t]+on[ \t]*:?[ \t]*$"
    r"|^[ \t]*Follow[ \t]+(?:this|the)[ \t]+(?:news[ \t]+)?(?:feed|topic)[ \t]*:"
    r"[ \t]*(?:[A-Z][\w&'’-]{0,20}(?:[ \t]+[A-Z][\w&'’-]{0,20}){0,3})?[ \t]*$"
)
# a picture credit of an embedded post or a photo, alone or run into a platform's name:
# "Image copyright @jdoe", "TwitterImage copyrightTWITTER", "Image copyrightGetty Images" (the
# phrase alone is debris.photo-caption's)
IMAGE_CREDIT = regex.compile(
    r"^[ \t]*(?:[A-Z][a-z]{1,15})?Image[ \t]+[Cc]opyright(?:[ \t]*@\w{2,30}|[A-Z][\w.]{1,30}(?:[ \t]+[A-Z][\w.]{1,30}){0,2})[ \t]*$"
)


# the page's stamp, section and share button run into the copy of a page saved as one line:
# "4 March 2025, 10:42 AM NEWS SHARE By Our Correspondent, Portsmouth Photo: Collected The …"
RUN_IN_STAMP = regex.compile(
    r"^[ \t]*(?:\d{1,2}[ \t]+" + r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[ \t]+(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d),?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*(?:AM|PM|am|pm))?"
    r"(?:[ \t]+[A-Z][A-Z&]{1,15}(?:[ \t]+[A-Z&][A-Z&]{0,15}){0,3})?[ \t]+(?:SHARE|Share)\b"
    # the byline ends on a desk's word, an agency or a name before a comma, then a place
    r"(?:[ \t]+By[ \t]+(?:[A-Z&][\w&.'’-]*[ \t]+){0,3}?(?:Desk|Report|Reporter|Correspondent|Staff|AFP|Reuters|AP|"
    r"[A-Z][\w.'’-]*(?=,))(?:,[ \t]*[A-Z][\w'’-]*)?(?:[ \t]+Photo:[ \t]*[A-Z][\w-]*)?)?"
)

# an ad network's or a sponsor's widget label: "by Taboola by Taboola", "Powered by Example.com",
# "Sponsored by Outbrain"
SPONSOR_LINE = regex.compile(
    r"^[ \t]*(?:(?:Powered|Sponsored|Promoted|Recommended)[ \t]+by|by)[ \t]+(?:[A-Z][\w-]{1,30}\.(?:com|net|org|io|co)|"
    r"Taboola|Outbrain|Revcontent|MGID|Zergnet|Dianomi)(?:[ \t]+by[ \t]+(?:Taboola|Outbrain|Revcontent|MGID))?[ \t]*$"
)

# the page's copyright line: "© 2024 Example Media", "Copyright © 2025, Example Audio. All
# rights reserved.", "Copyright 2024 KXYZ. All rights reserved."
COPYRIGHT_LINE = regex.compile(
    r"^[ \t]*(?:(?:Copyright|COPYRIGHT)[ \t]*(?:©|\([Cc]\))?|©|\([Cc]\))[ \t]*(?:19|20)\d\d\b[^\n]{0,80}$"
)

# an aggregator's link back to the story it copied, alone on a line: "Read more on example.co.uk",
# "Continue reading at The Harbour Post", "Source: Read Full Article" (a label with no target is
# the widget list's; "Read more on page 5." is a print edition's pointer and is left alone)
_READ_ON = (r"(?i:read[ \t]+(?:more|the[ \t]+(?:full[ \t]+)?(?:story|article|report)|full[ \t]+(?:story|article|report))"
            r"|continue[ \t]+reading|full[ \t]+(?:story|article))")
SOURCE_LINK = regex.compile(
    rf"^[ \t]*(?:(?i:source)[ \t]*:[ \t]*{_READ_ON}"
    rf"|(?:(?i:source)[ \t]*:[ \t]*)?{_READ_ON}[ \t]+(?i:on|at|via|from)[ \t]+"
    r"(?:(?:www\.)?[\w-]{2,40}(?:\.[a-z]{2,6}){1,2}\b[\w/.?=&%-]*|(?:The[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3}))"
    r"[ \t]*[.:»›>]?[ \t]*$"
)
_MONTH_FWD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
              r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

# a date run into the same date written short, alone on a line: a page's date widget that
# prints the date twice ("January 28, 2026Jan 28, 2026", "28 January 202628 Jan 2026")
_ONE_DATE = rf"(?:{_MONTH_FWD}[ \t]+\d{{1,2}},?[ \t]+(?:19|20)\d\d|\d{{1,2}}[ \t]+{_MONTH_FWD},?[ \t]+(?:19|20)\d\d)"
GLUED_DATES = regex.compile(rf"(?i)^[ \t]*{_ONE_DATE}(?<=\d){_ONE_DATE}[ \t]*$")

# the CMS's number for the story, labelled, alone on a line: "News ID: 57222", "Article No. 1043"
STORY_ID = regex.compile(r"^[ \t]*(?:News|Story|Article|Post|Content)[ \t]?(?:ID|Id|No\.?|Number|#)[ \t]*[:#]?[ \t]*\d{3,}[ \t]*$")

# a month name, or a numeric date, for a line that holds the page's date
DATE_PROPER = regex.compile(rf"(?i)\b{_MONTH_FWD}(?![\w])|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b")
# a clock time: "06:56 AM", "2:26 PM", "02.00 EST", "11:28"
# ("11:42, UK": a comma after it ends the time; "11:42,5" or "1.25.3" are not times)
CLOCK = regex.compile(r"(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*(?:am|pm|a\.m\.|p\.m\.))?(?!\d|[.,]\d)")
# a wire agency's story slug: "AP-US--Harbour-Ferry, 2nd Ld-Writethru", "BC-EU--Harbour-Ferry";
# a long CMS id alone on a line
WIRE_SLUG = regex.compile(
    r"^[ \t]*(?:(?:AP|BC)-[A-Za-z]{2,}(?:-[A-Za-z]{2,})?--[\w'’.-]{2,80}(?:,[ \t]*[\w -]{1,30})?|\d{12,20})[ \t]*$"
)

# Dates and times, for lines that are only a time stamp.
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?"
DATE_TOKEN = regex.compile(
    rf"(?i)\b(?:{_MONTH}|{_WEEKDAY})(?![\w])|\d{{1,4}}(?:[./:-]\d{{1,4}}){{1,3}}|\b\d{{1,2}}(?:st|nd|rd|th)?\b|"
    r"\b(?:19|20)\d\d(?:(?:19|20)\d\d)?\b|\b\d{1,2}(?:[:.]\d{2})?[ \t]*(?:am|pm|a\.m\.|p\.m\.)|"
    # "2 hours ago", "35 mins ago"
    r"\b\d{1,3}[ \t]*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?)[ \t]+ago\b"
)
STAMP_LABEL = regex.compile(
    r"(?i)^[ \t\[(.,;·•|]*(?:first[ \t]+published|last[ \t]+updated|published|updated|posted|modified|created)"
    r"(?:[ \t]+(?:on|at))?[ \t]*:?"
)
# the page's labelled field, with its colon: "Published: May 3", "Last Updated: …", "Updated on: …"
STAMP_FIELD = regex.compile(
    r"(?i)^[ \t\[(.,;·•|]*(?:first[ \t]+published|last[ \t]+updated|published|updated|posted|modified)"
    r"(?:[ \t]+(?:on|at))?[ \t]*:"
)
_STAMP_FILLER = regex.compile(
    r"(?i)\b(?:first|last|published|updated|posted|modified|created|on|at|gmt|utc|bst|cet|cest|est|edt|"
    r"pst|pdt|ist|ast|eat|wat|jst|hkt|sgt|aest|aedt|nzst|nzdt|et|pt|am|pm)\b|[\[\]()|,.:/·•–—-]"
)

# WordPress post meta: "Posted in Local | Tagged ferries, harbour"
POST_META = regex.compile(
    r"^[ \t]*(?:(?:Posted|Filed)[ \t]+(?:in|under)[ \t]+[^\n|]{1,80}(?:\|[ \t]*Tagged[ \t]+[^\n]{1,300})?|"
    r"Tagged(?: with)?:?[ \t]+[^\n,]{1,40}(?:,[ \t]*[^\n,]{1,40}){1,30})[ \t]*$"
)

# An all-capital ticker or slug with hyphens: "OH-ACME-CORP"
TICKER_LINE = regex.compile(r"^[ \t]*[A-Z0-9&.]{1,20}(?:-[A-Z0-9&.]{1,20}){2,8}[ \t]*$")  # not "COVID-19"

# A bare web address on a line of its own: a link left by a scraper (or a link farm's spam).
BARE_URL_LINE = regex.compile(r"^[ \t]*<?(?:https?://|www\.)[^\s<>]{2,300}>?[ \t]*$")
# "Previous articleMinister resigns", "Next post: Storm ..." : a WordPress neighbour link run
# into the linked headline
NEIGHBOUR_LINK = regex.compile(
    r"^[ \t]*(?:Previous|Next|Prev|PREVIOUS|NEXT)[ \t]+(?:article|post|story|ARTICLE|POST|STORY)"
    r"(?:[A-Z0-9“\"‘']|[ \t]*:[ \t]*\S)"
)
# another story's headline behind the site's pointer, alone between paragraphs: ">> Person
# killed after being hit by train in Dayton; investigation underway" (not a transcript's
# ">> REPORTER:" speaker mark, nor a sentence: no full stop at its end; a link label after the
# pointer, ">> Read more …", is debris.link-label's)
POINTER_LINK = regex.compile(
    r"^[ \t]*(?:>>|»|►|▶)[ \t]*(?!\p{Lu}{2,}[\p{Lu} .'’-]*:)(?!(?i:read|also|see|watch|related|more)\b)[\p{Lu}\d][^\n:]{15,160}(?<![.!?:\"”])[ \t]*$"
)
# icon names that a scraper copied as text (ligature icon fonts): "play_arrow", "skip_next",
# "keyboard_arrow_right"; a line of them, with at most two plain words ("cover play_arrow")
ICON_LINE = regex.compile(
    r"^[ \t]*(?:[•·*-][ \t]*)?(?:[a-z]{1,12}[ \t]+){0,2}[a-z]{2,12}(?:_[a-z]{2,12}){1,3}"
    r"(?:[ \t]+(?:[a-z]{2,12}(?:_[a-z]{2,12}){1,3}|\d{1,2}:\d{2}))*[ \t]*$"
)
# a share button of any network, alone on its line: "Click to share on Twitter (Opens in new
# window)", "Share this on Facebook", "Share via email", "Share on Linked In", "Share Article",
# "email this article"; the network is any capitalised name (one or two words), so a new one
# needs no list
SHARE_BUTTON = regex.compile(
    r"^[ \t]*(?:(?i:click[ \t]+(?:here[ \t]+)?to)[ \t]+)?(?:"
    r"(?i:share|tweet|pin|e-?mail)(?:[ \t]+(?i:this|it|article|story|post|page))?[ \t]+(?i:on|to|via|by|with)[ \t]+"
    r"(?:[A-Z][\w+.’'-]{0,20}(?:[ \t]+[A-Z][\w+.’'-]{0,20})?|(?i:e-?mail))"
    r"|(?i:share|e-?mail|print)(?:[ \t]+(?i:this))?[ \t]+(?i:article|story|post|page)"
    r")(?:[ \t]*\((?i:opens?[ \t]+in[ \t]+(?:a[ \t]+)?new[ \t]+(?:window|tab))\))?[ \t]*$"
)
# the theme's switch between the site's versions, at the foot of the page: "Exit mobile
# version", "Switch to desktop site", "View full site", "Mobile version"
SITE_SWITCH = regex.compile(
    r"(?i)^[ \t]*(?:(?:exit|switch[ \t]+to|view|go[ \t]+to|back[ \t]+to)[ \t]+(?:the[ \t]+)?)?"
    r"(?:mobile|desktop|full|classic|amp|standard)[ \t]+(?:version|site|view|website)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:site|page|website))?[ \t]*[.»›]?[ \t]*$"
)
# the page's relative time alone on a line: "5 hours ago.", "Published 3 mins ago" (a draft
# does not know how long ago it was published; "Updated 2 hours ago" may be a draft's own note)
AGO_LINE = regex.compile(
    r"(?i)^[ \t]*(?:(?:published|posted)[ \t]*:?[ \t]+)?(?:about[ \t]+|an?[ \t]+|\d{1,3}[ \t]*)"
    # the comment counter beside it may follow: "7 hours ago 31"
    r"(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?)(?:[ \t]*\([ \t]*s[ \t]*\))?[ \t]+ago\.?(?:[ \t]+\d{1,4})?[ \t]*$"
)
# the dateline under a wire byline: "| NEW YORK", "| VATICAN CITY"
PIPE_PLACE = regex.compile(r"^[ \t]*\|[ \t]*[A-Z][A-Z.'’-]{1,20}(?:[ \t]+[A-Z][A-Z.'’-]{0,20}){0,3}[ \t]*$")
# the archive's age notice over an old story: "This article is more than 5 years old" (the
# site's, computed when the page is shown; a draft is never old)
AGE_NOTICE = regex.compile(
    r"(?i)^[ \t]*this[ \t]+(?:article|story|page|post|content)[ \t]+is[ \t]+(?:more[ \t]+than|over)[ \t]+"
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:years?|months?)[ \t]+old\.?[ \t]*$"
)
# a CMS's path to the story's section alone on a line: "/display/example.com/Web/Network
# News/National/", "/video/video.example.com/News/Weather/" (no sentence starts with a slash)
CMS_PATH = regex.compile(r"^[ \t]*/(?:[\w.&+-]++(?:[ \t][\w.&+-]++){0,3}+/){2,12}+[\w.&+-]*+[ \t]*$")
# a bullet with nothing after it: the marker of a list item whose text is on the next line
LONE_BULLET = regex.compile(r"^[ \t]*[-•*–—·►▪][ \t]*$")
# "Vokally (" ... ")": a widget whose content did not load, leaving its brackets
BROKEN_WIDGET = regex.compile(r"^[ \t]*(?:[^\W\d_][\w’'.-]{0,30}[ \t]*)?\([ \t]*$|^[ \t]*\)[ \t]*$")
# a teaser cut off by the site: "The minister said the plan …", "... [...]"
ELLIPSIS_END = regex.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])[ \t]*$")
# a line's first sentence (up to its first full stop, or the whole line)
FIRST_SENTENCE = regex.compile(r"[^\n]*?[.!?](?=[ \t]|$)|[^\n]*")
# "2 min read" inside a meta line ("Published 3 days ago2 minute read")
READ_TIME = regex.compile(r"(?i)\d{1,3}[ \t]*(?:min|mins|minutes?)[ \t]+read\b")
# "ago2": a stamp run together with the next widget
GLUED_DIGIT = regex.compile(r"(?<=[a-z])(?=\d)")
# a year run into the time after it: "October 17, 20236:01 PM ET" (the page's two fields, glued)
GLUED_YEAR_CLOCK = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}[:.][0-5]\d[ \t]*(?i:[ap]\.?m\b))")

BULLET = regex.compile(r"^[ \t]*[-•*–—·►▪][ \t]+\S")
WORD = regex.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


def words_upto(t: str, most: int) -> int:
    """``len(WORD.findall(t))``, counted no further than ``most``: a test of a line's
    length against a bound reads no more than the bound's words of a long paragraph."""
    return len(list(islice(WORD.finditer(t), most)))


# lower-to-upper inside a token: "inMenuSearch"
INNER_CAPS = regex.compile(r"(?<=[a-z])(?=[A-Z])")
END_PUNCT = regex.compile(r"[.!?…:;][\"”’'»)\]]*[ \t]*$|[\"”»][ \t]*$")


def stamp_leftover(line: str) -> tuple[int, int]:
    """(date or time tokens, other words) on a line: a time stamp is nearly all the first."""
    line = INNER_CAPS.sub(" ", GLUED_DIGIT.sub(" ", line))  # "3 days ago2 minute read", "todayNovember 21"
    dates = len(DATE_TOKEN.findall(line))
    rest = DATE_TOKEN.sub(" ", line)
    rest = _STAMP_FILLER.sub(" ", rest)
    return dates, len(rest.split())


@lru_cache(maxsize=1)
def lists() -> dict[str, frozenset[str] | regex.Pattern]:
    data = load_data("debris.toml")["furniture"]
    wires = sorted(data["wires"], key=longest_first)
    return {
        "stopwords": frozenset(data["stopwords"]),
        "ui": frozenset(data["ui-words"]),
        "sections": frozenset(data["sections"]),
        "wire_line": regex.compile(
            r"(?i)^[ \t]*(?:[-–—(]{1,2}[ \t]*)?(?:" + "|".join(regex.escape(w) for w in wires)
            + r")[ \t]*\)?[ \t]*$"
        ),
        # "(MENAFN) …", "MENAFN - Example Post) …", "(MENAFN- Example Post) …": a syndication distributor's tag at the
        # start of the copy ("New Delhi, May 3 (IANS)": a wire dateline, is not one of them)
        "distributor_tag": regex.compile(
            r"^[ \t]*(?:\([ \t]*(?:" + "|".join(regex.escape(d) for d in data["distributors"]) + r")[ \t]*\)|"
            # "(MENAFN- Outlet)" as well as "MENAFN - Outlet)"
            r"(?:\([ \t]*)?(?:" + "|".join(regex.escape(d) for d in data["distributors"]) + r")[ \t]*[-–—][ \t]*[^()\n]{1,40}\))"
            r"[ \t]*(?=\S)"
        ),
        # the same shape with any name, on the text's first line: "Aggregator - Outlet) …"
        # (a closing bracket that nothing opened)
        "unopened_tag": regex.compile(r"^[ \t]*[A-Z][A-Za-z]{2,15}[ \t]+[-–—][ \t]+[A-Z][^()\n]{0,40}\)[ \t]+(?=[A-Z“\"‘])"),
        # "Headline | World News", "Headline - Reuters": the page title's site or section part
        "title_suffix": regex.compile(
            r"[ \t]+[|–—-][ \t]+(?:(?:[A-Z][\w&.'’-]{0,20}[ \t]+){0,3}(?:News|NEWS)|"
            + "|".join(regex.escape(x.title()) for x in sorted(data["sections"], key=longest_first)) + "|"
            + "|".join(regex.escape(w) for w in wires) + r")[ \t]*$"
        ),
    }
