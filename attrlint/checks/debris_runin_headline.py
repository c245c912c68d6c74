"""debris.run-in-headline: the headline of another story run into the end of a paragraph.

A scrape that keeps a related-story link as text puts its headline right after the
paragraph's last sentence: "… At stumps the score read 32/1. England vs West Indies,
Highlights, 2nd Test Day 2." Prose never writes a sentence with every word capitalised,
so a paragraph of ordinary sentences that ends on one in title case (five words or more,
two of them common words with a capital only a headline gives them: "Joins", "Highlights")
ends on a link. Bylines, credits and labelled fields ("By …", "Reporting by …", "Source:
…") are other rules'. Counted on the 3,823 clean articles: none after those are left out
(before: a credit, an author's line, Al Jazeera's "Follow … on Twitter: … Source: …").
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule
from ..spelling.lexicon import DICTIONARY, lexicon

#: words a headline leaves in lower case, or that say nothing either way
_SMALL = frozenset({"of", "and", "the", "a", "an", "&", "in", "on", "for", "to", "with", "at", "by", "vs",
                    "vs.", "v", "as", "from", "or"})
#: the last sentence of a paragraph, after a sentence's end
_LAST = regex.compile(r"(?<=[\p{Ll}\d)”\"’][.!?][”\"’]?[ \t]+)"
                      r"(?P<s>\p{Lu}(?:[^\n.!?]|\.(?=\d)|(?<=\b(?:vs|Mt|St|Dr|Mr|Ms|No|Jr))\.)*[.!?]?)[ \t]*$", regex.M)
_WORD = regex.compile(r"[\p{L}\d][\p{L}\d'’&.-]*")
#: a credit or byline, which other rules read
_CREDIT = regex.compile(r"(?i)^(?:by|author|video|photos?|reporting|additional|written|edited|produced|"
                        r"source|via|with)\b")
#: a headline's common words this common, capitalised only by its case
_COMMON_ZIPF = 3.0
_MIN_WORDS, _MIN_COMMON = 5, 2


def _title_case(sentence: str) -> bool:
    words = _WORD.findall(sentence)
    big = [w for w in words if w.lower() not in _SMALL]
    if len(words) < _MIN_WORDS or len(big) < 4 or any(not (w[0].isupper() or w[0].isdigit()) for w in big):
        return False
    lex = lexicon()
    common = [w for w in big[1:] if w[0].isupper() and not w.isupper() and lex.tier(w.lower()) == DICTIONARY
              and lex.zipf(w.lower()) >= _COMMON_ZIPF]
    return len(common) >= _MIN_COMMON


def _prose(paragraph: str) -> bool:
    """The paragraph's first sentence is ordinary prose: three lower-case words or more."""
    return sum(1 for w in _WORD.findall(paragraph[:300]) if w.islower() and w not in _SMALL) >= 3


class RunInHeadline(BaseRule):
    """Another story's headline after a paragraph's last sentence: a related link kept as text."""

    id = "debris.run-in-headline"
    category = "debris"
    severity = Severity.WARNING
    description = "The headline of another story run into the end of a paragraph (a related link kept as text)."

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _LAST.finditer(text):
            s, e = m.start("s"), m.end("s")
            sentence = m.group("s")
            line_start = text.rfind("\n", 0, s) + 1
            if _CREDIT.match(sentence) or any(mark in sentence for mark in ":@/"):
                continue  # a credit, a labelled field ("Presenter: …", "Source: …"), a handle, a
                # picture credit ("REUTERS/Jane Doe Acquire Licensing Rights")
            if not _prose(text[line_start:s]) or not _title_case(sentence.rstrip(".!?")):
                continue
            if doc.in_quote(s, e):
                continue
            yield self.finding(
                doc, s, e,
                f"“{sentence}” reads as the headline of another story run into the end of the paragraph "
                "(a related link the page kept as text): delete it.",
                suggestions=["delete it"],
            )


def rules() -> list[BaseRule]:
    return [RunInHeadline()]
