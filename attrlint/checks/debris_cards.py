"""debris.link-card: the pop-up card of a linked name scraped into the sentence.

Some sites link a person's name to a card holding the full name and the headlines of the
site's latest stories about them, closed by a "MORE" button. A scrape keeps the card's
text where the link stood, glued to the name on both sides: "President TrumpDonald
TrumpCourt rules on … Senate votes on … MORE next week will …". Two glues make it certain:
the name runs into the full name that ends with it, and the full name runs into the first
headline. The editor deletes the card, from the full name to "MORE".
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule

#: the linked name ("Trump") run into the card's full name that ends with it ("Donald
#: Trump", "Michelle LeVaughn Robinson Obama"), itself run into a headline's capital
_CARD_NAME = regex.compile(
    r"(?<![\p{L}'’])(?P<lead>\p{Lu}\p{Ll}{2,})(?<!Mac|Van|Von|Del|Des|Den|Der)"
    r"(?P<card>\p{Lu}[\p{L}.'’-]*(?:[ \t]+[\p{Lu}(][\p{L}.'’()-]*){0,5}?[ \t]+(?P=lead)(?:[ \t]+[JS]r\.?)?)"
    r"(?=\p{Lu})"
)
_GLUE = regex.compile(r"\p{Ll}\p{Lu}\p{Ll}")
#: the card's button that closes it
_MORE = regex.compile(r"(?<=\S[ \t]+)MORE\b")
#: how far the card's headlines may run
CARD_MOST = 900


class LinkCard(BaseRule):
    id = "debris.link-card"
    category = "debris"
    severity = Severity.WARNING
    description = ("A linked name's pop-up card (the full name and other stories' headlines, ending "
                   "in 'MORE') scraped into the sentence.")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if _GLUE.search(text) is None:
            return  # no name runs into a capital: no card (most stories)
        for m in _CARD_NAME.finditer(text):
            start = m.start("card")
            line_end = text.find("\n", start)
            end_limit = min(start + CARD_MOST, len(text) if line_end < 0 else line_end)
            more = _MORE.search(text, m.end("card"), end_limit)
            if more is not None:
                end, upto = more.end(), "“MORE”"
            elif line_end < 0 and len(text) - start <= CARD_MOST:
                end, upto = len(text.rstrip()), "the end of the text"  # the copy stops inside the card
            else:
                continue
            yield self.finding(
                doc, start, end,
                f"The link on “{m.group('lead')}” left its pop-up card in the sentence (the full name "
                "and headlines of other stories, closed by a “MORE” button): delete it, from "
                f"“{m.group('card')}” to {upto}.",
                suggestions=["delete the card"],
            )


def rules() -> list[BaseRule]:
    return [LinkCard()]
