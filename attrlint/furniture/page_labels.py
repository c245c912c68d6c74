"""The page's labels judged by where they stand (a pass of ``neighbours.apply``): a photo's
alt text between paragraphs, the site's name over the headline, a byline printed twice, a
question over the reader's prompt to comment, a footer in another script on the last line,
a language switcher's items in two scripts. Each only turns lines into furniture.
"""
from __future__ import annotations

import regex

from . import patterns as P
from .page_notes import READER_PROMPT, QUESTION
from .edges import DOMAIN, MEDIA_WORDS
from .links import wrapped as wrapped_text
from .shape import FURNITURE, HEADING, PROSE, STRONG, Line


def apply(body: list[Line]) -> None:
    head_domains(body)
    alt_text(body)
    top_site_name(body)
    doubled_byline(body)
    doubled_line(body)
    reader_question(body)
    about_author(body)
    foreign_footer(body)
    switcher_scripts(body)


#: what an image's alt text or a player's label calls itself: "illustration of …", "image of …",
#: "photo showing …", "preview for …"
_ALT = regex.compile(
    r"^[ \t]*(?:an?[ \t]+|the[ \t]+)?(?:image|photo|photograph|picture|illustration|graphic|screenshot|screen[ \t]+shot"
    r"|rendering|diagram|map|chart|infographic|thumbnail|portrait|headshot|close-up|closeup|preview|video[ \t]+still"
    r"|artist['’]s[ \t]+(?:impression|rendering|reconstruction))[ \t]+(?:of|for|showing|shows|depicting|from|with)[ \t]+\S"
)


def head_domains(body: list[Line]) -> None:
    """The site's address alone on a line in the page's head ('EXAMPLE.COM' under the
    headline, over the stamp): the source's label, above the story's first paragraph."""
    for ln in body[1:6]:
        if ln.kind == PROSE and P.words_upto(ln.text, 15) >= 15:
            return
        if DOMAIN.match(ln.text.strip()) and not (ln.kind == FURNITURE and ln.known and ln.weight >= STRONG):
            ln.mark("site name", STRONG)


def alt_text(body: list[Line]) -> None:
    """A line in lower case that names a picture ('illustration of teeth in a skull', 'image of
    a scan', 'preview for Example's Career') with no full stop, between the paragraphs: the
    photo's alt text or a player's label left as a line. A sentence never starts in lower
    case, so a line above that finished its sentence rules out a wrapped line."""
    wrapped = wrapped_text(body)
    for k, ln in enumerate(body):
        t = ln.text.strip()
        if k == 0 or not t[:1].islower() or not _ALT.match(t) or P.END_PUNCT.search(t):
            continue
        if len(P.WORD.findall(t)) > 25 or (ln.kind == FURNITURE and ln.known and ln.weight >= STRONG):
            continue
        prev, nxt = body[k - 1], body[k + 1] if k + 1 < len(body) else None
        # under a caption run into its credit, the next photo's text starts with a capital
        after_caption = prev.kind == PROSE and nxt is not None and nxt.text.lstrip()[:1].isupper() and not wrapped
        if prev.kind == FURNITURE or P.END_PUNCT.search(prev.text.strip()) or after_caption:
            ln.mark("caption", STRONG, opens=True)


def top_site_name(body: list[Line]) -> None:
    """The site's name alone on the first line ('Example Football') over the headline, which the
    page's furniture follows (the headline again, a stamp): a logo's text. One to three
    capitalised words, no digits, no preposition or verb form, no full stop; the line under it
    a headline (four words or more, no full stop). A short headline over its standfirst and
    the lead ('Royal Rift' / 'The couple …') is the story's. Or the words are the name in the
    page's copyright line further down."""
    if len(body) < 3:
        return
    first, nxt = body[0], body[1]
    t = first.text.strip()
    words = P.WORD.findall(t)
    if first.kind == FURNITURE and first.known and first.weight >= STRONG:
        return
    if not (1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in t)
            and not P.END_PUNCT.search(t) and not t.endswith(("-", "–", "—", "|", "/"))):
        return
    if len(words) == 1 and not t.isupper() and len(t) < 4:
        return
    if any(_verb_like(w) for w in words[1:]):
        return  # 'Herald Editor Quits', 'Minister To Resign': a short headline, not a name
    if _named_in_credit(body, words):
        first.mark("site name", STRONG)  # 'Example Post' over the story, '© 2024 Example Post' under it
        return
    n = len(P.WORD.findall(nxt.text))
    if not (nxt.kind in (HEADING, PROSE) and n >= 4 and not P.END_PUNCT.search(nxt.text.strip())):
        return
    third = body[2]
    if third.kind == FURNITURE and third.known and third.weight >= STRONG:
        first.mark("site name", STRONG)


def _named_in_credit(body: list[Line], words: list[str]) -> bool:
    """The first line's words (two or more) are the name in the page's copyright line further
    down ('© 2024 Example Post', 'Copyright Example Post. All rights reserved.')."""
    if len(words) < 2:
        return False
    name = " ".join(w.lower() for w in words)
    for ln in body[3:]:
        t = ln.text
        if ("©" in t or "copyright" in t.lower()) and len(t) <= 200:
            if name in " ".join(w.lower() for w in P.WORD.findall(t)):
                return True
    return False


#: words that make a short capitalised line a headline: a preposition or a verb's form
_HEADLINE_WORDS = frozenset({"to", "in", "on", "at", "for", "as", "is", "are", "was", "were", "will", "may", "after"})


def _verb_like(w: str) -> bool:
    low = w.lower()
    return (low in _HEADLINE_WORDS or low.endswith("ed")
            or (low.endswith("s") and not low.endswith("ss") and low not in MEDIA_WORDS and low != "news"))


#: the same name twice on one line: "Jane Roe Jane Roe", "By Jane Roe Jane Roe"
_TWICE = regex.compile(r"^[ \t]*(?:[Bb]y[ \t]+)?([A-Z][\w.'’-]{1,20}(?:[ \t]+[A-Z][\w.'’-]{1,20}){1,2})[ \t]+\1[ \t]*$")


def doubled_byline(body: list[Line]) -> None:
    """A byline printed twice on one line ('Jane Roe Jane Roe'): the author box's name and its
    link text run together, in the page's head."""
    for ln in body[:8]:
        if _TWICE.match(ln.text) and not (ln.kind == FURNITURE and ln.weight >= STRONG):
            ln.mark("byline", STRONG)


def doubled_line(body: list[Line]) -> None:
    """A line that is one text twice, run together or a space apart ('Markets Rally as Oil
    DipsMarkets Rally as Oil Dips', '10:4510:45'): a crosshead or a stamp whose visible text
    and screen-reader copy the scrape joined. The half must hold two words or a figure, so a
    name such as 'Bora Bora' or 'Walla Walla' is no copy."""
    for ln in body:
        if ln.kind == FURNITURE and ln.weight >= STRONG:
            continue
        half = _repeated_half(ln.text.strip())
        if half and (len(half.split()) >= 2 or any(c.isdigit() for c in half)):
            ln.mark("doubled line", STRONG)


def _repeated_half(t: str) -> str | None:
    """The text of which ``t`` is two copies (glued or one space apart), at least five
    characters long; else None."""
    for gap in ("", " "):
        half = (len(t) - len(gap)) // 2
        if half >= 5 and 2 * half + len(gap) == len(t) and t[:half] == t[half + len(gap):] \
                and t[half:half + len(gap)] == gap:
            return t[:half]
    return None


def reader_question(body: list[Line]) -> None:
    """The site's question to the reader ('Your thoughts on the new coalition?') right over its
    prompt to comment: the first line of the engagement box."""
    for k in range(len(body) - 1):
        ln, nxt = body[k], body[k + 1]
        if nxt.n - ln.n <= 2 and nxt.family == "promotion" and READER_PROMPT.match(nxt.text) and QUESTION.match(ln.text):
            ln.mark("promotion", STRONG, opens=True)


#: an author box's heading: "About the Author", "About jdoe_77" (a user name)
_ABOUT = regex.compile(
    r"^[ \t]*About[ \t]+(?:the[ \t]+(?:author|writer|reporter|contributor)|[\w.-]*[_\d][\w.-]*)[ \t]*:?[ \t]*$"
)
#: ... or "About Mara Lindqvist" (a press release's "About Example Inc." heads its boilerplate too)
_ABOUT_NAME = regex.compile(r"^[ \t]*About[ \t]+[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2}[ \t]*:?[ \t]*$")


def about_author(body: list[Line]) -> None:
    """'About <the author's handle>' after the story's last paragraph: the heading of the
    page's author box. Within the story the same words head a section ('About Face'), so only
    a line that no paragraph of the story follows counts; 'About <a name>' only over more of
    the page's furniture (alone at the end it may be a release's cut-off 'About <company>')."""
    for k in range(len(body) - 1, -1, -1):
        ln = body[k]
        if ln.kind == PROSE and P.words_upto(ln.text, 8) >= 8:
            return
        if ln.kind == FURNITURE and ln.known and ln.weight >= STRONG:
            continue
        over_furniture = k + 1 < len(body) and body[k + 1].kind == FURNITURE
        if _ABOUT.match(ln.text) or (_ABOUT_NAME.match(ln.text) and over_furniture):
            ln.mark("author box", STRONG)


#: letters of scripts other than Latin
_OTHER = regex.compile(r"[\p{Cyrillic}\p{Han}\p{Arabic}\p{Hebrew}\p{Greek}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Devanagari}\p{Thai}]")
_LATIN = regex.compile(r"\p{Latin}")
_ADDRESS = regex.compile(r"[\w.-]{1,60}\.(?:com|net|org|ru|ua|by|kz|cn|jp|kr|in|info|news|pro|tv)\b")


def foreign_footer(body: list[Line]) -> None:
    """A short last line in another script under copy in Latin letters ('Читайте на
    example.ru'): the aggregator's footer, not the story's."""
    if len(body) < 4:
        return
    last = body[-1]
    t = last.text.strip()
    if len(P.WORD.findall(t)) > 10 or P.END_PUNCT.search(t) and not t.endswith(":"):
        return
    words = _ADDRESS.sub(" ", t)  # the aggregator's address is in Latin letters whatever its language
    other, latin = len(_OTHER.findall(words)), len(_LATIN.findall(words))
    if other < 4 or other <= latin:
        return
    rest = "".join(ln.text for ln in body[:-1])
    if len(_LATIN.findall(rest)) >= 20 * max(1, len(_OTHER.findall(rest))):
        last.mark("site footer", STRONG)


#: a switcher's items between bars: "English | 中文 | Монгол"
_BAR = regex.compile(r"[ \t]\|[ \t]")


def switcher_scripts(body: list[Line]) -> None:
    """A line in the page's head of short items between bars in two scripts or more
    ('English | 中文簡體 | Монгол'): the site's language switcher."""
    for ln in body[:4]:
        t = ln.text.strip()
        if ln.kind == FURNITURE and ln.weight >= STRONG or len(_BAR.findall(t)) < 1 or len(t) > 120:
            continue
        scripts = {name for name, rx in _SCRIPTS if rx.search(t)}
        if len(scripts) >= 2 and "Latin" in scripts and not P.END_PUNCT.search(t):
            ln.mark("edition switch", STRONG)


_SCRIPTS = [("Latin", _LATIN), ("Cyrillic", regex.compile(r"\p{Cyrillic}")), ("Han", regex.compile(r"\p{Han}")),
            ("Arabic", regex.compile(r"\p{Arabic}")), ("Devanagari", regex.compile(r"\p{Devanagari}")),
            ("Hangul", regex.compile(r"\p{Hangul}")), ("Greek", regex.compile(r"\p{Greek}"))]
