"""debris.script-injection: a run of CJK or Thai characters inside a sentence of English, as
a spam injection leaves it ('the 35th anniversary of 皇冠体育app-US ties', a betting site's name
put in place of a word). A name given with its own spelling beside it is left alone: in
brackets or quotes ('Xi Jinping (习近平)', 'the word “关系”'), or in a line that is not mostly
Latin letters (a bilingual caption, a quotation in the original). Punctuation that a wrong
code page turned into CJK characters ("鈥檚" for "’s") is debris.mojibake's, with its fix."""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar import codepage
from ..rule import BaseRule

#: a run of two or more CJK or Thai characters, with the Latin letters glued to its end ("app")
_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]{2,}[A-Za-z0-9]{0,12}")
_LATIN = regex.compile(r"\p{Latin}")
_LETTER = regex.compile(r"\p{L}")
_OPENERS = "(（[「『“\"'‘《【"
_CLOSERS = ")）]」』”\"'’》】"


def _line_bounds(text: str, i: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", i)
    return s, len(text) if e < 0 else e


class ScriptInjection(BaseRule):
    """CJK or Thai characters spliced into English prose: spam, or a word lost in a bad
    encoding; the editor restores the word the run replaced."""

    id = "debris.script-injection"
    category = "debris"
    severity = Severity.WARNING
    description = "A run of CJK or Thai characters spliced into an English sentence (spam injection)."

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        seen_lines: set[int] = set()
        for m in _RUN.finditer(text):
            s, e = _line_bounds(text, m.start())
            if s in seen_lines:
                continue
            line = text[s:e]
            latin = len(_LATIN.findall(line))
            if latin < 40 or latin < 0.9 * len(_LETTER.findall(line)):
                continue  # a bilingual line or a short label: the script is the copy's own
            before = text[s:m.start()].rstrip()[-1:]
            after = text[m.end():e].lstrip()[:1]
            if (before and before in _OPENERS) or (after and after in _CLOSERS + "(（"):
                continue  # a name with its spelling beside it, or a quoted word
            if codepage.is_garbled(m.group(0)):
                continue  # UTF-8 punctuation read as a Chinese code page ("’s" as "鈥檚"): debris.mojibake's
            seen_lines.add(s)
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}” is foreign-script text spliced into an English sentence (spam or a "
                "word lost in a bad copy): restore the word it replaced, or delete it.",
                suggestions=["restore the word it replaced"],
            )


def rules() -> list[BaseRule]:
    return [ScriptInjection()]
