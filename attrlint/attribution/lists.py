"""Lines that are not the story's own voice: the items of a list of links under its label
(related headlines, a 'Most read' rail) and photo captions ending in a credit.

A scraped page keeps the headlines of other stories ("Third crash in a year likely a
coincidence, experts say") under a label such as "More Related to this Story" or "MOST
READ". Their sourcing and wording are those stories' business, so the voice rules leave
such lines alone. A list is the run of headline-shaped lines (short, no closing
punctuation) right under a label line from ``[lists] labels`` in rules/attribution.toml,
with no blank line between. A story's summary bullets under its headline have no label
and stay checked. A rail with no label is found by its shape: three or more headline lines
each followed by a short line naming its outlet ("CNBC", "Business Insider"). A caption
that ends in a credit ("… (Jane Doe / Agency)") describes a
picture; its sourcing is the story's.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..data import load_data
from ..headlines import CLOSING_MARK, headline_shaped

#: a line that ends as a sentence or an introduction, not as a headline
_CLOSED = CLOSING_MARK
_MAX_WORDS = 20
#: a photo credit closing a caption: "(Jane Doe / Agency)", "[Getty Images]", "(AP Photo)"
#: (not a wire sign-off "(AP, AFP, Reuters)", which closes a story's last paragraph)
_CREDIT = re.compile(
    r"[(\[][^()\[\]\n]{0,60}?(?:\w\s*/\s*\w|\b(?:Getty|Shutterstock|Flickr|Photo|Images?|Credit|File)\b)"
    r"[^()\[\]\n]{0,60}[)\]]\s*$")
#: a share-button line: "Share this on Facebook", "Share on Twitter twitter", "Tweet"
_SHARE = re.compile(
    r"(?:(?:share|post|tweet|send|pin|email|e-mail)\b[\w\s]{0,20}?\b(?:on|via|by|to|with)\s+\w+(?:\s+\w+)?|"
    r"(?:share|tweet|email|print|bookmark|show more|facebook|twitter|whatsapp|linkedin|reddit|pinterest|"
    r"telegram|messenger|copy link)(?:\s+this(?:\s+article)?)?)(?:\s*[|,·•]?\s*)$", re.IGNORECASE)
#: an outlet's name under a headline in a rail is a few words; three such pairs make a rail
_OUTLET_WORDS = 4
_MIN_PAIRS = 3
#: a rail's headlines run longer than a labelled list's (its outlet line marks each end)
_RAIL_HEADLINE_WORDS = 30
#: a caption is a sentence or two
_CAPTION_WORDS = 45
#: words a headline does not end on: a line that ends on one runs on (hard-wrapped prose)
_RUNS_ON = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by",
    "from", "that", "as", "is", "was", "are", "were", "his", "her", "its", "their", "our",
})


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    labels = load_data("attribution.toml").get("lists", {}).get("labels", [])
    if not labels:
        return re.compile(r"(?!)")
    return re.compile(r"\W*(?:" + "|".join(labels) + r")\b[^.!?]{0,40}$", re.IGNORECASE)


def _headline_shaped(line: str) -> bool:
    return headline_shaped(line, stops=_CLOSED, max_words=_MAX_WORDS, runs_on=_RUNS_ON, opens_capital=True)


def list_item_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` that is an item of a labelled list of links,
    or a caption ending in a credit."""
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), raw.strip()))
        pos += len(raw) + 1
    label = _label()
    out = []
    i = 0
    while i < len(lines):
        s, e, t = lines[i]
        if t and len(t.split()) <= 16 and all(_SHARE.fullmatch(part.strip()) for part in _share_parts(t)):
            out.append((s, e))  # a row of share buttons: the platforms named are no sources
        if t and 3 < len(t.split()) <= _CAPTION_WORDS and _CREDIT.search(t):
            out.append((s, e))  # a caption closed by its credit
        pairs = _headline_outlet_pairs(lines, i)
        if pairs >= _MIN_PAIRS:
            out.extend(line[:2] for line in lines[i:i + 2 * pairs])
            i += 2 * pairs
            continue
        if t and len(t.split()) <= 8 and label.match(t):
            j = i + 1
            while j < len(lines) and _headline_shaped(lines[j][2]) \
                    and not (j + 1 < len(lines) and lines[j + 1][2][:1].islower()):
                out.append(lines[j][:2])
                j += 1
            i = max(j, i + 1)
            continue
        i += 1
    return sorted(set(out))


def _outlet_shaped(line: str) -> bool:
    """'CNBC', 'Business Insider', 'Reuters Videos': a short line of capitalised words, the
    outlet under a headline in a rail of other stories."""
    words = line.split()
    return 0 < len(words) <= _OUTLET_WORDS and not _CLOSED.search(line) and all(
        w[:1].isupper() or w[:1].isdigit() or w in ("&", "-", "|", "of", "the") for w in words)


def _headline_outlet_pairs(lines: list[tuple[int, int, str]], i: int) -> int:
    """How many (headline, outlet) line pairs run from line ``i`` with no blank line: an
    unlabelled rail of other stories ('<headline>' / 'CNBC' / '<headline>' / 'Business
    Insider')."""
    n = 0
    while i + 2 * n + 1 < len(lines):
        head, outlet = lines[i + 2 * n][2], lines[i + 2 * n + 1][2]
        words = head.split()
        if not 4 <= len(words) <= _RAIL_HEADLINE_WORDS or _CLOSED.search(head) \
                or not (head[:1].isupper() or head[:1].isdigit() or head[:1] in "\"“‘'") \
                or _outlet_shaped(head) or not _outlet_shaped(outlet):
            break
        n += 1
    return n


def _share_parts(line: str) -> list[str]:
    """'Share via email Share on Facebook Share on Twitter': one button per 'Share …'."""
    parts = re.split(r"(?=\b(?:share|bookmark|show more)\b)|[|·•]", line, flags=re.IGNORECASE)
    return [p for p in parts if p.strip()] or [line]


class ListItems:
    """Membership test for offsets, over the spans of ``list_item_spans``."""

    def __init__(self, text: str):
        spans = list_item_spans(text)
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def holds(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]


def list_items(doc) -> ListItems:
    """The document's list items, computed once and kept on it."""
    return doc.shared("attribution.list-items", lambda: ListItems(doc.text))
