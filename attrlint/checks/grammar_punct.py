"""Two marks where one was meant (category ``typo``).

Rule:
  grammar.doubled-punctuation  "the minister said,, the talks", "after the vote,. She
                               added", "the minister Alan Brooke.,Carter said": a comma doubled,
                               a comma and a full stop together, or a full stop and a
                               comma run into the next word. An edit that replaced one
                               mark and kept the other leaves this.

Decided by construction, not by counts. Only pairs no style writes: a full stop before a
comma is right after an abbreviation ("Inc., the firm", "R-Mont., who"), so ".," counts only
when the next word follows with no space; "..." and ".." (an ellipsis, however spelt) and
marks inside figures ("1,,000" is left to the figure rules) are left alone.
On all 3,823 clean articles of bench/noise.py it finds two, both real slips.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule

#: ",," after a word; ",." after a word at a sentence end; ".," glued to the next word
_PAIR = regex.compile(
    r"(?<=\p{L}[\p{L}’'\")”]?)(?:(?P<cc>,,)(?=[ \t]*\p{L})|(?P<cs>,\.)(?=[ \t]+\p{Lu}|[ \t]*$)"
    r"|(?P<sc>\.,)(?=\p{L}))", regex.MULTILINE)


class DoubledPunctuation(BaseRule):
    """A mark doubled or two marks where one belongs: the editor keeps one."""

    id = "grammar.doubled-punctuation"
    category = "typo"
    severity = Severity.WARNING
    description = ("Two punctuation marks where one belongs: a doubled comma (“said,, the”), a comma "
                   "and a full stop together (“vote,. She”), or “.,” run into the next word.")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if ",," not in text and ",." not in text and ".," not in text:
            return
        for m in _PAIR.finditer(text):
            if m.group("cc"):
                keep, what = ",", "a comma is doubled"
            elif m.group("cs"):
                keep, what = ".", "a comma stands before the full stop"
            else:
                keep, what = ", ", "a full stop and a comma stand together, with no space after them"
            s, e = m.span()
            word = regex.search(r"[\p{L}’'\")”]+$", text[max(0, s - 40):s])
            start = s - (len(word.group(0)) if word else 0)
            nxt = regex.match(r"\p{L}+", text[e:e + 40])
            end = e + (len(nxt.group(0)) if m.group("sc") and nxt else 0)
            span = text[start:end]
            fixed = text[start:s] + keep + text[e:end]
            yield self.finding(
                doc, start, end,
                f"“{span}”: {what}; write “{fixed.strip()}” (check which mark the sentence needs).",
                suggestions=[fixed], evidence="two punctuation marks where one belongs",
            )


def rules() -> list[BaseRule]:
    return [DoubledPunctuation()]
