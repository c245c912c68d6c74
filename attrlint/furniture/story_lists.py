"""A list the story itself sets out: a sentence that ends in a colon ("The nine districts
still counting are:") and the bulleted lines under it. Each item is short, unpunctuated and
capitalised, so alone it looks like a signature ("– Jane Doe") or a menu entry; under its
lead-in it is content. Judged on the lines (anything with ``n``, ``text``, ``kind`` and
``weight``) right after each line is classified on its own, before its neighbours are read.
"""
from __future__ import annotations

import regex

#: a list item's bullet: a dash or a dot, then the item
BULLET = regex.compile(r"[ \t]*([–—•*-])[ \t]+\S")
#: a lead-in is a sentence, not a widget's label ("Read more:", "Tags:")
LEAD_IN_WORDS = 4
WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def listed_items(lines: list, prose: str, weakest: float) -> list:
    """The items of the story's own bulleted lists: two lines or more in a row opening with
    the same bullet right under a prose line of LEAD_IN_WORDS words or more that ends in a
    colon. Only items the shape rules judged no more certain than ``weakest`` are returned
    (a share button in the list is still a button)."""
    body = [ln for ln in lines if ln.text.strip()]
    out = []
    for k, lead in enumerate(body[:-2]):
        t = lead.text.strip()
        if lead.kind != prose or not t.endswith(":") or len(WORD.findall(t)) < LEAD_IN_WORDS:
            continue
        first = BULLET.match(body[k + 1].text)
        if first is None:
            continue
        run = []
        for ln in body[k + 1:]:
            m = BULLET.match(ln.text)
            if m is None or m.group(1) != first.group(1):
                break
            run.append(ln)
        if len(run) >= 2:
            out.extend(ln for ln in run if ln.weight <= weakest)
    return out
