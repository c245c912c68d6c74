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
    "debris.player-notice", "debris.breadcrumb",
})


def outside_furniture(findings: Iterable) -> list:
    """The findings, less those of other categories that lie inside a deleted span, and
    less line-level debris findings inside a reported furniture block (one block, one finding)."""
    findings = one_per_block(findings)
    spans = [(f.start, f.end) for f in findings if f.rule in DELETED_BY and f.end > f.start]
    if not spans:
        return findings
    return [f for f in findings
            if f.category == "debris" or not any(s <= f.start and f.end <= e for s, e in spans)]


def one_per_block(findings: Iterable) -> list:
    """A block of furniture is one finding, reported at its first line: a line-level debris
    finding (a widget line, a link label, a pack phrase) that starts inside a reported
    ``debris.page-furniture`` block, on its first line too, is dropped, as the block's
    deletion covers it."""
    findings = list(findings)
    blocks = [(f.start, f.end) for f in findings if f.rule == BLOCK and f.end > f.start]
    if not blocks:
        return findings
    return [f for f in findings
            if f.rule == BLOCK or f.category != "debris"
            or not any(s <= f.start < e and f.end <= e + 1 for s, e in blocks)]


BLOCK = "debris.page-furniture"
