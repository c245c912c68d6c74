"""Where a span of the plain text sits in the HTML source: a caption inside ``<figcaption>``
is where captions belong, so the caption and furniture rules leave it alone there."""
from __future__ import annotations


def inside_html_element(doc, pos: int, tag: str) -> bool:
    """Is the text at ``pos`` inside <tag>…</tag> in the HTML source?"""
    src_pos = doc.source_span(pos, pos)[0]
    head = doc.source[:src_pos].lower()
    opened = max(head.rfind(f"<{tag}>"), head.rfind(f"<{tag} "))
    return opened != -1 and head.rfind(f"</{tag}>") < opened
