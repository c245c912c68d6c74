"""Findings of other categories inside reported furniture are not reported: the block is
to be deleted, so a typo, a name or a grammar slip in it would only be noise."""
from __future__ import annotations

from typing import Iterable

#: debris rules whose span is text to delete as a whole (a block, a line, a prefix, a repeat,
#: a leftover phrase such as a promotion whose words the scraper broke: "share and comm ent")
DELETED_BY = frozenset({
    "debris.page-furniture", "debris.widget-line", "debris.spliced-headline",
    "debris.scrape-prefix", "debris.repeated-sentence", "debris.promo", "debris.comment-form",
    "debris.credit-line", "debris.share-widget", "debris.navigation", "debris.cookie-banner",
    "debris.player-notice", "debris.breadcrumb", "debris.link-card", "debris.run-in-tag",
    "debris.run-in-headline", "debris.trailing-initials",
})
#: ... of these, a finding that only overlaps the span is hidden too: the card's text is glued
#: to the name before it, so "TrumpDonald" is no typo but the card's edge
GLUED_SPANS = frozenset({"debris.link-card"})


def outside_furniture(findings: Iterable, doc=None) -> list:
    """The findings, less those of other categories that lie inside a deleted span, and
    less line-level debris findings inside a reported furniture block (one block, one finding).
    A caption is the exception for spelling: the desk fixes a caption's typo even when the
    caption sits in the page's furniture (it is published under the photo), so with the
    document given, ``typo`` findings on caption lines of a block are kept."""
    findings = one_per_block(findings)
    spans = [(f.start, f.end) for f in findings if f.rule in DELETED_BY and f.end > f.start]
    if not spans:
        return findings
    glued = [(f.start, f.end) for f in findings if f.rule in GLUED_SPANS]
    if glued:
        findings = [f for f in findings if f.category == "debris" or not any(s < f.end and f.start < e for s, e in glued)]
    captions = _caption_spans(doc) if doc is not None and needs_captions(findings) else []
    return [f for f in findings
            if f.category == "debris" or not any(s <= f.start and f.end <= e for s, e in spans)
            or (f.category == "typo" and any(s <= f.start and f.end <= e for s, e in captions))]


def needs_captions(findings: Iterable) -> bool:
    """``outside_furniture`` reads the caption lines (the furniture analysis): a typo and
    a span to delete are both among the findings."""
    findings = list(findings)
    return (any(f.category == "typo" for f in findings)
            and any(f.rule in DELETED_BY and f.end > f.start for f in findings))


#: line families of a block that are a photo's caption, text the desk edits
CAPTION_FAMILIES = frozenset({"caption"})


def _caption_spans(doc) -> list[tuple[int, int]]:
    """(start, end) of the caption lines inside the furniture blocks of ``doc``."""
    from . import analyse  # the analysis is cached on the document by the furniture rules

    try:
        blocks = analyse(doc).blocks
    except AttributeError:  # not a Document (a plugin's stand-in): no captions known
        return []
    from .patterns import CAPTION

    out = []
    for b in blocks:
        for ln in b.lines:
            if ln.family in CAPTION_FAMILIES:
                credit = CAPTION.search(ln.text)  # the credit is a name, not the desk's text
                out.append((ln.start, ln.start + credit.start() if credit else ln.end))
    return out


def one_per_block(findings: Iterable) -> list:
    """A block of furniture is one finding, reported at its first line: a line-level debris
    finding (a widget line, a link label, a pack phrase) that starts inside a reported
    ``debris.page-furniture`` block, on its first line too, is dropped, as the block's
    deletion covers it. A line printed twice in a row (a caption or a headline) keeps its
    repeat finding: the desk deletes the copy even if it keeps the caption."""
    findings = list(findings)
    blocks = [(f.start, f.end) for f in findings if f.rule == BLOCK and f.end > f.start]
    if not blocks:
        return findings
    return [f for f in findings
            if f.rule == BLOCK or f.category != "debris" or _next_line_copy(f)
            or not any(s <= f.start < e and f.end <= e + 1 for s, e in blocks)]


BLOCK = "debris.page-furniture"


def _next_line_copy(f) -> bool:
    """A repeat whose first occurrence is the line right above it."""
    return (f.rule == "debris.repeated-sentence" and f.location.column == 1
            and f.evidence == f"first occurrence on line {f.location.line - 1}")
