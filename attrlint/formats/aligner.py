"""Align parser output (decoded text) with the markup it came from, character by character.

Markdown and HTML parsers hand back decoded text without positions. Walking forward
through the source, each decoded character is matched to the source characters that
produced it: itself, a backslash escape, or a character reference. Markup in between
(emphasis markers, blockquote prefixes) is stepped over.
"""

from __future__ import annotations

import html
import re

from ..offsets import TextBuilder

_CHARREF = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});?")
#: how many source characters of markup may separate two decoded characters
MAX_SKIP = 200


def align_into(builder: TextBuilder, content: str, source: str, cursor: int, limit: int) -> int:
    """Append ``content`` to ``builder``, mapped onto ``source[cursor:limit]``.

    Returns the cursor after the last matched character. Characters that cannot be
    found within reach are added as synthetic text, so the lintable text stays whole.
    """
    for ch in content:
        pos = cursor
        matched = None
        while pos < limit and pos - cursor <= MAX_SKIP:
            s = source[pos]
            if s == "&":
                m = _CHARREF.match(source, pos, limit)
                ref = m.group(0) if m else ""
                decoded = html.unescape(ref)
                # an unknown reference ("&bogus;") is literal text, matched character by character
                if m and ref.endswith(";") and decoded != ref and decoded.startswith(ch):
                    matched = (pos, m.end())
                    break
            if s == ch:
                matched = (pos, pos + 1)
                break
            if s == "\\" and pos + 1 < limit and source[pos + 1] == ch:
                matched = (pos, pos + 2)
                break
            if ch in " \n" and s in "\r\n":
                matched = (pos, pos + 1)
                break
            pos += 1
        if matched is None:
            builder.add_synthetic(ch)
            continue
        if matched[1] - matched[0] == 1:
            builder.add(ch, matched[0])
        else:
            builder.add(ch, matched[0], matched[1])
        cursor = matched[1]
    return cursor
