"""Pattern families for the page's author lines, each tried on one line of text: bylines
with a date, a desk or a CMS user for a name, an author's bio, role and contact, a byline
run into the copy. Split from ``patterns.py`` (which re-exports them) by concern.

Every pattern here is anchored or bounded so that it runs in linear time on any input
(no nested unbounded repeats that can split the same characters two ways).
"""
from __future__ import annotations

import regex

# a social handle alone on a line ("@jdoe", under a byline or an embedded post's name), and a
# name with its handle ("Jane Doe @jdoe"): the author box of the page, never story text
HANDLE_LINE = regex.compile(r"^[ \t]*@\w{2,30}[ \t]*$")
NAME_HANDLE = regex.compile(
    r"^[ \t]*(?:[Bb]y[ \t]+)?[A-Z][\w.'’-]{1,20}(?:[ \t]+[A-Z][\w.'’-]{1,20}){1,2}[ \t]+@\w{2,30}[ \t]*$"
)
# the same author box with its handle in brackets and the page's stamp after it: "Jane Doe
# (@jdoe) 3 minutes ago Mon 21st June 2021 | 10:33 PM" (the stamp is asked for by the caller)
NAME_HANDLE_HEAD = regex.compile(
    r"^[ \t]*(?:[Bb]y[ \t]+)?[A-Z][\w.'’-]{1,20}(?:[ \t]+[A-Z][\w.'’-]{1,20}){1,3}[ \t]+\(@\w{2,30}\)[ \t]*\S"
)
# a reporter's role alone on a line, beside the name: "News reporter", "Political correspondent"
ROLE_LINE = regex.compile(
    r"^[ \t]*[A-Z][a-z-]{2,15}(?:[ \t]+[a-z-]{3,15})?[ \t]+(?:reporter|correspondent|editor|writer|journalist)[ \t]*$"
)
# a name with the writer's title, alone on a line over the page's date: "Jane Doe, Managing
# Editor", "Jane Doe, Senior Staff Writer" (the page's author field)
NAME_ROLE = regex.compile(
    r"^[ \t]*[A-Z][\w.'’-]{1,20}(?:[ \t]+[A-Z][\w.'’-]{1,20}){1,2},[ \t]+(?:[A-Z][\w-]{1,15}[ \t]+){0,3}"
    r"(?:Editor|Reporter|Writer|Correspondent|Journalist|Columnist|Contributor|Producer|Editor-in-Chief)[ \t]*$"
)
# the theme's author field with no author in it: "Written by on March 14, 2023", "By | May 3"
NAMELESS_BYLINE = regex.compile(r"(?i)^[ \t]*(?:(?:written|posted|published)[ \t]+)?by[ \t]+(?:on|at|\||[-–—])[ \t]+\S")
# "By" alone, the name on the next line; "ByJane Doe" run together
LONE_BY = regex.compile(r"^[ \t]*(?:By|BY)(?:[ \t]*$|(?=[A-Z][a-z]{1,20}[ \t]+[A-Z][a-z]))")
# A desk or house byline with no person's name: "Staff Reporter", "Web Desk",
# "Our Correspondent", "News Desk | Islamabad": the CMS's author field, never story text
DESK_BYLINE = regex.compile(
    r"(?i)^[ \t]*(?:By[ \t]+)?(?:(?:Our|Staff|Special)[ \t]+(?:[a-z]{3,12}[ \t]+)?(?:Reporters?|Correspondents?|Writers?)|"
    r"(?:(?-i:[A-Z][A-Za-z]{1,15})[ \t]+){1,3}Desk|News[ \t]+Agencies|"
    # the outlet's staff as the author field: "Cricket Country Staff", "Harbour Post Staff"
    r"(?-i:(?:[A-Z][A-Za-z]{1,15}[ \t]+){1,3}(?:Staff|STAFF)))"
    r"(?:[ \t]*[,|/–—-][ \t]*(?-i:[A-Z])[\w.'’ \t-]{0,30})?[ \t]*$"
)
# "Our reporter/ As the state marks …", "Staff Reporter ISLAMABAD: The …": a desk byline
# run into the first words of the copy
RUN_IN_DESK = regex.compile(
    r"^[ \t]*(?:(?:Our|OUR|Staff|STAFF)[ \t]+(?:[Rr]eporters?|[Cc]orrespondents?|REPORTERS?|CORRESPONDENTS?)|"
    r"(?:Web|News|Online|Monitoring|WEB|NEWS|ONLINE|MONITORING)[ \t]+(?:Desk|DESK))"
    r"(?:[ \t]*[/|:–—-][ \t]*|[ \t]+(?=[A-Z]{3,}[ \t]*:))(?=\S)"
)
# an outlet's reporter credit run into the lead, as translated copy keeps it: "Example News
# Network Reporter Ms. Jane Doe On February 11, …", "Example Agency correspondent Li Ming In
# Beijing, …" (the name ends where a capitalised preposition opens the lead)
RUN_IN_REPORTER = regex.compile(
    r"^[ \t]*(?:[A-Z][\w&'’-]{1,24}[ \t]+){1,5}(?:[Rr]eporters?|[Cc]orrespondents?)[ \t]+"
    r"(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?[ \t]+)?[A-Z][\w'’-]{0,20}(?:[ \t]+[A-Z][\w'’-]{0,20}){0,2}?"
    r"(?=[ \t]+(?:On|In|At|From|Recently|Today|Yesterday|Last|This)[ \t]+[\w\d])"
)
# a CMS's labelled upload field: "Posted by: admin", "Edited By: Jane Doe", "Written by Jane
# Doe | Edited by John Roe". An author's credit ("By Jane Doe", "Author: Jane Doe", common
# at the foot of published copy) is left alone like any byline.
CMS_BYLINE = regex.compile(
    r"^[ \t]*(?:(?:Posted|Edited|Uploaded)[ \t]+[Bb]y[ \t]*:|"
    r"(?:Written|Reported)[ \t]+by[ \t]+[^\n|]{2,40}\|[ \t]*Edited[ \t]+by\b)[ \t]*\S[^\n]{0,60}$"
)
# a blog's byline naming the blog, alone or run into the photo's caption above it: "posted by
# Jane Doe on Harbourblog", "Mayor Jane Doe posted by John Roe on Example News" (not "… on
# Tuesday, May 3": a quoted post's signature; not a sentence: no full stop at the end)
BLOG_POSTED = regex.compile(
    r"(?:^|[ \t])[Pp]osted[ \t]+by[ \t]+[A-Za-z][\w.'’-]{1,24}(?:[ \t]+[A-Z][\w.'’-]{0,24}){0,3}[ \t]+on[ \t]+"
    r"(?!(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"[A-Z][\w'’-]{1,30}(?:\.[a-z]{2,6})?(?:[ \t]+[A-Z][\w'’-]{1,30}){0,2}[ \t]*$"
)
# An author box: "Jane Doe is a senior reporter covering courts for the Example Post.",
# "Contact her at jdoe@example.com", "Follow him on X @jdoe"
_JOURNO = (r"(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|producer|"
           r"photographer|photojournalist|intern|freelancer|freelance[ \t]+\w+|anchor|presenter|"
           r"blogger|critic|commentator|analyst|fellow)")
AUTHOR_BIO = regex.compile(
    r"^[ \t]*(?:[A-Z][\w.'’-]{0,30}[ \t]+){1,3}(?:(?:is|was|has[ \t]+been|has[ \t]+worked[ \t]+as)[ \t]+(?:a|an|the)[ \t]+"
    rf"(?:[\w,-]{{1,30}}[ \t]+){{0,5}}?{_JOURNO}s?\b(?:[ \t]+(?:for|at|with|covering|who[ \t]+covers|based[ \t]+in|on)\b)"
    # the author page's other openings: "Jane Doe studied journalism at …", "Jane Doe covers
    # local government for the Harbour Star", "Jane Doe joined the Star in 2019 as a reporter"
    r"|studied[ \t]+(?:[\w-]+[ \t]+){0,2}?journalism\b"
    r"|covers[ \t]+(?:[\w,&-]+[ \t]+){1,6}?for[ \t]+(?:the[ \t]+)?[A-Z]"
    rf"|joined[ \t]+(?:the[ \t]+)?[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){{0,3}}[ \t]+(?:in[ \t]+(?:19|20)\d\d[ \t]+)?"
    rf"as[ \t]+(?:a|an|its)[ \t]+(?:[\w,-]{{1,30}}[ \t]+){{0,3}}?{_JOURNO}s?\b)"
)
AUTHOR_CONTACT = regex.compile(
    r"(?:^|[.!?][ \t]+)(?:You[ \t]+can[ \t]+)?(?:Contact|Reach|Email|E-mail|Follow)[ \t]+(?:him|her|them|the[ \t]+(?:author|writer|reporter))[ \t]+"
    r"(?:at|on|via)[ \t]+\S"
)
# the author's description under a byline: "Media consultant at Example Africa and former
# Editor-in-Chief of Example Media Group." (a role, no verb)
AUTHOR_ROLE = regex.compile(
    r"^[ \t]*(?:(?:a|an|the|former|senior|chief|veteran|freelance|[A-Z][\w-]{0,20})[ \t]+){0,3}"
    r"(?:consultant|reporter|correspondent|journalist|writer|editor|columnist|contributor|analyst|"
    r"professor|lecturer|researcher|fellow|founder|director|author|commentator|economist|lawyer)s?"
    r"(?:[ \t]+(?:at|of|for|with|and|in)\b|,|\.?[ \t]*$)"
    r"(?![^\n]*\b(?:is|are|was|were|has|have|had|said|says|will|would)\b)[^\n]{0,200}$",
    regex.I,
)
# a byline with the page's date on the same line: "By Jane Doe - 11/19/19 06:56 AM EST",
# "by Jane Doe @jdoe February 1, 2016: 12:41 PM ET", "Posted on July 29, 2016 by Jane Doe in
# News": the page's meta line, never a draft's credit (checked for a date by the caller)
# "By March 3, …" is a date, not a byline; "By Jane", "By Mark", "By Julian" are names
_DATE_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
              r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?"
              r"|Thu(?:rs?(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)")
BYLINE_DATED = regex.compile(
    rf"^[ \t]*(?:(?:By|BY|by)[ \t]+(?!{_DATE_WORD}\b)[A-Z@]|(?:Posted|Published|Written)[ \t]+(?:on[ \t]+)?[^\n]{{4,40}}?[ \t]by[ \t]+[A-Z]"
    # the theme's labelled field: "Author: Jane DoePublished 25th Feb 2024"
    rf"|(?:Author|AUTHOR|Authors|AUTHORS)[ \t]*:[ \t]*[A-Z])"
)
# an e-edition's page header ending on the byline: "The Harbour Star (Harbourtown, PA) - -
# NEWS - By Jane Doe and John Roe" (the paper, its section and the writers, never a sentence)
HEADER_BYLINE = regex.compile(
    r"[ \t][-–—|][ \t]+(?:By|BY)[ \t]+[A-Z][\w.'’-]{1,20}(?:[ \t]+[A-Z][\w.'’-]{1,20}){1,2}"
    r"(?:[ \t]*(?:,|and|&)[ \t]*[A-Z][\w.'’-]{1,20}(?:[ \t]+[A-Z][\w.'’-]{1,20}){1,2}){0,3}[ \t]*$"
)
# a desk or outlet's staff as the byline: "By EXAMPLE POST STAFF", "Our Foreign Staff"
STAFF_BYLINE = regex.compile(
    r"^[ \t]*(?:By|BY|Our|OUR)[ \t]+(?:[A-Z][\w.&'’-]{0,20}[ \t]+){0,3}(?:Staff|STAFF)"
    r"(?:[ \t]+(?:Reporters?|REPORTERS?|Writers?|WRITERS?))?[ \t]*$"
)
# "By Jane Doe", "BY SITE.COM", "Written by ..."
BYLINE = regex.compile(r"^[ \t]*(?:By|BY|Written[ \t]+by|Words[ \t]+by|Reporting[ \t]+by)[ \t]+[A-Z\w][^\n]{0,80}$"
                       # in a theme's lower case, before a capitalised name: "written by Jane Doe", "by Jane Doe,"
                       r"|^[ \t]*(?:(?:written|posted)[ \t]+)?by[ \t]+[A-Z][\w.'’-]{1,20}(?:[ \t]+[A-Z][\w.'’-]{1,20}){1,2},?[ \t]*$")
# "– Jane Doe, John Roe": a live-blog entry signed under its text
DASH_SIGNATURE = regex.compile(
    r"^[ \t]*[–—-][ \t]*[A-Z][\w.'’-]{0,30}(?:[ \t]+[A-Z][\w.'’-]{0,30}){1,3}"
    r"(?:[ \t]*(?:,|and|&)[ \t]*[A-Z][\w.'’-]{0,30}(?:[ \t]+[A-Z][\w.'’-]{0,30}){1,3}){0,4}[ \t]*$"
)
