"""A line that is the page's program code: a script, a style sheet or a data block that a
scraper copied along with the story ("(function(d, s, id) { var js … }(document, 'script',
'facebook-jssdk'));", "googletag.cmd.push(function() { … });", ".story-body{margin:0}").

No sentence of news copy looks like this, so the line is judged by what it is made of:
code's own constructs (a function literal, a declaration, a call on a browser object, a
style rule, a closing "});") and the density of its brackets, braces, semicolons and
equals signs. One construct is not enough ("the x = y of the formula", "(function)" in a
caption): a line needs two different kinds of evidence, or one that no prose holds (a
function literal, a style rule, a data block's "@context"), with some punctuation of code
around it; a weaker one alone needs code's density of punctuation. An embed's credit written in front of the code ("Posted by Harbour News on
Saturday, June 24, 2017 (function(d, s …") goes with it when the code is most of the line.
"""
from __future__ import annotations

import regex

#: what only program code holds, by kind: one match of each kind counts once
_CONSTRUCTS = {
    "function": regex.compile(r"(?<![\w$])function\s*[\w$]*\s*\([\w$,\s]{0,80}\)\s*\{|=>\s*\{"),
    "declaration": regex.compile(r"(?<![\w$])(?:var|let|const)\s+[\w$]{1,40}\s*=(?!=)"),
    "browser": regex.compile(
        r"(?<![\w$.])(?:window|document|googletag|jQuery|console|dataLayer|navigator|localStorage"
        r"|fbq|gtag|twttr|_gaq|__tcfapi|pbjs|apstag)\s*(?:\.\s*[\w$]{1,40}|\(|\[)"
    ),
    "jquery": regex.compile(r"\$\(\s*(?:document|window|function|['\"][#.\w])"),
    "closing": regex.compile(r"\}\s*\)*\s*(?:\([^()\n]{0,120}\))?\s*\)*\s*;"),
    "style": regex.compile(
        r"(?:^|[}\s])[.#@]?[\w-]{1,40}(?:\s*[,>]\s*[.#]?[\w-]{1,40}){0,4}\s*\{\s*"
        r"[\w-]{2,30}\s*:\s*[^;{}\n]{1,80};?\s*(?:[\w-]{2,30}\s*:\s*[^;{}\n]{1,80};?\s*)*\}"
    ),
    "tag": regex.compile(r"(?i)</?(?:script|style|noscript|iframe)\b"),
    "json": regex.compile(r"\{\s*\"@(?:context|type)\"\s*:"),
    "call": regex.compile(r"(?<![\w$])[\w$]{1,40}(?:\.[\w$]{1,40}){1,6}\((?:[^()\n]{0,200})\)\s*;"),
}
#: constructs no prose holds: one of them with some punctuation of code is enough
_STRONG = frozenset({"function", "style", "json"})
#: the characters code is dense in and prose is not
_CODE_PUNCT = frozenset("{}();=[]<>$")
#: a code line is at least this long (a short "x = 1;" is more likely a formula in copy)
_MIN_CHARS = 25
#: where the code starts, for a line that opens with words: its first construct
_STARTS = regex.compile(
    r"\(?\s*!?function\s*[\w$]*\s*\(|(?<![\w$])(?:var|let|const)\s+[\w$]|(?<![\w$.])(?:window|document|googletag"
    r"|jQuery|dataLayer|fbq|gtag|twttr)\s*[.(\[]|\$\(|</?(?i:script|style)\b|\{\s*\"@"
)


def is_code(t: str) -> bool:
    """Whether the line is (mostly) a page's program code."""
    if len(t) < _MIN_CHARS or len(t) > 20000 or not any(c in t for c in "{;"):
        return False
    start = _code_start(t)
    if start is None:
        return False
    code = t[start:]
    if len(code) < _MIN_CHARS or len(code) * 2 < len(t.strip()):
        return False  # a fragment inside a sentence, not a line of code
    kinds = {name for name, pattern in _CONSTRUCTS.items() if pattern.search(code)}
    punct = sum(c in _CODE_PUNCT for c in code) / len(code)
    if kinds & _STRONG:
        return punct >= 0.02
    if len(kinds) >= 2:
        return punct >= 0.04
    return bool(kinds) and punct >= 0.12


def _code_start(t: str) -> int | None:
    """Where the code begins: the line's start when it opens with a construct or a style
    rule, else the first construct a line of words runs into."""
    head = t.lstrip()
    offset = len(t) - len(head)
    if head[:1] in "{}.#@$(<" or _CONSTRUCTS["style"].match(head) or _CONSTRUCTS["call"].match(head):
        return offset
    found = _STARTS.search(t)
    return found.start() if found else None
