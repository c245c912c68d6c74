"""Text the writer pasted, not wrote: social posts and quotations printed again.

A name spelt one way inside a quotation is the speaker's spelling, which the writer may
not change; the consistency rules leave quotations out. A post pasted from social media
is as verbatim but often carries no quotation marks: an embedded tweet ends in its image
link ("pic.twitter.com/...") or its byline ("— Name (@handle) March 3, 2017"), and an
embedded post is often printed again under the sentence that quotes it. A name form found
only in such text is no inconsistency of the writer's.
"""
from __future__ import annotations

import re

#: the end of an embedded post: its image link, or its byline's handle and date
POST_END = re.compile(r"pic\.twitter\.com/\w+|\(@\w{1,15}\) [A-Z][a-z]+ \d{1,2}, \d{4}")
#: a post is at most this long (a tweet's limit), and starts no earlier than the paragraph
POST_MOST = 280
#: a quotation this long, found again without its marks, is the post printed again
REPEAT_MIN = 40
QUOTE_MARKS = " \"“”‘’'"


def post_spans(text: str, quote_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of pasted posts and of quotations repeated without their marks."""
    spans = []
    last = 0
    for m in POST_END.finditer(text):
        start = max(last, m.start() - POST_MOST, text.rfind("\n", 0, m.start()) + 1)
        spans.append((start, m.end()))
        last = m.end()
    lower = text.lower()  # the post printed again opens with its own capital
    if len(lower) != len(text):
        lower = text  # a letter whose lower case is longer ("İ") would shift the offsets
    for qs, qe in quote_spans:
        inner = lower[qs:qe].strip(QUOTE_MARKS)
        if len(inner) < REPEAT_MIN:
            continue
        i = lower.find(inner, qe)
        while i >= 0:
            spans.append((i, i + len(inner)))
            i = lower.find(inner, i + len(inner))
    return spans


def verbatim_test(doc):
    """A test (start, end) -> is this text verbatim: in a quotation or a pasted post."""
    posts = doc.shared("names.posts", lambda: post_spans(doc.text, doc.quote_spans))

    def verbatim(start: int, end: int) -> bool:
        return doc.in_quote(start, end) or any(s <= start and end <= e for s, e in posts)
    return verbatim
