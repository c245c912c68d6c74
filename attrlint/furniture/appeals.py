"""The site's appeal for money, spliced into the copy: a box that asks the reader to fund the
newsroom ("Good local reporting costs money: please support independent journalism.", "If
our harbour coverage helps you, make a small contribution.", "Become a member", "Thank
you,", the editor's name). Its sentences are prose, so the shape pass
leaves them; what gives them away is that they speak to the reader (we, our, you, please) about
paying for the reporting itself. A pass of ``neighbours.apply``; it only turns lines into
furniture.

A story about a newsroom's fundraising reports the appeal (the paper said, readers were
asked) or quotes it: a line with an attribution or a quotation mark before the appeal is
left alone, and one appeal sentence alone is not enough (two, or one with the box's button).
"""
from __future__ import annotations

import regex

from . import patterns as P
from .shape import ATTACH, FURNITURE, STRONG, Line

_NEWS = r"(?:journalism|reporting|newsroom|news|work|coverage|journalists)"
#: what an appeal asks for: to pay for the reporting
APPEAL = regex.compile(
    r"(?i)\b(?:support|fund|back|sustain|protect)[ \t]+(?:(?:our|the|independent|local|quality|public[- ]interest|"
    rf"trusted|fearless|fact-based|community|this)[ \t]+)+{_NEWS}\b"
    r"|\bmake[ \t]+a[ \t]+(?:small[ \t]+|one-off[ \t]+|one-time[ \t]+|monthly[ \t]+|regular[ \t]+|tax-deductible[ \t]+)?"
    r"(?:contribution|donation|gift)\b"
    r"|\bbecome[ \t]+an?[ \t]+(?:supporter|member|patron|donor|subscriber|friend[ \t]+of)\b"
    rf"|\b(?:every|any)[ \t]+(?:dollar|pound|euro|rupee|rand|contribution|donation|gift)\b[^.!?]{{0,80}}\b{_NEWS}\b"
    rf"|\b(?:donate|donating|chip[ \t]+in|contribute|contributing)\b[^.!?]{{0,60}}\b{_NEWS}\b"
    r"|\bfunded[ \t]+by[ \t]+(?:our[ \t]+)?readers\b"
)
#: the appeal speaks to the reader
_PERSON = regex.compile(r"(?i)\b(?:we|we['’](?:re|ve)|our|us|you|your|please)\b|\bI\b")
#: a reported or quoted appeal: the story's
_REPORTED = regex.compile(
    r"(?i)\b(?:said|says|told|according[ \t]+to|asked[ \t]+readers|urged[ \t]+readers|wrote|appealed)\b|[“\"]"
)
#: the box's button or sign-off alone on a line
_BUTTON = regex.compile(
    r"(?i)^[ \t]*(?:(?:become|be)[ \t]+an?[ \t]+(?:supporter|member|patron)|support[ \t]+us|donate(?:[ \t]+now)?|"
    r"contribute(?:[ \t]+now)?|give[ \t]+now|make[ \t]+a[ \t]+(?:contribution|donation)|subscribe[ \t]+now|"
    r"support[ \t]+(?:independent|our|local)[ \t]+journalism|thank[ \t]+you[,.!]?|thanks[,.!]?)[ \t]*[.!]?[ \t]*$"
)
#: the editor's name under the box: "Jane Doe, editor", "Jane Doe, Publisher"
_SIGNED = regex.compile(
    r"(?i)^[ \t]*(?-i:[A-Z])[\w.'’-]{0,24}(?:[ \t]+(?-i:[A-Z])[\w.'’-]{0,24}){0,3},?[ \t]+"
    r"(?:the[ \t]+)?(?:editor|publisher|editor-in-chief|founder|managing[ \t]+editor)(?:[ \t]+\w+){0,3}[ \t]*$"
)


def appeal_boxes(body: list[Line]) -> None:
    """Mark the appeal's lines and the box around them: a short question or label right
    over the first ('Why does this matter?'), the button and the sign-off under the last."""
    hits = [k for k, ln in enumerate(body) if _appeal(ln)]
    buttons = {k for k, ln in enumerate(body) if _BUTTON.match(ln.text)}
    if not hits:
        return
    runs: list[list[int]] = [[hits[0]]]
    for k in hits[1:]:
        if k - runs[-1][-1] <= 2:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        first, last = run[0], run[-1]
        has_button = any(j in buttons for j in range(max(first - 2, 0), min(last + 4, len(body))))
        if len(run) < 2 and not has_button:
            continue
        # a sentence of the appeal over it that does not name the reader ('Now is the time to
        # back local journalism.')
        while first > 0 and APPEAL.search(body[first - 1].text) and not _REPORTED.search(body[first - 1].text):
            first -= 1
        for j in range(first, last + 1):
            body[j].mark("appeal", STRONG if j == first else ATTACH)
        # over the first: the box's heading (a question or a label of a few words)
        if first > 0 and _box_heading(body[first - 1]):
            body[first - 1].mark("appeal", ATTACH)
        # under the last: the button, thanks and the editor's name
        j = last + 1
        while j < len(body) and j <= last + 4 and (j in buttons or _SIGNED.match(body[j].text)):
            body[j].mark("appeal", ATTACH)
            j += 1


def _appeal(ln: Line) -> bool:
    t = ln.text
    if P.words_upto(t, 81) > 80:
        return False
    m = APPEAL.search(t)
    if m is None or not _PERSON.search(t):
        return False
    return not _REPORTED.search(t)


def _box_heading(ln: Line) -> bool:
    t = ln.text.strip()
    n = len(P.WORD.findall(t))
    return ln.kind != FURNITURE and 1 <= n <= 8 and (t.endswith("?") or not P.END_PUNCT.search(t))
